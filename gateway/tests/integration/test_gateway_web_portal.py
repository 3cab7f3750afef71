"""The web portal's built files at `/` (dev only): files by path, index.html for the app's own
routes, /config.json naming the identity provider; GraphQL still at /graphql; never in prod."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from gateway_serving import served

from gateway.settings import GatewaySettings

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings("ignore::litestar.exceptions.LitestarDeprecationWarning"),
]

INDEX = '<!doctype html><html lang="ru"><div id="root"></div></html>'


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('портал')")
    (tmp_path.parent / "secret.txt").write_text("not served")
    return tmp_path


def settings(redis_url: str, dist: Path, environment: str = "dev") -> GatewaySettings:
    return GatewaySettings(
        redis_url=redis_url,
        oidc_issuer="http://127.0.0.1:1/realms/cpd",
        web_dist=str(dist),
        environment=environment,
    )


async def test_the_portal_is_served_with_a_fallback_to_index_html(
    redis_url: str, dist: Path
) -> None:
    async with served(settings(redis_url, dist)) as (url, _), httpx.AsyncClient() as http:
        root = await http.get(f"{url}/")
        assert (root.status_code, root.text) == (200, INDEX)
        assert root.headers["content-type"].startswith("text/html")
        for route in ("/catalog", "/catalog/5f0c3e9a", "/auth/callback?code=x&state=y"):
            page = await http.get(f"{url}{route}")
            assert (page.status_code, page.text) == (200, INDEX), route
        asset = await http.get(f"{url}/assets/index-abc123.js")
        assert asset.status_code == 200 and "портал" in asset.text
        assert "immutable" in asset.headers["cache-control"]
        assert (await http.get(f"{url}/assets/missing.js")).status_code == 404
        escaped = await http.get(f"{url}/%2E%2E/secret.txt")
        assert "not served" not in escaped.text
        config = (await http.get(f"{url}/config.json")).json()
        assert config == {
            "oidcAuthority": "http://127.0.0.1:1/realms/cpd",
            "oidcClientId": "web",
            "graphqlUrl": "/graphql",
        }
        graphql = await http.post(f"{url}/graphql", json={"query": "{ __typename }"})
        assert graphql.json() == {"data": {"__typename": "Query"}}
        assert (await http.get(f"{url}/healthz")).json() == {"status": "ok"}


async def test_production_serves_no_portal_files(redis_url: str, dist: Path) -> None:
    async with served(settings(redis_url, dist, "prod")) as (url, _), httpx.AsyncClient() as http:
        assert (await http.get(f"{url}/")).status_code == 404
        assert (await http.get(f"{url}/config.json")).status_code == 404

"""The web portal's built files (web/dist) at `/`, in dev only: `make up` serves the portal on
the gateway's origin. In Kubernetes a static web server serves them behind the same Ingress.

Paths that name a built file get that file; any other path gets index.html, so the app's own
routes (/catalog, /plan, …) load the app. `/config.json` tells the app where the identity
provider is (the gateway's own issuer) and which client it is.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from litestar import Response, get
from litestar.exceptions import NotFoundException
from litestar.handlers import HTTPRouteHandler
from litestar.response import File

WEB_CLIENT_ID = "web"


def web_portal_routes(dist: Path, oidc_issuer: str) -> list[HTTPRouteHandler]:
    root = dist.resolve()

    @get("/config.json", sync_to_thread=False, cache=False)
    def runtime_config() -> Response[dict[str, str]]:
        body = {
            "oidcAuthority": oidc_issuer,
            "oidcClientId": WEB_CLIENT_ID,
            "graphqlUrl": "/graphql",
        }
        return Response(body, headers={"Cache-Control": "no-store"})

    @get(["/", "/{path:path}"], sync_to_thread=False, include_in_schema=False)
    def portal_file(path: str = "/") -> File:
        wanted = (root / path.lstrip("/")).resolve()
        if wanted.is_relative_to(root) and wanted.is_file():
            immutable = wanted.parent == root / "assets"
            cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
            return _file(wanted, cache)
        if path.startswith("/assets/"):
            raise NotFoundException()
        index = root / "index.html"
        if not index.is_file():
            raise NotFoundException("портал не собран: выполните `make web`")
        return _file(index, "no-cache")

    return [runtime_config, portal_file]


def _file(path: Path, cache_control: str) -> File:
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return File(
        path,
        media_type=media_type,
        content_disposition_type="inline",
        headers={"Cache-Control": cache_control},
    )

"""Keycloak's CORS for a single-page app on another origin: discovery and keys from anywhere;
the token endpoint for the origins of a client's redirect URIs (`webOrigins: ["+"]`), not for
others."""

from __future__ import annotations

import httpx
import pytest
from local_idp_helpers import MakeUser

pytestmark = pytest.mark.integration

OIDC = "/realms/cpd/protocol/openid-connect"
PORTAL = "http://127.0.0.1:8000"


def test_discovery_and_keys_are_readable_from_any_origin(http: httpx.Client) -> None:
    for path in ("/realms/cpd/.well-known/openid-configuration", f"{OIDC}/certs"):
        reply = http.get(path, headers={"Origin": "https://anywhere.example"})
        assert reply.status_code == 200
        assert reply.headers["access-control-allow-origin"] == "*"


def test_the_token_endpoint_answers_the_web_clients_origin_only(
    make_user: MakeUser, http: httpx.Client
) -> None:
    make_user("portal-user", password="secret-1")
    form = {
        "grant_type": "password",
        "client_id": "web",
        "username": "portal-user",
        "password": "secret-1",
    }
    allowed = http.post(f"{OIDC}/token", data=form, headers={"Origin": PORTAL})
    assert allowed.status_code == 200, allowed.text
    assert allowed.headers["access-control-allow-origin"] == PORTAL
    assert allowed.headers["access-control-allow-credentials"] == "true"

    preflight = http.options(
        f"{OIDC}/token",
        headers={"Origin": PORTAL, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]

    foreign = http.post(f"{OIDC}/token", data=form, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in foreign.headers
    no_origin = http.post(f"{OIDC}/token", data=form)
    assert "access-control-allow-origin" not in no_origin.headers

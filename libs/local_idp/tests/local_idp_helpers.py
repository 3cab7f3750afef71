"""Helpers shared by the local IdP tests (a unique module name: tests dirs are not packages)."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

import httpx
import jwt

from local_idp import LocalIdpServer, Settings
from local_idp.passwords import hash_password
from local_idp.store import User, new_user_id, now_millis

REALM_FILE = Path(__file__).resolve().parents[3] / "k8s" / "keycloak" / "realm-cpd.json"
DEMO_PROVIDER_SECRET = "demo-provider-secret"
IDENTITY_SVC_SECRET = "identity-svc-dev-secret"
TOKEN_PATH = "/realms/cpd/protocol/openid-connect/token"

# The ``make_user`` fixture: make_user(username, password="Secret-123", *, roles=..., **fields)
MakeUser = Callable[..., User]


def idp_settings(data_dir: Path, smtp_port: int | None = None) -> Settings:
    return Settings.from_paths(
        data_dir=data_dir, realm_file=REALM_FILE, environ={}, smtp_port=smtp_port
    )


def jwks_verify(http: httpx.Client, token: str, audience: str | None = None) -> dict[str, object]:
    """What a resource server does: pick the JWKS key by kid and check the signature."""
    jwks = http.get("/realms/cpd/protocol/openid-connect/certs").json()
    kid = jwt.get_unverified_header(token)["kid"]
    key = next(jwt.PyJWK(k) for k in jwks["keys"] if k["kid"] == kid)
    claims: dict[str, object] = jwt.decode(
        token,
        key,
        algorithms=["RS256"],
        audience=audience,
        options={"verify_aud": audience is not None},
    )
    return claims


def password_login(
    http: httpx.Client, username: str, password: str = "Secret-123", scope: str = "openid"
) -> httpx.Response:
    return http.post(
        TOKEN_PATH,
        data={
            "grant_type": "password",
            "client_id": "web",
            "username": username,
            "password": password,
            "scope": scope,
        },
    )


def refresh_grant(http: httpx.Client, refresh_token: str) -> httpx.Response:
    """The web client's refresh-token grant."""
    return http.post(
        TOKEN_PATH,
        data={"grant_type": "refresh_token", "client_id": "web", "refresh_token": refresh_token},
    )


def service_token(http: httpx.Client, client_id: str, secret: str) -> dict[str, object]:
    response = http.post(
        TOKEN_PATH,
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
    )
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def broker_link(page: str, alias: str) -> str:
    """The login page's link to the external provider ``alias`` (its broker login URL)."""
    match = re.search(rf'href="([^"]*/broker/{re.escape(alias)}/login[^"]*)"', page)
    assert match is not None, f"no link to {alias} on the login page"
    return unescape(match.group(1))


def seed_user(
    idp: LocalIdpServer,
    username: str,
    password: str,
    attributes: dict[str, tuple[str, ...]],
    roles: tuple[str, ...],
    **fields: object,
) -> str:
    """A user as identity-svc's demo seed leaves it (verified e-mail, a password); its id."""
    user = User(
        id=new_user_id(),
        username=username,
        email_verified=True,
        created_timestamp=now_millis(),
        attributes=attributes,
        realm_roles=roles,
        password=hash_password(password),
        **fields,  # type: ignore[arg-type]
    )
    return idp.provider.store.add_user(user).id

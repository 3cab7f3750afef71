"""The identity contract the platform relies on, against the local IdP (always) and against a
real Keycloak with the realm export imported (``keycloak`` marker; skipped unless configured).

Real Keycloak: set

* ``KEYCLOAK_URL`` — e.g. ``https://sso.example.ru`` (the server URL, without ``/realms``);
* ``KEYCLOAK_ADMIN_CLIENT_SECRET`` — the secret of the confidential ``identity-svc`` client
  (its service account holds realm-management manage-users/view-users/query-users);
* optional ``KEYCLOAK_REALM`` (``cpd``), ``KEYCLOAK_ADMIN_CLIENT_ID`` (``identity-svc``),
  ``KEYCLOAK_WEB_CLIENT_ID`` (``web``).

The realm's SMTP server must be configured there for the execute-actions-email test. The tests
create users with random valid SNILS and delete them afterwards.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import jwt
import pytest
from keycloak import KeycloakAdmin, KeycloakOpenID

from local_idp import LocalIdpServer

pytestmark = pytest.mark.integration


@dataclass(frozen=True)
class Target:
    url: str
    realm: str
    admin_client_id: str
    admin_secret: str
    web_client_id: str

    @property
    def issuer(self) -> str:
        return f"{self.url.rstrip('/')}/realms/{self.realm}"


def _real_keycloak() -> Target | None:
    url = os.environ.get("KEYCLOAK_URL")
    secret = os.environ.get("KEYCLOAK_ADMIN_CLIENT_SECRET")
    if not url or not secret:
        return None
    return Target(
        url=url,
        realm=os.environ.get("KEYCLOAK_REALM", "cpd"),
        admin_client_id=os.environ.get("KEYCLOAK_ADMIN_CLIENT_ID", "identity-svc"),
        admin_secret=secret,
        web_client_id=os.environ.get("KEYCLOAK_WEB_CLIENT_ID", "web"),
    )


@pytest.fixture(
    params=[
        pytest.param("local", id="local-idp"),
        pytest.param("keycloak", id="keycloak", marks=pytest.mark.keycloak),
    ]
)
def target(request: pytest.FixtureRequest, idp: LocalIdpServer) -> Target:
    if request.param == "local":
        return Target(idp.url, "cpd", "identity-svc", "identity-svc-dev-secret", "web")
    real = _real_keycloak()
    if real is None:
        pytest.skip("set KEYCLOAK_URL and KEYCLOAK_ADMIN_CLIENT_SECRET to run against Keycloak")
    return real


@pytest.fixture
def admin(target: Target) -> Iterator[KeycloakAdmin]:
    client = KeycloakAdmin(
        server_url=target.url,
        realm_name=target.realm,
        client_id=target.admin_client_id,
        client_secret_key=target.admin_secret,
    )
    yield client
    client.connection._s.close()


def random_snils() -> str:
    """A valid SNILS (check number by the official rule) above the unchecked range."""
    body = f"{secrets.randbelow(10**9 - 2_000_000) + 2_000_000:09d}"
    check = sum(int(d) * (9 - i) for i, d in enumerate(body)) % 101 % 100
    return f"{body}{check:02d}"


@pytest.fixture
def person(admin: KeycloakAdmin) -> Iterator[tuple[str, str, str]]:
    """(user id, SNILS, password) of a new user created like identity-svc creates one."""
    snils, password = random_snils(), f"Pw-{uuid.uuid4().hex[:12]}"
    user_id = admin.create_user(
        {
            "username": snils,
            "email": f"contract-{snils}@example.org",
            "firstName": "Контракт",
            "lastName": "Тестов",
            "enabled": True,
            "emailVerified": True,
            "attributes": {"snils": [snils]},
            "credentials": [{"type": "password", "value": password, "temporary": False}],
        }
    )
    admin.assign_realm_roles(user_id, [admin.get_realm_role("specialist")])
    yield str(user_id), snils, password
    admin.delete_user(user_id)


def test_jwks_shape(target: Target) -> None:
    discovery = httpx.get(f"{target.issuer}/.well-known/openid-configuration").json()
    assert discovery["issuer"] == target.issuer
    assert "S256" in discovery["code_challenge_methods_supported"]
    jwks = httpx.get(discovery["jwks_uri"]).json()
    signing = [k for k in jwks["keys"] if k.get("use") == "sig" and k.get("alg") == "RS256"]
    assert signing
    assert all(k["kty"] == "RSA" and k["kid"] and k["n"] and k["e"] for k in signing)


def test_admin_creates_user_with_snils(admin: KeycloakAdmin, person: tuple[str, str, str]) -> None:
    user_id, snils, _ = person
    user = admin.get_user(user_id)
    assert user["username"] == snils
    assert user["attributes"]["snils"] == [snils]
    assert admin.get_user_id(snils) == user_id
    assert [r["name"] for r in admin.get_realm_roles_of_user(user_id) if r["name"] == "specialist"]


def test_password_login_by_snils_and_claims(target: Target, person: tuple[str, str, str]) -> None:
    user_id, snils, password = person
    openid = KeycloakOpenID(
        server_url=target.url, realm_name=target.realm, client_id=target.web_client_id
    )
    try:
        tokens = openid.token(snils, password, scope="openid")
    finally:
        openid.connection._s.close()
    jwks = httpx.get(f"{target.issuer}/protocol/openid-connect/certs").json()
    access = tokens["access_token"]
    kid = jwt.get_unverified_header(access)["kid"]
    key = next(jwt.PyJWK(k) for k in jwks["keys"] if k["kid"] == kid)
    claims = jwt.decode(access, key, algorithms=["RS256"], audience="cpd-api", issuer=target.issuer)
    assert claims["typ"] == "Bearer"
    assert claims["azp"] == target.web_client_id
    assert claims["sub"] == user_id
    assert claims["snils"] == snils
    assert claims["preferred_username"] == snils
    assert "specialist" in claims["realm_access"]["roles"]
    assert claims["sid"]
    assert tokens["refresh_token"] and tokens["id_token"]


def test_execute_actions_email_is_accepted(
    admin: KeycloakAdmin, person: tuple[str, str, str]
) -> None:
    user_id, _, _ = person
    assert admin.send_update_account(user_id, ["UPDATE_PASSWORD"]) == {}
    assert admin.send_verify_email(user_id) == {}

"""The OIDC endpoints over real HTTP against a uvicorn-served IdP."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_der_public_key
from local_idp_helpers import (
    DEMO_PROVIDER_SECRET,
    IDENTITY_SVC_SECRET,
    TOKEN_PATH,
    MakeUser,
    idp_settings,
    jwks_verify,
    password_login,
    refresh_grant,
    service_token,
)

from local_idp import LocalIdpServer

pytestmark = pytest.mark.integration

OIDC = "/realms/cpd/protocol/openid-connect"


def test_discovery(idp: LocalIdpServer, http: httpx.Client) -> None:
    config = http.get("/realms/cpd/.well-known/openid-configuration").json()
    issuer = f"{idp.url}/realms/cpd"
    assert config["issuer"] == issuer
    assert config["token_endpoint"] == f"{issuer}/protocol/openid-connect/token"
    assert config["jwks_uri"] == f"{issuer}/protocol/openid-connect/certs"
    assert config["userinfo_endpoint"] == f"{issuer}/protocol/openid-connect/userinfo"
    assert config["introspection_endpoint"] == f"{issuer}/protocol/openid-connect/token/introspect"
    assert config["end_session_endpoint"] == f"{issuer}/protocol/openid-connect/logout"
    assert config["authorization_endpoint"] == f"{issuer}/protocol/openid-connect/auth"
    assert config["id_token_signing_alg_values_supported"] == ["RS256"]
    assert {"password", "client_credentials", "refresh_token"} <= set(
        config["grant_types_supported"]
    )
    assert http.get("/realms/other/.well-known/openid-configuration").status_code == 404


def test_realm_info_and_jwks(http: httpx.Client) -> None:
    info = http.get("/realms/cpd").json()
    assert info["realm"] == "cpd"
    assert info["token-service"].endswith("/realms/cpd/protocol/openid-connect")
    assert info["tokens-not-before"] == 0
    jwks = http.get(f"{OIDC}/certs").json()
    (key,) = jwks["keys"]
    assert {key["kty"], key["alg"], key["use"]} == {"RSA", "RS256", "sig"}
    public_key = load_der_public_key(base64.b64decode(info["public_key"]))
    jwk_key = jwt.PyJWK(key).key
    assert isinstance(public_key, RSAPublicKey)
    assert isinstance(jwk_key, RSAPublicKey)
    assert jwk_key.public_numbers() == public_key.public_numbers()
    assert public_key.key_size == 2048


def test_password_grant_tokens(
    make_user: MakeUser, http: httpx.Client, idp: LocalIdpServer
) -> None:
    user = make_user("olga", roles=("teacher", "school_head"))
    response = password_login(http, "OLGA")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 300
    assert body["refresh_expires_in"] == 1800
    assert body["not-before-policy"] == 0
    assert body["scope"] == "openid profile email"

    access = jwks_verify(http, body["access_token"], audience="cpd-api")
    issuer = f"{idp.url}/realms/cpd"
    assert access["iss"] == issuer
    assert access["aud"] == ["cpd-api"]
    assert access["typ"] == "Bearer"
    assert access["azp"] == "web"
    assert access["sub"] == user.id
    assert access["sid"] == access["session_state"] == body["session_state"]
    assert access["realm_access"] == {"roles": ["teacher", "school_head"]}
    assert access["preferred_username"] == "olga"
    assert access["email"] == "olga@example.test"
    assert access["given_name"] == "Ivan"
    assert access["family_name"] == "Petrov"
    assert access["snils"] == "112-233-445 95"
    assert access["person_id"] == "p-1"

    id_token = jwks_verify(http, body["id_token"], audience="web")
    assert id_token["typ"] == "ID"
    assert id_token["sub"] == user.id

    refresh = jwks_verify(http, body["refresh_token"], audience=issuer)
    assert refresh["typ"] == "Refresh"
    assert jwt.get_unverified_header(body["refresh_token"])["alg"] == "RS256"

    # A refresh token is validly signed but must not pass as an access token.
    rejected = http.get(
        f"{OIDC}/userinfo", headers={"Authorization": f"Bearer {body['refresh_token']}"}
    )
    assert rejected.status_code == 401


def test_password_grant_without_openid_scope(make_user: MakeUser, http: httpx.Client) -> None:
    make_user("noscope")
    body = password_login(http, "noscope", scope="").json()
    assert "id_token" not in body
    assert body["scope"] == "profile email"
    userinfo = http.get(
        f"{OIDC}/userinfo", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert userinfo.status_code == 403
    assert userinfo.json()["error"] == "insufficient_scope"


def test_password_grant_failures(make_user: MakeUser, http: httpx.Client) -> None:
    make_user("petr")
    invalid = {"error": "invalid_grant", "error_description": "Invalid user credentials"}
    wrong = password_login(http, "petr", "nope")
    assert (wrong.status_code, wrong.json()) == (401, invalid)
    unknown = password_login(http, "nobody")
    assert (unknown.status_code, unknown.json()) == (401, invalid)

    make_user("disabled", enabled=False)
    disabled = password_login(http, "disabled")
    assert disabled.status_code == 400
    assert disabled.json() == {"error": "invalid_grant", "error_description": "Account disabled"}

    make_user("temporary", required_actions=("UPDATE_PASSWORD",))
    setup = password_login(http, "temporary")
    assert setup.status_code == 400
    assert setup.json()["error_description"] == "Account is not fully set up"

    # Service accounts have no password and cannot log in directly.
    sa = password_login(http, "service-account-demo-provider", "")
    assert sa.status_code == 401


def test_lockout_after_five_failures(
    make_user: MakeUser, http: httpx.Client, idp: LocalIdpServer
) -> None:
    """Realm file: failureFactor 5, waitIncrementSeconds 60, quick-login check 1 s → 60 s."""
    user = make_user("locked")
    assert password_login(http, "locked", "wrong").status_code == 401
    assert password_login(http, "locked").status_code == 200  # success resets the counter
    assert idp.provider.brute_force.failures(user.id) == 0
    for _ in range(5):
        assert password_login(http, "locked", "wrong").status_code == 401
    blocked = password_login(http, "locked")
    # A locked user gets the wrong-password answer: the lockout does not confirm the password.
    assert blocked.status_code == 401
    assert blocked.json() == {
        "error": "invalid_grant",
        "error_description": "Invalid user credentials",
    }
    assert idp.provider.brute_force.is_locked(user.id, time.time())
    # Failures while locked are not counted (the password is not even tried).
    assert idp.provider.brute_force.failures(user.id) <= 5


def test_client_credentials(http: httpx.Client, idp: LocalIdpServer) -> None:
    body = service_token(http, "demo-provider", DEMO_PROVIDER_SECRET)
    assert "refresh_token" not in body
    assert body["refresh_expires_in"] == 0
    claims = jwks_verify(http, str(body["access_token"]), audience="cpd-api")
    service_account = idp.provider.store.service_account("demo-provider")
    assert service_account is not None
    assert claims["sub"] == service_account.id
    assert claims["preferred_username"] == "service-account-demo-provider"
    assert claims["azp"] == claims["clientId"] == "demo-provider"
    assert claims["realm_access"] == {"roles": ["provider_system"]}
    assert "resource_access" not in claims

    # client_secret_post works as well as HTTP Basic.
    posted = http.post(
        TOKEN_PATH,
        data={
            "grant_type": "client_credentials",
            "client_id": "identity-svc",
            "client_secret": IDENTITY_SVC_SECRET,
        },
    )
    assert posted.status_code == 200
    identity = jwt.decode(posted.json()["access_token"], options={"verify_signature": False})
    assert identity["resource_access"] == {
        "realm-management": {"roles": ["manage-users", "view-users", "query-users"]}
    }


@pytest.mark.parametrize(
    ("data", "auth", "status", "error"),
    [
        ({"grant_type": "client_credentials"}, ("demo-provider", "wrong"), 401, "invalid_client"),
        # The realm file's placeholder secret is not a secret: the dev secret stays in force.
        (
            {"grant_type": "client_credentials"},
            ("identity-svc", "${IDENTITY_SVC_CLIENT_SECRET}"),
            401,
            "invalid_client",
        ),
        (
            {"grant_type": "client_credentials", "client_id": "demo-provider"},
            None,
            401,
            "invalid_client",
        ),
        ({"grant_type": "client_credentials", "client_id": "ghost"}, None, 401, "invalid_client"),
        (
            {"grant_type": "client_credentials", "client_id": "web"},
            None,
            401,
            "unauthorized_client",
        ),
        (
            {"grant_type": "password", "username": "x", "password": "y"},
            ("demo-provider", DEMO_PROVIDER_SECRET),
            400,
            "unauthorized_client",
        ),
        ({"grant_type": "client_credentials", "client_id": "cpd-api"}, None, 400, "invalid_client"),
        ({"grant_type": "authorization_code", "client_id": "web"}, None, 400, "invalid_request"),
        (
            {"grant_type": "authorization_code", "client_id": "web", "code": "forged"},
            None,
            400,
            "invalid_grant",
        ),
        (
            {"grant_type": "urn:example:ghost", "client_id": "web"},
            None,
            400,
            "unsupported_grant_type",
        ),
        ({"client_id": "web"}, None, 400, "invalid_request"),
        ({"grant_type": "refresh_token", "client_id": "web"}, None, 400, "invalid_request"),
        (
            {"grant_type": "refresh_token", "client_id": "web", "refresh_token": "garbage"},
            None,
            400,
            "invalid_grant",
        ),
    ],
)
def test_token_endpoint_errors(
    http: httpx.Client,
    data: dict[str, str],
    auth: tuple[str, str] | None,
    status: int,
    error: str,
) -> None:
    basic = httpx.BasicAuth(*auth) if auth else httpx.USE_CLIENT_DEFAULT
    response = http.post(TOKEN_PATH, data=data, auth=basic)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error


def test_refresh_logout_introspect_userinfo(make_user: MakeUser, http: httpx.Client) -> None:
    user = make_user("sveta", attributes={"snils": ("000-000-000 00",), "person_id": ("p-7",)})
    tokens = password_login(http, "sveta").json()

    refreshed = refresh_grant(http, tokens["refresh_token"])
    assert refreshed.status_code == 200, refreshed.text
    new_tokens = refreshed.json()
    assert new_tokens["session_state"] == tokens["session_state"]
    assert new_tokens["scope"] == "openid profile email"
    assert "id_token" in new_tokens

    # Another client cannot use the web client's refresh token.
    stolen = http.post(
        TOKEN_PATH,
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=("demo-provider", DEMO_PROVIDER_SECRET),
    )
    assert stolen.status_code == 400
    assert stolen.json()["error"] == "invalid_grant"

    for method in ("GET", "POST"):
        info = http.request(
            method,
            f"{OIDC}/userinfo",
            headers={"Authorization": f"Bearer {new_tokens['access_token']}"},
        )
        assert info.status_code == 200, info.text
        assert info.json() == {
            "sub": user.id,
            "preferred_username": "sveta",
            "snils": "000-000-000 00",
            "person_id": "p-7",
            "given_name": "Ivan",
            "family_name": "Petrov",
            "name": "Ivan Petrov",
            "email": "sveta@example.test",
            "email_verified": True,
        }
    assert http.get(f"{OIDC}/userinfo").status_code == 401

    auth = ("demo-provider", DEMO_PROVIDER_SECRET)
    active = http.post(
        f"{OIDC}/token/introspect", data={"token": new_tokens["access_token"]}, auth=auth
    ).json()
    assert active["active"] is True
    assert active["sub"] == user.id
    assert active["client_id"] == "web"
    assert active["username"] == "sveta"
    assert active["realm_access"] == {"roles": ["specialist"]}
    garbage = http.post(f"{OIDC}/token/introspect", data={"token": "x.y.z"}, auth=auth).json()
    assert garbage == {"active": False}
    public = http.post(f"{OIDC}/token/introspect", data={"token": "x", "client_id": "web"})
    assert public.status_code == 403
    unauthenticated = http.post(
        f"{OIDC}/token/introspect", data={"token": "x", "client_id": "demo-provider"}
    )
    assert unauthenticated.status_code == 401

    logout = http.post(
        f"{OIDC}/logout", data={"client_id": "web", "refresh_token": new_tokens["refresh_token"]}
    )
    assert logout.status_code == 204

    after = refresh_grant(http, new_tokens["refresh_token"])
    assert after.status_code == 400
    assert after.json() == {"error": "invalid_grant", "error_description": "Session not active"}
    inactive = http.post(
        f"{OIDC}/token/introspect", data={"token": new_tokens["access_token"]}, auth=auth
    ).json()
    assert inactive == {"active": False}
    gone = http.get(
        f"{OIDC}/userinfo", headers={"Authorization": f"Bearer {new_tokens['access_token']}"}
    )
    assert gone.status_code == 401
    assert "WWW-Authenticate" in gone.headers


def test_key_rotation(make_user: MakeUser, http: httpx.Client) -> None:
    make_user("rotor")
    before = password_login(http, "rotor").json()
    old_kid = jwt.get_unverified_header(before["access_token"])["kid"]
    admin_token = service_token(http, "identity-svc", IDENTITY_SVC_SECRET)["access_token"]
    provider_token = service_token(http, "demo-provider", DEMO_PROVIDER_SECRET)["access_token"]

    rotate = "/admin/realms/cpd/local/rotate-keys"
    assert http.post(rotate).status_code == 401
    forbidden = http.post(rotate, headers={"Authorization": f"Bearer {provider_token}"})
    assert forbidden.status_code == 403
    rotated = http.post(rotate, headers={"Authorization": f"Bearer {admin_token}"})
    assert rotated.status_code == 200
    assert rotated.json()["previousKid"] == old_kid
    new_kid = rotated.json()["kid"]
    assert new_kid != old_kid

    kids = [k["kid"] for k in http.get(f"{OIDC}/certs").json()["keys"]]
    assert kids == [new_kid, old_kid]
    assert jwks_verify(http, before["access_token"], audience="cpd-api")["sub"]
    assert (
        http.get(
            f"{OIDC}/userinfo", headers={"Authorization": f"Bearer {before['access_token']}"}
        ).status_code
        == 200
    )
    # The old refresh token still works, and everything issued now uses the new key.
    refreshed = refresh_grant(http, before["refresh_token"]).json()
    after = password_login(http, "rotor").json()
    for token in (refreshed["access_token"], after["access_token"], after["id_token"]):
        assert jwt.get_unverified_header(token)["kid"] == new_kid
        assert jwks_verify(http, token)


def test_restart_reuses_keys_and_users(tmp_path: Path) -> None:
    settings = idp_settings(tmp_path / "idp")
    with LocalIdpServer(settings) as first, httpx.Client(base_url=first.url) as http:
        admin = service_token(http, "identity-svc", IDENTITY_SVC_SECRET)["access_token"]
        created = http.post(
            "/admin/realms/cpd/users",
            headers={"Authorization": f"Bearer {admin}"},
            json={
                "username": "persisted",
                "enabled": True,
                "credentials": [{"type": "password", "value": "Pw-1", "temporary": False}],
            },
        )
        assert created.status_code == 201
        tokens = password_login(http, "persisted", "Pw-1").json()
        first_jwks = http.get(f"{OIDC}/certs").json()
        service_account = first.provider.store.service_account("demo-provider")
        assert service_account is not None

    with LocalIdpServer(settings) as second, httpx.Client(base_url=second.url) as http:
        assert http.get(f"{OIDC}/certs").json() == first_jwks
        claims = jwks_verify(http, tokens["access_token"], audience="cpd-api")
        assert claims["preferred_username"] == "persisted"
        again = password_login(http, "persisted", "Pw-1")
        assert again.status_code == 200
        assert (
            jwt.decode(again.json()["access_token"], options={"verify_signature": False})["sub"]
            == claims["sub"]
        )
        assert second.provider.store.service_account("demo-provider") == service_account
        # Access tokens survive a restart; sessions (refresh tokens) live in memory and do not.
        info = http.get(
            f"{OIDC}/userinfo", headers={"Authorization": f"Bearer {tokens['access_token']}"}
        )
        assert info.status_code == 200
        stale = refresh_grant(http, tokens["refresh_token"])
        assert stale.status_code == 400

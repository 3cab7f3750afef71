"""python-keycloak (KeycloakOpenID, KeycloakAdmin) and the raw admin API against the local IdP."""

from __future__ import annotations

import httpx
import jwt
import pytest
from keycloak import (
    KeycloakAdmin,
    KeycloakAuthenticationError,
    KeycloakGetError,
    KeycloakOpenID,
    KeycloakPostError,
)
from local_idp_helpers import (
    DEMO_PROVIDER_SECRET,
    MakeUser,
    jwks_verify,
    password_login,
    refresh_grant,
    service_token,
)

from local_idp import LocalIdpServer

pytestmark = pytest.mark.integration

USERS = "/admin/realms/cpd/users"


def test_keycloak_openid_client(make_user: MakeUser, idp: LocalIdpServer) -> None:
    user = make_user("kira")
    web = KeycloakOpenID(server_url=idp.url, realm_name="cpd", client_id="web")
    confidential = KeycloakOpenID(
        server_url=idp.url,
        realm_name="cpd",
        client_id="demo-provider",
        client_secret_key=DEMO_PROVIDER_SECRET,
    )
    try:
        assert web.well_known()["issuer"] == f"{idp.url}/realms/cpd"
        assert web.public_key() == idp.provider.store.key_ring.active.public_key_der_b64()
        assert web.certs()["keys"][0]["alg"] == "RS256"

        tokens = web.token("kira", "Secret-123")
        assert {"access_token", "refresh_token", "id_token"} <= set(tokens)
        decoded = web.decode_token(tokens["access_token"])
        assert decoded["sub"] == user.id
        assert decoded["snils"] == "112-233-445 95"

        info = web.userinfo(tokens["access_token"])
        assert isinstance(info, dict)
        assert info["preferred_username"] == "kira"
        assert info["person_id"] == "p-1"

        introspected = confidential.introspect(tokens["access_token"])
        assert introspected["active"] is True
        assert introspected["username"] == "kira"

        refreshed = web.refresh_token(tokens["refresh_token"])
        assert refreshed["session_state"] == tokens["session_state"]

        assert web.logout(refreshed["refresh_token"]) == {}
        with pytest.raises(KeycloakPostError) as info_error:
            web.refresh_token(refreshed["refresh_token"])
        assert info_error.value.response_code == 400
        assert b"Session not active" in (info_error.value.response_body or b"")
        assert confidential.introspect(tokens["access_token"]) == {"active": False}

        with pytest.raises(KeycloakAuthenticationError) as wrong:
            web.token("kira", "wrong")
        assert wrong.value.response_code == 401

        service = confidential.token(grant_type="client_credentials")
        assert confidential.decode_token(service["access_token"])["azp"] == "demo-provider"
    finally:
        web.connection._s.close()
        confidential.connection._s.close()


def test_keycloak_admin_user_lifecycle(keycloak_admin: KeycloakAdmin, idp: LocalIdpServer) -> None:
    admin = keycloak_admin
    user_id = admin.create_user(
        {
            "username": "Natalia",
            "email": "Natalia@Example.test",
            "firstName": "Natalia",
            "lastName": "Smirnova",
            "enabled": True,
            "emailVerified": True,
            "attributes": {"snils": ["123-456-789 01"], "person_id": ["person-42"]},
            "credentials": [{"type": "password", "value": "First-pw-1", "temporary": False}],
        }
    )
    assert admin.get_user_id("natalia") == user_id
    assert admin.get_user_id("nobody") is None
    assert admin.create_user({"username": "natalia"}, exist_ok=True) == user_id
    with pytest.raises(KeycloakPostError) as duplicate:
        admin.create_user({"username": "NATALIA", "enabled": True})
    assert duplicate.value.response_code == 409
    assert b"User exists with same username" in (duplicate.value.response_body or b"")

    user = admin.get_user(user_id)
    assert user["username"] == "natalia"
    assert user["email"] == "natalia@example.test"
    assert user["attributes"] == {"snils": ["123-456-789 01"], "person_id": ["person-42"]}
    assert [u["id"] for u in admin.get_users({"search": "natal"})] == [user_id]
    assert all(not u["username"].startswith("service-account-") for u in admin.get_users())
    assert admin.users_count({"username": "natalia"}) == 1

    admin.update_user(user_id, {"firstName": "Nata"})
    assert admin.get_user(user_id)["firstName"] == "Nata"
    admin.set_user_password(user_id, "Second-pw-2", temporary=False)

    realm_roles = {role["name"] for role in admin.get_realm_roles()}
    assert {"teacher", "specialist", "admin", "provider_system"} <= realm_roles
    teacher = admin.get_realm_role("teacher")
    assert teacher["name"] == "teacher"
    admin.assign_realm_roles(user_id, [teacher, admin.get_realm_role("specialist")])
    assert {r["name"] for r in admin.get_realm_roles_of_user(user_id)} == {
        "teacher",
        "specialist",
    }
    admin.delete_realm_roles_of_user(user_id, [admin.get_realm_role("specialist")])
    assert [r["name"] for r in admin.get_realm_roles_of_user(user_id)] == ["teacher"]

    with httpx.Client(base_url=idp.url) as http:
        assert password_login(http, "natalia", "First-pw-1").status_code == 401
        login = password_login(http, "natalia", "Second-pw-2")
        assert login.status_code == 200, login.text
        claims = jwks_verify(http, login.json()["access_token"], audience="cpd-api")
    assert claims["sub"] == user_id
    assert claims["snils"] == "123-456-789 01"
    assert claims["person_id"] == "person-42"
    assert claims["realm_access"] == {"roles": ["teacher"]}
    assert claims["given_name"] == "Nata"

    admin.delete_user(user_id)
    with pytest.raises(KeycloakGetError) as missing:
        admin.get_user(user_id)
    assert missing.value.response_code == 404


def test_temporary_password_requires_update(
    keycloak_admin: KeycloakAdmin, http: httpx.Client
) -> None:
    user_id = keycloak_admin.create_user({"username": "tempo", "enabled": True})
    keycloak_admin.set_user_password(user_id, "Temp-pw-1")  # python-keycloak: temporary=True
    assert keycloak_admin.get_user(user_id)["requiredActions"] == ["UPDATE_PASSWORD"]
    blocked = password_login(http, "tempo", "Temp-pw-1")
    assert blocked.status_code == 400
    assert blocked.json()["error_description"] == "Account is not fully set up"
    keycloak_admin.set_user_password(user_id, "Final-pw-1", temporary=False)
    assert password_login(http, "tempo", "Final-pw-1").status_code == 200


def test_admin_api_authorisation(http: httpx.Client, make_user: MakeUser) -> None:
    assert http.get(USERS).status_code == 401
    assert http.get(USERS, headers={"Authorization": "Bearer nonsense"}).status_code == 401
    provider = service_token(http, "demo-provider", DEMO_PROVIDER_SECRET)["access_token"]
    assert http.get(USERS, headers={"Authorization": f"Bearer {provider}"}).status_code == 403
    make_user("plainuser")
    user_token = password_login(http, "plainuser").json()["access_token"]
    denied = http.post(USERS, headers={"Authorization": f"Bearer {user_token}"}, json={})
    assert denied.status_code == 403


def test_admin_api_raw(http: httpx.Client, admin_headers: dict[str, str]) -> None:
    created = http.post(
        USERS,
        headers=admin_headers,
        json={"username": "Raw.User", "enabled": True, "requiredActions": []},
    )
    assert created.status_code == 201
    location = created.headers["location"]
    assert location.startswith(f"{http.base_url}".rstrip("/") + USERS + "/")
    user_id = location.rsplit("/", 1)[1]

    missing_name = http.post(USERS, headers=admin_headers, json={"enabled": True})
    assert missing_name.status_code == 400

    listed = http.get(
        USERS,
        headers=admin_headers,
        params={"username": "raw.user", "exact": "true", "briefRepresentation": "true"},
    ).json()
    assert [u["id"] for u in listed] == [user_id]
    assert "attributes" not in listed[0]
    count = http.get(f"{USERS}/count", headers=admin_headers, params={"search": "raw"})
    assert count.json() == 1

    updated = http.put(
        f"{USERS}/{user_id}",
        headers=admin_headers,
        json={"attributes": {"snils": ["1"]}, "enabled": False},
    )
    assert updated.status_code == 204
    user = http.get(f"{USERS}/{user_id}", headers=admin_headers).json()
    assert user["attributes"] == {"snils": ["1"]}
    assert user["enabled"] is False
    found = http.get(USERS, headers=admin_headers, params={"q": "snils:1"}).json()
    assert [u["id"] for u in found] == [user_id]

    renamed = http.put(f"{USERS}/{user_id}", headers=admin_headers, json={"username": "other"})
    assert renamed.status_code == 400  # editUsernameAllowed is false in the realm

    reset = http.put(
        f"{USERS}/{user_id}/reset-password",
        headers=admin_headers,
        json={"type": "password", "value": "", "temporary": False},
    )
    assert reset.status_code == 400

    unknown_role = http.post(
        f"{USERS}/{user_id}/role-mappings/realm",
        headers=admin_headers,
        json=[{"name": "no-such-role"}],
    )
    assert unknown_role.status_code == 404
    assert (
        http.get("/admin/realms/cpd/roles/no-such-role", headers=admin_headers).status_code == 404
    )
    roles = http.get(
        "/admin/realms/cpd/roles", headers=admin_headers, params={"first": 0, "max": 2}
    ).json()
    assert len(roles) == 2
    assert {"id", "name", "composite", "clientRole", "containerId"} <= set(roles[0])

    assert http.delete(f"{USERS}/{user_id}", headers=admin_headers).status_code == 204
    assert http.delete(f"{USERS}/{user_id}", headers=admin_headers).status_code == 404
    assert http.get(f"{USERS}/{user_id}", headers=admin_headers).status_code == 404


def test_deleting_a_user_ends_their_sessions(
    http: httpx.Client, admin_headers: dict[str, str], make_user: MakeUser
) -> None:
    user = make_user("leaving")
    tokens = password_login(http, "leaving").json()
    assert http.delete(f"{USERS}/{user.id}", headers=admin_headers).status_code == 204
    refresh = refresh_grant(http, tokens["refresh_token"])
    assert refresh.status_code == 400
    assert jwt.get_unverified_header(tokens["access_token"])["alg"] == "RS256"
    userinfo = http.get(
        "/realms/cpd/protocol/openid-connect/userinfo",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert userinfo.status_code == 401

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
import time
from pathlib import Path
from typing import Any

import jwt
import pytest
from local_idp_helpers import REALM_FILE

from local_idp.__main__ import main, parse_args
from local_idp.bruteforce import BruteForceGuard
from local_idp.keys import KeyRing, generate_signing_key
from local_idp.passwords import (
    DEFAULT_ITERATIONS,
    hash_password,
    hash_password_async,
    verify_password,
    verify_password_async,
)
from local_idp.realm import (
    AttributeMapper,
    BruteForcePolicy,
    ClaimTargets,
    RealmConfig,
    RealmConfigError,
    load_realm_config,
    parse_realm,
)
from local_idp.settings import default_realm_file, load_client_secrets
from local_idp.store import Store, User
from local_idp.tokens import (
    TYP_ACCESS,
    TYP_REFRESH,
    TokenContext,
    TokenError,
    access_token_claims,
    at_hash,
    id_token_claims,
    mapper_claims,
    refresh_token_claims,
    sign,
    verify,
)
from local_idp.user_admin import filter_users, new_user_from_representation, page

ISSUER = "http://127.0.0.1:8080/realms/cpd"


@pytest.fixture(scope="module")
def ring() -> KeyRing:
    return KeyRing(active=generate_signing_key())


@pytest.fixture(scope="module")
def realm_config() -> RealmConfig:
    return load_realm_config(REALM_FILE)


def _user(**fields: Any) -> User:
    user = User(
        id="5f1c1b57-2d0e-4a4e-8a51-7c1b0c7c2f11",
        username="ivan",
        email="ivan@example.test",
        first_name="Ivan",
        last_name="Petrov",
        email_verified=True,
        attributes={"snils": ("112-233-445 95",), "person_id": ("p-1",)},
        realm_roles=("teacher",),
    )
    return dataclasses.replace(user, **fields)


# -- passwords --------------------------------------------------------------------------------


def test_password_hash_is_keycloak_pbkdf2_sha256() -> None:
    hashed = hash_password("s3cret!")
    assert hashed.algorithm == "pbkdf2-sha256"
    assert hashed.iterations == DEFAULT_ITERATIONS == 27500
    expected = hashlib.pbkdf2_hmac("sha256", b"s3cret!", base64.b64decode(hashed.salt), 27500, 64)
    assert base64.b64decode(hashed.value) == expected
    assert verify_password("s3cret!", hashed)
    assert not verify_password("s3cret", hashed)


def test_password_salt_is_random() -> None:
    first, second = hash_password("same"), hash_password("same")
    assert first.salt != second.salt
    assert first.value != second.value


async def test_password_hashing_in_threadpool() -> None:
    hashed = await hash_password_async("pw")
    assert await verify_password_async("pw", hashed)
    assert not await verify_password_async("other", hashed)


# -- tokens -----------------------------------------------------------------------------------


def test_access_token_claims_are_keycloak_shaped(realm_config: RealmConfig) -> None:
    web = realm_config.clients["web"]
    ctx = TokenContext(ISSUER, web, _user(), "openid profile email", 1000, "sid-1")
    claims = access_token_claims(ctx, 1300)
    assert claims["iss"] == ISSUER
    assert claims["aud"] == ["cpd-api"]
    assert claims["typ"] == "Bearer"
    assert claims["azp"] == "web"
    assert claims["sid"] == claims["session_state"] == "sid-1"
    assert claims["exp"] - claims["iat"] == 300
    assert claims["realm_access"] == {"roles": ["teacher"]}
    assert "resource_access" not in claims
    assert claims["snils"] == "112-233-445 95"
    assert claims["person_id"] == "p-1"
    assert claims["name"] == "Ivan Petrov"
    assert claims["preferred_username"] == "ivan"
    assert claims["scope"] == "openid profile email"


def test_service_account_claims(realm_config: RealmConfig) -> None:
    client = realm_config.clients["identity-svc"]
    user = _user(
        username="service-account-identity-svc",
        email=None,
        first_name=None,
        last_name=None,
        attributes={},
        realm_roles=(),
        client_roles={"realm-management": ("manage-users", "view-users")},
        service_account_client_id="identity-svc",
    )
    claims = access_token_claims(TokenContext(ISSUER, client, user, "profile email", 0), 300)
    assert claims["clientId"] == "identity-svc"
    assert claims["azp"] == "identity-svc"
    assert claims["resource_access"] == {
        "realm-management": {"roles": ["manage-users", "view-users"]}
    }
    assert "sid" not in claims
    assert "email" not in claims
    assert "snils" not in claims


def test_sign_and_verify_round_trip(ring: KeyRing, realm_config: RealmConfig) -> None:
    now = int(time.time())
    ctx = TokenContext(ISSUER, realm_config.clients["web"], _user(), "openid", now, "sid")
    claims = access_token_claims(ctx, now + 300)
    token = sign(claims, ring.active)
    assert jwt.get_unverified_header(token) == {
        "alg": "RS256",
        "kid": ring.active.kid,
        "typ": "JWT",
    }
    assert verify(token, ring, realm="cpd", expected_typ=TYP_ACCESS) == claims
    public_only = jwt.decode(
        token, ring.active.public_key, algorithms=["RS256"], audience="cpd-api", issuer=ISSUER
    )
    assert public_only["sub"] == _user().id


def test_verify_checks_typ_realm_expiry_and_key(ring: KeyRing, realm_config: RealmConfig) -> None:
    now = int(time.time())
    ctx = TokenContext(ISSUER, realm_config.clients["web"], _user(), "openid", now, "sid")
    access = sign(access_token_claims(ctx, now + 300), ring.active)
    refresh = sign(refresh_token_claims(ctx, now + 1800), ring.active)
    assert verify(access, ring, realm="cpd", expected_typ=TYP_ACCESS)["sub"] == _user().id
    assert verify(refresh, ring, realm="cpd", expected_typ=TYP_REFRESH)["aud"] == ISSUER

    with pytest.raises(TokenError, match="type"):
        verify(refresh, ring, realm="cpd", expected_typ=TYP_ACCESS)
    with pytest.raises(TokenError, match="issuer"):
        verify(access, ring, realm="other", expected_typ=TYP_ACCESS)
    expired = sign(access_token_claims(ctx, now - 1), ring.active)
    with pytest.raises(TokenError) as info:
        verify(expired, ring, realm="cpd", expected_typ=TYP_ACCESS)
    assert info.value.expired
    assert verify(expired, ring, realm="cpd", expected_typ=TYP_ACCESS, check_expiry=False)
    foreign = KeyRing(active=generate_signing_key())
    with pytest.raises(TokenError, match="key"):
        verify(access, foreign, realm="cpd", expected_typ=TYP_ACCESS)
    header, _payload, signature = access.split(".")
    forged_payload = base64.urlsafe_b64encode(
        json.dumps({**jwt.decode(access, options={"verify_signature": False}), "sub": "x"}).encode()
    ).rstrip(b"=")
    with pytest.raises(TokenError):
        verify(
            f"{header}.{forged_payload.decode()}.{signature}",
            ring,
            realm="cpd",
            expected_typ=TYP_ACCESS,
        )
    none_alg = jwt.encode({"sub": "x"}, key="", algorithm="none")
    with pytest.raises(TokenError):
        verify(none_alg, ring, realm="cpd", expected_typ=TYP_ACCESS)


def test_rotated_ring_verifies_old_tokens(ring: KeyRing, realm_config: RealmConfig) -> None:
    now = int(time.time())
    ctx = TokenContext(ISSUER, realm_config.clients["web"], _user(), "openid", now, "sid")
    old = sign(access_token_claims(ctx, now + 300), ring.active)
    rotated = ring.rotated(generate_signing_key())
    assert [k["kid"] for k in rotated.jwks()["keys"]] == [rotated.active.kid, ring.active.kid]
    assert verify(old, rotated, realm="cpd", expected_typ=TYP_ACCESS)
    twice = rotated.rotated(generate_signing_key())
    with pytest.raises(TokenError):
        verify(old, twice, realm="cpd", expected_typ=TYP_ACCESS)


def test_id_token(realm_config: RealmConfig) -> None:
    ctx = TokenContext(ISSUER, realm_config.clients["web"], _user(), "openid", 0, "sid")
    claims = id_token_claims(ctx, 300, "abc.def.ghi")
    assert claims["typ"] == "ID"
    assert claims["aud"] == "web"
    assert claims["at_hash"] == at_hash("abc.def.ghi")
    assert claims["snils"] == "112-233-445 95"


# -- brute force ------------------------------------------------------------------------------


def test_a_mapper_claim_goes_into_the_tokens_its_flags_name() -> None:
    targets = ClaimTargets.of({"id.token.claim": "false", "userinfo.token.claim": "TRUE"})
    assert targets == ClaimTargets(
        access_token=True, id_token=False, userinfo=True, introspection=True
    )
    mapper = AttributeMapper("snils", "snils", targets, multivalued=False)
    user = _user(attributes={"snils": ("112-233-445 95",)})
    assert mapper_claims(user, [mapper], "access") == {"snils": "112-233-445 95"}
    assert mapper_claims(user, [mapper], "id") == {}


def test_brute_force_lockout_grows_and_resets() -> None:
    guard = BruteForceGuard(
        BruteForcePolicy(
            enabled=True, failure_factor=5, wait_increment_seconds=60, max_failure_wait_seconds=90
        )
    )
    for _ in range(4):
        guard.record_failure("u", 0)
    assert not guard.is_locked("u", 0)
    guard.record_failure("u", 0)
    assert guard.is_locked("u", 59)
    assert not guard.is_locked("u", 60)
    for _ in range(5):
        guard.record_failure("u", 100)
    assert guard.is_locked("u", 189)  # 2 * 60 capped at 90
    assert not guard.is_locked("u", 190)
    guard.record_success("u")
    assert guard.failures("u") == 0


def test_brute_force_disabled() -> None:
    guard = BruteForceGuard(BruteForcePolicy(enabled=False, failure_factor=1))
    guard.record_failure("u", 0)
    assert not guard.is_locked("u", 0)


# -- realm file and settings ------------------------------------------------------------------


def test_realm_file_is_parsed(realm_config: RealmConfig) -> None:
    assert realm_config.name == "cpd"
    assert realm_config.access_token_lifespan == 300
    assert realm_config.sso_session_idle_timeout == 1800
    assert realm_config.brute_force == BruteForcePolicy(
        enabled=True,
        failure_factor=5,
        wait_increment_seconds=60,
        max_failure_wait_seconds=900,
        permanent_lockout=False,
        minimum_quick_login_wait_seconds=60,
        quick_login_check_milliseconds=1000,
        max_delta_time_seconds=43200,
        max_temporary_lockouts=0,
    )
    assert {r.name for r in realm_config.roles} == {
        "specialist",
        "teacher",
        "provider_staff",
        "school_head",
        "school_operator",
        "municipal_operator",
        "regional_operator",
        "admin",
        "provider_system",
        "provider_admin",
        "support",
        "smk_trainee",
        "smk_supervisor",
        "smk_unit_staff",
        "smk_voivodeship_office",
        "smk_exam_centre",
        "smk_cmkp",
    }
    web = realm_config.clients["web"]
    assert web.public and web.direct_access_grants and web.audiences == ("cpd-api",)
    assert [m.claim_name for m in web.attribute_mappers] == [
        "snils",
        "pesel",
        "pwz",
        "person_id",
        "middle_name",
        "birthdate",
        "gender",
    ]
    assert [m.claim_name for m in web.session_note_mappers] == ["identity_provider"]
    assert web.pkce_method == "S256"
    assert realm_config.clients["cpd-api"].bearer_only
    demo = realm_config.clients["demo-provider"]
    assert demo.service_accounts and not demo.public and demo.file_secret is None
    accounts = {sa.client_id: sa for sa in realm_config.service_accounts}
    assert accounts["demo-provider"].realm_roles == ("provider_system",)
    assert accounts["identity-svc"].client_roles == {
        "realm-management": ("manage-users", "view-users", "query-users")
    }


def test_realm_file_has_no_secrets_only_placeholders() -> None:
    # Confidential clients' secrets are ${NAME} placeholders that the Keycloak Operator fills
    # from the Secret keycloak-realm (k8s/keycloak/realm_import.py); never a real value.
    raw = json.loads(REALM_FILE.read_text())
    secrets = {c["clientId"]: c["secret"] for c in raw["clients"] if "secret" in c}
    assert secrets, "confidential clients carry placeholder secrets"
    for client_id, secret in secrets.items():
        assert re.fullmatch(r"\$\{[A-Z0-9_]+\}", secret), f"{client_id}: {secret!r}"


def test_placeholder_secrets_are_ignored_and_dev_secrets_kept() -> None:
    raw = json.loads(REALM_FILE.read_text())
    realm = parse_realm(raw)
    confidential = [c for c in raw["clients"] if "secret" in c]
    assert all(realm.clients[c["clientId"]].file_secret is None for c in confidential)
    raw["clients"] = [{**c, "secret": "real-file-secret"} for c in confidential]
    assert all(c.file_secret == "real-file-secret" for c in parse_realm(raw).clients.values())
    dev = load_client_secrets(environ={})
    assert {c["clientId"] for c in confidential} <= dev.keys()


def test_client_secrets_dev_defaults_and_env_override() -> None:
    assert load_client_secrets(environ={}) == {
        "credits-svc": "credits-svc-dev-secret",
        "demo-provider": "demo-provider-secret",
        "gateway": "gateway-dev-secret",
        "identity-svc": "identity-svc-dev-secret",
        "pk-regional-svc": "pk-regional-svc-dev-secret",
    }
    overridden = load_client_secrets(
        environ={"LOCAL_IDP_CLIENT_SECRETS": '{"identity-svc": "other"}'}
    )
    assert overridden["identity-svc"] == "other"
    assert overridden["demo-provider"] == "demo-provider-secret"
    with pytest.raises(RealmConfigError):
        load_client_secrets(environ={"LOCAL_IDP_CLIENT_SECRETS": "[1]"})


def test_default_realm_file(tmp_path: Path) -> None:
    assert default_realm_file(environ={}, start=REALM_FILE.parent) == REALM_FILE
    custom = tmp_path / "realm.json"
    assert default_realm_file(environ={"LOCAL_IDP_REALM_FILE": str(custom)}) == custom


# -- store and admin semantics ----------------------------------------------------------------


def test_store_persists_keys_users_and_service_accounts(
    tmp_path: Path, realm_config: RealmConfig
) -> None:
    store = Store(tmp_path, realm_config)
    service_account = store.service_account("demo-provider")
    assert service_account is not None
    assert service_account.username == "service-account-demo-provider"
    assert service_account.realm_roles == ("provider_system",)
    user, _ = new_user_from_representation({"username": "Maria", "enabled": True})
    store.add_user(user)
    old_kid = store.key_ring.active.kid
    new_kid = store.rotate_signing_key().kid

    reopened = Store(tmp_path, realm_config)
    assert reopened.key_ring.active.kid == new_kid
    assert reopened.key_ring.previous is not None
    assert reopened.key_ring.previous.kid == old_kid
    assert reopened.find_by_username("MARIA") == user
    reopened_sa = reopened.service_account("demo-provider")
    assert reopened_sa is not None and reopened_sa.id == service_account.id
    assert (tmp_path / "keys.json").stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob("*.tmp"))


def test_user_filters() -> None:
    users = [
        _user(id="1", username="anna", email="anna@x.test", attributes={"snils": ("1",)}),
        _user(id="2", username="annabel", email="bel@x.test"),
        _user(id="3", username="boris", email="b@x.test", enabled=False),
        _user(id="4", username="service-account-x", service_account_client_id="x"),
    ]

    def names(query: dict[str, str]) -> list[str]:
        return [u.username for u in filter_users(users, query)]

    assert names({}) == ["anna", "annabel", "boris"]
    assert names({"username": "anna"}) == ["anna", "annabel"]
    assert names({"username": "anna", "exact": "True"}) == ["anna"]
    assert names({"search": "bel"}) == ["annabel"]
    assert names({"search": '"anna"'}) == ["anna"]
    assert names({"email": "b@x.test", "exact": "true"}) == ["boris"]
    assert names({"q": "snils:1"}) == ["anna"]
    assert names({"enabled": "false"}) == ["boris"]
    assert page(names({}), {"first": "1", "max": "1"}) == ["annabel"]


# -- CLI and realm-file users -----------------------------------------------------------------


def test_cli_arguments() -> None:
    args = parse_args(["--port", "9999", "--data-dir", "/tmp/x", "--public-url", "http://h:1"])
    assert (args.host, args.port, args.data_dir, args.public_url) == (
        "127.0.0.1",
        9999,
        Path("/tmp/x"),
        "http://h:1",
    )
    assert args.realm_file is None


def test_cli_rejects_missing_realm_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LOCAL_IDP_REALM_FILE", str(tmp_path / "missing.json"))
    with pytest.raises(SystemExit, match="cannot read realm file"):
        main(["--data-dir", str(tmp_path), "--port", "0"])


def test_realm_file_users_are_imported_once(tmp_path: Path) -> None:
    raw = json.loads(REALM_FILE.read_text())
    raw["users"].append(
        {
            "username": "Seeded",
            "enabled": True,
            "attributes": {"snils": ["1"]},
            "realmRoles": ["teacher", "unknown-role"],
            "credentials": [{"type": "password", "value": "pw", "temporary": False}],
        }
    )
    realm = parse_realm(raw)
    store = Store(tmp_path, realm)
    seeded = store.find_by_username("seeded")
    assert seeded is not None and seeded.password is not None
    assert seeded.realm_roles == ("teacher",)
    assert verify_password("pw", seeded.password)
    store.delete_user(seeded.id)
    # Like a realm import: only a new data dir gets the file's users.
    assert Store(tmp_path, realm).find_by_username("seeded") is None
    assert Store(tmp_path / "fresh", realm).find_by_username("seeded") is not None

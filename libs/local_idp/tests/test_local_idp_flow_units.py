"""Unit tests (no I/O beyond a temp dir) for PKCE, SNILS, the code store, brute force,
the ESIA broker and action tokens."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from local_idp_helpers import REALM_FILE

from local_idp.actions import (
    VERIFY_EMAIL,
    ActionTokenError,
    ActionTokens,
    apply_actions,
    execute_actions_mail,
    make_action_link,
)
from local_idp.authorization import (
    AuthFlowStore,
    AuthRequestError,
    redirect_uri_allowed,
    validate_auth_request,
    with_query,
)
from local_idp.broker import Broker, BrokerError, load_esia_accounts
from local_idp.bruteforce import BruteForceGuard, FailureOutcome
from local_idp.keys import KeyRing, generate_signing_key
from local_idp.pkce import PkceError, check_challenge, s256_challenge, verify
from local_idp.realm import BruteForcePolicy, RealmConfig, load_realm_config
from local_idp.snils import login_name, normalise_snils
from local_idp.store import UPDATE_PASSWORD, Store, User

ISSUER = "http://127.0.0.1:8080/realms/cpd"
# A valid authorization request of the web client (PKCE with S256).
WEB_LOGIN = {
    "client_id": "web",
    "response_type": "code",
    "redirect_uri": "http://localhost:3000/cb",
    "code_challenge": s256_challenge("v" * 50),
    "code_challenge_method": "S256",
}


@pytest.fixture(scope="module")
def realm() -> RealmConfig:
    return load_realm_config(REALM_FILE)


# -- PKCE -------------------------------------------------------------------------------------


def test_pkce_rfc7636_example() -> None:
    # RFC 7636 appendix B.
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert s256_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    verify(verifier, s256_challenge(verifier))
    with pytest.raises(PkceError, match="Code mismatch"):
        verify("x" * 43, s256_challenge(verifier))
    with pytest.raises(PkceError, match="not specified"):
        verify(None, s256_challenge(verifier))
    with pytest.raises(PkceError, match="invalid code verifier"):
        verify("short", s256_challenge(verifier))
    with pytest.raises(PkceError, match="challenge not present"):
        verify(verifier, None)
    verify(None, None)


def test_pkce_challenge_rules() -> None:
    challenge = s256_challenge("v" * 50)
    check_challenge(challenge, "S256", "S256")
    check_challenge(None, None, None)
    for args, message in (
        ((None, None, "S256"), "Missing parameter: code_challenge"),
        ((challenge, None, "S256"), "Missing parameter: code_challenge_method"),
        ((challenge, "plain", "S256"), "not supported"),
        ((challenge, "plain", None), "not supported"),
        (("not-a-challenge", "S256", "S256"), "Invalid parameter: code_challenge"),
    ):
        with pytest.raises(PkceError, match=message):
            check_challenge(*args)


# -- SNILS ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["11223344595", "112-233-445 95", "112 233 445 95", " 112-233-445-95 "]
)
def test_snils_formats_normalise(typed: str) -> None:
    assert normalise_snils(typed.strip()) == "11223344595"
    assert login_name(typed) == "11223344595"


def test_non_snils_usernames_are_kept() -> None:
    assert normalise_snils("1122334459") is None
    assert normalise_snils("١١٢٢٣٣٤٤٥٩٥") is None  # non-ASCII digits
    assert login_name(" service-account-x ") == "service-account-x"


# -- redirect URIs, auth requests, codes ------------------------------------------------------


def test_redirect_uri_matching() -> None:
    allowed = ("http://127.0.0.1:*", "https://cpd.example/app")
    assert redirect_uri_allowed("http://127.0.0.1:5173/cb", allowed)
    assert redirect_uri_allowed("https://cpd.example/app", allowed)
    assert not redirect_uri_allowed("https://cpd.example/app/other", allowed)
    assert not redirect_uri_allowed("http://127.0.0.1.evil.test/cb", ("http://127.0.0.1:*",))
    assert not redirect_uri_allowed("http://127.0.0.1:5173/cb#frag", allowed)
    assert with_query("http://a/cb?x=1", {"code": "c", "state": None}) == "http://a/cb?x=1&code=c"


def test_auth_request_for_web_client(realm: RealmConfig) -> None:
    request = validate_auth_request(realm.clients["web"], WEB_LOGIN, 0)
    assert request.scope == "openid" and request.state is None
    with pytest.raises(AuthRequestError) as caught:
        validate_auth_request(realm.clients["cpd-api"], WEB_LOGIN, 0)
    assert not caught.value.redirectable


def test_code_store_single_use_and_expiry(realm: RealmConfig) -> None:
    store = AuthFlowStore(login_lifespan=1800, code_lifespan=60)
    request = store.start(validate_auth_request(realm.clients["web"], WEB_LOGIN, 0))
    assert store.get(request.id, 1800) == request
    code = store.issue_code(request, "user-1", "session-1", 10)
    assert store.get(request.id, 11) is None  # the login request is finished
    issued, replay = store.consume_code(code, 20)
    assert issued is not None and issued.session_id == "session-1" and replay is None
    assert store.consume_code(code, 21) == (None, "session-1")
    late = store.issue_code(store.start(dataclasses.replace(request, id="r2")), "u", "s2", 0)
    assert store.consume_code(late, 61) == (None, None)
    assert store.get("r3", 0) is None


# -- brute force (Keycloak's algorithm) -------------------------------------------------------


def _guard(**overrides: object) -> BruteForceGuard:
    policy = BruteForcePolicy(
        enabled=True,
        failure_factor=5,
        wait_increment_seconds=60,
        max_failure_wait_seconds=900,
        minimum_quick_login_wait_seconds=60,
        quick_login_check_milliseconds=1000,
        max_delta_time_seconds=43200,
    )
    return BruteForceGuard(dataclasses.replace(policy, **overrides))  # type: ignore[arg-type]


def test_lockout_after_failure_factor_slow_failures() -> None:
    guard = _guard()
    for i in range(4):
        assert guard.record_failure("u", 10.0 * (i + 1)) is FailureOutcome.COUNTED
    assert not guard.is_locked("u", 41)
    assert guard.record_failure("u", 50) is FailureOutcome.TEMPORARILY_LOCKED
    assert guard.is_locked("u", 109) and not guard.is_locked("u", 110)
    # The next failure waits 60 × (6 // 5) again; ten failures wait 120 s.
    for t in (120, 130, 140, 150):
        guard.record_failure("u", t)
    assert guard.record_failure("u", 160) is FailureOutcome.TEMPORARILY_LOCKED
    assert guard.is_locked("u", 279) and not guard.is_locked("u", 280)


def test_quick_failures_wait_the_minimum() -> None:
    guard = _guard()
    assert guard.record_failure("u", 100.0) is FailureOutcome.COUNTED
    assert guard.record_failure("u", 100.5) is FailureOutcome.TEMPORARILY_LOCKED
    assert guard.is_locked("u", 160.4) and not guard.is_locked("u", 160.5)


def test_failures_long_ago_are_forgotten_and_success_resets() -> None:
    guard = _guard(max_delta_time_seconds=100)
    for t in (10, 20, 30, 40):
        guard.record_failure("u", t)
    guard.record_failure("u", 200)  # more than maxDeltaTime after the last one
    assert guard.failures("u") == 1 and not guard.is_locked("u", 201)
    guard.record_success("u")
    assert guard.failures("u") == 0


def test_wait_is_capped_and_permanent_lockout_disables() -> None:
    guard = _guard(max_failure_wait_seconds=90, wait_increment_seconds=100)
    for t in range(1, 6):
        guard.record_failure("u", t * 10.0)
    assert guard.locked_until("u") == 50 + 90
    permanent = _guard(permanent_lockout=True)
    for t in range(1, 5):
        assert permanent.record_failure("u", t * 10.0) is FailureOutcome.COUNTED
    assert permanent.record_failure("u", 50) is FailureOutcome.DISABLE_USER
    disabled = _guard(enabled=False, failure_factor=1)
    assert disabled.record_failure("u", 0) is FailureOutcome.COUNTED
    assert not disabled.is_locked("u", 0)


# -- ESIA broker ------------------------------------------------------------------------------


def test_esia_profile_is_normalised() -> None:
    demo = next(a for a in load_esia_accounts() if a.oid == "1000000001")
    assert demo.profile() == {
        "oid": "1000000001",
        "snils": "11223344595",
        "lastName": "Смирнова",
        "firstName": "Анна",
        "middleName": "Сергеевна",
        "birthDate": "1985-04-12",
        "gender": "female",
        "email": "demo.specialist@example.org",
        "trusted": "true",
    }


def test_broker_links_creates_and_refuses(realm: RealmConfig, tmp_path: Path) -> None:
    store = Store(tmp_path, realm)
    broker = Broker(realm.identity_providers["esia"], load_esia_accounts())
    assert broker.username_field() == "snils"
    existing = store.add_user(
        User(id="u-1", username="11223344595", email="old@example.test", first_name="Аня")
    )
    accounts = {a.oid: a for a in broker.accounts}
    linked = broker.login(store, accounts["1000000001"])
    assert not linked.created and linked.user.id == existing.id
    assert linked.user.email == "old@example.test"  # a brokered e-mail never replaces one
    assert linked.user.first_name == "Анна"  # syncMode FORCE
    assert linked.user.attributes["birthdate"] == ("1985-04-12",)
    assert linked.notes == {
        "identity_provider": "esia",
        "identity_provider_identity": "1000000001",
    }
    created = broker.login(store, accounts["1000000002"])
    assert created.created and created.user.username == "15673492801"
    assert store.find_by_federated_identity("esia", "1000000002") == created.user
    with pytest.raises(BrokerError) as caught:
        broker.login(store, accounts["1000000004"])
    assert caught.value.code == "esia_not_trusted"
    code = broker.issue_code("1000000002")
    assert broker.redeem_code(code).oid == "1000000002"
    with pytest.raises(BrokerError):
        broker.redeem_code(code)


def test_trust_rule_comes_from_the_post_broker_login_flow(realm: RealmConfig) -> None:
    rule = realm.identity_providers["esia"].trust_rule
    assert rule is not None
    assert (rule.attribute, rule.expected, rule.negate) == ("esia_trusted", "true", True)
    assert rule.denies({"esia_trusted": ("false",)})
    assert rule.denies({})
    assert not rule.denies({"esia_trusted": ("true",)})


# -- action tokens ----------------------------------------------------------------------------


def test_action_token_round_trip_and_single_use() -> None:
    ring = KeyRing(active=generate_signing_key())
    user = User(
        id="u-1",
        username="11223344595",
        email="a@example.test",
        first_name="Анна",
        required_actions=(VERIFY_EMAIL, UPDATE_PASSWORD),
    )
    now = int(time.time())
    link = make_action_link(ring, ISSUER, user, [VERIFY_EMAIL], "web", None, now, 600)
    assert link.startswith(f"{ISSUER}/login-actions/action-token?key=")
    key = link.split("key=", 1)[1]
    tokens = ActionTokens("cpd")
    token = tokens.parse(key, ring, now)
    assert token.actions == (VERIFY_EMAIL,) and token.client_id == "web"
    done = apply_actions(user, token)
    assert done.email_verified and done.required_actions == (UPDATE_PASSWORD,)
    # A changed address is not verified by a link sent to the old one.
    moved = apply_actions(dataclasses.replace(user, email="b@example.test"), token)
    assert not moved.email_verified
    assert tokens.use(token, now) and not tokens.use(token, now + 1)
    with pytest.raises(ActionTokenError, match="уже использована"):
        tokens.parse(key, ring, now + 2)
    with pytest.raises(ActionTokenError, match="недействительна"):
        tokens.parse(key, KeyRing(active=generate_signing_key()), now)
    subject, body = execute_actions_mail(user, [UPDATE_PASSWORD], link, 1600, 600)
    assert subject == "Действия с учётной записью"
    assert "задать новый пароль" in body and link in body and "10 мин" in body

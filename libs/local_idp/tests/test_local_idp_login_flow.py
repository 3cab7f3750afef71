"""Authorization code + PKCE through the Russian login page, over real HTTP."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from local_idp_helpers import TOKEN_PATH, MakeUser, jwks_verify, password_login, refresh_grant

from cpd_platform.local_mail import LocalMailServer, body_text
from local_idp import LocalIdpServer
from local_idp.login_client import BrowserLogin, form_action, hidden_fields, page_error
from local_idp.pkce import s256_challenge
from local_idp.store import UPDATE_PASSWORD

pytestmark = pytest.mark.integration

AUTH = "/realms/cpd/protocol/openid-connect/auth"
CALLBACK = "http://127.0.0.1:5173/callback"


@pytest.fixture
def browser(idp: LocalIdpServer, http: httpx.Client) -> BrowserLogin:
    return BrowserLogin(http, f"{idp.url}/realms/cpd", redirect_uri=CALLBACK)


def _snils_user(make_user: MakeUser, snils: str, **fields: object) -> None:
    make_user(snils, attributes={"snils": (snils,), "person_id": (f"p-{snils}",)}, **fields)


@pytest.fixture(scope="module")
def formats_user(idp: LocalIdpServer) -> str:
    """One user for the parametrised format test (make_user is per test)."""
    snils = "11122233396"
    with httpx.Client(base_url=idp.url) as http:
        admin = http.post(
            TOKEN_PATH,
            data={"grant_type": "client_credentials"},
            auth=("identity-svc", "identity-svc-dev-secret"),
        ).json()["access_token"]
        created = http.post(
            "/admin/realms/cpd/users",
            headers={"Authorization": f"Bearer {admin}"},
            json={
                "username": snils,
                "enabled": True,
                "attributes": {"snils": [snils], "person_id": [f"p-{snils}"]},
                "credentials": [{"type": "password", "value": "Secret-123"}],
            },
        )
        assert created.status_code == 201
        subject = created.headers["location"].rsplit("/", 1)[-1]
        role = http.get(
            "/admin/realms/cpd/roles/specialist", headers={"Authorization": f"Bearer {admin}"}
        ).json()
        http.post(
            f"/admin/realms/cpd/users/{subject}/role-mappings/realm",
            headers={"Authorization": f"Bearer {admin}"},
            json=[role],
        ).raise_for_status()
    return snils


def test_login_page_is_russian_with_esia_link(browser: BrowserLogin) -> None:
    page = browser.open()
    assert page.response.status_code == 200
    assert page.response.headers["content-type"].startswith("text/html")
    assert page.response.headers["x-frame-options"] == "DENY"
    assert "СНИЛС" in page.page and "Пароль" in page.page
    assert "Войти через Госуслуги" in page.page
    assert set(hidden_fields(page.page)) == {"session_code"}


@pytest.mark.parametrize("typed", ["11122233396", "111-222-333 96", "111 222 333 96"])
def test_pkce_login_with_snils_in_any_format(
    browser: BrowserLogin, formats_user: str, http: httpx.Client, typed: str
) -> None:
    result = browser.with_password(typed, "Secret-123")
    assert result.response.status_code == 302
    assert result.params["state"] == browser.state
    assert result.code and result.params["session_state"]
    tokens = browser.exchange(result)
    assert tokens.status_code == 200, tokens.text
    body = tokens.json()
    claims = jwks_verify(http, body["access_token"], audience="cpd-api")
    assert claims["typ"] == "Bearer"
    assert claims["azp"] == "web"
    assert claims["preferred_username"] == "11122233396"
    assert claims["snils"] == "11122233396"
    assert claims["person_id"] == "p-11122233396"
    assert claims["realm_access"] == {"roles": ["specialist"]}
    assert claims["sid"] == result.params["session_state"]
    assert "identity_provider" not in claims
    id_claims = jwks_verify(http, body["id_token"], audience="web")
    assert id_claims["typ"] == "ID" and id_claims["sid"] == claims["sid"]
    # The refresh token of a code login works like any other.
    refreshed = refresh_grant(http, body["refresh_token"])
    assert refreshed.status_code == 200


def test_code_is_single_use_and_reuse_revokes_the_session(
    browser: BrowserLogin, make_user: MakeUser, http: httpx.Client
) -> None:
    _snils_user(make_user, "12345678964")
    result = browser.with_password("123-456-789 64", "Secret-123")
    first = browser.exchange(result)
    assert first.status_code == 200
    again = browser.exchange(result)
    assert again.status_code == 400
    assert again.json() == {"error": "invalid_grant", "error_description": "Code not valid"}
    refresh = refresh_grant(http, first.json()["refresh_token"])
    assert refresh.status_code == 400


def test_code_exchange_checks_verifier_redirect_uri_and_client(
    browser: BrowserLogin, make_user: MakeUser, idp: LocalIdpServer
) -> None:
    _snils_user(make_user, "98765432183")
    cases = [
        ({"code_verifier": "x" * 43}, "PKCE verification failed: Code mismatch"),
        ({"code_verifier": ""}, "PKCE code verifier not specified"),
        ({"redirect_uri": "http://127.0.0.1:5173/other"}, "Incorrect redirect_uri"),
    ]
    for overrides, description in cases:
        result = browser.with_password("98765432183", "Secret-123")
        refused = browser.exchange(result, **overrides)
        assert refused.status_code == 400
        assert refused.json() == {"error": "invalid_grant", "error_description": description}
        # A refused exchange uses the code up.
        assert browser.exchange(result).status_code == 400
    result = browser.with_password("98765432183", "Secret-123")
    other_client = browser.exchange(
        result, client_id="demo-provider", client_secret="demo-provider-secret"
    )
    assert other_client.status_code == 400
    assert other_client.json()["error"] == "unauthorized_client"


def test_code_expires(
    browser: BrowserLogin, make_user: MakeUser, idp: LocalIdpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _snils_user(make_user, "15673492801")
    result = browser.with_password("15673492801", "Secret-123")
    lifespan = idp.provider.realm.access_code_lifespan
    assert lifespan == 60
    later = time.time() + lifespan + 1
    monkeypatch.setattr(idp.provider, "_clock", lambda: later)
    expired = browser.exchange(result)
    assert expired.status_code == 400
    assert expired.json()["error_description"] == "Code not valid"


def test_auth_request_validation(http: httpx.Client, browser: BrowserLogin) -> None:
    challenge = s256_challenge(browser.verifier)
    base = {
        "client_id": "web",
        "response_type": "code",
        "redirect_uri": CALLBACK,
        "state": "st",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    # Not redirectable: unknown client, redirect_uri not registered → a Russian error page.
    for params in (
        {**base, "client_id": "ghost"},
        {**base, "redirect_uri": "https://evil.test/cb"},
    ):
        page = http.get(AUTH, params=params)
        assert page.status_code == 400
        assert "Ошибка" in page.text
        assert "location" not in page.headers
    # Redirectable: back to the client with error and state.
    for params, error, description in (
        (
            {k: v for k, v in base.items() if not k.startswith("code_challenge")},
            "invalid_request",
            "Missing parameter: code_challenge",
        ),
        (
            {**base, "code_challenge": browser.verifier, "code_challenge_method": "plain"},
            "invalid_request",
            "Invalid parameter: code challenge method is not supported",
        ),
        ({**base, "response_type": "token"}, "unsupported_response_type", None),
    ):
        reply = http.get(AUTH, params=params)
        assert reply.status_code == 302, reply.text
        query = parse_qs(urlsplit(reply.headers["location"]).query)
        assert reply.headers["location"].startswith(CALLBACK)
        assert query["error"] == [error]
        assert query["state"] == ["st"]
        assert "code" not in query
        if description:
            assert query["error_description"] == [description]
    # Clients without the standard flow cannot start a browser login.
    provider = http.get(AUTH, params={**base, "client_id": "demo-provider"})
    assert provider.status_code == 400


def test_wrong_password_and_unknown_snils_get_the_same_page(
    browser: BrowserLogin, make_user: MakeUser
) -> None:
    _snils_user(make_user, "20030040048")
    wrong = browser.with_password("200-300-400 48", "wrong")
    unknown = BrowserLogin(browser.http, browser.issuer).with_password("99999999999", "wrong")
    for result in (wrong, unknown):
        assert result.response.status_code == 200
        assert page_error(result.page) == "Неверный СНИЛС или пароль."
        assert not result.params
    # The form keeps what was typed (escaped), not the password.
    assert 'value="200-300-400 48"' in wrong.page


def test_login_page_lockout_matches_password_grant(
    browser: BrowserLogin, make_user: MakeUser, http: httpx.Client, idp: LocalIdpServer
) -> None:
    """Failures on the page and on the token endpoint count together; while locked the
    right password gets the wrong-password answer on both."""
    _snils_user(make_user, "10020030044")
    page = browser.open().page
    for _ in range(3):
        page = browser.submit(page, {"username": "10020030044", "password": "bad"}).page
    for _ in range(2):
        assert password_login(http, "10020030044", "bad").status_code == 401
    locked = browser.with_password("100-200-300 44", "Secret-123")
    assert page_error(locked.page) == "Неверный СНИЛС или пароль."
    assert not locked.params
    assert password_login(http, "10020030044").json()["error_description"] == (
        "Invalid user credentials"
    )
    user = idp.provider.store.find_by_username("10020030044")
    assert user is not None and idp.provider.brute_force.is_locked(user.id, time.time())


def test_temporary_password_is_replaced_in_the_flow(
    browser: BrowserLogin, make_user: MakeUser, http: httpx.Client
) -> None:
    _snils_user(make_user, "30040050060", required_actions=(UPDATE_PASSWORD,))
    assert password_login(http, "30040050060").json()["error_description"] == (
        "Account is not fully set up"
    )
    form = browser.with_password("30040050060", "Secret-123")
    assert "Новый пароль" in form.page and not form.params
    mismatch = browser.submit(form.page, {"password-new": "N3w-pass", "password-confirm": "x"})
    assert page_error(mismatch.page) == "Пароли не совпадают."
    done = browser.submit(
        mismatch.page, {"password-new": "N3w-pass", "password-confirm": "N3w-pass"}
    )
    assert done.code
    assert browser.exchange(done).status_code == 200
    assert password_login(http, "30040050060", "N3w-pass").status_code == 200


def test_unverified_email_blocks_login_and_sends_the_link(
    browser: BrowserLogin,
    make_user: MakeUser,
    http: httpx.Client,
    mail_server: LocalMailServer,
) -> None:
    """Keycloak's rule: with VERIFY_EMAIL pending the password grant answers "Account is not
    fully set up" and the login page asks to verify, mailing a fresh link."""
    _snils_user(
        make_user,
        "40050060070",
        email="unverified@example.test",
        email_verified=False,
        required_actions=("VERIFY_EMAIL",),
    )
    assert password_login(http, "40050060070").json() == {
        "error": "invalid_grant",
        "error_description": "Account is not fully set up",
    }
    page = browser.with_password("40050060070", "Secret-123")
    assert not page.params
    assert "Подтвердите адрес электронной почты" in page.page
    mail = mail_server.wait_for(lambda m: m["To"] == "unverified@example.test")
    assert mail["Subject"] == "Подтверждение адреса электронной почты"
    link = next(line for line in body_text(mail).splitlines() if "action-token" in line)
    confirmed = http.get(link.strip())
    assert confirmed.status_code == 200
    assert "Адрес подтверждён" in confirmed.text
    after = browser.with_password("40050060070", "Secret-123")
    assert after.code


def test_login_form_needs_a_live_session_code(http: httpx.Client, idp: LocalIdpServer) -> None:
    page = BrowserLogin(http, f"{idp.url}/realms/cpd").open().page
    stale = http.post(
        form_action(page), data={"session_code": "forged", "username": "x", "password": "y"}
    )
    assert stale.status_code == 400
    assert "Время на вход истекло" in stale.text


def test_session_lifetimes_follow_the_realm_file(
    make_user: MakeUser,
    http: httpx.Client,
    idp: LocalIdpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """accessTokenLifespan 300 s, ssoSessionIdleTimeout 1800 s, ssoSessionMaxLifespan 10 h."""
    make_user("lifetimes")
    body = password_login(http, "lifetimes").json()
    assert (body["expires_in"], body["refresh_expires_in"]) == (300, 1800)
    sessions = idp.provider.sessions
    sid = jwks_verify(http, body["access_token"])["sid"]
    assert isinstance(sid, str)
    session = sessions.get(sid, int(time.time()))
    assert session is not None
    assert sessions.max_expires_at(session) == session.started + 36000
    # Refreshing every 25 minutes keeps a session alive until its 10 h maximum…
    for step in range(1, 24):
        touched = sessions.get(sid, session.started + step * 1500)
        assert touched is not None, step
        sessions.touch(touched, session.started + step * 1500)
    assert sessions.get(sid, session.started + 36001) is None
    # …and 30 idle minutes end it: the refresh token is refused.
    idle = password_login(http, "lifetimes").json()["refresh_token"]
    later = time.time() + 1801
    monkeypatch.setattr(idp.provider, "_clock", lambda: later)
    refused = refresh_grant(http, idle)
    assert refused.json()["error_description"] == "Session not active"


def test_the_login_page_takes_the_email_instead_of_the_snils(
    browser: BrowserLogin, make_user: MakeUser, http: httpx.Client
) -> None:
    """The realm's loginWithEmailAllowed: «СНИЛС / PESEL / почта» finds the account by its e-mail (any
    case); the tokens are the account's."""
    _snils_user(make_user, "50060070089", email="anna.mail@example.test")
    page = browser.open()
    assert "СНИЛС / PESEL / почта" in page.page
    result = browser.with_password("  Anna.Mail@Example.TEST ", "Secret-123")
    assert result.code, result.page
    tokens = browser.exchange(result)
    assert tokens.status_code == 200, tokens.text
    claims = jwks_verify(http, tokens.json()["access_token"], audience="cpd-api")
    assert claims["preferred_username"] == "50060070089"
    wrong = browser.with_password("anna.mail@example.test", "Wrong-123")
    assert not wrong.params and "Неверный" in wrong.page

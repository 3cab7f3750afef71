"""Issue 3's login journeys through the real login pages of the running platform: PKCE with
SNILS in any format, Gosuslugi (fake ESIA) for trusted and untrusted accounts, lockout."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator

import httpx
import jwt
import pytest
from keycloak import KeycloakAdmin
from tests.e2e.conftest import graphql

from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from local_idp.login_client import BrowserLogin, page_error

pytestmark = pytest.mark.e2e

ME = "{ me { id snils } }"
DEMO_SNILS_SHOWN = "112-233-445 95"
ESIA_DEMO_OID = "1000000001"
ESIA_UNTRUSTED_OID = "1000000004"


@pytest.fixture
def browser(platform: DevStack) -> Iterator[BrowserLogin]:
    with httpx.Client(timeout=10) as http:
        yield BrowserLogin(http, platform.issuer, redirect_uri="http://127.0.0.1:5173/callback")


def _claims(token: str) -> dict[str, object]:
    claims: dict[str, object] = jwt.decode(token, options={"verify_signature": False})
    return claims


@pytest.mark.parametrize("typed", ["11223344595", "112-233-445 95", "112 233 445 95"])
def test_pkce_login_with_snils_then_me(
    platform: DevStack, browser: BrowserLogin, typed: str
) -> None:
    result = browser.with_password(typed, demo.SPECIALIST_PASSWORD)
    assert result.code, page_error(result.page) or result.page
    assert result.params["state"] == browser.state
    tokens = browser.exchange(result)
    assert tokens.status_code == 200, tokens.text
    access = tokens.json()["access_token"]
    assert _claims(access)["azp"] == "web"
    body = graphql(platform, ME, access).json()
    assert "errors" not in body, body
    assert body["data"]["me"] == {"id": demo.SPECIALIST_PERSON_ID, "snils": DEMO_SNILS_SHOWN}
    # The code was for one exchange only.
    assert browser.exchange(result).status_code == 400


def test_esia_login_of_the_demo_specialist_is_linked(
    platform: DevStack, browser: BrowserLogin
) -> None:
    result = browser.with_esia(ESIA_DEMO_OID)
    assert result.code, page_error(result.page) or result.page
    access = browser.exchange(result).json()["access_token"]
    claims = _claims(access)
    assert claims["identity_provider"] == "esia"
    assert claims["snils"] == demo.SPECIALIST_SNILS
    assert claims["preferred_username"] == demo.SPECIALIST_SNILS
    assert claims["person_id"] == demo.SPECIALIST_PERSON_ID
    assert (claims["family_name"], claims["given_name"], claims["middle_name"]) == (
        "Смирнова",
        "Анна",
        "Сергеевна",
    )
    assert (claims["birthdate"], claims["gender"]) == ("1985-04-12", "female")
    body = graphql(platform, ME, access).json()
    assert "errors" not in body, body
    assert body["data"]["me"] == {"id": demo.SPECIALIST_PERSON_ID, "snils": DEMO_SNILS_SHOWN}
    # The same user as the password login: one account, now linked to ESIA.
    password = browser.with_password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
    assert _claims(browser.exchange(password).json()["access_token"])["sub"] == claims["sub"]


def test_untrusted_esia_account_is_refused(browser: BrowserLogin) -> None:
    result = browser.with_esia(ESIA_UNTRUSTED_OID)
    assert not result.params
    assert result.response.status_code == 403
    message = page_error(result.page)
    assert message is not None and "подтверждённой учётной записью" in message


def _new_user(platform: DevStack, password: str) -> str:
    """A specialist of our own (locking the shared demo account would break other tests)."""
    body = f"{secrets.randbelow(10**9 - 2_000_000) + 2_000_000:09d}"
    snils = body + f"{sum(int(d) * (9 - i) for i, d in enumerate(body)) % 101 % 100:02d}"
    admin = KeycloakAdmin(
        server_url=platform.idp_url,
        realm_name="cpd",
        client_id="identity-svc",
        client_secret_key=dev_client_secret("identity-svc"),
    )
    try:
        admin.create_user(
            {
                "username": snils,
                "firstName": "Блок",
                "lastName": "Тестов",
                "enabled": True,
                "emailVerified": True,
                "attributes": {"snils": [snils]},
                "credentials": [{"type": "password", "value": password, "temporary": False}],
            }
        )
    finally:
        admin.connection._s.close()
    return snils


def test_repeated_wrong_passwords_lock_the_account(
    platform: DevStack, browser: BrowserLogin
) -> None:
    password = "Right-password-1"
    snils = _new_user(platform, password)
    formatted = f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}"
    assert browser.with_password(formatted, password).code  # the account works
    page = browser.open().page
    for _ in range(5):
        page = browser.submit(page, {"username": formatted, "password": "wrong"}).page
        assert page_error(page) == "Неверный СНИЛС или пароль."
    started = time.monotonic()
    locked = browser.with_password(formatted, password)
    assert not locked.params
    assert page_error(locked.page) == "Неверный СНИЛС или пароль."
    grant = httpx.post(
        f"{platform.issuer}/protocol/openid-connect/token",
        data={
            "grant_type": "password",
            "client_id": "web",
            "username": snils,
            "password": password,
        },
    )
    assert grant.status_code == 401
    assert grant.json() == {
        "error": "invalid_grant",
        "error_description": "Invalid user credentials",
    }
    assert time.monotonic() - started < 60  # still inside the realm's minimum 60 s wait

"""Brokered login through the fake ESIA: linking, creating, refusing untrusted accounts."""

from __future__ import annotations

import httpx
import pytest
from local_idp_helpers import (
    MakeUser,
    broker_link,
    jwks_verify,
    seed_user,
)

from local_idp import LocalIdpServer
from local_idp.broker import load_esia_accounts
from local_idp.login_client import BrowserLogin, hidden_fields, page_error

pytestmark = pytest.mark.integration

DEMO_OID, NEW_OID, NO_PATRONYMIC_OID, UNTRUSTED_OID = (
    "1000000001",
    "1000000002",
    "1000000003",
    "1000000004",
)
DEMO_SNILS = "11223344595"


@pytest.fixture(scope="module")
def demo_specialist(idp: LocalIdpServer) -> str:
    """The demo specialist as identity-svc seeds it (username = SNILS, person_id set)."""
    return seed_user(
        idp,
        DEMO_SNILS,
        "demo-specialist",
        {"snils": (DEMO_SNILS,), "person_id": ("person-demo",)},
        ("specialist",),
        email="demo.specialist@example.org",
        first_name="Анна",
        last_name="Смирнова",
    )


def test_shipped_accounts() -> None:
    accounts = load_esia_accounts()
    assert any(a.trusted and a.snils == "112-233-445 95" for a in accounts)
    assert any(not a.trusted for a in accounts)
    assert sum(a.trusted for a in accounts) >= 2


def test_fake_esia_page_lists_test_persons(browser: BrowserLogin) -> None:
    page = browser.open(kc_idp_hint="esia")
    assert page.response.status_code == 200
    assert "Госуслуги" in page.page
    assert "Смирнова Анна Сергеевна" in page.page
    assert "(упрощённая учётная запись)" in page.page


def test_first_esia_login_links_the_existing_account(
    browser: BrowserLogin,
    http: httpx.Client,
    demo_specialist: str,
    idp: LocalIdpServer,
    admin_headers: dict[str, str],
) -> None:
    result = browser.with_esia(DEMO_OID)
    assert result.code, result.page
    assert result.params["state"] == browser.state
    tokens = browser.exchange(result).json()
    claims = jwks_verify(http, tokens["access_token"], audience="cpd-api")
    assert claims["sub"] == demo_specialist
    assert claims["identity_provider"] == "esia"
    assert claims["snils"] == DEMO_SNILS
    assert claims["person_id"] == "person-demo"
    assert (claims["family_name"], claims["given_name"], claims["middle_name"]) == (
        "Смирнова",
        "Анна",
        "Сергеевна",
    )
    assert claims["birthdate"] == "1985-04-12"
    assert claims["gender"] == "female"
    assert claims["realm_access"] == {"roles": ["specialist"]}
    # The link is visible through the admin API (python-keycloak get_user_social_logins).
    links = http.get(
        f"/admin/realms/cpd/users/{demo_specialist}/federated-identity", headers=admin_headers
    ).json()
    assert links == [{"identityProvider": "esia", "userId": DEMO_OID, "userName": DEMO_OID}]
    # A second ESIA login finds the same user through the link; password login still works.
    again = browser.with_esia(DEMO_OID)
    assert jwks_verify(http, browser.exchange(again).json()["access_token"])["sub"] == (
        demo_specialist
    )
    user = idp.provider.store.get_user(demo_specialist)
    assert user is not None and len(user.federated_identities) == 1


def test_first_esia_login_creates_a_new_user(
    browser: BrowserLogin, http: httpx.Client, idp: LocalIdpServer, admin_headers: dict[str, str]
) -> None:
    result = browser.with_esia(NEW_OID)
    claims = jwks_verify(http, browser.exchange(result).json()["access_token"], "cpd-api")
    assert claims["preferred_username"] == "15673492801"
    assert claims["snils"] == "15673492801"
    assert claims["identity_provider"] == "esia"
    assert claims["gender"] == "male" and claims["birthdate"] == "1979-09-03"
    assert "person_id" not in claims  # identity-svc links the person and writes it back
    user = idp.provider.store.find_by_username("15673492801")
    assert user is not None
    assert user.password is None
    assert user.attributes["esia_trusted"] == ("true",)
    assert user.email == "d.kuznetsov@example.org" and not user.email_verified
    # After identity-svc wrote person_id back, the next ESIA login carries it.
    rep = http.get(f"/admin/realms/cpd/users/{user.id}", headers=admin_headers).json()
    rep["attributes"]["person_id"] = ["0b6f3d4e-8f0e-4a43-9d43-3b1b4b8a0a02"]
    http.put(
        f"/admin/realms/cpd/users/{user.id}", headers=admin_headers, json=rep
    ).raise_for_status()
    again = browser.with_esia(NEW_OID)
    claims = jwks_verify(http, browser.exchange(again).json()["access_token"])
    assert claims["person_id"] == "0b6f3d4e-8f0e-4a43-9d43-3b1b4b8a0a02"


def test_missing_patronymic_is_left_out(browser: BrowserLogin, http: httpx.Client) -> None:
    result = browser.with_esia(NO_PATRONYMIC_OID)
    claims = jwks_verify(http, browser.exchange(result).json()["access_token"])
    assert "middle_name" not in claims
    assert claims["family_name"] == "Ли"


def test_untrusted_account_is_refused(browser: BrowserLogin) -> None:
    result = browser.with_esia(UNTRUSTED_OID)
    assert not result.params
    assert result.response.status_code == 403
    message = page_error(result.page)
    assert message is not None and "подтверждённой учётной записью" in message


def test_login_page_links_to_esia(browser: BrowserLogin, make_user: MakeUser) -> None:
    page = browser.open()
    fake = browser.http.get(broker_link(page.page, "esia"), follow_redirects=True)
    assert "Локальная имитация ЕСИА" in fake.text


def test_broker_endpoint_rejects_forged_codes(browser: BrowserLogin, http: httpx.Client) -> None:
    page = browser.open()
    session_code = hidden_fields(page.page)["session_code"]
    forged = http.get(
        "/realms/cpd/broker/esia/endpoint", params={"code": "forged", "state": session_code}
    )
    assert forged.status_code == 400
    stale = http.get("/realms/cpd/broker/esia/endpoint", params={"code": "x", "state": "y"})
    assert stale.status_code == 400

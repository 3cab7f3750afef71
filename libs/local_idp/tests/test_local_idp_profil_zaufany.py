"""Persons in Poland (SMK) over HTTP: login by PESEL and password, and the brokered login through
the fake Profil Zaufany (its page in Polish, the first login linking by PESEL or creating the
user, the PESEL in the token)."""

from __future__ import annotations

import httpx
import pytest
from local_idp_helpers import (
    MakeUser,
    broker_link,
    jwks_verify,
    password_login,
    seed_user,
)

from local_idp import LocalIdpServer
from local_idp.login_client import BrowserLogin, hidden_fields, page_error
from local_idp.pz import load_pz_accounts

pytestmark = pytest.mark.integration

TRAINEE_ID, NEW_ID = "pz-0001", "pz-0002"
TRAINEE_PESEL, NEW_PESEL = "95031201249", "88071502346"


@pytest.fixture(scope="module")
def trainee(idp: LocalIdpServer) -> str:
    """The SMK demo trainee as identity-svc seeds her: username = PESEL, person_id, licence."""
    return seed_user(
        idp,
        TRAINEE_PESEL,
        "demo-smk-trainee",
        {"pesel": (TRAINEE_PESEL,), "pwz": ("5100111",), "person_id": ("person-trainee",)},
        ("smk_trainee",),
        email="demo.smk.trainee@example.org",
        first_name="Anna",
        last_name="Kowalska",
    )


def test_shipped_accounts_have_pesels() -> None:
    accounts = load_pz_accounts()
    assert {a.pesel for a in accounts} >= {TRAINEE_PESEL, NEW_PESEL}
    assert all(len(a.pesel) == 11 and a.pesel.isdigit() for a in accounts)


def test_login_by_pesel_and_password_carries_the_pesel(
    trainee: str, browser: BrowserLogin, http: httpx.Client
) -> None:
    reply = password_login(http, TRAINEE_PESEL, "demo-smk-trainee")
    assert reply.status_code == 200, reply.text
    claims = jwks_verify(http, reply.json()["access_token"], audience="cpd-api")
    assert claims["sub"] == trainee
    assert (claims["pesel"], claims["pwz"], claims["person_id"]) == (
        TRAINEE_PESEL,
        "5100111",
        "person-trainee",
    )
    assert "snils" not in claims
    # The login page takes the PESEL too (typed with spaces around it).
    result = browser.with_password(f" {TRAINEE_PESEL} ", "demo-smk-trainee")
    assert result.code, result.page
    assert jwks_verify(http, browser.exchange(result).json()["access_token"])["sub"] == trainee
    wrong = BrowserLogin(http, browser.issuer).with_password(TRAINEE_PESEL, "wrong-password")
    assert page_error(wrong.page) == "Неверный СНИЛС или пароль."


def test_login_page_links_to_profil_zaufany_whose_page_is_polish(
    browser: BrowserLogin, make_user: MakeUser
) -> None:
    page = browser.open()
    assert "Zaloguj się przez Profil Zaufany" in page.page
    fake = browser.http.get(broker_link(page.page, "profil-zaufany"), follow_redirects=True)
    assert fake.status_code == 200
    assert '<html lang="pl">' in fake.text
    assert "Profil Zaufany (środowisko testowe)" in fake.text
    assert f"Anna Kowalska, PESEL {TRAINEE_PESEL}" in fake.text


def test_first_profil_zaufany_login_links_the_account_with_the_same_pesel(
    trainee: str,
    browser: BrowserLogin,
    http: httpx.Client,
    idp: LocalIdpServer,
    admin_headers: dict[str, str],
) -> None:
    result = browser.with_profil_zaufany(TRAINEE_ID)
    assert result.code, result.page
    claims = jwks_verify(http, browser.exchange(result).json()["access_token"], "cpd-api")
    assert claims["sub"] == trainee
    assert claims["identity_provider"] == "profil-zaufany"
    assert (claims["pesel"], claims["person_id"]) == (TRAINEE_PESEL, "person-trainee")
    assert claims["realm_access"] == {"roles": ["smk_trainee"]}
    links = http.get(
        f"/admin/realms/cpd/users/{trainee}/federated-identity", headers=admin_headers
    ).json()
    assert links == [
        {"identityProvider": "profil-zaufany", "userId": TRAINEE_ID, "userName": TRAINEE_ID}
    ]
    # The password still works after the link.
    assert password_login(http, TRAINEE_PESEL, "demo-smk-trainee").status_code == 200


def test_first_profil_zaufany_login_creates_a_user_named_by_the_pesel(
    browser: BrowserLogin, http: httpx.Client, idp: LocalIdpServer
) -> None:
    result = browser.with_profil_zaufany(NEW_ID)
    claims = jwks_verify(http, browser.exchange(result).json()["access_token"], "cpd-api")
    assert claims["preferred_username"] == claims["pesel"] == NEW_PESEL
    assert (claims["family_name"], claims["given_name"]) == ("Zielińska", "Katarzyna")
    assert claims["birthdate"] == "1988-07-15"
    assert claims["identity_provider"] == "profil-zaufany"
    assert "person_id" not in claims and "snils" not in claims
    user = idp.provider.store.find_by_username(NEW_PESEL)
    assert user is not None and user.password is None
    again = browser.with_profil_zaufany(NEW_ID)
    assert jwks_verify(http, browser.exchange(again).json()["access_token"])["sub"] == user.id


def test_forged_codes_and_unknown_accounts_are_refused_in_polish(
    browser: BrowserLogin, http: httpx.Client
) -> None:
    page = browser.open()
    session_code = hidden_fields(page.page)["session_code"]
    forged = http.get(
        "/realms/cpd/broker/profil-zaufany/endpoint",
        params={"code": "forged", "state": session_code},
    )
    assert forged.status_code == 400
    assert page_error(forged.text) == "Profil Zaufany nie potwierdził logowania. Spróbuj ponownie."
    unknown = BrowserLogin(http, browser.issuer).with_profil_zaufany("pz-nobody")
    assert unknown.response.status_code == 400
    assert http.get("/realms/cpd/broker/nowhere/login").status_code == 404

"""Issue 18's persons in Poland through the gateway of the running platform: a physician registers
by PESEL with a licence number, confirms the e-mail, logs in by PESEL and reads the birth date and
sex the PESEL gives; bad numbers are typed refusals in Polish; the licence number changes in the
profile; the fake Profil Zaufany links the demo trainee by PESEL and registers a new person."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from tests.e2e.conftest import graphql
from tests.e2e.test_demo_accounts import login_as
from tests.e2e.test_registration import (
    PASSWORD,
    REGISTER,
    action_link,
    data,
    mail_to,
    registration_input,
)

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.pesel import parse_pesel
from cpd_platform.pwz import pwz_with_check_digit
from cpd_platform.testing import new_pesel
from local_idp.login_client import BrowserLogin, page_error

pytestmark = pytest.mark.e2e

LOGIN = """
mutation Login($pesel: String!, $password: String!) {
  login(pesel: $pesel, password: $password) {
    __typename
    ... on Tokens { accessToken }
    ... on UserError { code message }
  }
}"""
ME = "{ me { id snils pesel pwz birthDate sex kind citizenship regionCode lastName } }"
UPDATE = """
mutation Update($input: ProfileInput!) {
  updateProfile(input: $input) {
    __typename
    ... on ProfileUpdate { person { pesel pwz } }
    ... on UserError { code message }
  }
}"""
PWZ = pwz_with_check_digit("425740")
TRAINEE = next(a for a in demo.ACCOUNTS if a.key == "smk_trainee")


def physician(pesel: str) -> dict[str, Any]:
    """The registration form of a physician in Poland: PESEL and licence number instead of the
    SNILS, the region, the sex and the birth date."""
    values = registration_input(
        "",
        kind="SMK_PHYSICIAN",
        citizenship="PL",
        pesel=pesel,
        pwz=PWZ,
        lastName="Wiśniewska",
        firstName="Małgorzata",
        email=f"m.{pesel}@example.pl",
        phone="+48 601 234 567",
    )
    for russian_only in ("snils", "regionCode", "sex", "birthDate", "patronymic"):
        del values[russian_only]
    return values


def register(platform: DevStack, values: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = data(graphql(platform, REGISTER, None, input=values))["register"]
    return result


def login(platform: DevStack, pesel: str, password: str = PASSWORD) -> dict[str, Any]:
    reply = graphql(platform, LOGIN, None, pesel=pesel, password=password)
    result: dict[str, Any] = data(reply)["login"]
    return result


def test_a_physician_registers_by_pesel_logs_in_by_it_and_keeps_the_licence_number(
    platform: DevStack,
) -> None:
    pesel = new_pesel()
    registered = register(platform, physician(pesel))
    assert registered["__typename"] == "Registration", registered
    confirmed = httpx.get(action_link(mail_to(platform, registered["email"])), timeout=10)
    assert confirmed.status_code == 200, confirmed.text

    tokens = login(platform, pesel)
    assert tokens["__typename"] == "Tokens", tokens
    token = str(tokens["accessToken"])
    me = data(graphql(platform, ME, token))["me"]
    born = parse_pesel(pesel)
    assert me == {
        "id": registered["personId"],
        "snils": None,
        "pesel": pesel,
        "pwz": PWZ,
        "birthDate": born.birth_date.isoformat(),
        "sex": born.sex.value.upper(),
        "kind": "SMK_PHYSICIAN",
        "citizenship": "PL",
        "regionCode": None,
        "lastName": "Wiśniewska",
    }

    other = pwz_with_check_digit("300500")
    changed = data(graphql(platform, UPDATE, token, input={"pwz": other}))["updateProfile"]
    assert changed == {"__typename": "ProfileUpdate", "person": {"pesel": pesel, "pwz": other}}
    refused = data(graphql(platform, UPDATE, token, input={"pwz": "1234567"}))["updateProfile"]
    assert refused["code"] == "INVALID_PWZ"
    assert refused["message"].startswith("Nieprawidłowy numer prawa wykonywania zawodu")

    wrong = login(platform, pesel, "not-the-password")
    assert wrong == {
        "__typename": "UserError",
        "code": "INVALID_CREDENTIALS",
        "message": "Nieprawidłowy numer PESEL lub hasło",
    }


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"pesel": "12345678901"}, "INVALID_PESEL"),
        ({"pwz": "7654321"}, "INVALID_PWZ"),
        ({"pwz": None}, "INVALID_PWZ"),
    ],
)
def test_bad_pesel_or_licence_number_is_refused_in_polish(
    platform: DevStack, changes: dict[str, Any], code: str
) -> None:
    refused = register(platform, physician(new_pesel()) | changes)
    assert (refused["__typename"], refused["code"]) == ("UserError", code)
    assert refused["message"].startswith("Nieprawidłowy numer")


def test_a_login_by_a_malformed_pesel_is_refused_before_the_identity_provider(
    platform: DevStack,
) -> None:
    refused = login(platform, "9503120124")
    assert (refused["__typename"], refused["code"]) == ("UserError", "INVALID_PESEL")


@pytest.fixture
def browser(platform: DevStack) -> Iterator[BrowserLogin]:
    with httpx.Client(timeout=10) as http:
        yield BrowserLogin(http, platform.issuer, redirect_uri="http://127.0.0.1:5173/callback")


def profil_zaufany_token(browser: BrowserLogin, account: str) -> str:
    result = browser.with_profil_zaufany(account)
    assert result.code, page_error(result.page) or result.page
    tokens = browser.exchange(result)
    assert tokens.status_code == 200, tokens.text
    return str(tokens.json()["access_token"])


def test_profil_zaufany_links_the_demo_trainee_by_pesel(
    platform: DevStack, browser: BrowserLogin
) -> None:
    token = profil_zaufany_token(browser, "pz-0001")
    me = data(graphql(platform, ME, token))["me"]
    assert (me["id"], me["pesel"], me["pwz"]) == (TRAINEE.person_id, TRAINEE.pesel, TRAINEE.pwz)


def test_a_first_profil_zaufany_login_registers_the_person_by_pesel(
    platform: DevStack, browser: BrowserLogin
) -> None:
    token = profil_zaufany_token(browser, "pz-0002")
    me = data(graphql(platform, ME, token))["me"]
    assert (me["pesel"], me["snils"], me["pwz"], me["kind"]) == ("88071502346", None, None, None)
    assert (me["birthDate"], me["sex"], me["lastName"]) == ("1988-07-15", "FEMALE", "Zielińska")
    # The next login is the same person.
    again = BrowserLogin(browser.http, browser.issuer, redirect_uri=browser.redirect_uri)
    assert (
        data(graphql(platform, ME, profil_zaufany_token(again, "pz-0002")))["me"]["id"]
        == (me["id"])
    )


RESET = """
mutation Reset($pesel: String!) {
  requestPasswordReset(pesel: $pesel) {
    __typename
    ... on PasswordResetRequested { message }
    ... on UserError { code message }
  }
}"""


def test_a_password_reset_by_pesel_answers_in_polish_whether_or_not_it_is_registered(
    platform: DevStack,
) -> None:
    for pesel in (TRAINEE.pesel, new_pesel()):
        reply = data(graphql(platform, RESET, None, pesel=pesel))["requestPasswordReset"]
        assert reply["__typename"] == "PasswordResetRequested", reply
        assert reply["message"].startswith("Jeśli ten numer PESEL jest zarejestrowany")
    refused = data(graphql(platform, RESET, None, pesel="1234"))["requestPasswordReset"]
    assert (refused["__typename"], refused["code"]) == ("UserError", "INVALID_PESEL")


GRANT = """
mutation Grant($pesel: String!, $scope: String!) {
  grantRole(role: "smk_supervisor", scope: $scope, pesel: $pesel) {
    __typename
    ... on RoleGrant { personId role scope }
    ... on UserError { code message }
  }
}"""
REVOKE = """
mutation Revoke($pesel: String!, $scope: String!) {
  revokeRole(role: "smk_supervisor", scope: $scope, pesel: $pesel) {
    __typename
    ... on RoleRevoke { revoked }
    ... on UserError { code message }
  }
}"""


def test_an_admin_makes_a_physician_supervisor_of_a_unit_by_pesel(platform: DevStack) -> None:
    pesel = new_pesel()
    registered = register(platform, physician(pesel))
    admin = login_as(platform, next(a for a in demo.ACCOUNTS if a.key == "admin"))
    scope = f"training_unit:{demo.SMK_UNIT_ID}"
    granted = data(graphql(platform, GRANT, admin, pesel=pesel, scope=scope))["grantRole"]
    assert granted == {
        "__typename": "RoleGrant",
        "personId": registered["personId"],
        "role": "smk_supervisor",
        "scope": scope,
    }
    revoked = data(graphql(platform, REVOKE, admin, pesel=pesel, scope=scope))["revokeRole"]
    assert revoked == {"__typename": "RoleRevoke", "revoked": True}

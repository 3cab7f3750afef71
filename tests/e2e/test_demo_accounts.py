"""Every demo account of the README's table logs in as `make up` seeds it: by SNILS (the SMK
accounts, persons in Poland, by PESEL) through the gateway's `login`, by e-mail through the
identity provider, and holds its role and scope."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.conftest import Tokens, graphql
from tests.e2e.test_registration import data

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.snils import format_snils

pytestmark = pytest.mark.e2e

LOGIN = """
mutation Login($snils: String, $pesel: String, $password: String!) {
  login(snils: $snils, pesel: $pesel, password: $password) {
    __typename
    ... on Tokens { accessToken }
    ... on UserError { code message }
  }
}"""
WHO_AM_I = "{ me { id snils pesel pwz lastName } myGrants { role scope } }"

EVERY_ACCOUNT = (demo.SPECIALIST, *demo.ACCOUNTS)
README = Path(__file__).resolve().parents[2] / "README.md"


def realm_roles(access_token: str) -> set[str]:
    payload = access_token.split(".")[1]
    claims: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return set(claims["realm_access"]["roles"])


def username_cell(account: demo.DemoAccount) -> str:
    """The README's username column: the SNILS in both spellings, or the PESEL (and the
    licence number of a physician)."""
    if account.pesel is not None:
        licence = f"; PWZ {account.pwz}" if account.pwz else ""
        return f"`{account.pesel}` (PESEL{licence})"
    snils = account.required_snils()
    return f"`{snils}` ({format_snils(snils)})"


def test_the_readme_lists_every_demo_account() -> None:
    table = README.read_text(encoding="utf-8")
    for account in EVERY_ACCOUNT:
        row = f"| {username_cell(account)} | `{account.email}` | `{account.password}` |"
        assert row in table, account.key


def login_as(platform: DevStack, account: demo.DemoAccount) -> str:
    """The demo account's access token from the gateway's login (SNILS or PESEL, and password)."""
    number = (
        {"pesel": account.pesel}
        if account.pesel is not None
        else {"snils": format_snils(account.required_snils())}
    )
    reply = data(graphql(platform, LOGIN, None, password=account.password, **number))["login"]
    assert reply["__typename"] == "Tokens", reply
    return str(reply["accessToken"])


@pytest.mark.parametrize("account", EVERY_ACCOUNT, ids=lambda a: a.key)
def test_every_demo_account_logs_in_by_snils_or_pesel_and_holds_its_role(
    platform: DevStack, account: demo.DemoAccount
) -> None:
    token = login_as(platform, account)
    assert set(account.realm_roles) <= realm_roles(token)
    found = data(graphql(platform, WHO_AM_I, token))
    me = found["me"]
    snils = format_snils(account.snils) if account.snils else None
    assert (me["id"], me["snils"], me["pesel"], me["pwz"]) == (
        account.person_id,
        snils,
        account.pesel,
        account.pwz,
    )
    assert found["me"]["lastName"] == account.last_name
    grants = {(g["role"], g["scope"]) for g in found["myGrants"]}
    assert grants == ({account.grant} if account.grant else set())


@pytest.mark.parametrize("account", EVERY_ACCOUNT, ids=lambda a: a.key)
def test_every_demo_account_logs_in_by_its_email(
    platform: DevStack, tokens: Tokens, account: demo.DemoAccount
) -> None:
    token = tokens.password(account.email.upper(), account.password)["access_token"]
    found = data(graphql(platform, "{ me { id } }", token))
    assert found["me"]["id"] == account.person_id

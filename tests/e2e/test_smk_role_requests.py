"""Issue 18's role requests for SMK roles through the gateway: a physician registered by PESEL
asks to be kierownik specjalizacji of the demo training unit and mazowieckie's voivodeship office;
an admin approves both; after logging in again (the identity provider's password grant) the token
holds both realm roles and the SMK screens' data opens (the unit's training cards, the
voivodeship's qualification list). Roles only an admin grants and unknown voivodeships are typed
refusals."""

from __future__ import annotations

import httpx
import pytest
from tests.e2e.conftest import Tokens, gql
from tests.e2e.test_demo_accounts import login_as, realm_roles
from tests.e2e.test_registration import PASSWORD, action_link, mail_to
from tests.e2e.test_role_requests import account, ask, decide, waiting_for
from tests.e2e.test_smk_identity import physician, register

from cpd_platform import demo
from cpd_platform.devstack import DevStack
from cpd_platform.testing import new_pesel

pytestmark = pytest.mark.e2e

WHY = "Jestem kierownikiem specjalizacji w tym szpitalu"
SUPERVISOR_SCOPE = f"training_unit:{demo.SMK_UNIT_ID}"
OFFICE_SCOPE = f"voivodeship:{demo.SMK_UNIT_VOIVODESHIP}"
UNIT_CARDS = """query Cards($unit: ID!) {
  unitTrainingCards(unitId: $unit, pendingOnly: false) { id } }"""
SESSIONS = "{ qualificationSessions { id } }"
OFFICE = account("smk_voivodeship_office")
LIST = """query List($session: ID!, $voivodeship: String!) {
  qualificationList(sessionId: $session, voivodeship: $voivodeship) {
    __typename ... on UserError { code } } }"""


def registered_physician(platform: DevStack) -> str:
    """A physician in Poland who confirmed the e-mail: their PESEL."""
    pesel = new_pesel()
    registered = register(platform, physician(pesel))
    assert registered["__typename"] == "Registration", registered
    confirmed = httpx.get(action_link(mail_to(platform, registered["email"])), timeout=10)
    assert confirmed.status_code == 200, confirmed.text
    return pesel


def test_a_physician_asks_for_smk_roles_an_admin_approves_and_the_next_login_holds_them(
    platform: DevStack, tokens: Tokens
) -> None:
    pesel = registered_physician(platform)
    token = tokens.password(pesel, PASSWORD)["access_token"]
    supervisor = ask(platform, token, "smk_supervisor", SUPERVISOR_SCOPE, WHY)
    office = ask(platform, token, "smk_voivodeship_office", OFFICE_SCOPE, WHY)
    assert {supervisor["status"], office["status"]} == {"PENDING"}, (supervisor, office)
    assert not {"smk_supervisor", "smk_voivodeship_office"} & realm_roles(token)

    admin = login_as(platform, account("admin"))
    assert {supervisor["id"], office["id"]} <= waiting_for(platform, admin)
    for asked in (supervisor, office):
        assert decide(platform, admin, asked["id"], True)["status"] == "APPROVED"

    again = tokens.password(pesel, PASSWORD)["access_token"]
    assert {"smk_supervisor", "smk_voivodeship_office"} <= realm_roles(again)
    grants = gql(platform, "{ myGrants { role scope } }", again)["myGrants"]
    assert {(g["role"], g["scope"]) for g in grants} == {
        ("smk_supervisor", SUPERVISOR_SCOPE),
        ("smk_voivodeship_office", OFFICE_SCOPE),
    }
    # The supervisor's screen: the unit's training cards (none yet for this new supervisor's
    # trainees does not matter: the call is allowed).
    assert isinstance(
        gql(platform, UNIT_CARDS, again, unit=demo.SMK_UNIT_ID)["unitTrainingCards"], list
    )
    # The office's screen: mazowieckie's list of a qualification session, its own to read.
    sessions = gql(platform, SESSIONS, again)["qualificationSessions"]
    assert sessions
    listed = gql(
        platform, LIST, again, session=sessions[0]["id"], voivodeship=demo.SMK_UNIT_VOIVODESHIP
    )["qualificationList"]
    assert listed["__typename"] == "QualificationList", listed


@pytest.mark.parametrize(
    ("role", "scope", "code"),
    [
        ("smk_exam_centre", "platform:*", "ROLE_NOT_REQUESTABLE"),
        ("smk_cmkp", "platform:*", "ROLE_NOT_REQUESTABLE"),
        ("admin", "platform:*", "ROLE_NOT_REQUESTABLE"),
        ("smk_voivodeship_office", "voivodeship:99", "INVALID_VOIVODESHIP"),
        ("smk_supervisor", OFFICE_SCOPE, "INVALID_GRANT_SCOPE"),
    ],
)
def test_roles_only_an_admin_grants_and_unknown_voivodeships_are_refused(
    platform: DevStack, role: str, scope: str, code: str
) -> None:
    trainee = login_as(platform, account("smk_trainee"))
    refused = ask(platform, trainee, role, scope, WHY)
    assert (refused["__typename"], refused["code"]) == ("UserError", code), refused
    if code == "INVALID_VOIVODESHIP":
        assert refused["message"].startswith("Nieznany kod województwa")


def test_a_voivodeship_office_does_not_decide_an_office_request(
    platform: DevStack, tokens: Tokens
) -> None:
    pesel = registered_physician(platform)
    token = tokens.password(pesel, PASSWORD)["access_token"]
    asked = ask(platform, token, "smk_voivodeship_office", "voivodeship:02", WHY)
    office = login_as(platform, OFFICE)
    assert asked["id"] not in waiting_for(platform, office)
    refused = decide(platform, office, asked["id"], True)
    assert (refused["__typename"], refused["code"]) == ("UserError", "GRANT_NOT_ALLOWED")

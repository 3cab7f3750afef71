"""Issue 18's SMK demo data as `make up` seeds it, through the gateway: the demo voivodeship
office (mazowieckie, by PESEL) sees the demo qualification session (smk-2023, the session whose
window is open today or opens next, the rule set's own window) with the places of the demo
training unit's accreditation as catalog-svc holds it, and the voivodeship's list of the session
as its office; the demo trainee sees the session too."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.e2e.conftest import gql
from tests.e2e.test_demo_accounts import login_as

from cpd_platform import demo
from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.e2e

SESSIONS = """{ qualificationSessions {
  id year term rulesVersion applicationsOpenOn applicationsCloseOn round } }"""
PLACES = """query Places($session: ID!, $voivodeship: String!) {
  qualificationPlaces(sessionId: $session, voivodeship: $voivodeship) {
    specialty voivodeship mode places unitIds } }"""
LIST = """query List($session: ID!, $voivodeship: String!) {
  qualificationList(sessionId: $session, voivodeship: $voivodeship) {
    __typename ... on QualificationList { round results { rank } }
    ... on UserError { code message } } }"""
UNIT = """query Unit($specialty: String!, $voivodeship: String!) {
  smkTrainingUnits(specialty: $specialty, voivodeship: $voivodeship) {
    id accreditations { specialty places { mode places } validFrom validUntil } } }"""

OFFICE = next(a for a in demo.ACCOUNTS if a.key == "smk_voivodeship_office")
TRAINEE = next(a for a in demo.ACCOUNTS if a.key == "smk_trainee")
SMK_2023_WINDOWS = {"SPRING": ((2, 1), (2, 28)), "AUTUMN": ((9, 1), (9, 30))}


def demo_session(sessions: list[dict[str, Any]]) -> dict[str, Any]:
    """The seeded session (the latest if several `make up`s seeded several): its id is the
    demo's id of its year and term."""
    seeded = [s for s in sessions if s["id"] == demo.smk_session_id(s["year"], s["term"].lower())]
    assert seeded, sessions
    return max(seeded, key=lambda s: s["applicationsOpenOn"])


def accredited_places(platform: DevStack, token: str) -> dict[str, int]:
    """The demo unit's places per mode on the session's window, as catalog-svc holds them."""
    units = gql(
        platform, UNIT, token, specialty=demo.SMK_SPECIALTY, voivodeship=demo.SMK_UNIT_VOIVODESHIP
    )["smkTrainingUnits"]
    (unit,) = [u for u in units if u["id"] == demo.SMK_UNIT_ID]
    (accreditation,) = [a for a in unit["accreditations"] if a["specialty"] == demo.SMK_SPECIALTY]
    return {p["mode"]: p["places"] for p in accreditation["places"] if p["places"] > 0}


def test_the_demo_office_sees_the_demo_session_with_the_demo_units_places(
    platform: DevStack,
) -> None:
    office = login_as(platform, OFFICE)
    session = demo_session(gql(platform, SESSIONS, office)["qualificationSessions"])

    # The rule set's own window of its term, open today or still to come.
    opens, closes = (date(session["year"], *day) for day in SMK_2023_WINDOWS[session["term"]])
    assert (session["rulesVersion"], session["applicationsOpenOn"]) == ("smk-2023", str(opens))
    assert session["applicationsCloseOn"] == str(closes)
    assert date.today() <= closes

    places = gql(
        platform, PLACES, office, session=session["id"], voivodeship=demo.SMK_UNIT_VOIVODESHIP
    )["qualificationPlaces"]
    demo_places = {
        p["mode"]: (p["places"], p["unitIds"])
        for p in places
        if p["specialty"] == demo.SMK_SPECIALTY
    }
    expected = accredited_places(platform, office)
    assert expected, "the demo unit has accredited places"
    assert demo_places == {mode: (n, [demo.SMK_UNIT_ID]) for mode, n in expected.items()}

    # As mazowieckie's office it reads the voivodeship's list of the session (nothing computed
    # yet unless someone did: the current round).
    listed = gql(
        platform, LIST, office, session=session["id"], voivodeship=demo.SMK_UNIT_VOIVODESHIP
    )["qualificationList"]
    assert listed["__typename"] == "QualificationList", listed
    assert listed["round"] == session["round"]


def test_the_demo_trainee_sees_the_demo_session_and_its_places(platform: DevStack) -> None:
    trainee = login_as(platform, TRAINEE)
    session = demo_session(gql(platform, SESSIONS, trainee)["qualificationSessions"])
    places = gql(
        platform, PLACES, trainee, session=session["id"], voivodeship=demo.SMK_UNIT_VOIVODESHIP
    )["qualificationPlaces"]
    assert {p["specialty"] for p in places} >= {demo.SMK_SPECIALTY}

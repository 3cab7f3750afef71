"""Issue 18, SMK from qualification to the exam through GraphQL with the platform's services:
CMKP publishes a programme and accredits a unit with two residency places; the voivodeship
office opens a session (an extraordinary window around today: windows are data kept with the
session, so no clock is moved) and takes the places from the accreditation; three trainees
apply with variants; the lists are computed and published, and the third has no place; the
first withdraws, the next round gives the freed place to the third, who starts training at the
unit (card opened), records procedures, duty and a course posted by a provider; the supervisor
confirms, the card completes and the exam centre accepts the exam application. A session under
the rule set's own window (a past autumn) refuses applications with a Polish message."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from tests.e2e.conftest import Tokens, gql, wait_for
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_reviews import published_module
from tests.e2e.test_smk_training import (
    ADD,
    APPLY,
    CARD,
    CONFIRM_MODULE,
    DECIDE,
    MODULE,
    OPEN,
    REVIEW,
    accredited_unit,
    granted_supervisor,
    published_specialty,
    smk_staff,
)
from tests.e2e.test_specialist_journey import person_id_of, post_results

from cpd.credits.v1 import credits_pb2
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

GRANT = """mutation($role: String!, $scope: String!, $personId: ID) {
  grantRole(role: $role, scope: $scope, personId: $personId) {
    __typename ... on UserError { code message } } }"""
OPEN_SESSION = """
mutation Session($year: Int!, $term: QualificationTerm!, $opens: Date, $closes: Date) {
  openQualificationSession(year: $year, term: $term, applicationsOpenOn: $opens,
                           applicationsCloseOn: $closes) {
    __typename ... on QualificationSession { id rulesVersion maxVariants applicationsOpenOn round }
    ... on UserError { code message }
  }
}"""
SET_PLACES = """
mutation Places($input: QualificationPlacesInput!) {
  setQualificationPlaces(input: $input) {
    __typename ... on QualificationPlace { places unitIds } ... on UserError { code message }
  }
}"""
SUBMIT = """
mutation Submit($input: QualificationApplicationInput!) {
  submitQualificationApplication(input: $input) {
    __typename ... on QualificationApplication { id score } ... on UserError { code message }
  }
}"""
WITHDRAW = """
mutation Withdraw($id: ID!) {
  withdrawQualificationApplication(applicationId: $id) {
    __typename ... on QualificationApplication { withdrawnAt } ... on UserError { code message }
  }
}"""
COMPUTE = """
mutation Compute($session: ID!) {
  computeQualificationLists(sessionId: $session) {
    __typename ... on ComputedQualificationLists { session { round } assigned unassigned }
    ... on UserError { code message }
  }
}"""
PUBLISH_LIST = """
mutation Publish($session: ID!) {
  publishQualificationList(sessionId: $session, voivodeship: "14") {
    __typename ... on QualificationListPublication { round } ... on UserError { code message }
  }
}"""
MY_RESULT = """
query Mine($session: ID!) {
  myQualificationResult(sessionId: $session) {
    __typename
    ... on MyQualificationResult {
      result { round outcome variantNumber explanation place { specialty voivodeship mode } }
    }
    ... on UserError { code message }
  }
}"""
LIST = """
query List($session: ID!) {
  qualificationList(sessionId: $session, voivodeship: "14") {
    __typename ... on QualificationList { round results { rank score outcome } }
    ... on UserError { code message }
  }
}"""


def ok(result: dict[str, Any]) -> dict[str, Any]:
    assert result["__typename"] != "UserError", result
    return result


def voivodeship_office(platform: DevStack, admin: str, voivodeship: str) -> str:
    """A registered person granted smk_voivodeship_office by an admin: their token."""
    _, token = registered_and_verified(platform)
    granted = gql(
        platform,
        GRANT,
        admin,
        role="smk_voivodeship_office",
        scope=f"voivodeship:{voivodeship}",
        personId=person_id_of(platform, token),
    )["grantRole"]
    ok(granted)
    return token


def application(session_id: str, percent: str, variants: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "sessionId": session_id,
        "requestId": f"wniosek-{uuid.uuid4().hex[:8]}",
        "examPercent": percent,
        "additionalPoints": "0",
        "variants": variants,
    }


def test_from_the_qualification_proceedings_to_an_accepted_exam_application(
    platform: DevStack, tokens: Tokens
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    staff = asyncio.run(smk_staff(platform))
    admin, cmkp, centre = staff.admin, staff.cmkp, staff.centre
    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))

    # CMKP: the programme and a unit in mazowieckie with two residency places.
    specialty = published_specialty(platform, cmkp, "kardiologia")
    unit = accredited_unit(platform, cmkp, specialty, voivodeship="14", places=2)

    # The office of mazowieckie: a session and its places, taken from the accreditation.
    office = voivodeship_office(platform, admin, "14")
    year = 2040 + uuid.uuid4().int % 60
    session = ok(
        gql(
            platform,
            OPEN_SESSION,
            office,
            year=year,
            term="AUTUMN",
            opens=(today - timedelta(days=1)).isoformat(),
            closes=(today + timedelta(days=1)).isoformat(),
        )["openQualificationSession"]
    )
    assert (session["rulesVersion"], session["maxVariants"]) == ("smk-2023", 15)
    places = gql(
        platform,
        SET_PLACES,
        office,
        input={
            "sessionId": session["id"],
            "specialty": specialty,
            "voivodeship": "14",
            "mode": "RESIDENCY",
            "fromCatalog": True,
        },
    )["setQualificationPlaces"]
    assert places == {"__typename": "QualificationPlace", "places": 2, "unitIds": [unit["id"]]}

    # Three trainees apply; the third registered (the provider posts their course by SNILS).
    def trainee_token(person_id: str, snils: str | None = None) -> str:
        return asyncio.run(
            idp.person_token(person_id=person_id, snils=snils, roles=["smk_trainee"])
        )

    first, second = trainee_token(str(uuid.uuid4())), trainee_token(str(uuid.uuid4()))
    snils, registered = registered_and_verified(platform)
    third = trainee_token(person_id_of(platform, registered), snils)
    wanted = {"specialty": specialty, "voivodeship": "14", "mode": "RESIDENCY"}
    here = [{**wanted, "unitIds": [unit["id"]]}]

    too_many = gql(platform, SUBMIT, first, input=application(session["id"], "90", [wanted] * 16))[
        "submitQualificationApplication"
    ]
    assert too_many == {
        "__typename": "UserError",
        "code": "TOO_MANY_VARIANTS",
        "message": "Wniosek może zawierać najwyżej 15 wariantów",
    }
    no_place = gql(
        platform,
        SUBMIT,
        first,
        input=application(session["id"], "90", [{**wanted, "mode": "NON_RESIDENCY"}]),
    )["submitQualificationApplication"]
    assert no_place["code"] == "UNKNOWN_PLACE", no_place
    submitted = {}
    for name, token, percent in (("first", first, "90"), ("second", second, "80.5")):
        submitted[name] = ok(
            gql(platform, SUBMIT, token, input=application(session["id"], percent, here))[
                "submitQualificationApplication"
            ]
        )
    ok(
        gql(platform, SUBMIT, third, input=application(session["id"], "70", here))[
            "submitQualificationApplication"
        ]
    )

    # Round 1: the two higher scores take the places, published for mazowieckie.
    computed = gql(platform, COMPUTE, office, session=session["id"])["computeQualificationLists"]
    assert (computed["session"]["round"], computed["assigned"], computed["unassigned"]) == (
        1,
        2,
        1,
    )
    assert (
        ok(gql(platform, PUBLISH_LIST, office, session=session["id"])["publishQualificationList"])[
            "round"
        ]
        == 1
    )
    published = gql(platform, LIST, third, session=session["id"])["qualificationList"]
    assert [(r["rank"], r["score"], r["outcome"]) for r in published["results"]] == [
        (1, "90", "ASSIGNED"),
        (2, "80.5", "ASSIGNED"),
        (3, "70", "NO_PLACE_LEFT"),
    ]
    waiting = gql(platform, MY_RESULT, third, session=session["id"])["myQualificationResult"]
    assert waiting["result"]["outcome"] == "NO_PLACE_LEFT"
    assert waiting["result"]["explanation"].startswith("Brak miejsca")

    # The first withdraws: round 2 gives the freed place to the third.
    ok(
        gql(platform, WITHDRAW, first, id=submitted["first"]["id"])[
            "withdrawQualificationApplication"
        ]
    )
    computed = gql(platform, COMPUTE, office, session=session["id"])["computeQualificationLists"]
    assert (computed["session"]["round"], computed["assigned"], computed["unassigned"]) == (
        2,
        2,
        0,
    )
    ok(gql(platform, PUBLISH_LIST, office, session=session["id"])["publishQualificationList"])
    result = gql(platform, MY_RESULT, third, session=session["id"])["myQualificationResult"][
        "result"
    ]
    assert result == {
        "round": 2,
        "outcome": "ASSIGNED",
        "variantNumber": 1,
        "explanation": result["explanation"],
        "place": {"specialty": specialty, "voivodeship": "14", "mode": "RESIDENCY"},
    }
    assert result["explanation"].startswith("Zakwalifikowano: wariant nr 1")

    # The rule set's own window: a past autumn session refuses applications.
    past = ok(
        gql(platform, OPEN_SESSION, office, year=2020, term="AUTUMN")["openQualificationSession"]
    )
    assert past["applicationsOpenOn"] == "2020-09-01"
    closed = gql(platform, SUBMIT, second, input=application(past["id"], "80", here))[
        "submitQualificationApplication"
    ]
    assert closed == {
        "__typename": "UserError",
        "code": "QUALIFICATION_WINDOW_CLOSED",
        "message": "Wnioski w tym postępowaniu przyjmowane są od 01.09.2020 do 30.09.2020",
    }

    # The qualified trainee starts at the unit: the card, entries, the supervisor, the exam.
    supervisor = granted_supervisor(platform, admin, unit["id"])
    card = ok(
        gql(
            platform,
            OPEN,
            third,
            unit=unit["id"],
            specialty=specialty,
            on=(today - timedelta(days=30)).isoformat(),
        )["openTrainingCard"]
    )
    course_element = published_module(
        platform, provider, "Kurs kardiologii SMK (e2e, kwalifikacja)", [demo.CARDIOLOGY]
    )
    day = (today - timedelta(days=7)).isoformat()
    procedure = {"moduleCode": MODULE, "kind": "PROCEDURE", "elementCode": "P-ECHO"}
    entries = [
        {**procedure, "performedOn": day, "patientCode": "PAC-1"},
        {**procedure, "performedOn": day, "patientCode": "PAC-2"},
        {"moduleCode": MODULE, "kind": "DUTY", "quantity": 10, "performedOn": day},
        {
            "moduleCode": MODULE,
            "kind": "COURSE",
            "elementCode": "K-KARDIO",
            "performedOn": day,
            "catalogElementId": course_element,
        },
    ]
    ids = [
        ok(gql(platform, ADD, third, card=card["id"], entry=entry, key=f"k-{i}")["addCardEntry"])[
            "entry"
        ]["id"]
        for i, entry in enumerate(entries)
    ]
    for entry_id in ids[:3]:
        reviewed = gql(
            platform, REVIEW, supervisor, card=card["id"], entry=entry_id, confirm=True, reason=""
        )["reviewCardEntry"]
        assert reviewed["entry"]["status"] == "CONFIRMED", reviewed
    post_results(
        platform,
        provider,
        [
            credits_pb2.ResultRecord(
                external_id=f"e2e-smk-q-{uuid.uuid4().hex[:10]}",
                snils=snils,
                element_id=course_element,
                zet=2,
                completed_on=day,
            )
        ],
    )

    def requirements_met() -> bool:
        got = gql(platform, CARD, third, id=card["id"])["trainingCard"]
        return bool(got["modules"][0]["requirementsMet"])

    wait_for(requirements_met)
    completed = gql(platform, CONFIRM_MODULE, supervisor, card=card["id"], module=MODULE)[
        "confirmModule"
    ]
    assert completed == {"__typename": "TrainingCard", "complete": True}
    exam_session = f"{today.year + 1}-spring" if today.month >= 8 else f"{today.year}-autumn"
    applied = ok(gql(platform, APPLY, third, card=card["id"], session=exam_session)["applyForExam"])
    accepted = gql(platform, DECIDE, centre, id=applied["id"])["decideExamApplication"]
    assert accepted == {"__typename": "ExamApplication", "status": "ACCEPTED"}

"""Issue 18, SMK specialisation training as its users walk it through GraphQL: CMKP publishes a
programme and accredits a unit with places; a trainee opens their card at the unit and records
a course (posted by a provider through the existing posting API), procedures and duty hours;
the unit's supervisor returns one entry with a reason and confirms the rest, and a supervisor of
no unit may not; the posted course counts by itself; the supervisor completes the module; the
complete card applies for the exam (PES) and the exam centre accepts."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import grpc
import pytest
from tests.e2e.conftest import Tokens, wait_for
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_reviews import published_module
from tests.e2e.test_specialist_journey import gql, person_id_of, post_results

from cpd.credits.v1 import credits_pb2
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

PUBLISH = """
mutation Publish($p: ProgrammeInput!) {
  publishProgramme(programme: $p) {
    __typename ... on Programme { specialty version ruleSet } ... on UserError { code message }
  }
}"""
ACCREDIT = """
mutation Accredit($input: AccreditUnitInput!) {
  accreditUnit(input: $input) {
    __typename ... on TrainingUnit { id accreditations { specialty places { mode places } } }
    ... on UserError { code message }
  }
}"""
OPEN = """
mutation Open($unit: ID!, $specialty: String!, $on: Date!) {
  openTrainingCard(unitId: $unit, specialty: $specialty, mode: "residency", startedOn: $on) {
    __typename ... on TrainingCard { id programmeVersion modules { code } }
    ... on UserError { code message }
  }
}"""
ADD = """
mutation Add($card: ID!, $entry: CardEntryInput!, $key: String!) {
  addCardEntry(cardId: $card, entry: $entry, idempotencyKey: $key) {
    __typename ... on CardEntryChange { entry { id status } }
    ... on UserError { code message }
  }
}"""
REVIEW = """
mutation Review($card: ID!, $entry: ID!, $confirm: Boolean!, $reason: String!) {
  reviewCardEntry(cardId: $card, entryId: $entry, confirm: $confirm, reason: $reason) {
    __typename ... on CardEntryChange { entry { status returnReason } card { pendingEntries } }
    ... on UserError { code message }
  }
}"""
CARD = """
query Card($id: ID!) {
  trainingCard(id: $id) {
    __typename
    ... on TrainingCard { complete pendingEntries
      modules { code requirementsMet completed requirements { kind code required confirmed } }
      entries { id kind status decidedBy } }
    ... on UserError { code message }
  }
}"""
CONFIRM_MODULE = """
mutation Confirm($card: ID!, $module: String!) {
  confirmModule(cardId: $card, moduleCode: $module) {
    __typename ... on TrainingCard { complete } ... on UserError { code message }
  }
}"""
APPLY = """
mutation Apply($card: ID!, $session: String!) {
  applyForExam(cardId: $card, session: $session, idempotencyKey: "pes-e2e") {
    __typename ... on ExamApplication { id status session } ... on UserError { code message }
  }
}"""
DECIDE = """
mutation Decide($id: ID!) {
  decideExamApplication(applicationId: $id, accept: true) {
    __typename ... on ExamApplication { status } ... on UserError { code message }
  }
}"""
MODULE = "specjalistyczny"


def programme(specialty: str) -> dict[str, Any]:
    return {
        "specialty": specialty,
        "specialtyName": "Kardiologia",
        "title": "Program specjalizacji w dziedzinie kardiologii (e2e)",
        "durationYears": 5,
        "modules": [
            {
                "code": MODULE,
                "title": "Moduł specjalistyczny",
                "kind": "SPECIALISED",
                "courses": [{"code": "K-KARDIO", "title": "Kurs kardiologii", "hours": 2}],
                "procedures": [
                    {"code": "P-ECHO", "title": "Echokardiografia", "type": "A", "requiredCount": 2}
                ],
                "dutyHours": 10,
            }
        ],
    }


def published_specialty(platform: DevStack, cmkp: str, name: str) -> str:
    """A new specialty `<name>-<8 hex digits>` whose programme CMKP has published (version 1)."""
    specialty = f"{name}-{uuid.uuid4().hex[:8]}"
    published = gql(platform, PUBLISH, cmkp, p=programme(specialty))["publishProgramme"]
    assert published.get("version") == 1, published
    return specialty


def accredited_unit(
    platform: DevStack, cmkp: str, specialty: str, voivodeship: str = "14", places: int = 2
) -> dict[str, Any]:
    """CMKP accredits a new unit for the specialty, valid from a year ago for five years."""
    today = date.today()
    unit = gql(
        platform,
        ACCREDIT,
        cmkp,
        input={
            "registryNumber": f"E2E-{uuid.uuid4().hex[:10]}",
            "name": f"Szpital Kliniczny {voivodeship} (e2e)",
            "voivodeship": voivodeship,
            "city": "Warszawa",
            "specialty": specialty,
            "places": [{"mode": "RESIDENCY", "places": places}],
            "validFrom": (today - timedelta(days=365)).isoformat(),
            "validUntil": (today + timedelta(days=365 * 5)).isoformat(),
        },
    )["accreditUnit"]
    assert unit["__typename"] == "TrainingUnit", unit
    return dict(unit)


def grant_supervisor(platform: DevStack, admin: str, person_id: str, unit_id: str) -> None:
    with grpc.insecure_channel(platform.target("identity")) as channel:
        identity_pb2_grpc.IdentityServiceStub(channel).GrantRole(
            identity_pb2.GrantRoleRequest(
                person_id=person_id, role="smk_supervisor", scope=f"training_unit:{unit_id}"
            ),
            metadata=bearer(admin),
            timeout=10,
        )


def granted_supervisor(platform: DevStack, admin: str, unit_id: str) -> str:
    """A registered person granted smk_supervisor on the unit: their token."""
    _, token = registered_and_verified(platform)
    grant_supervisor(platform, admin, person_id_of(platform, token), unit_id)
    return token


@dataclass(frozen=True)
class SmkStaff:
    """Tokens of the people every SMK journey starts with: an admin, CMKP and the exam centre."""

    admin: str
    cmkp: str
    centre: str


async def smk_staff(platform: DevStack) -> SmkStaff:
    """Run with asyncio.run, or with the browser tests' `run` (Playwright keeps a loop)."""
    idp = RunningIdp(platform.idp_url)
    return SmkStaff(
        admin=await idp.person_token(roles=["admin"]),
        cmkp=await idp.person_token(roles=["smk_cmkp"]),
        centre=await idp.person_token(person_id=str(uuid.uuid4()), roles=["smk_exam_centre"]),
    )


def test_a_trainee_card_from_the_programme_to_an_accepted_exam_application(
    platform: DevStack, tokens: Tokens
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    staff = asyncio.run(smk_staff(platform))
    admin, cmkp, centre = staff.admin, staff.cmkp, staff.centre
    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))

    specialty = f"kardiologia-{uuid.uuid4().hex[:8]}"
    published = gql(platform, PUBLISH, cmkp, p=programme(specialty))["publishProgramme"]
    assert published == {
        "__typename": "Programme",
        "specialty": specialty,
        "version": 1,
        "ruleSet": "smk-2023",
    }
    refused = gql(platform, PUBLISH, centre, p=programme(specialty))
    assert refused["publishProgramme"] == {
        "__typename": "UserError",
        "code": "SMK_CMKP_ONLY",
        "message": "Programy i akredytacje prowadzi wyłącznie CMKP",
    }
    unit = accredited_unit(platform, cmkp, specialty)
    supervisor = granted_supervisor(platform, admin, unit["id"])
    _, stranger = registered_and_verified(platform)

    # The trainee: a registered person (the provider posts by SNILS) with the trainee role.
    snils, registered = registered_and_verified(platform)
    person_id = person_id_of(platform, registered)
    trainee = asyncio.run(idp.person_token(person_id=person_id, snils=snils, roles=["smk_trainee"]))
    card = gql(
        platform,
        OPEN,
        trainee,
        unit=unit["id"],
        specialty=specialty,
        on=(today - timedelta(days=60)).isoformat(),
    )["openTrainingCard"]
    assert card["__typename"] == "TrainingCard" and card["modules"] == [{"code": MODULE}], card

    course_element = published_module(
        platform, provider, "Kurs kardiologii SMK (e2e)", [demo.CARDIOLOGY]
    )
    day = (today - timedelta(days=7)).isoformat()
    entries = [
        {
            "moduleCode": MODULE,
            "kind": "COURSE",
            "elementCode": "K-KARDIO",
            "performedOn": day,
            "catalogElementId": course_element,
        },
        *[
            {
                "moduleCode": MODULE,
                "kind": "PROCEDURE",
                "elementCode": "P-ECHO",
                "performedOn": day,
                "patientCode": f"PAC-{i}",
            }
            for i in range(3)
        ],
        {"moduleCode": MODULE, "kind": "DUTY", "quantity": 10, "performedOn": day},
    ]
    ids = []
    for i, entry in enumerate(entries):
        added = gql(platform, ADD, trainee, card=card["id"], entry=entry, key=f"e2e-{i}")[
            "addCardEntry"
        ]
        assert added["__typename"] == "CardEntryChange", added
        ids.append(added["entry"]["id"])
    course_id, procedure_ids, duty_id = ids[0], ids[1:4], ids[4]

    # A supervisor of no unit may not decide; the unit's supervisor returns one, confirms others.
    not_theirs = gql(
        platform, REVIEW, stranger, card=card["id"], entry=duty_id, confirm=True, reason=""
    )["reviewCardEntry"]
    assert not_theirs["code"] == "SMK_ENTRY_NOT_IN_SCOPE", not_theirs
    returned = gql(
        platform,
        REVIEW,
        supervisor,
        card=card["id"],
        entry=procedure_ids[2],
        confirm=False,
        reason="Procedura wpisana dwukrotnie",
    )["reviewCardEntry"]
    assert returned["entry"] == {
        "status": "RETURNED",
        "returnReason": "Procedura wpisana dwukrotnie",
    }
    for entry_id in [*procedure_ids[:2], duty_id]:
        confirmed = gql(
            platform, REVIEW, supervisor, card=card["id"], entry=entry_id, confirm=True, reason=""
        )["reviewCardEntry"]
        assert confirmed["entry"]["status"] == "CONFIRMED", confirmed
    early = gql(platform, CONFIRM_MODULE, supervisor, card=card["id"], module=MODULE)[
        "confirmModule"
    ]
    assert early["code"] == "SMK_MODULE_INCOMPLETE", early

    # The provider posts the course result; it counts on the card by itself.
    post_results(
        platform,
        provider,
        [
            credits_pb2.ResultRecord(
                external_id=f"e2e-smk-{uuid.uuid4().hex[:10]}",
                snils=snils,
                element_id=course_element,
                zet=2,
                completed_on=day,
            )
        ],
    )

    def course_counted() -> dict[str, Any] | None:
        got = gql(platform, CARD, trainee, id=card["id"])["trainingCard"]
        course = next(e for e in got["entries"] if e["id"] == course_id)
        return got if course["status"] == "CONFIRMED" else None

    counted = wait_for(course_counted)
    assert counted["modules"][0]["requirementsMet"] is True
    assert next(e for e in counted["entries"] if e["id"] == course_id)["decidedBy"].startswith(
        "posting:"
    )

    done = gql(platform, CONFIRM_MODULE, supervisor, card=card["id"], module=MODULE)[
        "confirmModule"
    ]
    assert done == {"__typename": "TrainingCard", "complete": True}

    session = f"{today.year + 1}-spring" if today.month >= 8 else f"{today.year}-autumn"
    application = gql(platform, APPLY, trainee, card=card["id"], session=session)["applyForExam"]
    assert (application["__typename"], application["status"]) == ("ExamApplication", "SUBMITTED")
    assert gql(platform, DECIDE, trainee, id=application["id"])["decideExamApplication"][
        "code"
    ] == ("SMK_EXAM_CENTRE_ONLY")
    listed = gql(
        platform, "query($s: String!) { examApplications(session: $s) { id } }", centre, s=session
    )["examApplications"]
    assert application["id"] in [a["id"] for a in listed]
    accepted = gql(platform, DECIDE, centre, id=application["id"])["decideExamApplication"]
    assert accepted == {"__typename": "ExamApplication", "status": "ACCEPTED"}

"""Issue 6's journey: a specialist with two specialties adds cycles, plans (one element x2),
applies to a ДПП cycle that the provider's staff accept, the provider posts the result over
gRPC, an event code is redeemed and verified, an ИОМ completion arrives, and both cycles show
the right totals; then `plan-svc rebuild` recomputes the same projection from the ledger."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from datetime import date, timedelta
from typing import Any

import grpc
import pytest
from tests.e2e.conftest import Tokens, gql, published, wait_for
from tests.e2e.test_registration import registered_and_verified

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.local_infra import asyncpg_url
from cpd_platform.testing import bearer
from credits_svc.domain.records import payload_hash
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

CARDIOLOGY, THERAPY = demo.CARDIOLOGY, demo.THERAPY

PROGRAM_TITLE = "Неотложные состояния в кардиологии и терапии"
ADD_DOCUMENT = """
mutation Add($document: DocumentInput!) {
  addDocument(document: $document) {
    __typename
    ... on Cycle {
      id startsOn endsOn document { frmrStatus frmrNote }
      ruleSet { code title source targetZet yearlyProgramZet yearlyEventAndModuleZet }
    }
    ... on UserError { code message }
  }
}"""
ADD_PLAN_ITEM = """
mutation Plan($cycleId: ID!, $elementId: ID!) {
  addPlanItem(cycleId: $cycleId, elementId: $elementId) {
    __typename
    ... on PlanItem { id status multiplier eligibleCycleIds element { title } }
    ... on UserError { code message }
  }
}"""
SUBMIT = """
mutation Submit($application: ApplicationInput!) {
  submitApplication(application: $application) {
    __typename
    ... on Application { id status note }
    ... on UserError { code message }
  }
}"""
PROVIDER_APPLICATIONS = """
query { providerApplications { id status specialtyCode element { title } } }"""
ACCEPT = """
mutation Accept($id: ID!) {
  acceptApplication(applicationId: $id) {
    __typename
    ... on Application { id status }
    ... on UserError { code message }
  }
}"""
MY_APPLICATIONS = "query { myApplications { id status note } }"
RULE_SETS = """
query { ruleSets { code title source targetZet programMinZet eventAndModuleCapZet } }"""
DASHBOARD = """
query Dashboard {
  myCycles {
    id specialtyCode ruleSet { code title source targetZet }
    document { kind frmrStatus }
    plan { elementId status multiplier element { title } }
    progress {
      totalZet targetZet missingZet onTrack expectedToDateZet
      byGroup { group actualZet missingZet }
      byYear { year totalZet recommendedTotalZet recommendationMet }
      credits { creditId kind zet status cycleIds countsInSeveralCycles element { title } }
    }
  }
}"""


def add_document(
    platform: DevStack, token: str, kind: str, specialty_code: str, number: str, issued_on: str
) -> dict[str, Any]:
    """The result of addDocument: the cycle it opens, or a UserError."""
    document = {
        "kind": kind,
        "specialtyCode": specialty_code,
        "number": number,
        "issuedOn": issued_on,
    }
    return dict(gql(platform, ADD_DOCUMENT, token, document=document)["addDocument"])


def submit_application(
    platform: DevStack, token: str, program_cycle_id: str, organization: str
) -> dict[str, Any]:
    """The result of submitApplication: a cardiology doctor of a state organisation applies for a
    budget seat."""
    application = {
        "programCycleId": program_cycle_id,
        "specialtyCode": CARDIOLOGY,
        "employment": {"kind": "STATE", "organization": organization, "position": "врач"},
        "fundingBasis": "BUDGET",
        "consentToShare": True,
    }
    return dict(gql(platform, SUBMIT, token, application=application)["submitApplication"])


def result_record(
    snils: str, element_id: str, zet: int, completed_on: date, **more: str
) -> credits_pb2.ResultRecord:
    """A provider's result for a person, under a fresh external id."""
    return credits_pb2.ResultRecord(
        external_id=uuid.uuid4().hex[:12],
        snils=snils,
        element_id=element_id,
        zet=zet,
        completed_on=completed_on.isoformat(),
        **more,
    )


def post_results(
    platform: DevStack, token: str, records: list[credits_pb2.ResultRecord]
) -> credits_pb2.PostResultsResponse:
    request = credits_pb2.PostResultsRequest(
        batch_id=f"batch-{uuid.uuid4().hex[:12]}",
        sequence=1,
        payload_hash=payload_hash(records),
        records=records,
    )
    with grpc.insecure_channel(platform.target("credits")) as channel:
        acks = list(
            credits_pb2_grpc.CreditsServiceStub(channel).PostResults(
                iter([request]), metadata=bearer(token), timeout=10
            )
        )
    assert len(acks) == 1
    assert [o.outcome for o in acks[0].outcomes] == [credits_pb2.OUTCOME_ACCEPTED] * len(records), (
        acks
    )
    return acks[0]


def published_program(platform: DevStack, provider: str, today: date) -> tuple[str, str]:
    """The demo provider's system publishes a cardiology + therapy program with a cycle that
    ends today (so it can still be applied to and its result posted today)."""
    external = uuid.uuid4().hex[:10]
    program = catalog_pb2.Element(
        external_id=f"e2e-{external}",
        kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
        title=PROGRAM_TITLE,
        zet=36,
        main_specialty_code=CARDIOLOGY,
        additional_specialty_codes=[THERAPY],
        audience="medical",
        region_code="16",
        form_of_study="part_time",
        cycles=[
            catalog_pb2.ProgramCycle(
                external_id=f"e2e-{external}-1",
                starts_on=(today - timedelta(days=20)).isoformat(),
                ends_on=today.isoformat(),
                seats=[
                    catalog_pb2.SeatCount(basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=5, free=5)
                ],
            )
        ],
    )
    program_id = published(platform, provider, program)
    with grpc.insecure_channel(platform.target("catalog")) as channel:
        found = catalog_pb2_grpc.CatalogServiceStub(channel).BatchGetElements(
            catalog_pb2.BatchGetElementsRequest(ids=[program_id]),
            metadata=bearer(provider),
            timeout=10,
        )
    return program_id, found.elements[0].cycles[0].id


def person_id_of(platform: DevStack, token: str) -> str:
    return str(gql(platform, "query { me { id } }", token)["me"]["id"])


def demo_provider_staff(platform: DevStack, admin: str) -> str:
    """A new person granted provider_staff on the demo provider by an admin: their token."""
    _, staff = registered_and_verified(platform)
    with grpc.insecure_channel(platform.target("identity")) as channel:
        identity_pb2_grpc.IdentityServiceStub(channel).GrantRole(
            identity_pb2.GrantRoleRequest(
                person_id=person_id_of(platform, staff),
                role="provider_staff",
                scope=f"provider:{demo.PROVIDER_ID}",
            ),
            metadata=bearer(admin),
            timeout=10,
        )
    return staff


def test_a_specialist_with_two_specialties_from_documents_to_credited_progress(
    platform: DevStack, tokens: Tokens
) -> None:
    today = date.today()
    idp = RunningIdp(platform.idp_url)
    admin = asyncio.run(idp.person_token(roles=["admin"]))
    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    snils, me = registered_and_verified(platform)
    program_id, program_cycle_id = published_program(platform, provider, today)

    # Two documents, two cycles; the same specialty twice is refused with a code.
    cycles: dict[str, dict[str, Any]] = {}
    for specialty, kind, number, issued in [
        (CARDIOLOGY, "ACCREDITATION_PRIMARY", "7724 031234567", "2024-03-15"),
        (THERAPY, "CERTIFICATE", "0116 240012345", "2023-01-10"),
    ]:
        added = add_document(platform, me, kind, specialty, number, issued)
        assert added["__typename"] == "Cycle", added
        # The cycle names its rule set, the act the numbers come from, and the numbers.
        assert added["ruleSet"]["code"] == "nmo-250"
        assert added["ruleSet"]["title"] and added["ruleSet"]["source"]
        assert (
            added["ruleSet"]["targetZet"],
            added["ruleSet"]["yearlyProgramZet"],
            added["ruleSet"]["yearlyEventAndModuleZet"],
        ) == (250, 36, 14)
        assert added["document"]["frmrStatus"] == "NOT_CHECKED"
        cycles[specialty] = added
    twice = add_document(platform, me, "CERTIFICATE", CARDIOLOGY, "0116 1", "2025-05-05")
    assert (twice["__typename"], twice["code"]) == ("UserError", "ACTIVE_CYCLE_EXISTS")
    # A specialty missing from the nomenclature opens no cycle (issue 12: it opened 250 ZET).
    unknown = add_document(platform, me, "CERTIFICATE", "99.99.99", "0116 99", "2024-02-02")
    assert (unknown["__typename"], unknown["code"]) == ("UserError", "UNKNOWN_SPECIALTY")
    assert "номенклатур" in unknown["message"]
    assert len(gql(platform, "query { myCycles { id } }", me)["myCycles"]) == 2
    # The rule sets are listed with their numbers: periodic accreditation's 144 hours (709н).
    rule_sets = {r["code"]: r for r in gql(platform, RULE_SETS, me)["ruleSets"]}
    assert set(rule_sets) == {"nmo-250", "nmo-709n-144"}
    accreditation = rule_sets["nmo-709n-144"]
    assert (
        accreditation["targetZet"],
        accreditation["programMinZet"],
        accreditation["eventAndModuleCapZet"],
    ) == (144, 72, 72)
    assert "709н" in accreditation["source"]
    cardiology, therapy = cycles[CARDIOLOGY]["id"], cycles[THERAPY]["id"]

    # Plan: the program counts for both specialties (x2); the conference only for cardiology.
    for cycle_id in (cardiology, therapy):
        item = gql(platform, ADD_PLAN_ITEM, me, cycleId=cycle_id, elementId=program_id)[
            "addPlanItem"
        ]
        assert (item["__typename"], item["status"], item["multiplier"], item["element"]) == (
            "PlanItem",
            "PLANNED",
            2,
            {"title": PROGRAM_TITLE},
        )
    wrong = gql(platform, ADD_PLAN_ITEM, me, cycleId=therapy, elementId=demo.EVENT_ID)[
        "addPlanItem"
    ]
    assert (wrong["__typename"], wrong["code"]) == ("UserError", "ELEMENT_NOT_ELIGIBLE")
    event_item = gql(platform, ADD_PLAN_ITEM, me, cycleId=cardiology, elementId=demo.EVENT_ID)[
        "addPlanItem"
    ]
    assert event_item["__typename"] == "PlanItem"

    # The application holds a seat; the person is told it is not enrolment.
    submitted = submit_application(platform, me, program_cycle_id, "ГАУЗ «ГКБ №7»")
    assert (submitted["__typename"], submitted["status"]) == ("Application", "SUBMITTED")
    assert "не зачисление" in submitted["note"]

    # The provider's staff member (granted provider_staff on the demo provider) accepts it.
    staff = demo_provider_staff(platform, admin)
    listed = gql(platform, PROVIDER_APPLICATIONS, staff)["providerApplications"]
    assert submitted["id"] in [a["id"] for a in listed]
    stranger = gql(platform, ACCEPT, me, id=submitted["id"])["acceptApplication"]
    assert stranger["__typename"] == "UserError"
    accepted = gql(platform, ACCEPT, staff, id=submitted["id"])["acceptApplication"]
    assert accepted["status"] == "ACCEPTED"
    assert [a["status"] for a in gql(platform, MY_APPLICATIONS, me)["myApplications"]] == [
        "ACCEPTED"
    ]

    # The provider posts the ДПП result and the ИОМ completion over gRPC.
    post_results(
        platform,
        provider,
        [
            result_record(snils, program_id, 36, today, program_cycle_id=program_cycle_id),
            result_record(snils, demo.MODULE_ID, 2, today - timedelta(days=1)),
        ],
    )

    # An event code: issued to the attendee, redeemed (the event is in the plan), verified by
    # the attendance list.
    with grpc.insecure_channel(platform.target("credits")) as channel:
        credits = credits_pb2_grpc.CreditsServiceStub(channel)
        [code] = credits.IssueCodes(
            credits_pb2.IssueCodesRequest(
                event_id=demo.EVENT_ID, count=1, snils=[snils], idempotency_key=uuid.uuid4().hex
            ),
            metadata=bearer(provider),
            timeout=10,
        ).codes
        redeemed = credits.RedeemCode(
            credits_pb2.RedeemCodeRequest(code=code.code, event_id=demo.EVENT_ID),
            metadata=bearer(me),
            timeout=10,
        ).redemption
        assert redeemed.status == credits_pb2.REDEMPTION_STATUS_PENDING, redeemed
        credits.UploadAttendance(
            credits_pb2.UploadAttendanceRequest(event_id=demo.EVENT_ID, snils=[snils]),
            metadata=bearer(provider),
            timeout=10,
        )

    def settled() -> dict[str, dict[str, Any]] | None:
        found = {c["specialtyCode"]: c for c in gql(platform, DASHBOARD, me)["myCycles"]}
        totals = {k: c["progress"]["totalZet"] for k, c in found.items()}
        # Progress and plan items are read by two calls of one query: wait until both show
        # the last credit.
        statuses = {p["status"] for c in found.values() for p in c["plan"]}
        settled_totals = totals == {CARDIOLOGY: 36 + 2 + 6, THERAPY: 36 + 2}
        return found if settled_totals and statuses == {"CREDITED"} else None

    found = wait_for(settled)
    card, ther = found[CARDIOLOGY], found[THERAPY]
    assert [(p["elementId"], p["status"]) for p in card["plan"]] == [
        (program_id, "CREDITED"),
        (demo.EVENT_ID, "CREDITED"),
    ]
    assert [(p["elementId"], p["status"]) for p in ther["plan"]] == [(program_id, "CREDITED")]
    assert [p["element"]["title"] for p in ther["plan"]] == [PROGRAM_TITLE]
    shared = [c for c in card["progress"]["credits"] if c["kind"] in ("PROGRAM", "MODULE")]
    assert all(
        c["countsInSeveralCycles"] and set(c["cycleIds"]) == {cardiology, therapy} for c in shared
    )
    [event_credit] = [c for c in card["progress"]["credits"] if c["kind"] == "EVENT"]
    assert (event_credit["zet"], event_credit["cycleIds"]) == (6, [cardiology])
    groups = {g["group"]: g for g in card["progress"]["byGroup"]}
    assert (groups["PROGRAM"]["actualZet"], groups["PROGRAM"]["missingZet"]) == (36, 144)
    assert (groups["EVENT_AND_MODULE"]["actualZet"], groups["EVENT_AND_MODULE"]["missingZet"]) == (
        8,
        62,
    )
    assert card["progress"]["missingZet"] == 250 - 44
    assert sum(y["totalZet"] for y in card["progress"]["byYear"]) == 44
    assert all(y["recommendedTotalZet"] == 50 for y in card["progress"]["byYear"])

    # `plan-svc rebuild` (the admin reads credits-svc's ledger) leaves the same projection.
    env = {
        **os.environ,
        "PLAN_DATABASE_URL": asyncpg_url(str(platform.pg_url), platform.database),
        "PLAN_REDIS_URL": str(platform.redis_url),
        "PLAN_OIDC_ISSUER": platform.issuer,
        "PLAN_CREDITS_TARGET": platform.target("credits"),
        "PLAN_ADMIN_TOKEN": admin,
    }
    rebuilt = subprocess.run(
        [sys.executable, "-m", "plan_svc.main", "rebuild"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "credits projected from the ledger" in rebuilt.stdout
    after = {c["specialtyCode"]: c for c in gql(platform, DASHBOARD, me)["myCycles"]}
    assert after == found

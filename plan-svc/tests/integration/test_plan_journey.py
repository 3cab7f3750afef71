"""plan-svc with the real identity-svc (grants) and catalog-svc (elements, seats) in-process."""

from __future__ import annotations

import json
import uuid
from datetime import date

import grpc
import pytest
from plan_fakes import FakeCreditsSvc
from plan_platform import CARDIOLOGY, THERAPY, add_person, document, new_elements, rpc_error

from cpd.catalog.v1 import catalog_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


async def test_a_specialist_with_two_specialties_plans_applies_and_gets_credited(
    stubs: tuple[
        plan_pb2_grpc.PlanServiceStub,
        catalog_pb2_grpc.CatalogServiceStub,
        identity_pb2_grpc.IdentityServiceStub,
    ],
    identity: RunningService,
    idp: RunningIdp,
    credits_svc: FakeCreditsSvc,
) -> None:
    plan, catalog, identity_stub = stubs
    admin = await idp.person_token(roles=["admin"])
    ids = await new_elements(catalog, admin)
    person = str(uuid.uuid4())
    token = await idp.person_token(person_id=person, snils="11223344595")
    me = bearer(token)

    # A credit that arrives before the therapy cycle exists: attributed when the cycle is added.
    early, _ = await credits_svc.record(
        person,
        kind="module",
        zet=4,
        completed_on=date(2024, 6, 1),
        main=CARDIOLOGY,
        additional=(THERAPY,),
    )

    cardiology = await plan.AddDocument(
        document(
            plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY, CARDIOLOGY, "7724 0001", "2024-03-15"
        ),
        metadata=me,
    )
    assert (cardiology.cycle.starts_on, cardiology.cycle.ends_on) == ("2024-03-15", "2029-03-14")
    assert cardiology.cycle.rule_set == "nmo-250"
    assert cardiology.document.frmr_status == plan_pb2.FRMR_STATUS_NOT_CHECKED
    again = await plan.AddDocument(
        document(
            plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY, CARDIOLOGY, "7724-0001", "2024-03-15"
        ),
        metadata=me,
    )
    assert again.cycle.id == cardiology.cycle.id
    second = await rpc_error(
        plan.AddDocument(
            document(plan_pb2.DOCUMENT_KIND_CERTIFICATE, CARDIOLOGY, "0177 99", "2025-01-10"),
            metadata=me,
        )
    )
    assert second.code() == grpc.StatusCode.ALREADY_EXISTS
    assert grpc_error_code(second) == "active_cycle_exists"

    async def early_projected() -> bool:
        found = await plan.BatchGetProgress(
            plan_pb2.BatchGetProgressRequest(cycle_ids=[cardiology.cycle.id]), metadata=me
        )
        return found.progress[0].total_zet == 4

    await wait_until(early_projected, seconds=15.0)
    therapy = await plan.AddDocument(
        document(plan_pb2.DOCUMENT_KIND_ACCREDITATION_PERIODIC, THERAPY, "7716 0002", "2023-01-10"),
        metadata=me,
    )
    assert therapy.cycle.rule_set == "nmo-709n-144"
    assert therapy.cycle.rule_set_details.target_zet == 144
    assert "709н" in therapy.cycle.rule_set_details.source
    backfilled = await plan.BatchGetProgress(
        plan_pb2.BatchGetProgressRequest(cycle_ids=[therapy.cycle.id]), metadata=me
    )
    assert [(c.credit_id, list(c.cycle_ids)) for c in backfilled.progress[0].credits] == [
        (early, [therapy.cycle.id, cardiology.cycle.id])
    ]

    # ФРМР: only an admin loads the extract; it lists the cardiology document only.
    extract = json.dumps(
        {
            "records": [
                {
                    "snils": "11223344595",
                    "document_kind": "accreditation_primary",
                    "series": "",
                    "number": "77240001",
                    "specialty_code": CARDIOLOGY,
                    "issued_on": "2024-03-15",
                }
            ]
        }
    ).encode()
    refused = await rpc_error(
        plan.LoadRegisterExtract(
            plan_pb2.LoadRegisterExtractRequest(format="json", content=extract), metadata=me
        )
    )
    assert refused.code() == grpc.StatusCode.PERMISSION_DENIED
    loaded = await plan.LoadRegisterExtract(
        plan_pb2.LoadRegisterExtractRequest(format="json", content=extract), metadata=bearer(admin)
    )
    assert loaded.records == 1
    cycles = {
        c.specialty_code: c
        for c in (await plan.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=me)).cycles
    }
    assert cycles[CARDIOLOGY].document.frmr_status == plan_pb2.FRMR_STATUS_CONFIRMED
    assert cycles[THERAPY].document.frmr_status == plan_pb2.FRMR_STATUS_NOT_CONFIRMED
    assert "отдел кадров" in cycles[THERAPY].document.frmr_note

    # Plan: the program counts for both specialties (x2); the event only for cardiology.
    for cycle_id in (cardiology.cycle.id, therapy.cycle.id):
        added = await plan.AddPlanItem(
            plan_pb2.AddPlanItemRequest(cycle_id=cycle_id, element_id=ids["program"]), metadata=me
        )
        assert added.item.status == plan_pb2.PLAN_ITEM_STATUS_PLANNED
    assert sorted(added.item.eligible_cycle_ids) == sorted([cardiology.cycle.id, therapy.cycle.id])
    assert sorted(added.item.planned_cycle_ids) == sorted([cardiology.cycle.id, therapy.cycle.id])
    not_eligible = await rpc_error(
        plan.AddPlanItem(
            plan_pb2.AddPlanItemRequest(cycle_id=therapy.cycle.id, element_id=ids["event"]),
            metadata=me,
        )
    )
    assert grpc_error_code(not_eligible) == "element_not_eligible"
    planned = await plan.IsElementPlanned(
        plan_pb2.IsElementPlannedRequest(element_id=ids["program"]), metadata=me
    )
    assert planned.planned and len(planned.cycle_ids) == 2

    # Application: reserves the only budget seat; a retry returns the same application.
    form = plan_pb2.SubmitApplicationRequest(
        program_cycle_id=ids["program_cycle"],
        specialty_code=CARDIOLOGY,
        employment=plan_pb2.Employment(kind="state", organization="ГКБ №7", position="врач"),
        funding_basis="budget",
        consent_to_share=True,
    )
    submitted = await plan.SubmitApplication(form, metadata=me)
    assert submitted.application.status == plan_pb2.APPLICATION_STATUS_SUBMITTED
    assert submitted.application.reservation_id
    assert (await plan.SubmitApplication(form, metadata=me)).application.id == (
        submitted.application.id
    )
    other = str(uuid.uuid4())
    other_me = bearer(await idp.person_token(person_id=other))
    await plan.AddDocument(
        document(plan_pb2.DOCUMENT_KIND_CERTIFICATE, CARDIOLOGY, "0177 42", "2022-05-05"),
        metadata=other_me,
    )
    full = await rpc_error(plan.SubmitApplication(form, metadata=other_me))
    assert full.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert grpc_error_code(full) == "no_seats_left"
    items = await plan.BatchGetPlanItems(
        plan_pb2.BatchGetPlanItemsRequest(cycle_ids=[cardiology.cycle.id]), metadata=me
    )
    assert [i.status for i in items.plans[0].items] == [plan_pb2.PLAN_ITEM_STATUS_APPLIED]

    # The provider's staff (a grant on provider:<demo>) accept; staff of no provider may not.
    staff_id = await add_person(identity, "12345678964")
    await identity_stub.GrantRole(
        identity_pb2.GrantRoleRequest(
            person_id=staff_id, role="provider_staff", scope=f"provider:{demo.PROVIDER_ID}"
        ),
        metadata=bearer(admin),
    )
    staff = bearer(await idp.person_token(person_id=staff_id, roles=["provider_staff"]))
    nobody = bearer(await idp.person_token(person_id=str(uuid.uuid4()), roles=["provider_staff"]))
    listed = await plan.ListProviderApplications(
        plan_pb2.ListProviderApplicationsRequest(), metadata=staff
    )
    assert submitted.application.id in [a.id for a in listed.applications]
    denied = await rpc_error(
        plan.AcceptApplication(
            plan_pb2.AcceptApplicationRequest(application_id=submitted.application.id),
            metadata=nobody,
        )
    )
    assert denied.code() == grpc.StatusCode.PERMISSION_DENIED
    accepted = await plan.AcceptApplication(
        plan_pb2.AcceptApplicationRequest(application_id=submitted.application.id), metadata=staff
    )
    assert accepted.application.status == plan_pb2.APPLICATION_STATUS_ACCEPTED
    mine = await plan.ListMyApplications(plan_pb2.ListMyApplicationsRequest(), metadata=me)
    assert [a.status for a in mine.applications] == [plan_pb2.APPLICATION_STATUS_ACCEPTED]
    items = await plan.BatchGetPlanItems(
        plan_pb2.BatchGetPlanItemsRequest(cycle_ids=[cardiology.cycle.id, therapy.cycle.id]),
        metadata=me,
    )
    assert {p.cycle_id: [i.status for i in p.items] for p in items.plans} == {
        cardiology.cycle.id: [plan_pb2.PLAN_ITEM_STATUS_ENROLLED],
        therapy.cycle.id: [plan_pb2.PLAN_ITEM_STATUS_ENROLLED],
    }

    # Free event: the only ticket is taken; the next person is told tickets ran out.
    registered = await plan.RegisterForEvent(
        plan_pb2.RegisterForEventRequest(element_id=ids["event"]), metadata=me
    )
    assert registered.registration.status == "registered"
    assert list(registered.registration.cycle_ids) == [cardiology.cycle.id]
    no_ticket = await rpc_error(
        plan.RegisterForEvent(
            plan_pb2.RegisterForEventRequest(element_id=ids["event"]), metadata=other_me
        )
    )
    assert grpc_error_code(no_ticket) == "no_tickets_left"

    # Suggestions never repeat what is planned and only offer what is missing.
    suggested = await plan.GetSuggestions(
        plan_pb2.GetSuggestionsRequest(cycle_id=cardiology.cycle.id, limit=5), metadata=me
    )
    assert ids["program"] not in [s.element_id for s in suggested.suggestions]
    assert all(s.reasons for s in suggested.suggestions)

    # The provider posts the result: the program counts in both cycles and is credited there.
    program_credit, _ = await credits_svc.record(
        person,
        kind="program",
        zet=36,
        completed_on=date(2027, 2, 5),
        main=CARDIOLOGY,
        additional=(THERAPY,),
        element_id=ids["program"],
    )

    async def credited_in_both() -> bool:
        found = await plan.BatchGetPlanItems(
            plan_pb2.BatchGetPlanItemsRequest(cycle_ids=[cardiology.cycle.id, therapy.cycle.id]),
            metadata=me,
        )
        statuses = [
            i.status for p in found.plans for i in p.items if i.element_id == ids["program"]
        ]
        return statuses == [plan_pb2.PLAN_ITEM_STATUS_CREDITED] * 2

    await wait_until(credited_in_both, seconds=15.0)
    totals = await plan.BatchGetProgress(
        plan_pb2.BatchGetProgressRequest(cycle_ids=[cardiology.cycle.id, therapy.cycle.id]),
        metadata=me,
    )
    assert [(p.total_zet, p.target_zet) for p in totals.progress] == [(40, 250), (40, 144)]
    assert program_credit in [c.credit_id for c in totals.progress[0].credits]

    # The dashboard's one call answers what the three calls answer, from one transaction.
    dashboard = await plan.ListMyCycles(
        plan_pb2.ListMyCyclesRequest(include_progress=True, include_plans=True), metadata=me
    )
    listed = [c.id for c in dashboard.cycles]
    assert sorted(listed) == sorted([cardiology.cycle.id, therapy.cycle.id])
    assert list(dashboard.progress) == list(
        (
            await plan.BatchGetProgress(
                plan_pb2.BatchGetProgressRequest(cycle_ids=listed), metadata=me
            )
        ).progress
    )
    assert list(dashboard.plans) == list(
        (
            await plan.BatchGetPlanItems(
                plan_pb2.BatchGetPlanItemsRequest(cycle_ids=listed), metadata=me
            )
        ).plans
    )
    plain = await plan.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=me)
    assert list(plain.cycles) == list(dashboard.cycles)
    assert not plain.progress and not plain.plans

    # Withdrawing gives the seat back: the other person's application now succeeds.
    withdrawn = await plan.WithdrawApplication(
        plan_pb2.WithdrawApplicationRequest(application_id=submitted.application.id), metadata=me
    )
    assert withdrawn.application.status == plan_pb2.APPLICATION_STATUS_WITHDRAWN
    assert (
        await plan.SubmitApplication(form, metadata=other_me)
    ).application.status == plan_pb2.APPLICATION_STATUS_SUBMITTED


async def test_a_document_needs_a_specialty_of_the_nomenclature_and_text_within_limits(
    stubs: tuple[
        plan_pb2_grpc.PlanServiceStub,
        catalog_pb2_grpc.CatalogServiceStub,
        identity_pb2_grpc.IdentityServiceStub,
    ],
    idp: RunningIdp,
) -> None:
    """Issue 12: 99.99.99 opened a 250-ZET cycle; issue 11: over-long numbers reached the
    database. Both are typed refusals now, and nothing is stored."""
    plan = stubs[0]
    me = bearer(await idp.person_token(person_id=str(uuid.uuid4()), snils="11223344595"))
    unknown = await rpc_error(
        plan.AddDocument(
            document(plan_pb2.DOCUMENT_KIND_CERTIFICATE, "99.99.99", "0177 1", "2024-01-10"),
            metadata=me,
        )
    )
    assert unknown.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(unknown) == "unknown_specialty"
    too_long = await rpc_error(
        plan.AddDocument(
            document(plan_pb2.DOCUMENT_KIND_CERTIFICATE, CARDIOLOGY, "1" * 33, "2024-01-10"),
            metadata=me,
        )
    )
    assert too_long.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(too_long) == "text_too_long"
    assert not (await plan.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=me)).cycles
    # A secondary-level specialty (nursing) and a nomenclature specialty under a local code.
    for specialty, number in (("34.02.01", "0277 1"), ("L.02.01", "0277 2")):
        added = await plan.AddDocument(
            document(plan_pb2.DOCUMENT_KIND_CERTIFICATE, specialty, number, "2024-01-10"),
            metadata=me,
        )
        assert added.cycle.specialty_code == specialty
        assert added.cycle.rule_set_details.code == "nmo-250"


async def test_the_rule_sets_are_listed_with_their_source_and_numbers(
    stubs: tuple[
        plan_pb2_grpc.PlanServiceStub,
        catalog_pb2_grpc.CatalogServiceStub,
        identity_pb2_grpc.IdentityServiceStub,
    ],
    idp: RunningIdp,
) -> None:
    me = bearer(await idp.person_token(person_id=str(uuid.uuid4()), snils="11223344595"))
    found = await stubs[0].ListRuleSets(plan_pb2.ListRuleSetsRequest(), metadata=me)
    by_code = {r.code: r for r in found.rule_sets}
    assert set(by_code) == {"nmo-250", "nmo-709n-144"}
    nmo = by_code["nmo-250"]
    assert (nmo.target_zet, nmo.yearly_program_zet, nmo.yearly_event_and_module_zet) == (
        250,
        36,
        14,
    )
    accreditation = by_code["nmo-709n-144"]
    assert (
        accreditation.target_zet,
        accreditation.program_min_zet,
        accreditation.event_and_module_cap_zet,
    ) == (144, 72, 72)
    assert "709н" in accreditation.source
    assert accreditation.title

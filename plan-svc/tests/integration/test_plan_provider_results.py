"""A provider's own system (client-credentials token) lists and decides its ДПП applications
with the same rules as its staff; results past the posting deadline are listed for the
provider and shown to the person with a support request ready to send (issue 15)."""

from __future__ import annotations

import uuid
from datetime import date

import grpc
import pytest
from plan_fakes import FakeCreditsSvc
from plan_platform import CARDIOLOGY, document, new_elements, program_element, rpc_error
from sqlalchemy import text

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.identity.v1 import identity_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

Stubs = tuple[
    plan_pb2_grpc.PlanServiceStub,
    catalog_pb2_grpc.CatalogServiceStub,
    identity_pb2_grpc.IdentityServiceStub,
]


async def other_providers_program(catalog: catalog_pb2_grpc.CatalogServiceStub, admin: str) -> str:
    """A second provider (no system of its own) with a published program; its cycle's id."""
    provider = await catalog.SaveProvider(
        catalog_pb2.SaveProviderRequest(
            provider=catalog_pb2.Provider(name="Другая академия", region_code="16")
        ),
        metadata=bearer(admin),
    )
    program = await catalog.CreateElement(
        catalog_pb2.CreateElementRequest(
            element=program_element(provider.provider.id, "Кардиология: другой провайдер", seats=5)
        ),
        metadata=bearer(admin),
    )
    await catalog.PublishElement(
        catalog_pb2.PublishElementRequest(element_id=program.element.id), metadata=bearer(admin)
    )
    return str(program.element.cycles[0].id)


def application_form(program_cycle_id: str) -> plan_pb2.SubmitApplicationRequest:
    return plan_pb2.SubmitApplicationRequest(
        program_cycle_id=program_cycle_id,
        specialty_code=CARDIOLOGY,
        employment=plan_pb2.Employment(kind="state", organization="ГКБ №7", position="врач"),
        funding_basis="budget",
        consent_to_share=True,
    )


async def test_the_providers_system_decides_its_applications_and_sees_overdue_results(
    stubs: Stubs, plan: RunningService, idp: RunningIdp, credits_svc: FakeCreditsSvc
) -> None:
    plan_stub, catalog, _ = stubs
    admin = await idp.person_token(roles=["admin"])
    ids = await new_elements(catalog, admin)
    other_cycle = await other_providers_program(catalog, admin)
    person = str(uuid.uuid4())
    me = bearer(await idp.person_token(person_id=person))
    cycle = await plan_stub.AddDocument(
        document(plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY, CARDIOLOGY, "9901", "2024-03-15"),
        metadata=me,
    )
    ours = await plan_stub.SubmitApplication(application_form(ids["program_cycle"]), metadata=me)
    theirs = await plan_stub.SubmitApplication(application_form(other_cycle), metadata=me)
    system = bearer(await idp.provider_token(demo.PROVIDER_CLIENT_ID))

    # The demo provider's system lists its own applications only.
    listed = await plan_stub.ListProviderApplications(
        plan_pb2.ListProviderApplicationsRequest(), metadata=system
    )
    assert ours.application.id in [a.id for a in listed.applications]
    assert theirs.application.id not in [a.id for a in listed.applications]
    foreign_list = await rpc_error(
        plan_stub.ListProviderApplications(
            plan_pb2.ListProviderApplicationsRequest(provider_id=theirs.application.provider_id),
            metadata=system,
        )
    )
    assert grpc_error_code(foreign_list) == "out_of_scope"

    # It accepts its own (again: unchanged), never another provider's.
    accept = plan_pb2.AcceptApplicationRequest(application_id=ours.application.id)
    accepted = await plan_stub.AcceptApplication(accept, metadata=system)
    assert accepted.application.status == plan_pb2.APPLICATION_STATUS_ACCEPTED
    again = await plan_stub.AcceptApplication(accept, metadata=system)
    assert again.application.decided_at == accepted.application.decided_at
    foreign = await rpc_error(
        plan_stub.RejectApplication(
            plan_pb2.RejectApplicationRequest(application_id=theirs.application.id, reason="нет"),
            metadata=system,
        )
    )
    assert foreign.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(foreign) == "out_of_scope"

    # A person's token is neither staff nor a provider's system.
    not_staff = await rpc_error(
        plan_stub.ListOverdueResults(plan_pb2.ListOverdueResultsRequest(), metadata=me)
    )
    assert grpc_error_code(not_staff) == "not_provider_staff"
    by_person = await rpc_error(plan_stub.AcceptApplication(accept, metadata=me))
    assert by_person.code() == grpc.StatusCode.PERMISSION_DENIED

    overdue = plan_pb2.ListOverdueResultsRequest()
    assert (await plan_stub.ListOverdueResults(overdue, metadata=system)).results == []

    # The person also registers for the provider's free event.
    await plan_stub.RegisterForEvent(
        plan_pb2.RegisterForEventRequest(element_id=ids["event"]), metadata=me
    )
    # Time passes: the program cycle (its dates as the application holds them) and the event (as
    # the plan holds it) ended in June 2024.
    async with plan.infrastructure.sessions() as session, session.begin():
        await session.execute(
            text(
                "UPDATE plan.applications SET starts_on = :starts, ends_on = :ends "
                "WHERE id = CAST(:id AS uuid)"
            ),
            {"starts": date(2024, 5, 6), "ends": date(2024, 6, 3), "id": ours.application.id},
        )
        await session.execute(
            text(
                "UPDATE plan.plan_items SET starts_on = :day, ends_on = :day "
                "WHERE person_id = CAST(:person AS uuid) AND element_id = :event"
            ),
            {"day": date(2024, 6, 10), "person": person, "event": ids["event"]},
        )
    found = await plan_stub.ListOverdueResults(overdue, metadata=system)
    assert [
        (r.element_kind, r.element_id, r.person_id, r.ends_on, r.deadline) for r in found.results
    ] == [
        ("program", ids["program"], person, "2024-06-03", "2024-07-03"),
        ("event", ids["event"], person, "2024-06-10", "2024-07-10"),
    ]
    program_result, event_result = found.results
    assert program_result.application.id == ours.application.id
    assert not program_result.HasField("registration")
    assert event_result.registration.element_id == ids["event"]
    assert not event_result.HasField("application")
    assert program_result.days_overdue == (date.today() - date(2024, 7, 3)).days

    items = await plan_stub.BatchGetPlanItems(
        plan_pb2.BatchGetPlanItemsRequest(cycle_ids=[cycle.cycle.id]), metadata=me
    )
    (waiting,) = [i for i in items.plans[0].items if i.element_id == ids["program"]]
    assert waiting.status == plan_pb2.PLAN_ITEM_STATUS_COMPLETED
    wait = waiting.result_wait
    assert (wait.provider_id, wait.ends_on, wait.deadline, wait.overdue) == (
        demo.PROVIDER_ID,
        "2024-06-03",
        "2024-07-03",
        True,
    )
    draft = wait.support_request
    assert draft.topic == "credits_not_posted"
    assert draft.context_reference == f"plan_item:{waiting.id}"
    for part in ("Кардиология для терапевтов", "03.06.2024", "03.07.2024"):
        assert part in draft.text

    # The program's result is posted: only the event is still owed; the item is credited.
    await credits_svc.record(
        person, kind="program", zet=36, completed_on=date(2024, 6, 3), element_id=ids["program"]
    )

    async def posted() -> bool:
        found = await plan_stub.ListOverdueResults(overdue, metadata=system)
        return [r.element_kind for r in found.results] == ["event"]

    await wait_until(posted, seconds=15.0)
    items = await plan_stub.BatchGetPlanItems(
        plan_pb2.BatchGetPlanItemsRequest(cycle_ids=[cycle.cycle.id]), metadata=me
    )
    (credited,) = [i for i in items.plans[0].items if i.element_id == ids["program"]]
    assert credited.status == plan_pb2.PLAN_ITEM_STATUS_CREDITED
    assert not credited.HasField("result_wait")


async def test_only_the_cycles_owner_may_download_its_portfolio(
    stubs: Stubs, idp: RunningIdp
) -> None:
    plan_stub, _, _ = stubs
    owner = bearer(await idp.person_token(person_id=str(uuid.uuid4())))
    cycle = await plan_stub.AddDocument(
        document(plan_pb2.DOCUMENT_KIND_ACCREDITATION_PERIODIC, CARDIOLOGY, "9902", "2024-03-15"),
        metadata=owner,
    )
    ask = plan_pb2.GetPortfolioRequest(cycle_id=cycle.cycle.id)
    stranger = bearer(await idp.person_token(person_id=str(uuid.uuid4())))
    admin = bearer(await idp.person_token(person_id=str(uuid.uuid4()), roles=["admin"]))
    system = bearer(await idp.provider_token(demo.PROVIDER_CLIENT_ID))
    for token, status, code in (
        (stranger, grpc.StatusCode.NOT_FOUND, "cycle_not_found"),
        (admin, grpc.StatusCode.NOT_FOUND, "cycle_not_found"),
        (system, grpc.StatusCode.PERMISSION_DENIED, "not_a_person"),
    ):
        refused = await rpc_error(plan_stub.GetPortfolio(ask, metadata=token))
        assert (refused.code(), grpc_error_code(refused)) == (status, code)

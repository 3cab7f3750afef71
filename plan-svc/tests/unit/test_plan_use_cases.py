"""plan-svc's use cases decided in memory: a document opens its cycle, plan items are added to
one's own cycles only, applications take a seat, are decided by the provider's staff and give
the seat back when rejected or withdrawn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from plan_builders import new_cycle
from plan_memory import MemoryCatalog, PlanMemoryUnitOfWork

from cpd.catalog.v1 import catalog_pb2
from cpd_platform.access import Access
from cpd_platform.errors import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from cpd_platform.principal import Grant, Principal, Role, Scope
from cpd_platform.testing import FixedClock
from plan_svc.adapters.services import CatalogElement, ProgramCycleFacts
from plan_svc.domain.applications import (
    Application,
    ApplicationForm,
    ApplicationStatus,
    RegistrationStatus,
    parse_form,
)
from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.cycle import DocumentKind
from plan_svc.domain.plan import ElementFacts
from plan_svc.domain.rule_sets import NMO_250, EducationLevel
from plan_svc.domain.specialties import NomenclatureSpecialty
from plan_svc.service_layer.applications import (
    cancel_event_registration,
    decide_application,
    register_for_event,
    submit_application,
    withdraw_application,
)
from plan_svc.service_layer.documents import add_document
from plan_svc.service_layer.plans import add_plan_item, remove_plan_item
from plan_svc.service_layer.results import list_overdue_results

THERAPY = "31.08.49"
CARDIOLOGY = "31.08.36"
PROVIDER = "provider-1"
PROGRAM = "program-1"
GROUP = "group-1"
BUDGET = catalog_pb2.FUNDING_BASIS_BUDGET
SEMINAR = "seminar-1"
TICKET = catalog_pb2.FUNDING_BASIS_TICKET


class Nomenclature:
    async def specialty(self, code: str) -> NomenclatureSpecialty | None:
        names = {THERAPY: "Терапия", CARDIOLOGY: "Кардиология"}
        return (
            NomenclatureSpecialty(code, names[code], EducationLevel.HIGHER)
            if code in names
            else None
        )


@dataclass
class Grants:
    by_person: dict[str, frozenset[Grant]]

    async def grants_of(self, person_id: str) -> frozenset[Grant]:
        return self.by_person.get(person_id, frozenset())


def person(person_id: str) -> Principal:
    return Principal(
        subject=f"sub-{person_id}",
        client_id="web",
        roles=frozenset({"specialist"}),
        person_id=person_id,
        snils=None,
        token="t",
    )


SPECIALIST = person("specialist")
STAFF = person("staff")


def system(client_id: str) -> Principal:
    """A provider system's client-credentials principal (no person)."""
    return Principal(
        subject=f"service-account-{client_id}",
        client_id=client_id,
        roles=frozenset({Role.PROVIDER_SYSTEM}),
        person_id=None,
        snils=None,
        token="",
    )


ACCESS = Access(
    Grants({"staff": frozenset({Grant(Role.PROVIDER_STAFF, Scope.provider(PROVIDER))})})
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def uow() -> PlanMemoryUnitOfWork:
    return PlanMemoryUnitOfWork()


def therapy_element(element_id: str, kind: CreditKind, day: date, title: str) -> CatalogElement:
    """A published therapy element from `day` to the end of its month; events are free."""
    end = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    free = kind == CreditKind.EVENT
    return CatalogElement(
        facts=ElementFacts(element_id, kind, PROVIDER, THERAPY, (), day, end),
        title=title,
        status="published",
        free=free,
        region_code="16",
        distance=False,
        rating=0.0,
        tickets_free=1 if free else 0,
    )


@pytest.fixture
def catalog() -> MemoryCatalog:
    catalog = MemoryCatalog()
    catalog.elements[PROGRAM] = therapy_element(
        PROGRAM, CreditKind.PROGRAM, date(2026, 4, 1), "Терапия: избранные вопросы"
    )
    catalog.program_cycles[GROUP] = ProgramCycleFacts(
        GROUP, PROGRAM, date(2026, 4, 1), date(2026, 4, 30), {BUDGET: 1}
    )
    catalog.free_seats[(GROUP, BUDGET)] = 1
    catalog.elements[SEMINAR] = therapy_element(
        SEMINAR, CreditKind.EVENT, date(2026, 3, 20), "Семинар по терапии"
    )
    catalog.free_seats[(SEMINAR, TICKET)] = 1
    return catalog


async def add_therapy_certificate(
    uow: PlanMemoryUnitOfWork,
    clock: FixedClock,
    *,
    number: str = "0177 123456",
    issued_on: date = date(2024, 6, 1),
) -> str:
    _, cycle = await add_document(
        uow,
        SPECIALIST,
        nomenclature=Nomenclature(),
        clock=clock,
        kind=DocumentKind.CERTIFICATE,
        specialty_code=THERAPY,
        series="",
        number=number,
        issued_on=issued_on,
        rule_set_code="",
    )
    return cycle.id


def budget_form() -> ApplicationForm:
    return parse_form(
        program_cycle_id=GROUP,
        specialty_code=THERAPY,
        employment_kind="state",
        organization="ГАУЗ РКБ",
        position="врач-терапевт",
        funding_basis="budget",
        consent_to_share=True,
    )


async def submitted_application(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> Application:
    await add_therapy_certificate(uow, clock)
    return await submit_application(uow, SPECIALIST, budget_form(), catalog=catalog, clock=clock)


async def decided(
    uow: PlanMemoryUnitOfWork,
    clock: FixedClock,
    catalog: MemoryCatalog,
    principal: Principal,
    application: Application,
    *,
    accept: bool,
    reason: str = "",
) -> Application:
    return await decide_application(
        uow,
        principal,
        application.id,
        accept=accept,
        reason=reason,
        catalog=catalog,
        access=ACCESS,
        providers=catalog,
        clock=clock,
    )


async def test_a_document_opens_a_five_year_cycle_of_its_specialty(
    uow: PlanMemoryUnitOfWork, clock: FixedClock
) -> None:
    cycle_id = await add_therapy_certificate(uow, clock)
    cycle = uow.cycles.by_id[cycle_id]
    assert (cycle.person_id, cycle.specialty_code, cycle.rule_set) == (
        "specialist",
        THERAPY,
        NMO_250.code,
    )
    assert (cycle.starts_on, cycle.ends_on) == (date(2024, 6, 1), date(2029, 5, 31))
    [(document, _)] = uow.documents.by_id.values()
    assert cycle.document_id == document.id


async def test_the_same_document_again_returns_its_cycle_and_a_changed_one_is_refused(
    uow: PlanMemoryUnitOfWork, clock: FixedClock
) -> None:
    first = await add_therapy_certificate(uow, clock)
    assert await add_therapy_certificate(uow, clock, number="0177123456") == first
    with pytest.raises(AlreadyExists) as refused:
        await add_therapy_certificate(uow, clock, issued_on=date(2024, 7, 1))
    assert refused.value.code == "document_exists"
    assert len(uow.cycles.by_id) == 1


async def test_a_second_active_cycle_of_a_specialty_is_refused(
    uow: PlanMemoryUnitOfWork, clock: FixedClock
) -> None:
    await add_therapy_certificate(uow, clock)
    with pytest.raises(AlreadyExists) as refused:
        await add_therapy_certificate(uow, clock, number="0177 999999", issued_on=date(2025, 1, 10))
    assert refused.value.code == "active_cycle_exists"
    assert len(uow.documents.by_id) == 1


async def test_a_document_dated_after_today_is_refused(
    uow: PlanMemoryUnitOfWork, clock: FixedClock
) -> None:
    with pytest.raises(InvalidArgument) as refused:
        await add_therapy_certificate(uow, clock, issued_on=clock.today() + timedelta(days=1))
    assert refused.value.code == "document_from_future"
    assert uow.cycles.by_id == {}


async def test_an_eligible_element_is_planned_once_and_removed(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    cycle_id = await add_therapy_certificate(uow, clock)
    view = await add_plan_item(uow, SPECIALIST, cycle_id, PROGRAM, catalog=catalog, clock=clock)
    again = await add_plan_item(uow, SPECIALIST, cycle_id, PROGRAM, catalog=catalog, clock=clock)
    assert view.item.element.element_id == again.item.element.element_id == PROGRAM
    assert [i.cycle_id for i in uow.plans.items] == [cycle_id]
    assert await remove_plan_item(uow, SPECIALIST, cycle_id, PROGRAM)
    assert uow.plans.items == []


async def test_nobody_plans_in_someone_elses_cycle(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    cycle_id = await add_therapy_certificate(uow, clock)
    with pytest.raises(NotFound):
        await add_plan_item(uow, person("other"), cycle_id, PROGRAM, catalog=catalog, clock=clock)
    assert uow.plans.items == []


async def test_an_element_of_another_specialty_is_not_planned(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    cycle = new_cycle("cardio", CARDIOLOGY, date(2024, 1, 10), person_id="specialist")
    await uow.cycles.add_if_absent(cycle)
    with pytest.raises(FailedPrecondition) as refused:
        await add_plan_item(uow, SPECIALIST, "cardio", PROGRAM, catalog=catalog, clock=clock)
    assert refused.value.code == "element_not_eligible"


async def test_an_application_takes_a_seat_and_plans_the_program(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    cycle_id = await add_therapy_certificate(uow, clock)
    application = await submit_application(
        uow, SPECIALIST, budget_form(), catalog=catalog, clock=clock
    )
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.submitted_at == clock.now()
    assert application.reservation_id == f"reservation-{application.id}"
    assert catalog.free_seats[(GROUP, BUDGET)] == 0
    assert uow.applications.by_id[application.id].status == ApplicationStatus.SUBMITTED
    assert [(i.cycle_id, i.element.element_id) for i in uow.plans.items] == [(cycle_id, PROGRAM)]
    again = await submit_application(uow, SPECIALIST, budget_form(), catalog=catalog, clock=clock)
    assert again.id == application.id


async def test_an_application_without_a_seat_is_withdrawn_as_no_seats(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    await add_therapy_certificate(uow, clock)
    catalog.free_seats[(GROUP, BUDGET)] = 0
    with pytest.raises(FailedPrecondition) as refused:
        await submit_application(uow, SPECIALIST, budget_form(), catalog=catalog, clock=clock)
    assert refused.value.code == "no_seats_left"
    [stored] = uow.applications.by_id.values()
    assert (stored.status, stored.decision_reason) == (ApplicationStatus.WITHDRAWN, "no_seats")


async def test_an_application_needs_a_cycle_of_its_specialty(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    with pytest.raises(FailedPrecondition) as refused:
        await submit_application(uow, SPECIALIST, budget_form(), catalog=catalog, clock=clock)
    assert refused.value.code == "no_cycle_for_specialty"
    assert uow.applications.by_id == {}
    assert catalog.free_seats[(GROUP, BUDGET)] == 1


async def test_the_providers_staff_accept_and_a_stranger_may_not_decide(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    submitted = await submitted_application(uow, clock, catalog)
    with pytest.raises(PermissionDenied):
        await decided(uow, clock, catalog, person("stranger"), submitted, accept=True)
    clock.advance(timedelta(days=1))
    accepted = await decided(uow, clock, catalog, STAFF, submitted, accept=True)
    assert (accepted.status, accepted.decided_at) == (ApplicationStatus.ACCEPTED, clock.now())
    assert uow.applications.by_id[submitted.id].status == ApplicationStatus.ACCEPTED
    assert catalog.free_seats[(GROUP, BUDGET)] == 0


async def test_the_providers_own_system_decides_and_another_providers_system_may_not(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    catalog.provider_clients.update({"own-system": PROVIDER, "other-system": "provider-2"})
    submitted = await submitted_application(uow, clock, catalog)
    with pytest.raises(PermissionDenied):
        await decided(uow, clock, catalog, system("other-system"), submitted, accept=True)
    accepted = await decided(uow, clock, catalog, system("own-system"), submitted, accept=True)
    assert accepted.status == ApplicationStatus.ACCEPTED


async def test_a_rejection_gives_the_seat_back(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    submitted = await submitted_application(uow, clock, catalog)
    rejected = await decided(
        uow, clock, catalog, STAFF, submitted, accept=False, reason="Группа укомплектована"
    )
    assert (rejected.status, rejected.decision_reason) == (
        ApplicationStatus.REJECTED,
        "Группа укомплектована",
    )
    assert catalog.free_seats[(GROUP, BUDGET)] == 1


async def test_the_applicant_withdraws_and_the_seat_comes_back(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    submitted = await submitted_application(uow, clock, catalog)
    with pytest.raises(NotFound):
        await withdraw_application(uow, person("other"), submitted.id, catalog=catalog, clock=clock)
    withdrawn = await withdraw_application(
        uow, SPECIALIST, submitted.id, catalog=catalog, clock=clock
    )
    assert withdrawn.status == ApplicationStatus.WITHDRAWN
    assert uow.applications.by_id[submitted.id].status == ApplicationStatus.WITHDRAWN
    assert catalog.free_seats[(GROUP, BUDGET)] == 1


async def test_a_free_event_registration_takes_a_ticket_and_plans_the_event(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    cycle_id = await add_therapy_certificate(uow, clock)
    registration, planned = await register_for_event(
        uow, SPECIALIST, SEMINAR, [], catalog=catalog, clock=clock
    )
    assert (registration.status, registration.registered_at) == (
        RegistrationStatus.REGISTERED,
        clock.now(),
    )
    assert planned == [cycle_id]
    assert catalog.free_seats[(SEMINAR, TICKET)] == 0
    assert [(i.cycle_id, i.element.element_id) for i in uow.plans.items] == [(cycle_id, SEMINAR)]
    cancelled = await cancel_event_registration(uow, SPECIALIST, SEMINAR, catalog=catalog)
    assert cancelled.status == RegistrationStatus.CANCELLED
    assert catalog.free_seats[(SEMINAR, TICKET)] == 1


async def test_without_tickets_left_the_registration_is_cancelled(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    await add_therapy_certificate(uow, clock)
    catalog.free_seats[(SEMINAR, TICKET)] = 0
    with pytest.raises(FailedPrecondition) as refused:
        await register_for_event(uow, SPECIALIST, SEMINAR, [], catalog=catalog, clock=clock)
    assert refused.value.code == "no_tickets_left"
    [stored] = uow.registrations.by_id.values()
    assert stored.status == RegistrationStatus.CANCELLED


async def test_a_provider_lists_its_programs_and_events_whose_results_are_overdue(
    uow: PlanMemoryUnitOfWork, clock: FixedClock, catalog: MemoryCatalog
) -> None:
    catalog.provider_clients.update({"own-system": PROVIDER, "other-system": "provider-2"})
    submitted = await submitted_application(uow, clock, catalog)
    await decided(uow, clock, catalog, system("own-system"), submitted, accept=True)
    await register_for_event(uow, SPECIALIST, SEMINAR, [], catalog=catalog, clock=clock)

    async def overdue(principal: Principal) -> list[tuple[str, int]]:
        found = await list_overdue_results(
            uow, principal, "", access=ACCESS, providers=catalog, clock=clock
        )
        return [(r.wait.element_id, r.wait.days_overdue) for r in found]

    assert await overdue(system("own-system")) == []
    # The seminar ended on 31 March (due 30 April), the program cycle on 30 April (due 30 May).
    clock.advance(timedelta(days=95))  # 5 June 2026
    assert await overdue(system("own-system")) == [(SEMINAR, 36), (PROGRAM, 6)]
    assert await overdue(STAFF) == [(SEMINAR, 36), (PROGRAM, 6)]
    assert await overdue(system("other-system")) == []
    with pytest.raises(PermissionDenied):
        await overdue(SPECIALIST)
    await uow.projection.record(
        RecordedCredit(
            "k1", SPECIALIST.person_id or "", PROGRAM, CreditKind.PROGRAM, THERAPY, (), 36,
            date(2026, 4, 30),
        )
    )  # fmt: skip
    assert await overdue(system("own-system")) == [(SEMINAR, 36)]

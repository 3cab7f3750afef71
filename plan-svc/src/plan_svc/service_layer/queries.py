"""Use cases that read cycles, plans and progress. Authorisation is decided here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cpd_platform.clock import Clock
from cpd_platform.errors import NotFound, PermissionDenied
from cpd_platform.principal import Principal
from plan_svc.domain.applications import Application, EventRegistration, RegistrationStatus
from plan_svc.domain.credits import RecordedCredit, is_attributable
from plan_svc.domain.cycle import Cycle, CycleState, Document, may_read_cycle
from plan_svc.domain.frmr import FrmrStatus, frmr_status
from plan_svc.domain.plan import PlanItem, PlanItemStatus, eligible_cycles, plan_item_status
from plan_svc.domain.progress import Progress, attribution, compute_progress
from plan_svc.domain.projection import PersonCredit
from plan_svc.domain.result_wait import ResultWait, plan_item_wait
from plan_svc.domain.rule_sets import RULE_SETS
from plan_svc.service_layer.ports import PlanUnitOfWorkPort

MAX_BATCH = 1000


@dataclass(frozen=True, slots=True)
class CycleView:
    cycle: Cycle
    state: CycleState
    document: Document | None
    frmr: FrmrStatus


@dataclass(frozen=True, slots=True)
class PlanItemView:
    item: PlanItem
    status: PlanItemStatus
    eligible_cycle_ids: tuple[str, ...]
    planned_cycle_ids: tuple[str, ...]
    # Set while the person waits for the provider's result.
    wait: ResultWait | None = None


@dataclass(frozen=True, slots=True)
class MyCycles:
    """The caller's cycles and, when asked, their progress (in the cycles' order) and plans (by
    cycle id)."""

    views: list[CycleView]
    progress: list[Progress] | None = None
    plans: dict[str, list[PlanItemView]] | None = None


async def my_cycles(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    *,
    clock: Clock,
    include_progress: bool = False,
    include_plans: bool = False,
) -> MyCycles:
    """ListMyCycles: the caller's cycles, and on request their progress and plans, from one
    transaction (the dashboard reads the person's credits once for both)."""
    person_id = principal.require_person()
    today = clock.today()
    async with uow:
        with_documents = await uow.cycles.list_with_documents(person_id)
        cycles = [cycle for cycle, _ in with_documents]
        documents = {found[0].id: found for _, found in with_documents if found}
        records = (
            await uow.register.records_if_loaded(d for d, _ in documents.values())
            if documents
            else None
        )
        wanted = bool(cycles) and (include_progress or include_plans)
        credits = (
            (await uow.projection.for_persons([person_id])).get(person_id, []) if wanted else []
        )
        if include_plans and cycles:
            items = await uow.plans.for_persons([person_id])
            applications = await uow.applications.for_persons([person_id])
            registrations = await uow.registrations.for_persons([person_id])
        else:
            items, applications, registrations = [], [], []
    views = []
    for cycle in cycles:
        found = documents.get(cycle.document_id or "")
        document, snils = found if found else (None, None)
        views.append(
            CycleView(
                cycle=cycle,
                state=cycle.state(today),
                document=document,
                frmr=frmr_status(document, snils or principal.snils, records)
                if document
                else FrmrStatus.NOT_CHECKED,
            )
        )
    progress = progress_of(cycles, cycles, credits, today) if include_progress else None
    plans = None
    if include_plans:
        views_of_items = plan_views(items, cycles, credits, applications, registrations, today)
        plans = _plans_by_cycle(cycles, views_of_items)
    return MyCycles(views, progress, plans)


async def list_my_cycles(
    uow: PlanUnitOfWorkPort, principal: Principal, *, clock: Clock
) -> list[CycleView]:
    return (await my_cycles(uow, principal, clock=clock)).views


def progress_of(
    cycles: Sequence[Cycle],
    person_cycles: Sequence[Cycle],
    credits: Sequence[PersonCredit],
    today: date,
) -> list[Progress]:
    """Progress of some of one person's cycles, attributing their credits once."""
    known = {c.id for c in person_cycles}
    everyone = [*person_cycles, *(c for c in cycles if c.id not in known)]
    attributed = attribution(everyone, credits)
    return [
        compute_progress(cycle, RULE_SETS[cycle.rule_set], credits, everyone, today, attributed)
        for cycle in cycles
    ]


async def _readable_cycles(
    uow: PlanUnitOfWorkPort, principal: Principal, cycle_ids: Sequence[str]
) -> list[Cycle]:
    wanted = list(dict.fromkeys(cycle_ids[:MAX_BATCH]))
    cycles = {c.id: c for c in await uow.cycles.get_many(wanted)}
    if any(not may_read_cycle(principal, cycle) for cycle in cycles.values()):
        raise PermissionDenied("forbidden", "Можно просматривать только свои циклы")
    return [cycles[i] for i in wanted if i in cycles]


async def batch_get_progress(
    uow: PlanUnitOfWorkPort, principal: Principal, cycle_ids: list[str], *, clock: Clock
) -> list[Progress]:
    """Progress of the known cycles among `cycle_ids`, in the order asked; unknown ids are skipped."""
    async with uow:
        cycles = await _readable_cycles(uow, principal, cycle_ids)
        persons = {c.person_id for c in cycles}
        credits = await uow.projection.for_persons(persons)
        person_cycles = await uow.cycles.list_for_persons(persons)
    today = clock.today()
    found: dict[str, Progress] = {}
    for person in persons:
        own = [c for c in cycles if c.person_id == person]
        for progress in progress_of(
            own, person_cycles.get(person, own), credits.get(person, []), today
        ):
            found[progress.cycle_id] = progress
    return [found[c.id] for c in cycles]


def plan_views(
    items: Sequence[PlanItem],
    cycles: Sequence[Cycle],
    credits: Sequence[PersonCredit],
    applications: Sequence[Application],
    registrations: Sequence[EventRegistration],
    today: date,
) -> list[PlanItemView]:
    by_id = {c.id: c for c in cycles}
    # Indexed by element once: a dashboard has dozens of items and hundreds of credits.
    live_of: dict[str, list[RecordedCredit]] = {}
    for credit in credits:
        if credit.facts is not None and not credit.voided:
            live_of.setdefault(credit.facts.element_id, []).append(credit.facts)
    applications_of: dict[str, list[Application]] = {}
    for application in applications:
        applications_of.setdefault(application.element_id, []).append(application)
    registration_of: dict[str, EventRegistration] = {}
    for held in registrations:  # the latest one that is not waiting for a ticket
        if held.status != RegistrationStatus.PENDING_TICKET:
            registration_of[held.element_id] = held
    planned_in: dict[str, list[str]] = {}
    for planned in items:
        planned_in.setdefault(planned.element.element_id, []).append(planned.cycle_id)
    views = []
    for item in items:
        cycle = by_id.get(item.cycle_id)
        element_id = item.element.element_id
        own = live_of.get(element_id, [])
        credited = cycle is not None and any(is_attributable(cycle, f) for f in own)
        registration = registration_of.get(element_id)
        own_applications = applications_of.get(element_id, [])
        status = plan_item_status(
            item,
            credited_in_cycle=credited,
            has_credit_elsewhere=bool(own) and not credited,
            applications=own_applications,
            registration=registration,
            today=today,
        )
        views.append(
            PlanItemView(
                item=item,
                status=status,
                eligible_cycle_ids=tuple(
                    c.id for c in eligible_cycles(cycles, item.element, today)
                ),
                planned_cycle_ids=tuple(planned_in[element_id]),
                wait=plan_item_wait(
                    item,
                    status,
                    credited_anywhere=bool(own),
                    applications=own_applications,
                    today=today,
                ),
            )
        )
    return views


def _plans_by_cycle(
    cycles: Sequence[Cycle], views: Iterable[PlanItemView]
) -> dict[str, list[PlanItemView]]:
    """The views of the plan items of `cycles` by cycle id, every one of the cycles listed."""
    plans: dict[str, list[PlanItemView]] = {c.id: [] for c in cycles}
    for view in views:
        if view.item.cycle_id in plans:
            plans[view.item.cycle_id].append(view)
    return plans


async def batch_get_plan_items(
    uow: PlanUnitOfWorkPort, principal: Principal, cycle_ids: list[str], *, clock: Clock
) -> dict[str, list[PlanItemView]]:
    today = clock.today()
    async with uow:
        cycles = await _readable_cycles(uow, principal, cycle_ids)
        persons = {c.person_id for c in cycles}
        person_cycles = await uow.cycles.list_for_persons(persons)
        items = await uow.plans.for_persons(persons)
        credits = await uow.projection.for_persons(persons)
        applications = await uow.applications.for_persons(persons)
        registrations = await uow.registrations.for_persons(persons)
    views = (
        view
        for person in persons
        for view in plan_views(
            [i for i in items if i.person_id == person],
            person_cycles.get(person, []),
            credits.get(person, []),
            [a for a in applications if a.person_id == person],
            [r for r in registrations if r.person_id == person],
            today,
        )
    )
    return _plans_by_cycle(cycles, views)


async def is_element_planned(
    uow: PlanUnitOfWorkPort, principal: Principal, element_id: str
) -> list[str]:
    person_id = principal.require_person()
    async with uow:
        items = await uow.plans.for_person_element(person_id, element_id)
    return sorted(i.cycle_id for i in items)


async def own_cycle(uow: PlanUnitOfWorkPort, principal: Principal, cycle_id: str) -> Cycle:
    """Inside an open unit of work: the caller's cycle, or NotFound (never another person's)."""
    person_id = principal.require_person()
    cycle = await uow.cycles.get(cycle_id)
    if cycle is None or cycle.person_id != person_id:
        raise NotFound("cycle_not_found", "Цикл не найден")
    return cycle

"""In-memory twins of plan-svc's repositories and of catalog-svc's seats, for use-case unit
tests. They keep the SQL repositories' rules: one document per normalised series and number,
a plan item once per cycle and element, active applications and registrations by status."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime

from cpd_platform.errors import NotFound, PermissionDenied
from cpd_platform.testing import InMemoryUnitOfWork
from plan_svc.adapters.services import CatalogElement, ProgramCycleFacts, SeatsUnavailable
from plan_svc.domain.applications import (
    ACTIVE_APPLICATION,
    Application,
    ApplicationStatus,
    EventRegistration,
    RegistrationStatus,
)
from plan_svc.domain.credits import RecordedCredit
from plan_svc.domain.cycle import Cycle, Document, DocumentKind, normalise_document_number
from plan_svc.domain.frmr import RegisterRecord
from plan_svc.domain.plan import ElementFacts, PlanItem
from plan_svc.domain.projection import CreditProjection, PersonCredit
from plan_svc.domain.result_wait import AwaitedEvent


class MemoryDocuments:
    def __init__(self) -> None:
        self.by_id: dict[str, tuple[Document, str | None]] = {}

    async def find(
        self, person_id: str, kind: DocumentKind, series: str, number: str
    ) -> tuple[Document, str | None] | None:
        key = (normalise_document_number(series), normalise_document_number(number))
        return next(
            (
                (document, snils)
                for document, snils in self.by_id.values()
                if (document.person_id, document.kind) == (person_id, kind)
                and (
                    normalise_document_number(document.series),
                    normalise_document_number(document.number),
                )
                == key
            ),
            None,
        )

    async def get_many(self, ids: Iterable[str]) -> dict[str, tuple[Document, str | None]]:
        return {i: self.by_id[i] for i in ids if i in self.by_id}

    async def add(self, document: Document, snils: str | None) -> None:
        self.by_id[document.id] = (document, snils)


class MemoryCycles:
    def __init__(self, documents: MemoryDocuments) -> None:
        self.by_id: dict[str, Cycle] = {}
        self._documents = documents

    async def get(self, cycle_id: str) -> Cycle | None:
        return self.by_id.get(cycle_id)

    async def get_many(self, ids: Iterable[str]) -> list[Cycle]:
        return [self.by_id[i] for i in ids if i in self.by_id]

    async def list_for_person(self, person_id: str) -> list[Cycle]:
        return sorted(
            (c for c in self.by_id.values() if c.person_id == person_id),
            key=lambda c: (c.starts_on, c.id),
        )

    async def list_with_documents(
        self, person_id: str
    ) -> list[tuple[Cycle, tuple[Document, str | None] | None]]:
        return [
            (c, self._documents.by_id.get(c.document_id or ""))
            for c in await self.list_for_person(person_id)
        ]

    async def list_for_persons(self, person_ids: Iterable[str]) -> dict[str, list[Cycle]]:
        return {p: found for p in set(person_ids) if (found := await self.list_for_person(p))}

    async def add_if_absent(self, cycle: Cycle) -> None:
        self.by_id.setdefault(cycle.id, cycle)

    async def by_document(self, document_id: str) -> Cycle | None:
        return next((c for c in self.by_id.values() if c.document_id == document_id), None)


class MemoryRegister:
    def __init__(self) -> None:
        self.records: list[RegisterRecord] = []

    async def records_if_loaded(self, documents: Iterable[Document]) -> list[RegisterRecord] | None:
        if not self.records:
            return None
        keys = {normalise_document_number(d.number) for d in documents}
        return [r for r in self.records if normalise_document_number(r.number) in keys]

    async def replace(self, records: Sequence[RegisterRecord]) -> None:
        self.records = list(records)


class MemoryPlans:
    def __init__(self) -> None:
        self.items: list[PlanItem] = []

    async def for_persons(self, person_ids: Iterable[str]) -> list[PlanItem]:
        persons = set(person_ids)
        return [i for i in self.items if i.person_id in persons]

    async def for_person_element(self, person_id: str, element_id: str) -> list[PlanItem]:
        return [
            i for i in self.items if (i.person_id, i.element.element_id) == (person_id, element_id)
        ]

    async def add_if_absent(self, cycle: Cycle, element: ElementFacts) -> None:
        if any(
            (i.cycle_id, i.element.element_id) == (cycle.id, element.element_id) for i in self.items
        ):
            return
        self.items.append(
            PlanItem(str(uuid.uuid4()), cycle.id, cycle.person_id, element, datetime.now(UTC))
        )

    async def remove(self, cycle_id: str, element_id: str) -> bool:
        kept = [
            i for i in self.items if (i.cycle_id, i.element.element_id) != (cycle_id, element_id)
        ]
        removed = len(kept) != len(self.items)
        self.items = kept
        return removed


class MemoryApplications:
    def __init__(self) -> None:
        self.by_id: dict[str, Application] = {}

    async def get(self, application_id: str, *, for_update: bool = False) -> Application | None:
        return self.by_id.get(application_id)

    async def active_for(self, person_id: str, program_cycle_id: str) -> Application | None:
        return next(
            (
                a
                for a in self.by_id.values()
                if (a.person_id, a.program_cycle_id) == (person_id, program_cycle_id)
                and a.status in ACTIVE_APPLICATION
            ),
            None,
        )

    async def add(self, application: Application) -> None:
        self.by_id[application.id] = application

    async def save(self, application: Application) -> None:
        current = self.by_id[application.id]
        self.by_id[application.id] = dataclasses.replace(
            current,
            status=application.status,
            decision_reason=application.decision_reason,
            reservation_id=application.reservation_id,
            decided_at=application.decided_at,
        )

    async def for_persons(self, person_ids: Iterable[str]) -> list[Application]:
        persons = set(person_ids)
        found = [a for a in self.by_id.values() if a.person_id in persons]
        return sorted(found, key=lambda a: a.submitted_at)

    async def for_providers(
        self, provider_ids: Iterable[str] | None, status: ApplicationStatus | None
    ) -> list[Application]:
        wanted = None if provider_ids is None else set(provider_ids)
        found = [
            a
            for a in self.by_id.values()
            if a.status != ApplicationStatus.PENDING_SEAT
            and (wanted is None or a.provider_id in wanted)
            and (status is None or a.status == status)
        ]
        return sorted(found, key=lambda a: a.submitted_at)[:1000]


class MemoryRegistrations:
    def __init__(self) -> None:
        self.by_id: dict[str, EventRegistration] = {}

    async def active_for(self, person_id: str, element_id: str) -> EventRegistration | None:
        active = (RegistrationStatus.PENDING_TICKET, RegistrationStatus.REGISTERED)
        return next(
            (
                r
                for r in self.by_id.values()
                if (r.person_id, r.element_id) == (person_id, element_id) and r.status in active
            ),
            None,
        )

    async def add(self, registration: EventRegistration) -> None:
        self.by_id[registration.id] = registration

    async def save(self, registration: EventRegistration) -> None:
        self.by_id[registration.id] = registration

    async def for_persons(self, person_ids: Iterable[str]) -> list[EventRegistration]:
        persons = set(person_ids)
        return [r for r in self.by_id.values() if r.person_id in persons]


class MemoryProjection:
    """The domain's own projection, with the consumer's processed event ids."""

    def __init__(self) -> None:
        self.projection = CreditProjection()
        self.claimed: set[tuple[str, str]] = set()

    async def lock(self, *, exclusive: bool) -> None:
        """One unit of work at a time runs in a unit test: nothing to wait for."""

    async def claim_event(self, consumer: str, event_id: str) -> bool:
        if (consumer, event_id) in self.claimed:
            return False
        self.claimed.add((consumer, event_id))
        return True

    async def record(self, credit: RecordedCredit) -> None:
        self.projection.record(credit)

    async def void(self, credit_id: str, person_id: str) -> None:
        self.projection.void(credit_id, person_id)

    async def for_persons(self, person_ids: Iterable[str]) -> dict[str, list[PersonCredit]]:
        return {p: found for p in set(person_ids) if (found := self.projection.of_person(p))}

    async def all(self) -> list[PersonCredit]:
        return list(self.projection.credits.values())

    async def replace_all(self, credits: Sequence[PersonCredit]) -> None:
        self.projection.credits = {c.credit_id: c for c in credits}


class MemoryAwaitedResults:
    """Reads the other in-memory stores as the SQL repository reads their tables. It reaches
    them through a function: the unit of work's rollback deep-copies each store's attributes,
    and a function is copied as itself (stores held directly would go stale)."""

    def __init__(self, owner: Callable[[], PlanMemoryUnitOfWork]) -> None:
        self._owner = owner

    @property
    def _applications(self) -> MemoryApplications:
        return self._owner().applications

    @property
    def _registrations(self) -> MemoryRegistrations:
        return self._owner().registrations

    @property
    def _plans(self) -> MemoryPlans:
        return self._owner().plans

    def _credited(self, person_id: str, element_id: str) -> bool:
        return any(
            c.facts is not None and c.facts.element_id == element_id and not c.voided
            for c in self._owner().projection.projection.of_person(person_id)
        )

    def _provider(self, wanted: Iterable[str] | None, provider_id: str) -> bool:
        return wanted is None or provider_id in set(wanted)

    async def programs(
        self, provider_ids: Iterable[str] | None, ended_by: date, limit: int
    ) -> list[Application]:
        found = [
            a
            for a in self._applications.by_id.values()
            if a.status == ApplicationStatus.ACCEPTED
            and a.ends_on is not None
            and a.ends_on <= ended_by
            and self._provider(provider_ids, a.provider_id)
            and not self._credited(a.person_id, a.element_id)
        ]
        return sorted(found, key=lambda a: (a.ends_on or date.min, a.id))[:limit]

    async def events(
        self, provider_ids: Iterable[str] | None, ended_by: date, limit: int
    ) -> list[AwaitedEvent]:
        found = []
        for r in self._registrations.by_id.values():
            ends = [
                i.element
                for i in self._plans.items
                if (i.person_id, i.element.element_id) == (r.person_id, r.element_id)
                and i.element.ends_on is not None
                and i.element.ends_on <= ended_by
                and self._provider(provider_ids, i.element.provider_id)
            ]
            if (
                ends
                and r.status == RegistrationStatus.REGISTERED
                and not self._credited(r.person_id, r.element_id)
            ):
                latest = max(ends, key=lambda e: e.ends_on or date.min)
                found.append(AwaitedEvent(r, latest.provider_id, latest.ends_on or date.min))
        return sorted(found, key=lambda e: (e.ends_on, e.registration.id))[:limit]


class PlanMemoryUnitOfWork(InMemoryUnitOfWork):
    """Satisfies `PlanUnitOfWorkPort`."""

    def __init__(self) -> None:
        super().__init__()
        self.documents = MemoryDocuments()
        self.cycles = MemoryCycles(self.documents)
        self.register = MemoryRegister()
        self.plans = MemoryPlans()
        self.applications = MemoryApplications()
        self.registrations = MemoryRegistrations()
        self.projection = MemoryProjection()
        self.awaited = MemoryAwaitedResults(lambda: self)

    async def lock_person(self, person_id: str) -> None:
        """One unit of work at a time runs in a unit test: nothing to wait for."""


class MemoryCatalog:
    """catalog-svc's elements, program cycles and seats as plan-svc sees them."""

    def __init__(self) -> None:
        self.elements: dict[str, CatalogElement] = {}
        self.program_cycles: dict[str, ProgramCycleFacts] = {}
        self.free_seats: dict[tuple[str, int], int] = {}
        self.reservations: dict[str, tuple[str, int]] = {}
        # OAuth client id -> provider id, as catalog-svc binds providers' systems.
        self.provider_clients: dict[str, str] = {}

    async def provider_for_client(self, client_id: str) -> str:
        if client_id not in self.provider_clients:
            raise PermissionDenied("not_a_provider", "Клиент не привязан к организации")
        return self.provider_clients[client_id]

    async def element(self, element_id: str) -> CatalogElement:
        if element_id not in self.elements:
            raise NotFound("element_not_found", "Элемент не найден")
        return self.elements[element_id]

    async def program_cycle(self, program_cycle_id: str) -> ProgramCycleFacts:
        if program_cycle_id not in self.program_cycles:
            raise NotFound("program_cycle_not_found", "Цикл программы не найден")
        return self.program_cycles[program_cycle_id]

    async def reserve(self, target_id: str, basis: int, holder: str, key: str) -> str:
        if key in self.reservations:
            return f"reservation-{key}"
        if self.free_seats.get((target_id, basis), 0) == 0:
            raise SeatsUnavailable()
        self.free_seats[(target_id, basis)] -= 1
        self.reservations[key] = (target_id, basis)
        return f"reservation-{key}"

    async def release(self, key: str) -> None:
        seat = self.reservations.pop(key, None)
        if seat is not None:
            self.free_seats[seat] += 1

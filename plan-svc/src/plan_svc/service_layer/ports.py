"""What plan-svc's use cases need of storage: one protocol per repository and the unit of work
that carries them. The SQL repositories (`adapters/`) and the in-memory fakes of the unit tests
both implement them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol

from cpd_platform.db import UnitOfWorkPort
from plan_svc.adapters.services import CatalogElement, ProgramCycleFacts
from plan_svc.domain.applications import Application, ApplicationStatus, EventRegistration
from plan_svc.domain.credits import RecordedCredit
from plan_svc.domain.cycle import Cycle, Document, DocumentKind
from plan_svc.domain.frmr import RegisterRecord
from plan_svc.domain.plan import ElementFacts, PlanItem
from plan_svc.domain.projection import PersonCredit
from plan_svc.domain.result_wait import AwaitedEvent


class DocumentStore(Protocol):
    async def find(
        self, person_id: str, kind: DocumentKind, series: str, number: str
    ) -> tuple[Document, str | None] | None:
        """The document with its SNILS, by normalised series and number."""
        ...

    async def get_many(self, ids: Iterable[str]) -> dict[str, tuple[Document, str | None]]: ...

    async def add(self, document: Document, snils: str | None) -> None: ...


class CycleStore(Protocol):
    async def get(self, cycle_id: str) -> Cycle | None: ...

    async def get_many(self, ids: Iterable[str]) -> list[Cycle]: ...

    async def list_for_person(self, person_id: str) -> list[Cycle]: ...

    async def list_with_documents(
        self, person_id: str
    ) -> list[tuple[Cycle, tuple[Document, str | None] | None]]:
        """The person's cycles, each with its document and the document's SNILS."""
        ...

    async def list_for_persons(self, person_ids: Iterable[str]) -> dict[str, list[Cycle]]: ...

    async def add_if_absent(self, cycle: Cycle) -> None: ...

    async def by_document(self, document_id: str) -> Cycle | None: ...


class RegisterStore(Protocol):
    async def records_if_loaded(self, documents: Iterable[Document]) -> list[RegisterRecord] | None:
        """The extract's records of these documents' numbers; None while no extract is loaded."""
        ...

    async def replace(self, records: Sequence[RegisterRecord]) -> None: ...


class PlanItemStore(Protocol):
    async def for_persons(self, person_ids: Iterable[str]) -> list[PlanItem]: ...

    async def for_person_element(self, person_id: str, element_id: str) -> list[PlanItem]: ...

    async def add_if_absent(self, cycle: Cycle, element: ElementFacts) -> None: ...

    async def remove(self, cycle_id: str, element_id: str) -> bool: ...


class ApplicationStore(Protocol):
    async def get(self, application_id: str, *, for_update: bool = False) -> Application | None: ...

    async def active_for(self, person_id: str, program_cycle_id: str) -> Application | None: ...

    async def add(self, application: Application) -> None: ...

    async def save(self, application: Application) -> None: ...

    async def for_persons(self, person_ids: Iterable[str]) -> list[Application]: ...

    async def for_providers(
        self, provider_ids: Iterable[str] | None, status: ApplicationStatus | None
    ) -> list[Application]: ...


class RegistrationStore(Protocol):
    async def active_for(self, person_id: str, element_id: str) -> EventRegistration | None: ...

    async def add(self, registration: EventRegistration) -> None: ...

    async def save(self, registration: EventRegistration) -> None: ...

    async def for_persons(self, person_ids: Iterable[str]) -> list[EventRegistration]: ...


class ProjectionStore(Protocol):
    async def lock(self, *, exclusive: bool) -> None: ...

    async def claim_event(self, consumer: str, event_id: str) -> bool: ...

    async def record(self, credit: RecordedCredit) -> None: ...

    async def void(self, credit_id: str, person_id: str) -> None: ...

    async def for_persons(self, person_ids: Iterable[str]) -> dict[str, list[PersonCredit]]: ...

    async def all(self) -> list[PersonCredit]: ...

    async def replace_all(self, credits: Sequence[PersonCredit]) -> None: ...


class AwaitedResultStore(Protocol):
    """Trainings that ended by a day while no live credit for the element came."""

    async def programs(
        self, provider_ids: Iterable[str] | None, ended_by: date, limit: int
    ) -> list[Application]: ...

    async def events(
        self, provider_ids: Iterable[str] | None, ended_by: date, limit: int
    ) -> list[AwaitedEvent]: ...


class SeatCatalog(Protocol):
    """What applications and plans ask of catalog-svc (`adapters.services.CatalogClient`)."""

    async def element(self, element_id: str) -> CatalogElement: ...

    async def program_cycle(self, program_cycle_id: str) -> ProgramCycleFacts: ...

    async def reserve(self, target_id: str, basis: int, holder: str, key: str) -> str:
        """The reservation id; SeatsUnavailable when no seat is left."""
        ...

    async def release(self, key: str) -> None: ...


class ProviderDirectory(Protocol):
    """Which provider a provider system's client belongs to (catalog-svc)."""

    async def provider_for_client(self, client_id: str) -> str:
        """PermissionDenied "not_a_provider" when no provider owns the client."""
        ...


class ElementCatalog(Protocol):
    """Catalog elements by id (titles and provider names for what people read)."""

    async def elements(self, ids: Iterable[str]) -> dict[str, CatalogElement]: ...


class PlanUnitOfWorkPort(UnitOfWorkPort, Protocol):
    @property
    def documents(self) -> DocumentStore: ...

    @property
    def cycles(self) -> CycleStore: ...

    @property
    def register(self) -> RegisterStore: ...

    @property
    def plans(self) -> PlanItemStore: ...

    @property
    def applications(self) -> ApplicationStore: ...

    @property
    def registrations(self) -> RegistrationStore: ...

    @property
    def projection(self) -> ProjectionStore: ...

    @property
    def awaited(self) -> AwaitedResultStore: ...

    async def lock_person(self, person_id: str) -> None:
        """Serialises the writes of one person's cycles and plans until the block ends."""
        ...

"""What catalog-svc's use cases need of storage: one protocol per repository, and the units of
work that carry them. The SQL repositories (`adapters/`) and the in-memory fakes of the unit
tests both implement them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from catalog_svc.domain.element import Element, ProgramCycle
from catalog_svc.domain.feedback import ErrorReport, PageCursor, RatingChange, ReportStatus, Review
from catalog_svc.domain.reference import (
    EducationLevel,
    Provider,
    ReferenceItem,
    ReferenceKind,
    Specialty,
)
from catalog_svc.domain.search import SearchFilters, SearchHits, SearchSort
from catalog_svc.domain.seats import Reservation, SeatClaim
from cpd_platform.db import UnitOfWorkPort


class SpecialtyStore(Protocol):
    async def list_by_level(self, level: EducationLevel | None) -> list[Specialty]: ...

    async def get_many(self, codes: Iterable[str]) -> list[Specialty]: ...

    async def unknown(self, codes: Iterable[str]) -> list[str]: ...


class ReferenceStore(Protocol):
    async def items(self, kind: ReferenceKind) -> list[ReferenceItem]: ...

    async def unknown(self, kind: ReferenceKind, codes: Iterable[str]) -> list[str]: ...


class ProviderStore(Protocol):
    async def find_by_client(self, client_id: str) -> Provider | None: ...

    async def get_many(self, ids: Iterable[str]) -> list[Provider]: ...

    async def save(self, provider: Provider) -> None: ...

    async def add_if_absent(self, provider: Provider) -> None: ...


class ElementStore(Protocol):
    async def get_many(self, ids: Iterable[str]) -> list[Element]: ...

    async def get(self, element_id: str, *, for_update: bool = False) -> Element | None: ...

    async def find_by_external_id(self, provider_id: str, external_id: str) -> Element | None: ...

    async def insert(self, element: Element) -> bool:
        """False when an element with this id exists already."""
        ...

    async def update(self, element: Element) -> None: ...

    async def save_tickets(self, element: Element) -> None: ...

    async def add_if_absent(self, element: Element) -> None: ...


class CycleStore(Protocol):
    async def get_many(self, ids: Iterable[str]) -> list[ProgramCycle]: ...

    async def element_of(self, cycle_id: str) -> str | None: ...

    async def save(self, cycle: ProgramCycle) -> None: ...


class SeatStore(Protocol):
    async def providers_of(self, claims: Iterable[SeatClaim]) -> set[str]: ...

    async def take(self, claim: SeatClaim) -> str | None:
        """Takes one free seat of a published element: the element's id when that was its last
        free seat of the basis, "" otherwise; None when there was no seat to take."""
        ...

    async def why_not_taken(self, claim: SeatClaim) -> str:
        """`seats_not_found`, `element_not_published` or `no_seats_left`."""
        ...

    async def give_back(self, claim: SeatClaim) -> str:
        """The element's id when the seat returned was its first free one again, else ""."""
        ...

    async def refresh_summary(self, element_ids: Iterable[str]) -> None: ...

    async def find_reservation(
        self, key: str, *, for_update: bool = False
    ) -> Reservation | None: ...

    async def add_reservation(
        self, reservation_id: str, key: str, holder: str, claims: list[SeatClaim]
    ) -> bool:
        """False when a reservation with this key exists already."""
        ...

    async def mark_released(self, key: str) -> None: ...


class SearchStore(Protocol):
    async def find(
        self, filters: SearchFilters, order: SearchSort, size: int, page_token: str
    ) -> SearchHits: ...


class RatingStore(Protocol):
    async def get(self, review_id: str, *, for_update: bool = False) -> Review | None: ...

    async def of_person(self, element_id: str, person_id: str) -> Review | None: ...

    async def save(self, review: Review, change: RatingChange) -> tuple[float, int]:
        """Stores the rating and moves the element's aggregate; its new rating and count."""
        ...

    async def moderate(
        self,
        review_id: str,
        *,
        hidden: bool | None = None,
        answer: str | None = None,
        answered_at: datetime | None = None,
    ) -> Review | None: ...

    async def page(
        self,
        element_id: str,
        *,
        with_hidden_of: str | None,
        all_hidden: bool,
        after: PageCursor | None,
        size: int,
    ) -> tuple[list[Review], int]: ...


class ErrorReportStore(Protocol):
    async def add(self, report: ErrorReport) -> bool:
        """False when the person already has a report with this idempotency key."""
        ...

    async def by_key(self, person_id: str, key: str) -> ErrorReport | None: ...

    async def get(self, report_id: str, *, for_update: bool = False) -> ErrorReport | None: ...

    async def close(self, report_id: str, at: datetime, by: str, resolution: str) -> None: ...

    async def page(
        self, provider_id: str, status: ReportStatus | None, after: PageCursor | None, size: int
    ) -> tuple[list[ErrorReport], int]: ...


class CreditLedger(Protocol):
    async def has_credit(self, element_id: str) -> bool:
        """Whether the caller (whose token the call forwards) has a credit for the element."""
        ...


class ProvidersUnitOfWork(UnitOfWorkPort, Protocol):
    @property
    def providers(self) -> ProviderStore: ...


class SeatsUnitOfWork(ProvidersUnitOfWork, Protocol):
    @property
    def seats(self) -> SeatStore: ...


class FeedbackUnitOfWork(ProvidersUnitOfWork, Protocol):
    @property
    def elements(self) -> ElementStore: ...

    @property
    def ratings(self) -> RatingStore: ...

    @property
    def error_reports(self) -> ErrorReportStore: ...


class CatalogUnitOfWorkPort(SeatsUnitOfWork, FeedbackUnitOfWork, Protocol):
    @property
    def specialties(self) -> SpecialtyStore: ...

    @property
    def references(self) -> ReferenceStore: ...

    @property
    def elements(self) -> ElementStore: ...

    @property
    def cycles(self) -> CycleStore: ...

    @property
    def search(self) -> SearchStore: ...

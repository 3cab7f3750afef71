"""What the SMK training-card use cases need: storage, catalog-svc's programmes and units, and
the grant check of a training unit's supervisors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from cpd_platform.db import UnitOfWorkPort
from cpd_platform.principal import Principal, Role, Scope
from plan_svc.domain.credits import RecordedCredit
from plan_svc.domain.training_card.card import Card, Entry, ModuleCompletion
from plan_svc.domain.training_card.exam import ExamApplication, ExamStatus
from plan_svc.domain.training_card.programme import ProgrammeSnapshot, UnitFacts


class TrainingCardStore(Protocol):
    async def get(self, card_id: str, *, for_update: bool = False) -> Card | None: ...

    async def of_person(self, person_id: str, specialty: str | None = None) -> list[Card]: ...

    async def of_unit(self, unit_id: str, *, pending_only: bool) -> list[Card]: ...

    async def add(self, card: Card) -> bool: ...

    async def add_completion(self, card_id: str, completion: ModuleCompletion) -> None: ...

    async def entries(self, card_ids: Iterable[str]) -> dict[str, list[Entry]]: ...

    async def entry(
        self, card_id: str, entry_id: str, *, for_update: bool = False
    ) -> Entry | None: ...

    async def entry_by_key(self, card_id: str, key: str) -> Entry | None: ...

    async def add_entry(self, entry: Entry) -> bool: ...

    async def update_entry(self, entry: Entry) -> None: ...

    async def awaiting_posting(self, person_id: str, element_id: str) -> list[Entry]: ...

    async def lock_person(self, person_id: str) -> None: ...

    async def posted_credit(self, person_id: str, element_id: str) -> str | None: ...

    async def decided_by(self, decider: str) -> list[Entry]: ...


class ExamApplicationStore(Protocol):
    async def get(
        self, application_id: str, *, for_update: bool = False
    ) -> ExamApplication | None: ...

    async def by_key(self, person_id: str, key: str) -> ExamApplication | None: ...

    async def active_for_card(self, card_id: str) -> list[ExamApplication]: ...

    async def listed(
        self, session: str | None, status: ExamStatus | None, person_id: str | None
    ) -> list[ExamApplication]: ...

    async def add(self, application: ExamApplication) -> bool: ...

    async def update(self, application: ExamApplication) -> None: ...


class TrainingCardUnitOfWork(UnitOfWorkPort, Protocol):
    @property
    def training_cards(self) -> TrainingCardStore: ...

    @property
    def exam_applications(self) -> ExamApplicationStore: ...

    async def claim_card_event(self, consumer: str, event_id: str) -> bool:
        """True the first time a consumer sees the event (in this transaction)."""
        ...

    async def project_credit(self, credit: RecordedCredit) -> None:
        """Writes the credit into the ledger projection (idempotent)."""
        ...


class SpecialisationCatalog(Protocol):
    async def programme(self, specialty: str, version: int) -> ProgrammeSnapshot | None: ...

    async def unit(self, unit_id: str) -> UnitFacts | None: ...


class Grants(Protocol):
    async def allows(
        self, principal: Principal, roles: Iterable[Role], within: Sequence[Scope]
    ) -> bool: ...

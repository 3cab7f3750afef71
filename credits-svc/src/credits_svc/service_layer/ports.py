"""What credits-svc's use cases need of storage and of other services: one protocol per
repository, the unit of work that carries them, and the clients of catalog-, identity- and
plan-svc. The SQL repositories (`adapters/`), the gRPC clients (`adapters/services.py`) and the
in-memory fakes of the unit tests all implement them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from cpd_platform.clock import Clock
from cpd_platform.db import UnitOfWorkPort
from cpd_platform.principal import Principal
from credits_svc.domain.audit import AuditEntry
from credits_svc.domain.code_records import CodeRow, NewRedemption, PersonContact, RedemptionRow
from credits_svc.domain.codes import AttemptLimits, IssuedCode, Limit, RedemptionStatus
from credits_svc.domain.ledger import LatenessRow, LedgerEntryRow, NewRecord, StoredBatch
from credits_svc.domain.records import CreditRecord, CreditStatus, Element, ProgramCycle


class LedgerStore(Protocol):
    async def get(self, credit_id: str, *, for_update: bool = False) -> CreditRecord | None: ...

    async def for_person(self, person_id: str) -> list[CreditRecord]: ...

    async def chain(self, credit_id: str) -> list[CreditRecord]: ...

    async def add(self, record: CreditRecord, *, batch_id: str, recorded_by: str) -> None: ...

    async def close(
        self, record: CreditRecord, status: CreditStatus, reason: str, corrected_by: str = ""
    ) -> None: ...

    async def add_audit(
        self,
        record: CreditRecord,
        *,
        action: str,
        reason: str,
        actor: str,
        actor_client_id: str,
        replaced_by: str = "",
    ) -> None: ...

    async def audit(self, credit_ids: list[str]) -> list[AuditEntry]: ...

    async def ledger_entries(self, after_sequence: int, limit: int) -> list[LedgerEntryRow]: ...

    async def lateness(self, provider_id: str | None) -> list[LatenessRow]: ...


class BatchStore(Protocol):
    async def claim_batch(
        self,
        *,
        provider_id: str,
        series_id: str,
        batch_id: str,
        sequence: int,
        payload_hash: str,
    ) -> int | None:
        """The new batch row's id, or None when the batch was (or is being) applied."""
        ...

    async def stored_batch(self, provider_id: str, batch_id: str) -> StoredBatch | None: ...

    async def finish_batch(self, batch_row_id: int, outcomes: Sequence[Sequence[Any]]) -> None: ...

    async def series_state(self, provider_id: str, series_id: str) -> tuple[int, int]: ...

    async def insert_records(
        self,
        *,
        provider_id: str,
        batch_id: str,
        actor: str,
        request_id: str,
        records: Sequence[NewRecord],
    ) -> dict[str, str]:
        """Inserts the new records and writes their `credits.recorded` events; external id →
        record id of those inserted."""
        ...

    async def existing_records(
        self, provider_id: str, external_ids: Sequence[str]
    ) -> dict[str, tuple[str, str]]: ...


class CodeStore(Protocol):
    async def claim_issue(self, event_id: str, issue_key: str) -> bool: ...

    async def add_codes(
        self,
        *,
        event_id: str,
        provider_id: str,
        issue_key: str,
        issued_by: str,
        codes: Sequence[tuple[str, str, str]],
    ) -> int: ...

    async def codes_of_issue(self, event_id: str, issue_key: str) -> list[CodeRow]: ...

    async def codes_of_event(self, event_id: str) -> list[CodeRow]: ...

    async def queue_mail(
        self, to_address: str, subject: str, body: str, code: str, *, send_after: date | None
    ) -> None: ...

    async def find_code(self, code: str) -> IssuedCode | None: ...

    async def take_code(self, code: str, person_id: str) -> bool: ...

    async def live_redemption(self, person_id: str, event_id: str) -> bool: ...

    async def add_redemption(self, new: NewRedemption) -> None: ...

    async def get_redemption(self, redemption_id: str) -> RedemptionRow | None: ...

    async def redemptions_of(self, person_id: str) -> list[RedemptionRow]: ...

    async def record_failures(self, keys: Sequence[str]) -> None: ...

    async def failures_since(self, key: str, window_seconds: int) -> int: ...

    async def add_attendance(
        self, event_id: str, snils: Sequence[str], uploaded_by: str
    ) -> int: ...

    async def pending(self, limit: int, event_id: str | None = None) -> list[RedemptionRow]: ...

    async def attendance_of(
        self, event_ids: Sequence[str]
    ) -> tuple[set[str], set[tuple[str, str]]]: ...

    async def decide(
        self,
        redemption: RedemptionRow,
        status: RedemptionStatus,
        *,
        reason_code: str = "",
        reason_message: str = "",
        credit_id: str | None = None,
    ) -> None: ...


class CreditsUnitOfWorkPort(UnitOfWorkPort, Protocol):
    @property
    def ledger(self) -> LedgerStore: ...

    @property
    def batches(self) -> BatchStore: ...

    @property
    def codes(self) -> CodeStore: ...


# -- other services -----------------------------------------------------------------------------


class ProviderDirectory(Protocol):
    async def provider_for_client(self, client_id: str) -> str: ...


class Elements(Protocol):
    async def elements(self, ids: Sequence[str]) -> dict[str, Element]: ...


class Catalog(Elements, ProviderDirectory, Protocol):
    async def cycles(self, ids: Sequence[str]) -> dict[str, ProgramCycle]: ...


class Persons(Protocol):
    async def persons_by_snils(self, snils: Sequence[str]) -> dict[str, str]: ...


class Contacts(Protocol):
    async def contacts_by_snils(self, snils: Sequence[str]) -> dict[str, PersonContact]: ...


class Plans(Protocol):
    async def is_planned(self, element_id: str) -> bool:
        """Whether the calling person has the element in a plan."""
        ...


class Authority(Protocol):
    """Who may act for a provider (`service_layer/authority.py`)."""

    async def require(self, principal: Principal, provider_id: str) -> None: ...

    async def own_provider(self, principal: Principal) -> str | None: ...


class AttemptGate(Protocol):
    """Limits of failed code entries (`adapters/attempt_limiter.py`)."""

    async def acquire(self, limits: Sequence[Limit]) -> None:
        """Reserves one attempt on every limit, or raises (too many attempts / unavailable)."""
        ...

    async def release(self, limits: Sequence[Limit]) -> None:
        """Gives back the reservation of an attempt that did not fail."""
        ...


@dataclass(frozen=True, slots=True)
class CreditsPorts:
    """Everything the entrypoint hands to the use cases besides a unit of work (built by the
    composition root)."""

    catalog: Catalog
    persons: Persons
    contacts: Contacts
    plans: Plans
    authority: Authority
    limiter: AttemptGate
    attempt_limits: AttemptLimits
    clock: Clock
    # A pending code without an attendance list is accepted after this delay.
    auto_accept_after: timedelta

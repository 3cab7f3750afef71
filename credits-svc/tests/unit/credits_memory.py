"""In-memory twins of credits-svc's repositories and of the services it calls, for use-case unit
tests. They keep the SQL repositories' rules: one record per (provider, external id) among
originals, a batch applied once per (provider, batch id), a code taken once, one live
redemption per person and event; the batch insert writes the records' `credits.recorded`
events as the SQL statement does."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from cpd_platform.mapping import same_named
from cpd_platform.testing import FixedClock, InMemoryUnitOfWork
from credits_svc.domain.audit import AuditEntry
from credits_svc.domain.code_records import CodeRow, NewRedemption, RedemptionRow
from credits_svc.domain.codes import CodeStatus, IssuedCode, RedemptionStatus
from credits_svc.domain.events import CREDITS_RECORDED, CREDITS_VOIDED, voided_payload
from credits_svc.domain.events import recorded_payload_of as recorded_payload_of
from credits_svc.domain.ledger import LatenessRow, LedgerEntryRow, NewRecord, StoredBatch
from credits_svc.domain.records import (
    CreditRecord,
    CreditSource,
    CreditStatus,
    ElementKind,
)
from credits_svc.service_layer.ports import CreditsUnitOfWorkPort


class SharedClock(FixedClock):
    """A fixed clock the repositories share with the test: the unit of work's snapshot (a deep
    copy of each repository) keeps this very clock instead of a copy."""

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedClock:
        return self


@dataclasses.dataclass
class _Void:
    sequence: int
    credit_id: str
    person_id: str
    element_id: str
    zet: int
    action: str
    reason: str
    actor: str
    actor_client_id: str
    replaced_by: str
    at: datetime


class MemoryLedger:
    """The ledger and the posted batches (one object: both write the credit records)."""

    def __init__(self, clock: SharedClock) -> None:
        self.clock = clock
        self.records: dict[str, CreditRecord] = {}
        self.voids: list[_Void] = []
        self.batches: dict[tuple[str, str], tuple[int, StoredBatch]] = {}
        # (event type, payload) written by the batch insert, as the SQL statement writes them.
        self.outbox: list[tuple[str, dict[str, Any]]] = []
        self.sequence = 0

    def _next(self) -> int:
        self.sequence += 1
        return self.sequence

    # -- LedgerStore ------------------------------------------------------------------------

    async def get(self, credit_id: str, *, for_update: bool = False) -> CreditRecord | None:
        return self.records.get(credit_id)

    async def for_person(self, person_id: str) -> list[CreditRecord]:
        return sorted(
            (r for r in self.records.values() if r.person_id == person_id),
            key=lambda r: (r.completed_on, r.sequence),
        )

    async def chain(self, credit_id: str) -> list[CreditRecord]:
        root = self.records.get(credit_id)
        if root is None:
            return []
        while root.corrects_id and root.corrects_id in self.records:
            root = self.records[root.corrects_id]
        chain = [root]
        while chain[-1].corrected_by in self.records:
            chain.append(self.records[chain[-1].corrected_by])
        return chain

    async def add(self, record: CreditRecord, *, batch_id: str, recorded_by: str) -> None:
        self.records[record.id] = dataclasses.replace(
            record,
            sequence=self._next(),
            recorded_at=self.clock.now(),
            batch_id=batch_id,
            recorded_by=recorded_by,
        )

    async def close(
        self, record: CreditRecord, status: CreditStatus, reason: str, corrected_by: str = ""
    ) -> None:
        self.records[record.id] = dataclasses.replace(
            self.records[record.id], status=status, status_reason=reason, corrected_by=corrected_by
        )

    async def add_audit(
        self,
        record: CreditRecord,
        *,
        action: str,
        reason: str,
        actor: str,
        actor_client_id: str,
        replaced_by: str = "",
    ) -> None:
        self.voids.append(
            _Void(
                self._next(),
                record.id,
                record.person_id,
                record.element_id,
                record.zet,
                action,
                reason,
                actor,
                actor_client_id,
                replaced_by,
                self.clock.now(),
            )
        )

    async def audit(self, credit_ids: list[str]) -> list[AuditEntry]:
        return [
            AuditEntry(
                v.credit_id, v.action, v.actor, v.actor_client_id, v.reason, v.at, v.replaced_by
            )
            for v in self.voids
            if v.credit_id in credit_ids
        ]

    async def ledger_entries(self, after_sequence: int, limit: int) -> list[LedgerEntryRow]:
        entries = [
            LedgerEntryRow(r.sequence, CREDITS_RECORDED, recorded_payload_of(r))
            for r in self.records.values()
            if r.sequence > after_sequence
        ] + [
            LedgerEntryRow(
                v.sequence,
                CREDITS_VOIDED,
                voided_payload(
                    credit_id=v.credit_id,
                    person_id=v.person_id,
                    element_id=v.element_id,
                    zet=v.zet,
                    reason=v.reason,
                    replaced_by=v.replaced_by,
                ),
            )
            for v in self.voids
            if v.sequence > after_sequence
        ]
        return sorted(entries, key=lambda e: e.sequence)[:limit]

    async def lateness(self, provider_id: str | None) -> list[LatenessRow]:
        rows: dict[str, list[int]] = {}
        for r in self.records.values():
            if r.deadline is None or r.source is not CreditSource.POSTING or r.corrects_id:
                continue
            if provider_id is None or r.provider_id == provider_id:
                rows.setdefault(r.provider_id, []).append(r.days_late)
        return [
            LatenessRow(p, len(d), sum(1 for x in d if x > 0), sum(d), max(d))
            for p, d in sorted(rows.items())
        ]

    # -- BatchStore -------------------------------------------------------------------------

    async def claim_batch(
        self,
        *,
        provider_id: str,
        series_id: str,
        batch_id: str,
        sequence: int,
        payload_hash: str,
    ) -> int | None:
        if (provider_id, batch_id) in self.batches:
            return None
        row_id = len(self.batches) + 1
        self.batches[(provider_id, batch_id)] = (
            row_id,
            StoredBatch(series_id, sequence, payload_hash, []),
        )
        return row_id

    async def stored_batch(self, provider_id: str, batch_id: str) -> StoredBatch | None:
        found = self.batches.get((provider_id, batch_id))
        return None if found is None else found[1]

    async def finish_batch(self, batch_row_id: int, outcomes: Sequence[Sequence[Any]]) -> None:
        for key, (row_id, stored) in self.batches.items():
            if row_id == batch_row_id:
                # Stored as JSON, read back as lists.
                stored_outcomes = [list(o) for o in outcomes]
                self.batches[key] = (row_id, dataclasses.replace(stored, outcomes=stored_outcomes))

    async def series_state(self, provider_id: str, series_id: str) -> tuple[int, int]:
        mine = [
            stored.sequence
            for (provider, _), (_, stored) in self.batches.items()
            if provider == provider_id and stored.series_id == series_id
        ]
        return max(mine, default=0), len(mine)

    def _original(self, provider_id: str, external_id: str) -> CreditRecord | None:
        return next(
            (
                r
                for r in self.records.values()
                if (r.provider_id, r.external_id) == (provider_id, external_id)
                and not r.corrects_id
            ),
            None,
        )

    async def insert_records(
        self,
        *,
        provider_id: str,
        batch_id: str,
        actor: str,
        request_id: str,
        records: Sequence[NewRecord],
    ) -> dict[str, str]:
        inserted: dict[str, str] = {}
        for new in sorted(records, key=lambda r: r.external_id):
            if self._original(provider_id, new.external_id) is not None:
                continue
            record = _record_of(new, provider_id)
            await self.add(record, batch_id=batch_id, recorded_by=actor)
            self.outbox.append((CREDITS_RECORDED, recorded_payload_of(record)))
            inserted[new.external_id] = new.id
        return inserted

    async def existing_records(
        self, provider_id: str, external_ids: Sequence[str]
    ) -> dict[str, tuple[str, str]]:
        found = {e: self._original(provider_id, e) for e in external_ids}
        return {e: (r.id, r.content_hash) for e, r in found.items() if r is not None}


# The fields a new record carries as they are into the stored one.
_NEW_RECORD_FIELDS = (
    "id external_id person_id element_id zet completed_on content_hash snils "
    "main_specialty_code document_number program_cycle_id deadline days_late"
)


def _record_of(new: NewRecord, provider_id: str) -> CreditRecord:
    return CreditRecord(
        **same_named(new, _NEW_RECORD_FIELDS),
        provider_id=provider_id,
        element_kind=ElementKind(new.element_kind),
        status=CreditStatus.ACCEPTED,
        additional_specialty_codes=tuple(new.additional_specialty_codes),
    )


@dataclasses.dataclass
class _Code:
    code: str
    event_id: str
    provider_id: str
    snils: str
    status: CodeStatus
    issue_key: str
    issued_at: datetime
    mail_status: str
    redeemed_by: str = ""


@dataclasses.dataclass(frozen=True)
class QueuedMail:
    to_address: str
    subject: str
    body: str
    code: str
    send_after: date | None


class MemoryCodes:
    def __init__(self, clock: SharedClock) -> None:
        self.clock = clock
        self.issues: set[tuple[str, str]] = set()
        self.codes: dict[str, _Code] = {}
        self.mails: list[QueuedMail] = []
        self.redemptions: dict[str, RedemptionRow] = {}
        self.failures: list[tuple[str, datetime]] = []
        self.attendance: dict[str, set[str]] = {}

    async def claim_issue(self, event_id: str, issue_key: str) -> bool:
        if (event_id, issue_key) in self.issues:
            return False
        self.issues.add((event_id, issue_key))
        return True

    async def add_codes(
        self,
        *,
        event_id: str,
        provider_id: str,
        issue_key: str,
        issued_by: str,
        codes: Sequence[tuple[str, str, str]],
    ) -> int:
        added = 0
        for code, snils, mail_status in codes:
            if code in self.codes:
                continue
            self.codes[code] = _Code(
                code,
                event_id,
                provider_id,
                snils,
                CodeStatus.ISSUED,
                issue_key,
                self.clock.now(),
                mail_status,
            )
            added += 1
        return added

    def _row(self, c: _Code) -> CodeRow:
        return CodeRow(c.code, c.event_id, c.snils, c.status, c.issued_at, c.mail_status)

    async def codes_of_issue(self, event_id: str, issue_key: str) -> list[CodeRow]:
        mine = [
            c for c in self.codes.values() if (c.event_id, c.issue_key) == (event_id, issue_key)
        ]
        mine.sort(key=lambda c: c.code)
        mine.sort(key=lambda c: c.snils, reverse=True)
        return [self._row(c) for c in mine]

    async def codes_of_event(self, event_id: str) -> list[CodeRow]:
        return [self._row(c) for c in self.codes.values() if c.event_id == event_id]

    async def queue_mail(
        self, to_address: str, subject: str, body: str, code: str, *, send_after: date | None
    ) -> None:
        self.mails.append(QueuedMail(to_address, subject, body, code, send_after))

    async def find_code(self, code: str) -> IssuedCode | None:
        c = self.codes.get(code)
        if c is None:
            return None
        return IssuedCode(c.code, c.event_id, c.provider_id, c.snils, c.status, c.redeemed_by)

    async def take_code(self, code: str, person_id: str) -> bool:
        c = self.codes.get(code)
        if c is None or c.status is not CodeStatus.ISSUED:
            return False
        c.status, c.redeemed_by = CodeStatus.PENDING, person_id
        return True

    async def live_redemption(self, person_id: str, event_id: str) -> bool:
        return any(
            (r.person_id, r.event_id) == (person_id, event_id)
            and r.status in (RedemptionStatus.PENDING, RedemptionStatus.ACCEPTED)
            for r in self.redemptions.values()
        )

    async def add_redemption(self, new: NewRedemption) -> None:
        now = self.clock.now()
        self.redemptions[new.id] = RedemptionRow(
            id=new.id,
            person_id=new.person_id,
            snils=new.snils,
            code=new.code,
            event_id=new.event_id or "",
            status=new.status,
            reason_code=new.reason_code,
            reason_message=new.reason_message,
            entered_at=now,
            decided_at=None if new.status is RedemptionStatus.PENDING else now,
            credit_id="",
            provider_id=new.provider_id or "",
            element_kind=new.element_kind,
            zet=new.zet,
            main_specialty_code=new.main_specialty_code,
            additional_specialty_codes=new.additional_specialty_codes,
            completed_on=new.completed_on,
        )

    async def get_redemption(self, redemption_id: str) -> RedemptionRow | None:
        return self.redemptions.get(redemption_id)

    async def redemptions_of(self, person_id: str) -> list[RedemptionRow]:
        mine = [r for r in self.redemptions.values() if r.person_id == person_id]
        return sorted(mine, key=lambda r: r.entered_at, reverse=True)

    async def record_failures(self, keys: Sequence[str]) -> None:
        self.failures += [(key, self.clock.now()) for key in keys]

    async def failures_since(self, key: str, window_seconds: int) -> int:
        since = self.clock.now() - timedelta(seconds=window_seconds)
        return sum(1 for k, at in self.failures if k == key and at > since)

    async def add_attendance(self, event_id: str, snils: Sequence[str], uploaded_by: str) -> int:
        present = self.attendance.setdefault(event_id, set())
        present.update(snils)
        return len(present)

    async def pending(self, limit: int, event_id: str | None = None) -> list[RedemptionRow]:
        found = [
            r
            for r in self.redemptions.values()
            if r.status is RedemptionStatus.PENDING and event_id in (None, r.event_id)
        ]
        return sorted(found, key=lambda r: (r.entered_at, r.id))[:limit]

    async def attendance_of(
        self, event_ids: Sequence[str]
    ) -> tuple[set[str], set[tuple[str, str]]]:
        lists = {e for e in event_ids if e in self.attendance}
        return lists, {(e, s) for e in lists for s in self.attendance[e]}

    async def decide(
        self,
        redemption: RedemptionRow,
        status: RedemptionStatus,
        *,
        reason_code: str = "",
        reason_message: str = "",
        credit_id: str | None = None,
    ) -> None:
        self.redemptions[redemption.id] = dataclasses.replace(
            self.redemptions[redemption.id],
            status=status,
            reason_code=reason_code,
            reason_message=reason_message,
            decided_at=self.clock.now(),
            credit_id=credit_id or "",
        )
        accepted = status is RedemptionStatus.ACCEPTED
        self.codes[redemption.code].status = (
            CodeStatus.ACCEPTED if accepted else CodeStatus.REJECTED
        )


class MemoryUnitOfWork(InMemoryUnitOfWork):
    def __init__(self, clock: SharedClock) -> None:
        super().__init__()
        ledger = MemoryLedger(clock)
        self.ledger = ledger
        self.batches = ledger
        self.codes = MemoryCodes(clock)

    @property
    def posted_events(self) -> list[tuple[str, dict[str, Any]]]:
        """Events of committed work: the batch inserts' and those emitted through `emit`."""
        return self.ledger.outbox + [(e.event_type, e.payload) for e in self.events]


def _type_checked(uow: MemoryUnitOfWork) -> CreditsUnitOfWorkPort:
    """mypy checks the in-memory unit of work against the port the use cases take."""
    return uow

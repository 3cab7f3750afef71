"""Reads and single-record writes of the ledger (Core SQL), `uow.ledger`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, and_, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named
from credits_svc.adapters.orm import credit_records, credit_voids
from credits_svc.domain.audit import AuditEntry
from credits_svc.domain.events import (
    CREDITS_RECORDED,
    CREDITS_VOIDED,
    recorded_payload_of,
    voided_payload,
)
from credits_svc.domain.ledger import LatenessRow, LedgerEntryRow
from credits_svc.domain.records import CreditRecord, CreditSource, CreditStatus, ElementKind


def _record(row: Row[Any]) -> CreditRecord:
    m = row._mapping
    return CreditRecord(
        id=str(m["id"]),
        provider_id=str(m["provider_id"]),
        external_id=m["external_id"],
        person_id=str(m["person_id"]),
        element_id=str(m["element_id"]),
        element_kind=ElementKind(m["element_kind"]),
        zet=m["zet"],
        completed_on=m["completed_on"],
        status=CreditStatus(m["status"]),
        content_hash=m["content_hash"],
        snils=m["snils"],
        main_specialty_code=m["main_specialty_code"],
        additional_specialty_codes=tuple(m["additional_specialty_codes"] or ()),
        document_number=m["document_number"],
        program_cycle_id=str(m["program_cycle_id"] or ""),
        deadline=m["deadline"],
        days_late=m["days_late"],
        source=CreditSource(m["source"]),
        corrects_id=str(m["corrects_id"] or ""),
        corrected_by=str(m["corrected_by"] or ""),
        status_reason=m["status_reason"],
        recorded_at=m["recorded_at"],
        sequence=int(m["sequence"] or 0),
        recorded_by=m["recorded_by"],
        batch_id=m["batch_id"],
    )


# The record's fields stored as they are in credit_records' columns of the same names.
_RECORD_COLUMNS = (
    "id provider_id external_id person_id snils element_id main_specialty_code zet completed_on "
    "document_number deadline days_late content_hash"
)


class LedgerRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, credit_id: str, *, for_update: bool = False) -> CreditRecord | None:
        if not valid_uuids([credit_id]):
            return None
        query = select(credit_records).where(credit_records.c.id == credit_id)
        if for_update:
            query = query.with_for_update()
        row = (await self._session.execute(query)).first()
        return None if row is None else _record(row)

    async def for_person(self, person_id: str) -> list[CreditRecord]:
        rows = await self._session.execute(
            select(credit_records)
            .where(credit_records.c.person_id == person_id)
            .order_by(credit_records.c.completed_on, credit_records.c.sequence)
        )
        return [_record(row) for row in rows]

    async def chain(self, credit_id: str) -> list[CreditRecord]:
        """The records of a correction chain containing `credit_id`, oldest first."""
        found = await self.get(credit_id)
        if found is None:
            return []
        root = found
        while root.corrects_id:
            older = await self.get(root.corrects_id)
            if older is None:
                break
            root = older
        chain = [root]
        while chain[-1].corrected_by:
            newer = await self.get(chain[-1].corrected_by)
            if newer is None:
                break
            chain.append(newer)
        return chain

    async def add(self, record: CreditRecord, *, batch_id: str, recorded_by: str) -> None:
        await self._session.execute(
            insert(credit_records).values(
                **same_named(record, _RECORD_COLUMNS),
                element_kind=record.element_kind.value,
                additional_specialty_codes=list(record.additional_specialty_codes),
                program_cycle_id=record.program_cycle_id or None,
                status=record.status.value,
                source=record.source.value,
                corrects_id=record.corrects_id or None,
                batch_id=batch_id,
                recorded_by=recorded_by,
            )
        )

    async def close(
        self, record: CreditRecord, status: CreditStatus, reason: str, corrected_by: str = ""
    ) -> None:
        """Marks a current record voided or superseded (the audit row says who and why)."""
        await self._session.execute(
            update(credit_records)
            .where(credit_records.c.id == record.id)
            .values(status=status.value, status_reason=reason, corrected_by=corrected_by or None)
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
        await self._session.execute(
            insert(credit_voids).values(
                **same_named(record, "person_id element_id zet"),
                credit_id=record.id,
                action=action,
                reason=reason,
                replaced_by=replaced_by or None,
                actor=actor,
                actor_client_id=actor_client_id,
            )
        )

    async def audit(self, credit_ids: list[str]) -> list[AuditEntry]:
        """The voided and corrected entries of these records, oldest first."""
        rows = await self._session.execute(
            select(credit_voids)
            .where(credit_voids.c.credit_id.in_(credit_ids))
            .order_by(credit_voids.c.sequence)
        )
        return [
            AuditEntry(
                str(r.credit_id),
                r.action,
                r.actor,
                r.actor_client_id,
                r.reason,
                r.at,
                str(r.replaced_by or ""),
            )
            for r in rows
        ]

    async def ledger_entries(self, after_sequence: int, limit: int) -> list[LedgerEntryRow]:
        """Recorded and voided entries in sequence order, with their events' payloads (one
        sequence numbers both tables: the first `limit` of each, merged, hold the first
        `limit` of all)."""
        records = await self._session.execute(
            select(credit_records)
            .where(credit_records.c.sequence > after_sequence)
            .order_by(credit_records.c.sequence)
            .limit(limit)
        )
        voids = await self._session.execute(
            select(credit_voids)
            .where(credit_voids.c.sequence > after_sequence)
            .order_by(credit_voids.c.sequence)
            .limit(limit)
        )
        entries = [
            LedgerEntryRow(int(row.sequence), CREDITS_RECORDED, recorded_payload_of(_record(row)))
            for row in records
        ] + [
            LedgerEntryRow(
                int(v.sequence),
                CREDITS_VOIDED,
                voided_payload(
                    credit_id=str(v.credit_id),
                    person_id=str(v.person_id),
                    element_id=str(v.element_id),
                    zet=v.zet,
                    reason=v.reason,
                    replaced_by=str(v.replaced_by or ""),
                ),
            )
            for v in voids
        ]
        entries.sort(key=lambda entry: entry.sequence)
        return entries[:limit]

    async def lateness(self, provider_id: str | None) -> list[LatenessRow]:
        r = credit_records
        query = (
            select(
                r.c.provider_id,
                func.count(),
                func.count().filter(r.c.days_late > 0),
                func.coalesce(func.sum(r.c.days_late), 0),
                func.coalesce(func.max(r.c.days_late), 0),
            )
            .where(
                and_(
                    r.c.deadline.is_not(None),
                    r.c.source == CreditSource.POSTING.value,
                    r.c.corrects_id.is_(None),
                )
            )
            .group_by(r.c.provider_id)
            .order_by(r.c.provider_id)
        )
        if provider_id is not None:
            if not valid_uuids([provider_id]):
                return []
            query = query.where(r.c.provider_id == provider_id)
        rows = await self._session.execute(query)
        return [
            LatenessRow(str(p), int(total), int(late), int(days), int(worst))
            for p, total, late, days, worst in rows
        ]

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from credits_svc.adapters.orm import CreditRecordRow, PostedBatchRow
from credits_svc.domain.records import CreditRecord, CreditStatus, ElementKind


@dataclass(frozen=True, slots=True)
class StoredBatch:
    sequence: int
    payload_hash: str
    outcomes: list[dict[str, str]]


def _to_domain(row: CreditRecordRow) -> CreditRecord:
    return CreditRecord(
        id=str(row.id),
        provider_id=str(row.provider_id),
        external_id=row.external_id,
        person_id=str(row.person_id),
        element_id=str(row.element_id),
        element_kind=ElementKind(row.element_kind),
        zet=row.zet,
        completed_on=row.completed_on,
        status=CreditStatus(row.status),
        content_hash=row.content_hash,
    )


class LedgerRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def by_external_ids(
        self, provider_id: str, external_ids: Iterable[str]
    ) -> dict[str, CreditRecord]:
        rows = await self._session.scalars(
            select(CreditRecordRow).where(
                CreditRecordRow.provider_id == uuid.UUID(provider_id),
                CreditRecordRow.external_id.in_(list(external_ids)),
            )
        )
        return {row.external_id: _to_domain(row) for row in rows}

    def add(self, record: CreditRecord, snils: str, batch_id: str) -> None:
        self._session.add(
            CreditRecordRow(
                id=uuid.UUID(record.id),
                provider_id=uuid.UUID(record.provider_id),
                external_id=record.external_id,
                person_id=uuid.UUID(record.person_id),
                snils=snils,
                element_id=uuid.UUID(record.element_id),
                element_kind=record.element_kind.value,
                zet=record.zet,
                completed_on=record.completed_on,
                status=record.status.value,
                content_hash=record.content_hash,
                batch_id=batch_id,
            )
        )

    async def for_person(self, person_id: str) -> list[CreditRecord]:
        rows = await self._session.scalars(
            select(CreditRecordRow)
            .where(CreditRecordRow.person_id == uuid.UUID(person_id))
            .order_by(CreditRecordRow.completed_on, CreditRecordRow.recorded_at)
        )
        return [_to_domain(row) for row in rows]

    async def find_batch(self, provider_id: str, batch_id: str) -> StoredBatch | None:
        row = await self._session.scalar(
            select(PostedBatchRow).where(
                PostedBatchRow.provider_id == uuid.UUID(provider_id),
                PostedBatchRow.batch_id == batch_id,
            )
        )
        return None if row is None else StoredBatch(row.sequence, row.payload_hash, row.outcomes)

    def add_batch(
        self,
        provider_id: str,
        batch_id: str,
        sequence: int,
        payload_hash: str,
        outcomes: list[dict[str, str]],
    ) -> None:
        self._session.add(
            PostedBatchRow(
                provider_id=uuid.UUID(provider_id),
                batch_id=batch_id,
                sequence=sequence,
                payload_hash=payload_hash,
                outcomes=outcomes,
            )
        )

    async def last_sequence(self, provider_id: str) -> int:
        value = await self._session.scalar(
            select(func.max(PostedBatchRow.sequence)).where(
                PostedBatchRow.provider_id == uuid.UUID(provider_id)
            )
        )
        return int(value or 0)

"""Set-based ingest of a batch of results: a handful of statements per batch, none per record.

The batch's records travel as one JSON array of rows (one parameter): encoding it is a single C
call, where fifteen array parameters cost the driver a type check per element.

Concurrency: a batch is claimed first by inserting its (provider, batch_id) row (ON CONFLICT DO
NOTHING waits for a concurrent claimer and then yields, so only one transaction applies a
batch); records are inserted in external-id order with ON CONFLICT DO NOTHING, so concurrent
transactions take the unique-index entries in the same order and cannot deadlock; the
`credits.recorded` outbox rows are written by the same statement for the rows it inserted
(their payloads are built by domain/events.py and travel with the rows).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from credits_svc.domain.events import CREDITS_RECORDED
from credits_svc.domain.ledger import NewRecord, StoredBatch

_CLAIM = text(
    """
    INSERT INTO credits.posted_batches
        (provider_id, series_id, batch_id, sequence, payload_hash, outcomes)
    VALUES (CAST(:provider_id AS uuid), :series_id, :batch_id, :sequence, :payload_hash, '[]')
    ON CONFLICT (provider_id, batch_id) DO NOTHING
    RETURNING id
    """
)

_STORED = text(
    """
    SELECT series_id, sequence, payload_hash, outcomes FROM credits.posted_batches
    WHERE provider_id = CAST(:provider_id AS uuid) AND batch_id = :batch_id
    """
)

_FINISH = text(
    "UPDATE credits.posted_batches SET outcomes = CAST(:outcomes AS jsonb) WHERE id = :id"
)

_LAST_SEQUENCE = text(
    """
    SELECT coalesce(max(sequence), 0), count(*) FROM credits.posted_batches
    WHERE provider_id = CAST(:provider_id AS uuid) AND series_id = :series_id
    """
)

_INSERT = text(
    """
    WITH input AS (
        SELECT CAST(r->>0 AS uuid) AS id, r->>1 AS external_id, CAST(r->>2 AS uuid) AS person_id,
               r->>3 AS snils, CAST(r->>4 AS uuid) AS element_id, r->>5 AS element_kind,
               r->>6 AS main_code, r->>7 AS additional_codes, CAST(r->>8 AS int) AS zet,
               CAST(r->>9 AS date) AS completed_on, r->>10 AS document_number,
               CAST(r->>11 AS uuid) AS program_cycle_id, CAST(r->>12 AS date) AS deadline,
               CAST(r->>13 AS int) AS days_late, r->>14 AS content_hash, r->15 AS event
        FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r
    ),
    inserted AS (
        INSERT INTO credits.credit_records
            (id, provider_id, external_id, person_id, snils, element_id, element_kind,
             main_specialty_code, additional_specialty_codes, zet, completed_on,
             document_number, program_cycle_id, deadline, days_late, status, source,
             content_hash, batch_id, recorded_by)
        SELECT id, CAST(:provider_id AS uuid), external_id, person_id, snils, element_id,
               element_kind, main_code, string_to_array(additional_codes, '|'), zet,
               completed_on, document_number, program_cycle_id, deadline, days_late,
               'accepted', 'posting', content_hash, :batch_id, :actor
        FROM input
        ORDER BY external_id
        ON CONFLICT (provider_id, external_id) WHERE corrects_id IS NULL DO NOTHING
        RETURNING id, external_id
    ),
    events AS (
        INSERT INTO credits.outbox (event_id, event_type, payload, request_id)
        SELECT gen_random_uuid(), :event_type, input.event, :request_id
        FROM inserted JOIN input USING (id)
    )
    SELECT external_id, CAST(id AS text) FROM inserted
    """
)

_EXISTING = text(
    """
    SELECT external_id, CAST(id AS text), content_hash FROM credits.credit_records
    WHERE provider_id = CAST(:provider_id AS uuid)
      AND external_id = ANY(CAST(:external_ids AS text[]))
      AND corrects_id IS NULL
    """
)


def _row(r: NewRecord) -> list[Any]:
    return [
        r.id,
        r.external_id,
        r.person_id,
        r.snils,
        r.element_id,
        r.element_kind,
        r.main_specialty_code,
        "|".join(r.additional_specialty_codes),
        r.zet,
        r.completed_on.isoformat(),
        r.document_number,
        r.program_cycle_id or None,
        r.deadline.isoformat() if r.deadline is not None else None,
        r.days_late,
        r.content_hash,
        r.event,
    ]


class BatchRepository:
    """Posted batches and the set-based insert of their records (`uow.batches`)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def claim_batch(
        self,
        *,
        provider_id: str,
        series_id: str,
        batch_id: str,
        sequence: int,
        payload_hash: str,
    ) -> int | None:
        """The new batch row's id, or None when the batch was (or is being) applied by another."""
        row = await self._session.execute(
            _CLAIM,
            {
                "provider_id": provider_id,
                "series_id": series_id,
                "batch_id": batch_id,
                "sequence": sequence,
                "payload_hash": payload_hash,
            },
        )
        value = row.scalar()
        return None if value is None else int(value)

    async def stored_batch(self, provider_id: str, batch_id: str) -> StoredBatch | None:
        row = (
            await self._session.execute(_STORED, {"provider_id": provider_id, "batch_id": batch_id})
        ).first()
        if row is None:
            return None
        outcomes = row.outcomes if isinstance(row.outcomes, list) else json.loads(row.outcomes)
        return StoredBatch(row.series_id, int(row.sequence), row.payload_hash, outcomes)

    async def finish_batch(self, batch_row_id: int, outcomes: Sequence[Sequence[Any]]) -> None:
        await self._session.execute(
            _FINISH, {"id": batch_row_id, "outcomes": json.dumps(outcomes, ensure_ascii=False)}
        )

    async def series_state(self, provider_id: str, series_id: str) -> tuple[int, int]:
        """(last committed sequence, committed batches) of a posting series."""
        row = (
            await self._session.execute(
                _LAST_SEQUENCE, {"provider_id": provider_id, "series_id": series_id}
            )
        ).one()
        return int(row[0]), int(row[1])

    async def insert_records(
        self,
        *,
        provider_id: str,
        batch_id: str,
        actor: str,
        request_id: str,
        records: Sequence[NewRecord],
    ) -> dict[str, str]:
        """Inserts the records that are new, with their events; external id → new record id."""
        if not records:
            return {}
        rows = await self._session.execute(
            _INSERT,
            {
                "provider_id": provider_id,
                "batch_id": batch_id,
                "actor": actor,
                "request_id": request_id,
                "event_type": CREDITS_RECORDED,
                "rows": json.dumps([_row(r) for r in records], ensure_ascii=False),
            },
        )
        return {external_id: record_id for external_id, record_id in rows}

    async def existing_records(
        self, provider_id: str, external_ids: Sequence[str]
    ) -> dict[str, tuple[str, str]]:
        """external id → (record id, content hash) of records already in the ledger."""
        if not external_ids:
            return {}
        rows = await self._session.execute(
            _EXISTING, {"provider_id": provider_id, "external_ids": list(external_ids)}
        )
        return {external_id: (record_id, digest) for external_id, record_id, digest in rows}

"""Set-based ingest of a batch of results: a handful of statements per batch, none per record.

The batch's records travel as one JSON array of rows (one parameter): encoding it is a single C
call, where fifteen array parameters cost the driver a type check per element.

Concurrency: a batch is claimed first by inserting its (provider, batch_id) row (ON CONFLICT DO
NOTHING waits for a concurrent claimer and then yields, so only one transaction applies a
batch); records are inserted in external-id order with ON CONFLICT DO NOTHING, so concurrent
transactions take the unique-index entries in the same order and cannot deadlock; the
`credits.recorded` outbox rows are written by the same statement from the rows it inserted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

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
               CAST(r->>13 AS int) AS days_late, r->>14 AS content_hash
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
        RETURNING id, external_id, person_id, element_id, element_kind, main_specialty_code,
                  additional_specialty_codes, zet, completed_on, provider_id
    ),
    events AS (
        INSERT INTO credits.outbox (event_id, event_type, payload, request_id)
        SELECT gen_random_uuid(), 'credits.recorded',
               jsonb_build_object(
                   'credit_id', id, 'person_id', person_id, 'element_id', element_id,
                   'element_kind', element_kind, 'main_specialty_code', main_specialty_code,
                   'additional_specialty_codes', to_jsonb(additional_specialty_codes),
                   'zet', zet, 'completed_on', completed_on, 'provider_id', provider_id,
                   'source', 'posting', 'corrects_id', NULL),
               :request_id
        FROM inserted
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


class NewRecord(NamedTuple):
    """A valid result ready to insert (a tuple: one is made per posted record)."""

    id: str
    external_id: str
    person_id: str
    snils: str
    element_id: str
    element_kind: str
    main_specialty_code: str
    additional_specialty_codes: Sequence[str]
    zet: int
    completed_on: date
    document_number: str
    program_cycle_id: str
    deadline: date | None
    days_late: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class StoredBatch:
    series_id: str
    sequence: int
    payload_hash: str
    outcomes: list[list[Any]]


async def claim_batch(
    session: AsyncSession,
    *,
    provider_id: str,
    series_id: str,
    batch_id: str,
    sequence: int,
    payload_hash: str,
) -> int | None:
    """The new batch row's id, or None when the batch was (or is being) applied by another."""
    row = await session.execute(
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


async def stored_batch(
    session: AsyncSession, provider_id: str, batch_id: str
) -> StoredBatch | None:
    row = (
        await session.execute(_STORED, {"provider_id": provider_id, "batch_id": batch_id})
    ).first()
    if row is None:
        return None
    outcomes = row.outcomes if isinstance(row.outcomes, list) else json.loads(row.outcomes)
    return StoredBatch(row.series_id, int(row.sequence), row.payload_hash, outcomes)


async def finish_batch(
    session: AsyncSession, batch_row_id: int, outcomes: Sequence[Sequence[Any]]
) -> None:
    await session.execute(
        _FINISH, {"id": batch_row_id, "outcomes": json.dumps(outcomes, ensure_ascii=False)}
    )


async def series_state(session: AsyncSession, provider_id: str, series_id: str) -> tuple[int, int]:
    """(last committed sequence, committed batches) of a posting series."""
    row = (
        await session.execute(_LAST_SEQUENCE, {"provider_id": provider_id, "series_id": series_id})
    ).one()
    return int(row[0]), int(row[1])


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
    ]


async def insert_records(
    session: AsyncSession,
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
    rows = await session.execute(
        _INSERT,
        {
            "provider_id": provider_id,
            "batch_id": batch_id,
            "actor": actor,
            "request_id": request_id,
            "rows": json.dumps([_row(r) for r in records], ensure_ascii=False),
        },
    )
    return {external_id: record_id for external_id, record_id in rows}


async def existing_records(
    session: AsyncSession, provider_id: str, external_ids: Sequence[str]
) -> dict[str, tuple[str, str]]:
    """external id → (record id, content hash) of records already in the ledger."""
    if not external_ids:
        return {}
    rows = await session.execute(
        _EXISTING, {"provider_id": provider_id, "external_ids": list(external_ids)}
    )
    return {external_id: (record_id, digest) for external_id, record_id, digest in rows}

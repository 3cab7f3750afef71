"""Transactional outbox: rows written with the change, published to Redis Streams by a relay.

Delivery is at least once: a crash between XADD and marking the row published sends it again,
so consumers dedupe by `event_id` (see `cpd_platform.consumer`).

A row whose payload is a JSON array carries a batch of events of its type (credits-svc writes
one `credits.recorded` row per posted batch): each element becomes a stream entry of its own,
exactly like a row of one event, with an event id derived from the row's (the md5 of the row's
event id and the element's position, as a UUID), so a repeated publication repeats the same ids. One row
for a thousand events: the writer inserts, and the relay marks, one row instead of a thousand.
"""

from __future__ import annotations

import asyncio
import json
import logging

from prometheus_client import Gauge
from redis.asyncio import Redis
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    MetaData,
    String,
    Table,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.lifecycle import sleep_unless_stopped
from cpd_platform.outages import describe, is_dependency_outage

log = logging.getLogger("cpd.outbox")

STREAM_MAXLEN = 1_000_000
# Stream entries per script call (a batch row may carry a thousand events).
XADD_CHUNK = 2_000

# Measured by the relay every `measure_seconds` (one query on the partial index of unpublished
# rows); alerted on by k8s/components/monitoring.
OUTBOX_UNPUBLISHED = Gauge(
    "cpd_outbox_unpublished_events", "Outbox rows not yet published", ["outbox"]
)
OUTBOX_OLDEST_AGE = Gauge(
    "cpd_outbox_oldest_unpublished_age_seconds",
    "Age of the oldest unpublished outbox row (0: none)",
    ["outbox"],
)


def outbox_table(metadata: MetaData) -> Table:
    return Table(
        "outbox",
        metadata,
        Column("id", BigInteger, primary_key=True, autoincrement=True),
        Column("event_id", UUID(as_uuid=False), nullable=False, unique=True),
        Column("event_type", String(100), nullable=False),
        Column("payload", JSONB, nullable=False),
        Column("request_id", String(64), nullable=False, server_default="-"),
        Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        Column("published_at", DateTime(timezone=True)),
        Index("ix_outbox_unpublished", "id", postgresql_where=text("published_at IS NULL")),
    )


def stream_name(event_type: str) -> str:
    """One Redis Stream per event type, e.g. `cpd:events:credits.recorded`."""
    return f"cpd:events:{event_type}"


# KEYS: the batch's streams. ARGV[1]: MAXLEN; ARGV[2]: the entries as one JSON array of
# [stream's index in KEYS, event_id, event_type, payload, request_id, occurred_at]. One script
# call per batch: redis-py packing and parsing one XADD per event cost ~90 ms of CPU per 1,000
# events, more than the posting that wrote them. (All keys in one call: fine on one Redis, not
# on a Redis Cluster.)
_XADD_ALL = """
local entries = cjson.decode(ARGV[2])
for _, e in ipairs(entries) do
  redis.call('XADD', KEYS[e[1]], 'MAXLEN', '~', ARGV[1], '*',
             'event_id', e[2], 'event_type', e[3], 'payload', e[4],
             'request_id', e[5], 'occurred_at', e[6])
end
return #entries
"""


class OutboxRelay:
    """Publishes unpublished rows in id order, a batch per transaction: the rows are locked
    (SKIP LOCKED, so several relays may run), published, then marked in that transaction."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        table: Table,
        redis: Redis,
        *,
        batch_size: int = 500,
        idle_seconds: float = 0.1,
        measure_seconds: float = 5.0,
    ) -> None:
        self._sessions = sessions
        self._batch_size = batch_size
        self._idle_seconds = idle_seconds
        self._measure_seconds = measure_seconds
        self._outbox = table.fullname
        self._xadd_all = redis.register_script(_XADD_ALL)
        # The payload is read as JSON text and passed on as it is (no decode and encode again);
        # a batch row's array is split by PostgreSQL into the JSON text of each event, with each
        # event's id (md5 of the row's event id and the position, as a UUID).
        self._pending = text(
            f"""
            SELECT id, event_type,
                   CASE WHEN jsonb_typeof(payload) = 'array'
                        THEN ARRAY(SELECT CAST(CAST(md5(CAST(event_id AS text) || ':' || n)
                                                    AS uuid) AS text)
                                   FROM generate_series(0, jsonb_array_length(payload) - 1) n)
                        ELSE ARRAY[CAST(event_id AS text)] END,
                   CASE WHEN jsonb_typeof(payload) = 'array'
                        THEN ARRAY(SELECT CAST(e AS text) FROM jsonb_array_elements(payload) e)
                        ELSE ARRAY[CAST(payload AS text)] END,
                   request_id, created_at
            FROM {table.fullname} WHERE published_at IS NULL
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
            """
        )
        self._mark = text(
            f"UPDATE {table.fullname} SET published_at = now() "
            "WHERE id = ANY(CAST(:ids AS bigint[]))"
        )
        self._backlog = text(
            f"""
            SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
            FROM {table.fullname} WHERE published_at IS NULL
            """
        )

    async def measure(self) -> tuple[int, float]:
        """Sets the backlog gauges: unpublished rows and the oldest one's age in seconds."""
        async with self._sessions() as session:
            count, age = (await session.execute(self._backlog)).one()
        OUTBOX_UNPUBLISHED.labels(self._outbox).set(count)
        OUTBOX_OLDEST_AGE.labels(self._outbox).set(float(age))
        return int(count), float(age)

    async def publish_pending(self) -> int:
        async with self._sessions() as session, session.begin():
            rows = (await session.execute(self._pending, {"limit": self._batch_size})).all()
            if not rows:
                return 0
            streams: dict[str, int] = {}
            entries: list[list[object]] = []
            for _, event_type, event_ids, payloads, request_id, created_at in rows:
                key = streams.setdefault(stream_name(event_type), len(streams) + 1)
                at = created_at.isoformat()
                entries.extend(
                    [key, event_id, event_type, payload, request_id, at]
                    for event_id, payload in zip(event_ids, payloads, strict=True)
                )
            for start in range(0, len(entries), XADD_CHUNK):
                await self._xadd_all(
                    keys=list(streams),
                    args=[
                        STREAM_MAXLEN,
                        json.dumps(entries[start : start + XADD_CHUNK], ensure_ascii=False),
                    ],
                )
            await session.execute(self._mark, {"ids": [row[0] for row in rows]})
        return len(rows)

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        next_measure = 0.0
        while not stop.is_set():
            try:
                if loop.time() >= next_measure:
                    next_measure = loop.time() + self._measure_seconds
                    await self.measure()
                published = await self.publish_pending()
            except Exception as exc:
                # An outage is expected to end: one line, not a traceback every second.
                if is_dependency_outage(exc):
                    log.warning("outbox relay waits", extra={"reason": describe(exc)})
                else:
                    log.exception("outbox relay failed; retrying")
                published = 0
                await sleep_unless_stopped(stop, 1.0)
            if published < self._batch_size:
                await sleep_unless_stopped(stop, self._idle_seconds)


async def purge_published(session: AsyncSession, table: Table, older_than_days: int = 7) -> None:
    await session.execute(
        table.delete().where(
            table.c.published_at < func.now() - text(f"interval '{int(older_than_days)} days'")
        )
    )

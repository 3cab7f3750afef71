"""Transactional outbox: rows written with the change, published to Redis Streams by a relay.

Delivery is at least once: a crash between XADD and marking the row published sends it again,
so consumers dedupe by `event_id` (see `cpd_platform.consumer`).
"""

from __future__ import annotations

import asyncio
import json
import logging

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
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.lifecycle import sleep_unless_stopped

log = logging.getLogger("cpd.outbox")

STREAM_MAXLEN = 1_000_000


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


class OutboxRelay:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        table: Table,
        redis: Redis,
        *,
        batch_size: int = 200,
        idle_seconds: float = 0.1,
    ) -> None:
        self._sessions = sessions
        self._table = table
        self._redis = redis
        self._batch_size = batch_size
        self._idle_seconds = idle_seconds

    async def publish_pending(self) -> int:
        table = self._table
        async with self._sessions() as session, session.begin():
            rows = (
                await session.execute(
                    select(
                        table.c.id,
                        table.c.event_id,
                        table.c.event_type,
                        table.c.payload,
                        table.c.request_id,
                        table.c.created_at,
                    )
                    .where(table.c.published_at.is_(None))
                    .order_by(table.c.id)
                    .limit(self._batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            if not rows:
                return 0
            async with self._redis.pipeline(transaction=False) as pipe:
                for row in rows:
                    pipe.xadd(
                        stream_name(row.event_type),
                        {
                            "event_id": str(row.event_id),
                            "event_type": row.event_type,
                            "payload": json.dumps(row.payload, ensure_ascii=False),
                            "request_id": row.request_id,
                            "occurred_at": row.created_at.isoformat(),
                        },
                        maxlen=STREAM_MAXLEN,
                        approximate=True,
                    )
                await pipe.execute()
            await session.execute(
                update(table)
                .where(table.c.id.in_([row.id for row in rows]))
                .values(published_at=func.now())
            )
        return len(rows)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                published = await self.publish_pending()
            except Exception:
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

"""The outbox relay: a row becomes one stream entry of its event type with the row's fields and
its JSON payload as stored (a row carrying a JSON array of events, one entry per event); batches
in id order; rows marked published in the same transaction."""

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from sqlalchemy import MetaData, Table, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from cpd_platform.outbox import OutboxRelay, outbox_table, stream_name

pytestmark = pytest.mark.integration


@pytest.fixture
async def scratch_outbox(
    database_url: str,
) -> AsyncIterator[tuple[async_sessionmaker[AsyncSession], Table]]:
    """An outbox table of its own schema."""
    schema = f"relay_{uuid.uuid4().hex[:10]}"
    table = outbox_table(MetaData(schema=schema))
    engine = create_async_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(text(f"CREATE SCHEMA {schema}"))
        await connection.run_sync(table.metadata.create_all)
    try:
        yield async_sessionmaker(engine, expire_on_commit=False), table
    finally:
        async with engine.begin() as connection:
            await connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        await engine.dispose()


async def _entries(redis: Redis, event_types: list[str]) -> list[dict[str, Any]]:
    found = []
    for event_type in event_types:
        entries: list[tuple[str, dict[str, Any]]] = await redis.xrange(stream_name(event_type))  # type: ignore[assignment]
        for _, fields in entries:
            found.append(fields)
        await redis.delete(stream_name(event_type))
    return found


async def test_each_row_becomes_an_entry_of_its_stream_and_is_marked_published(
    scratch_outbox: tuple[async_sessionmaker[AsyncSession], Table], redis_url: str
) -> None:
    sessions, table = scratch_outbox
    prefix = f"relaytest{uuid.uuid4().hex[:8]}"
    recorded, voided = f"{prefix}.recorded", f"{prefix}.voided"
    payloads = [
        (recorded, {"credit_id": str(uuid.uuid4()), "zet": 2, "codes": ["31.08.36"]}),
        (voided, {"credit_id": str(uuid.uuid4()), "reason": 'Ошибка "ввода"\nвторая строка'}),
        (recorded, {"credit_id": str(uuid.uuid4()), "corrects_id": None, "zet": 0}),
    ]
    async with sessions() as session, session.begin():
        for n, (event_type, payload) in enumerate(payloads):
            await session.execute(
                insert(table).values(
                    event_id=str(uuid.uuid4()),
                    event_type=event_type,
                    payload=payload,
                    request_id=f"req-{n}",
                )
            )
        stored = (await session.execute(select(table).order_by(table.c.id))).all()
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        relay = OutboxRelay(sessions, table, redis, batch_size=2)
        assert [await relay.publish_pending() for _ in range(3)] == [2, 1, 0]
        async with sessions() as session:
            unpublished = await session.execute(
                select(table.c.id).where(table.c.published_at.is_(None))
            )
            assert unpublished.all() == []
        published = {e["event_id"]: e for e in await _entries(redis, [recorded, voided])}
    finally:
        await redis.aclose()

    assert len(published) == len(stored)
    for row in stored:
        entry = published[str(row.event_id)]
        assert (entry["event_type"], entry["request_id"], entry["occurred_at"]) == (
            row.event_type,
            row.request_id,
            row.created_at.isoformat(),
        )
        assert json.loads(entry["payload"]) == row.payload
        # The JSON text is passed on as PostgreSQL stored it: no ASCII escapes of Cyrillic.
        assert "\\u04" not in entry["payload"]


async def test_entries_keep_the_order_of_the_rows_within_a_stream(
    scratch_outbox: tuple[async_sessionmaker[AsyncSession], Table], redis_url: str
) -> None:
    sessions, table = scratch_outbox
    event_type = f"relayorder{uuid.uuid4().hex[:8]}.recorded"
    async with sessions() as session, session.begin():
        for n in range(25):
            await session.execute(
                insert(table).values(
                    event_id=str(uuid.uuid4()), event_type=event_type, payload={"n": n}
                )
            )
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        relay = OutboxRelay(sessions, table, redis, batch_size=10)
        while await relay.publish_pending():
            pass
        entries = await _entries(redis, [event_type])
    finally:
        await redis.aclose()
    assert [json.loads(e["payload"])["n"] for e in entries] == list(range(25))


async def test_a_batch_row_becomes_one_entry_per_event_with_ids_stable_across_republishing(
    scratch_outbox: tuple[async_sessionmaker[AsyncSession], Table], redis_url: str
) -> None:
    sessions, table = scratch_outbox
    event_type = f"relaybatch{uuid.uuid4().hex[:8]}.recorded"
    events = [{"n": n, "codes": [], "name": "Иванов"} for n in range(2500)]
    row_id = str(uuid.uuid4())
    async with sessions() as session, session.begin():
        await session.execute(
            insert(table).values(
                event_id=str(uuid.uuid4()), event_type=event_type, payload={"n": -1}
            )
        )
        await session.execute(
            insert(table).values(event_id=row_id, event_type=event_type, payload=events)
        )
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        relay = OutboxRelay(sessions, table, redis)
        assert await relay.publish_pending() == 2
        first = await _entries(redis, [event_type])
        # Published again (as after a crash before the rows were marked): the same event ids.
        async with sessions() as session, session.begin():
            await session.execute(table.update().values(published_at=None))
        assert await relay.publish_pending() == 2
        again = await _entries(redis, [event_type])
    finally:
        await redis.aclose()
    assert [json.loads(e["payload"]) for e in first] == [{"n": -1}, *events]
    assert {e["event_type"] for e in first} == {event_type}
    ids = [e["event_id"] for e in first[1:]]
    assert len(set(ids)) == len(events) and row_id not in ids
    assert all(str(uuid.UUID(i)) == i for i in ids)
    assert [e["event_id"] for e in again] == [e["event_id"] for e in first]


async def test_the_relay_measures_its_backlog_for_the_outbox_lag_alert(
    scratch_outbox: tuple[async_sessionmaker[AsyncSession], Table], redis_url: str
) -> None:
    from prometheus_client import REGISTRY

    sessions, table = scratch_outbox
    event_type = f"lagtest{uuid.uuid4().hex[:8]}.recorded"
    async with sessions() as session, session.begin():
        for minutes in (10, 1):
            await session.execute(
                insert(table).values(
                    event_id=str(uuid.uuid4()),
                    event_type=event_type,
                    payload={},
                    created_at=text(f"now() - interval '{minutes} minutes'"),
                )
            )
    labels = {"outbox": table.fullname}
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        relay = OutboxRelay(sessions, table, redis)
        count, age = await relay.measure()
        assert count == 2 and 600 <= age < 660
        assert REGISTRY.get_sample_value("cpd_outbox_unpublished_events", labels) == 2
        oldest = REGISTRY.get_sample_value("cpd_outbox_oldest_unpublished_age_seconds", labels)
        assert oldest is not None and 600 <= oldest < 660
        assert await relay.publish_pending() == 2
        assert await relay.measure() == (0, 0.0)
        assert REGISTRY.get_sample_value("cpd_outbox_unpublished_events", labels) == 0
        assert REGISTRY.get_sample_value("cpd_outbox_oldest_unpublished_age_seconds", labels) == 0
    finally:
        await redis.delete(stream_name(event_type))
        await redis.aclose()

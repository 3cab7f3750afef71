"""Fixtures shared by plan-svc's integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from plan_fakes import FAKE_CREDITS_SCHEMA, FakeCreditsSvc
from sqlalchemy import MetaData, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.db import create_engine, create_session_factory
from cpd_platform.outbox import outbox_table, stream_name
from cpd_platform.redis import create_redis


@pytest.fixture(scope="module", autouse=True)
async def empty_credit_streams(redis_url: str) -> None:
    """Each module's plan-svc starts on empty credit streams: other services' tests in the same
    session publish credit events to this Redis, and a new consumer group reads from the start."""
    redis = create_redis(redis_url)
    await redis.delete(*(stream_name(t) for t in ("credits.recorded", "credits.voided")))
    await redis.aclose()


@pytest.fixture(scope="module")
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(database_url, pool_size=2)
    yield create_session_factory(engine)
    await engine.dispose()


@pytest.fixture(scope="module")
async def credits_svc(
    sessions: async_sessionmaker[AsyncSession], redis_url: str
) -> AsyncIterator[FakeCreditsSvc]:
    table = outbox_table(MetaData(schema=FAKE_CREDITS_SCHEMA))
    async with sessions() as session, session.begin():
        await session.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{FAKE_CREDITS_SCHEMA}"'))
        await session.run_sync(lambda s: table.create(s.connection(), checkfirst=True))
    redis = create_redis(redis_url)
    yield FakeCreditsSvc(sessions, table, redis)
    await redis.aclose()

"""Fixtures shared by plan-svc's integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest
from plan_fakes import FAKE_CREDITS_SCHEMA, FakeCreditsSvc
from plan_platform import plan_settings
from sqlalchemy import MetaData, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog_svc.main import SPEC as CATALOG_SPEC
from catalog_svc.settings import CatalogSettings
from cpd.catalog.v1 import catalog_pb2_grpc
from cpd.identity.v1 import identity_pb2_grpc
from cpd.plan.v1 import plan_pb2_grpc
from cpd_platform.db import create_engine, create_session_factory
from cpd_platform.in_process_settings import in_process_settings
from cpd_platform.outbox import outbox_table, stream_name
from cpd_platform.redis import create_redis
from cpd_platform.runner import RunningService, start_service
from identity_svc.main import SPEC as IDENTITY_SPEC
from identity_svc.testing import identity_settings
from local_idp.pytest_plugin import RunningIdp
from plan_svc.main import SPEC


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


# plan-svc with the real identity-svc (grants) and catalog-svc (elements, seats) in-process.
@pytest.fixture(scope="module")
async def identity(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    running = await start_service(
        IDENTITY_SPEC, identity_settings(database_url, redis_url, idp, seed_demo=False)
    )
    yield running
    await running.stop()


@pytest.fixture(scope="module")
async def catalog(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    running = await start_service(
        CATALOG_SPEC,
        CatalogSettings.model_validate(in_process_settings(database_url, redis_url, idp.issuer)),
    )
    yield running
    await running.stop()


@pytest.fixture(scope="module")
async def plan(
    database_url: str,
    redis_url: str,
    idp: RunningIdp,
    identity: RunningService,
    catalog: RunningService,
) -> AsyncIterator[RunningService]:
    settings = plan_settings(
        database_url,
        redis_url,
        idp,
        catalog_target=f"127.0.0.1:{catalog.port}",
        identity_target=f"127.0.0.1:{identity.port}",
    )
    running = await start_service(SPEC, settings)
    yield running
    await running.stop()


@pytest.fixture
async def stubs(
    plan: RunningService, catalog: RunningService, identity: RunningService
) -> AsyncIterator[
    tuple[
        plan_pb2_grpc.PlanServiceStub,
        catalog_pb2_grpc.CatalogServiceStub,
        identity_pb2_grpc.IdentityServiceStub,
    ]
]:
    async with (
        grpc.aio.insecure_channel(f"127.0.0.1:{plan.port}") as p,
        grpc.aio.insecure_channel(f"127.0.0.1:{catalog.port}") as c,
        grpc.aio.insecure_channel(f"127.0.0.1:{identity.port}") as i,
    ):
        yield (
            plan_pb2_grpc.PlanServiceStub(p),
            catalog_pb2_grpc.CatalogServiceStub(c),
            identity_pb2_grpc.IdentityServiceStub(i),
        )

"""Liveness apart from readiness with the real PostgreSQL and Redis made unreachable: each is
reached through a TCP relay that the test cuts (connections dropped, new ones refused) and opens
again on the same port, so the service sees exactly what an outage looks like on the network."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest
from grpc_health.v1 import health_pb2

from cpd_platform.auth import TokenVerifier
from cpd_platform.db import create_engine, ping_database
from cpd_platform.local_infra import free_port
from cpd_platform.redis import create_redis, ping_redis
from cpd_platform.server import LIVENESS, GrpcService
from cpd_platform.testing import health_status, wait_for_health
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


class Relay:
    """Forwards 127.0.0.1:<port> to a target until cut."""

    def __init__(self, target_port: int) -> None:
        self.port = free_port()
        self._target = target_port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def open(self) -> None:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)

    async def cut(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()
        self._server = None

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            target_reader, target_writer = await asyncio.open_connection("127.0.0.1", self._target)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, target_writer))

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.CancelledError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, target_writer), pipe(target_reader, writer))
        self._writers.difference_update((writer, target_writer))


def _port(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


@pytest.fixture
async def relays(database_url: str, redis_url: str) -> AsyncIterator[tuple[Relay, Relay]]:
    database, redis = Relay(_port(database_url)), Relay(_port(redis_url))
    await database.open()
    await redis.open()
    yield database, redis
    for relay in (database, redis):
        if relay._server is not None:
            await relay.cut()


@pytest.mark.parametrize("dependency", ["postgresql", "redis"])
async def test_liveness_serves_while_a_dependency_is_unreachable_and_readiness_comes_back(
    idp: RunningIdp,
    database_url: str,
    redis_url: str,
    relays: tuple[Relay, Relay],
    dependency: str,
) -> None:
    database_relay, redis_relay = relays
    engine = create_engine(
        database_url.replace(f":{_port(database_url)}/", f":{database_relay.port}/")
    )
    redis = create_redis(redis_url.replace(f":{_port(redis_url)}/", f":{redis_relay.port}/"))
    service = GrpcService(
        name="probe",
        registrations=[],
        verifier=TokenVerifier.for_issuer(idp.issuer, "cpd-api"),
        readiness_checks=[lambda: ping_database(engine), lambda: ping_redis(redis)],
        readiness_interval=0.1,
    )
    port = await service.start()
    relay = database_relay if dependency == "postgresql" else redis_relay
    try:
        await wait_for_health(port, SERVING, seconds=15)
        assert await health_status(port, LIVENESS) == SERVING
        await relay.cut()
        await wait_for_health(port, NOT_SERVING, seconds=15)
        assert await health_status(port, LIVENESS) == SERVING
        await relay.open()
        await wait_for_health(port, SERVING, seconds=15)
        assert await health_status(port, LIVENESS) == SERVING
    finally:
        await service.stop(grace=0.5)
        await redis.aclose()
        await engine.dispose()

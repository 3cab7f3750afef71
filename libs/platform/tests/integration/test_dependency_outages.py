"""Dependencies that are down or do not answer: an RPC fails with UNAVAILABLE and the code
`unavailable` (not INTERNAL), readiness pings give up within seconds instead of hanging, and a
stream consumer whose Redis lost its groups creates them again and goes on."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import grpc
import pytest

from cpd_platform.auth import TokenVerifier
from cpd_platform.consumer import Event, StreamConsumer
from cpd_platform.db import create_engine, ping_database
from cpd_platform.errors import ERROR_CODE_METADATA_KEY
from cpd_platform.local_infra import free_port
from cpd_platform.outbox import stream_name
from cpd_platform.redis import create_redis, ping_redis
from cpd_platform.server import GrpcService, ServiceRegistration
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

PROBE = "cpd.probe.v1.Probe"


def probe_registration(behaviour: Callable[[], Awaitable[None]]) -> ServiceRegistration:
    async def call(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        await behaviour()
        return b""

    def add_to_server(servicer: object, server: grpc.aio.Server) -> None:
        handler = grpc.unary_unary_rpc_method_handler(call)
        server.add_generic_rpc_handlers(
            (grpc.method_handlers_generic_handler(PROBE, {"Call": handler}),)
        )

    return ServiceRegistration(add_to_server, None, PROBE, public=True)


async def call_probe(
    idp: RunningIdp, behaviour: Callable[[], Awaitable[None]]
) -> grpc.aio.AioRpcError:
    service = GrpcService(
        name="probe",
        registrations=[probe_registration(behaviour)],
        verifier=TokenVerifier.for_issuer(idp.issuer, "cpd-api"),
    )
    port = await service.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            with pytest.raises(grpc.aio.AioRpcError) as raised:
                await channel.unary_unary(f"/{PROBE}/Call")(b"", timeout=10)
    finally:
        await service.stop(grace=0.5)
    return raised.value


def error_code(error: grpc.aio.AioRpcError) -> str | None:
    return next(
        (str(v) for k, v in error.trailing_metadata() or () if k == ERROR_CODE_METADATA_KEY), None
    )


async def test_a_database_that_is_down_fails_the_rpc_with_unavailable(idp: RunningIdp) -> None:
    engine = create_engine(f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/cpd")
    try:
        error = await call_probe(idp, lambda: ping_database(engine))
    finally:
        await engine.dispose()
    assert error.code() == grpc.StatusCode.UNAVAILABLE
    assert error_code(error) == "unavailable"
    assert error.details() == "Сервис временно недоступен. Попробуйте позже."


async def test_a_redis_that_is_down_fails_the_rpc_with_unavailable(idp: RunningIdp) -> None:
    redis = create_redis(f"redis://127.0.0.1:{free_port()}/0")
    try:
        error = await call_probe(idp, lambda: redis.get("key"))  # type: ignore[arg-type,return-value]
    finally:
        await redis.aclose()
    assert (error.code(), error_code(error)) == (grpc.StatusCode.UNAVAILABLE, "unavailable")


async def test_another_service_that_is_down_fails_the_rpc_with_unavailable(
    idp: RunningIdp,
) -> None:
    async def call_another_service() -> None:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{free_port()}") as channel:
            await channel.unary_unary(f"/{PROBE}/Call")(b"", timeout=2)

    error = await call_probe(idp, call_another_service)
    assert (error.code(), error_code(error)) == (grpc.StatusCode.UNAVAILABLE, "unavailable")


async def test_a_fault_of_our_own_is_still_internal(idp: RunningIdp) -> None:
    async def broken() -> None:
        raise ValueError("a bug")

    error = await call_probe(idp, broken)
    assert (error.code(), error_code(error)) == (grpc.StatusCode.INTERNAL, "internal")


@pytest.fixture
async def silent_server() -> AsyncIterator[int]:
    """A server that accepts connections and never answers: a frozen PostgreSQL or Redis."""
    held: list[asyncio.StreamWriter] = []

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_the_database_ping_gives_up_on_a_database_that_does_not_answer(
    silent_server: int,
) -> None:
    engine = create_engine(f"postgresql+asyncpg://postgres@127.0.0.1:{silent_server}/cpd")
    started = time.monotonic()
    try:
        # Without a timeout of its own the ping would hang (asyncpg waits a minute to connect).
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(30):
                await ping_database(engine)
    finally:
        await engine.dispose()
    assert time.monotonic() - started < 10


async def test_the_redis_ping_and_commands_give_up_on_a_redis_that_does_not_answer(
    silent_server: int,
) -> None:
    redis = create_redis(f"redis://127.0.0.1:{silent_server}/0")
    try:
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(30):
                await ping_redis(redis)
        assert time.monotonic() - started < 10
        # A relay's or consumer's command fails too, rather than stalling its loop for good.
        started = time.monotonic()
        with pytest.raises(Exception) as raised:
            async with asyncio.timeout(30):
                await redis.xadd("stream", {"field": "value"})
        assert time.monotonic() - started < 20
        assert not isinstance(raised.value, asyncio.TimeoutError | TimeoutError), raised.value
    finally:
        await redis.aclose()


async def test_a_consumer_creates_its_group_again_when_redis_lost_it(redis_url: str) -> None:
    event_type = f"outagetest{uuid.uuid4().hex[:8]}.recorded"
    stream = stream_name(event_type)
    redis = create_redis(redis_url)
    arrived: dict[str, asyncio.Event] = {}

    def arrival(event_id: str) -> asyncio.Event:
        return arrived.setdefault(event_id, asyncio.Event())

    async def handle(event: Event) -> None:
        arrival(event.event_id).set()

    async def publish(event_id: str) -> None:
        await redis.xadd(stream, {"event_id": event_id, "event_type": event_type, "payload": "{}"})

    async def until_seen(event_id: str) -> None:
        await asyncio.wait_for(arrival(event_id).wait(), 10)

    consumer = StreamConsumer(
        redis,
        group="outage-test",
        consumer="c1",
        event_types=[event_type],
        handler=handle,
        block_ms=100,
    )
    stop = asyncio.Event()
    running = asyncio.create_task(consumer.run(stop))
    try:
        first, second = str(uuid.uuid4()), str(uuid.uuid4())
        await publish(first)
        await until_seen(first)
        # A Redis restarted without its data: the stream and the group are gone.
        await redis.delete(stream)
        await publish(second)
        await until_seen(second)
    finally:
        stop.set()
        await asyncio.wait_for(running, 5)
        await redis.delete(stream)
        await redis.aclose()
    assert not running.exception()

"""pytest fixtures: a private PostgreSQL and Redis per test session (or `CPD_PG_URL` /
`CPD_REDIS_URL` when set), and a fresh database for the session's services.

Loaded by the workspace's root conftest.py.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import os
import shutil
import tempfile
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar, cast

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform.errors import ERROR_CODE_METADATA_KEY
from cpd_platform.local_infra import (
    LocalPostgres,
    LocalRedis,
    drop_database,
    ensure_database,
    free_port,
)
from cpd_platform.local_mail import LocalMailServer
from cpd_platform.pesel import pesel_with_check_digit
from cpd_platform.snils import with_check_number

T = TypeVar("T")


class _Server(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


_ServerT = TypeVar("_ServerT", bound=_Server)


@contextmanager
def _scratch_server(
    config: pytest.Config, name: str, server_in: Callable[[Path], _ServerT]
) -> Iterator[_ServerT]:
    """A server made in a scratch folder of its own under .data/test and started; afterwards
    stopped and the folder removed."""
    base = config.rootpath / ".data" / "test"
    base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=base))
    server = server_in(folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if url := os.environ.get("CPD_PG_URL"):
        yield url
        return
    with _scratch_server(
        request.config,
        "pg",
        lambda folder: LocalPostgres(folder / "data", free_port(), fsync=False),
    ) as server:
        yield server.server_url


@pytest.fixture(scope="session")
def redis_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if url := os.environ.get("CPD_REDIS_URL"):
        yield url
        return
    with _scratch_server(
        request.config, "redis", lambda folder: LocalRedis(folder, free_port())
    ) as server:
        yield server.url


@pytest.fixture(scope="session")
def database_url(pg_server_url: str) -> Iterator[str]:
    """A database of its own for this test session (SQLAlchemy asyncpg URL)."""
    name = f"cpd_test_{uuid.uuid4().hex[:12]}"
    url = asyncio.run(ensure_database(pg_server_url, name))
    try:
        yield url
    finally:
        asyncio.run(drop_database(pg_server_url, name))


@pytest.fixture(scope="session")
def mail_server(request: pytest.FixtureRequest) -> Iterator[LocalMailServer]:
    """A real SMTP server on a free port writing to a Maildir; tests read what was sent."""
    with _scratch_server(
        request.config, "mail", lambda folder: LocalMailServer(folder / "maildir", free_port())
    ) as server:
        yield server


def new_snils() -> str:
    """A fresh valid SNILS, above the range whose check number is not checked."""
    return with_check_number(str(200_000_000 + uuid.uuid4().int % 700_000_000))


def new_pesel() -> str:
    """A fresh valid PESEL (SMK) of someone born between 1950 and 1999."""
    n = uuid.uuid4().int
    born = date(1950, 1, 1) + timedelta(days=n % 18_262)
    return pesel_with_check_digit(f"{born:%y%m%d}{n // 18_262 % 10_000:04d}")


def grpc_error_code(error: grpc.aio.AioRpcError) -> str | None:
    """The stable domain error code a service attached to a failed call."""
    for key, value in error.trailing_metadata() or ():
        if key == ERROR_CODE_METADATA_KEY:
            return str(value)
    return None


def bearer(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


class FixedClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self._now = now if now.tzinfo else now.replace(tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.date()

    def advance(self, delta: timedelta) -> None:
        self._now += delta


@dataclass(frozen=True, slots=True)
class EmittedEvent:
    event_type: str
    payload: dict[str, Any]
    event_id: str


class InMemoryUnitOfWork:
    """A unit of work without a database, for use-case unit tests.

    A service's fake subclasses it and sets its in-memory repositories in `__init__` (the same
    attribute names as its SQL unit of work). Leaving the block without `commit()` restores the
    repositories as they were when it opened and drops the events it emitted, as a rollback
    would; `events` holds what committed units of work emitted, in order.
    """

    def __init__(self) -> None:
        self.commits = 0
        self.events: list[EmittedEvent] = []
        self._pending: list[EmittedEvent] = []
        self._snapshot: dict[str, Any] = {}
        self._committed = False

    def _repositories(self) -> dict[str, Any]:
        return {
            name: value
            for name, value in vars(self).items()
            if not name.startswith("_") and name not in ("commits", "events")
        }

    async def __aenter__(self) -> Self:
        self._committed = False
        self._pending = []
        self._snapshot = {
            name: copy.deepcopy(vars(repo)) for name, repo in self._repositories().items()
        }
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            for name, state in self._snapshot.items():
                vars(getattr(self, name)).update(state)
        self._pending = []

    async def commit(self) -> None:
        self._committed = True
        self.commits += 1
        self.events.extend(self._pending)
        self._pending = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> str:
        event = EmittedEvent(event_type, payload, str(uuid.uuid4()))
        self._pending.append(event)
        return event.event_id


async def wait_until(
    condition: Callable[[], Awaitable[T | None]] | Callable[[], T | None],
    *,
    seconds: float = 10.0,
    interval: float = 0.02,
    what: str = "the condition",
) -> T:
    """Polls `condition` (sync or async) until it returns something truthy, and returns it;
    fails the test with `what` after `seconds`. Use it instead of a fixed sleep."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        result = condition()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return cast(T, result)
        if asyncio.get_running_loop().time() >= deadline:
            raise AssertionError(f"timed out after {seconds} s waiting for {what}")
        await asyncio.sleep(interval)


async def health_status(port: int, service: str = "") -> int:
    """The gRPC health status the server on 127.0.0.1:`port` reports for `service`."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        reply = await health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service=service), timeout=5.0
        )
        return int(reply.status)


async def wait_for_health(
    port: int, expected: int, service: str = "", *, seconds: float = 10.0
) -> None:
    """Polls the health of `service` until it is `expected` (a HealthCheckResponse status)."""

    async def reached() -> bool:
        return await health_status(port, service) == expected

    what = f"health {service!r} to become {expected}"
    _reached: bool = await wait_until(reached, seconds=seconds, what=what)

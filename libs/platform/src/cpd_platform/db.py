"""Async SQLAlchemy engine and the unit of work.

`async with uow:` opens a session; leaving the block rolls back unless `commit()` was called.
Events emitted inside the unit of work are written to the service's outbox in the same
transaction as the change.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol, Self

from sqlalchemy import Table, event, insert, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from cpd_platform.context import request_id_var

# A PostgreSQL that does not answer (frozen, cut off) fails a connection attempt within
# seconds rather than asyncpg's default minute, and the readiness ping sooner still.
CONNECT_TIMEOUT_SECONDS = 5.0
PING_TIMEOUT_SECONDS = 3.0
# A pooled connection idle for longer is pinged before use. One used more recently has just
# proved alive, or failed and had the pool replace every connection as old as it.
PING_AFTER_IDLE_SECONDS = 1.0


def create_engine(
    url: str,
    *,
    pool_size: int = 10,
    max_overflow: int = 10,
    connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
) -> AsyncEngine:
    """Connections idle for a while are checked before use (`ping_idle_connections`): those
    PostgreSQL cut during a restart are replaced instead of failing the next request."""
    engine = create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=max_overflow,
        connect_args={"timeout": connect_timeout},
        json_serializer=lambda value: json.dumps(value, ensure_ascii=False),
    )
    ping_idle_connections(engine)
    return engine


def ping_idle_connections(engine: AsyncEngine) -> None:
    """SQLAlchemy's `pool_pre_ping` on a connection idle for over PING_AFTER_IDLE_SECONDS only.
    The asyncpg dialect's ping is three round trips (BEGIN, `;`, ROLLBACK): on every checkout it
    was a third of a one-query read's database work. A failed ping makes the pool replace the
    connection and try another (DisconnectionError)."""

    @event.listens_for(engine.sync_engine, "checkin")
    def remember_idle_since(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def ping_if_idle(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            dbapi_connection.ping()
        except Exception as exc:
            raise DisconnectionError(f"stale pooled connection: {exc}") from exc


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def ping_database(engine: AsyncEngine) -> None:
    """Raises (TimeoutError at the latest after PING_TIMEOUT_SECONDS) unless PostgreSQL answers."""
    async with asyncio.timeout(PING_TIMEOUT_SECONDS), engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


class UnitOfWorkPort(Protocol):
    """What use cases see of a unit of work, with SQL or in memory (`cpd_platform.testing`).

    A service's unit of work adds its repositories as attributes (`uow.elements`, …), bound
    when the block opens; use cases never build repositories themselves.
    """

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def commit(self) -> None: ...

    async def emit(self, event_type: str, payload: dict[str, Any]) -> str: ...


class UnitOfWork:
    """The SQL unit of work. A service subclasses it and binds its repositories to the session
    in `bind_repositories` (called each time the block opens)."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], outbox: Table | None = None
    ) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._session: AsyncSession | None = None
        self._committed = False

    @property
    def session(self) -> AsyncSession:
        if self._session is None:
            raise RuntimeError("unit of work used outside 'async with'")
        return self._session

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        self._committed = False
        self.bind_repositories(self._session)
        return self

    def bind_repositories(self, session: AsyncSession) -> None:
        """Subclasses set their repositories here: `self.elements = ElementRepository(session)`."""

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if not self._committed:
                await session.rollback()
        finally:
            await session.close()
            self._session = None

    async def commit(self) -> None:
        await self.session.commit()
        self._committed = True

    async def emit(self, event_type: str, payload: dict[str, Any]) -> str:
        """Writes an event to the outbox; it is published only if the transaction commits."""
        if self._outbox is None:
            raise RuntimeError("this unit of work has no outbox")
        event_id = str(uuid.uuid4())
        await self.session.execute(
            insert(self._outbox).values(
                event_id=event_id,
                event_type=event_type,
                payload=payload,
                request_id=request_id_var.get(),
            )
        )
        return event_id


UnitOfWorkFactory = Callable[[], UnitOfWork]


async def copy_records(
    connection: AsyncConnection,
    table: str,
    schema: str | None,
    columns: list[str],
    records: list[tuple[Any, ...]],
) -> None:
    """COPY rows into a table inside the connection's current transaction (asyncpg's binary
    COPY: set-based, and ids may go as text, encoded in C)."""
    if not records:
        return
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    await driver.copy_records_to_table(table, records=records, columns=columns, schema_name=schema)

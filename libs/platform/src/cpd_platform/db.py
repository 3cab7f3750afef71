"""Async SQLAlchemy engine and the unit of work.

`async with uow:` opens a session; leaving the block rolls back unless `commit()` was called.
Events emitted inside the unit of work are written to the service's outbox in the same
transaction as the change.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol, Self

from sqlalchemy import Table, insert, text
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


def create_engine(
    url: str,
    *,
    pool_size: int = 10,
    max_overflow: int = 10,
    connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
) -> AsyncEngine:
    """Connections are checked before use (`pool_pre_ping`): those PostgreSQL cut during a
    restart are replaced instead of failing the next request."""
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_pre_ping=True,
        connect_args={"timeout": connect_timeout},
        json_serializer=lambda value: json.dumps(value, ensure_ascii=False),
    )


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

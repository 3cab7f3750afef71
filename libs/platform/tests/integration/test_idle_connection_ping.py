"""Pooled connections (cpd_platform.db.create_engine): one whose server session ended while it
sat idle in the pool is replaced on checkout instead of failing the request, and a connection
in steady use is not pinged (the ping is three round trips on asyncpg)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cpd_platform import db
from cpd_platform.db import create_engine


async def _backend_pid(engine: db.AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text("SELECT pg_backend_pid()")))


async def test_a_connection_cut_while_idle_is_replaced_on_checkout(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)
    engine = create_engine(database_url, pool_size=1, max_overflow=0)
    other = create_engine(database_url)
    try:
        cut = await _backend_pid(engine)
        async with other.connect() as connection:
            await connection.execute(text(f"SELECT pg_terminate_backend({cut})"))
        assert await _backend_pid(engine) != cut
    finally:
        await engine.dispose()
        await other.dispose()


async def test_a_connection_in_use_is_not_pinged(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(database_url, pool_size=1, max_overflow=0)
    try:
        await _backend_pid(engine)
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            adapter = type(raw.dbapi_connection)
        pings: list[object] = []
        ping = adapter.ping
        monkeypatch.setattr(adapter, "ping", lambda self: (pings.append(self), ping(self)))
        for _ in range(3):
            await _backend_pid(engine)
        assert pings == []
        monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)
        await _backend_pid(engine)
        assert len(pings) == 1
    finally:
        await engine.dispose()

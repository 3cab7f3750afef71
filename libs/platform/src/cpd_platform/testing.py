"""pytest fixtures: a private PostgreSQL and Redis per test session (or `CPD_PG_URL` /
`CPD_REDIS_URL` when set), and a fresh database for the session's services.

Loaded by the workspace's root conftest.py.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

from cpd_platform.errors import ERROR_CODE_METADATA_KEY
from cpd_platform.local_infra import (
    LocalPostgres,
    LocalRedis,
    drop_database,
    ensure_database,
    free_port,
)
from cpd_platform.local_mail import LocalMailServer
from cpd_platform.snils import with_check_number


def _scratch_dir(config: pytest.Config, name: str) -> Path:
    base = config.rootpath / ".data" / "test"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=base))


@pytest.fixture(scope="session")
def pg_server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if url := os.environ.get("CPD_PG_URL"):
        yield url
        return
    folder = _scratch_dir(request.config, "pg")
    server = LocalPostgres(folder / "data", free_port(), fsync=False)
    server.start()
    try:
        yield server.server_url
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def redis_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if url := os.environ.get("CPD_REDIS_URL"):
        yield url
        return
    folder = _scratch_dir(request.config, "redis")
    server = LocalRedis(folder, free_port())
    server.start()
    try:
        yield server.url
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


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
    folder = _scratch_dir(request.config, "mail")
    server = LocalMailServer(folder / "maildir", free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def new_snils() -> str:
    """A fresh valid SNILS, above the range whose check number is not checked."""
    return with_check_number(str(200_000_000 + uuid.uuid4().int % 700_000_000))


def grpc_error_code(error: grpc.aio.AioRpcError) -> str | None:
    """The stable domain error code a service attached to a failed call."""
    for key, value in error.trailing_metadata() or ():
        if key == ERROR_CODE_METADATA_KEY:
            return str(value)
    return None


def bearer(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)

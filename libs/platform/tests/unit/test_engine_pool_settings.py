"""The pool size settings (`<P>DB_POOL_SIZE`, `<P>DB_MAX_OVERFLOW`) reach the engine's pool."""

from __future__ import annotations

import pytest
from pydantic_settings import SettingsConfigDict
from sqlalchemy.pool import QueuePool

from cpd_platform.runner import Infrastructure
from cpd_platform.settings import ServiceSettings


class ExampleSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="EXAMPLE_", extra="ignore")


async def test_pool_size_and_overflow_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EXAMPLE_DB_POOL_SIZE", "3")
    monkeypatch.setenv("EXAMPLE_DB_MAX_OVERFLOW", "2")
    infrastructure = Infrastructure.open(ExampleSettings())
    try:
        pool = infrastructure.engine.sync_engine.pool
        assert isinstance(pool, QueuePool)
        assert pool.size() == 3
        assert pool._max_overflow == 2  # QueuePool exposes no getter
    finally:
        await infrastructure.close()


def test_a_pool_of_no_connections_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_DB_POOL_SIZE", "0")
    with pytest.raises(ValueError, match="db_pool_size"):
        ExampleSettings()

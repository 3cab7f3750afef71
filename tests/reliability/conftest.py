"""The platform started as `make up` starts it, on PostgreSQL and Redis of its own: the reliability
tests stop and restart them, which must not disturb the servers other tests share (so they are
private even when CPD_PG_URL / CPD_REDIS_URL name running servers)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.e2e.conftest import Tokens

from cpd_platform.devstack import DevStack, Ports


@pytest.fixture(scope="session")
def stack(request: pytest.FixtureRequest) -> Iterator[DevStack]:
    base = request.config.rootpath / ".data" / "test"
    base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="reliability-", dir=base))
    platform = DevStack(
        data_dir=folder,
        ports=Ports.free(),
        pg_url=None,
        redis_url=None,
        database="cpd_reliability",
        durable=False,
        # A restarted Redis keeps its streams, as production's persistent Redis does.
        redis_persist=True,
        anonymous_requests_per_minute=100_000,
    )
    platform.start()
    try:
        yield platform
    finally:
        platform.stop()
        # The services' logs stay for a failed run, or when CPD_KEEP_TEST_DATA is set
        # (`.data/test/reliability-*/logs`).
        if request.session.testsfailed == 0 and not os.environ.get("CPD_KEEP_TEST_DATA"):
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def stack_tokens(stack: DevStack) -> Tokens:
    return Tokens(stack)

"""The platform started as `make up` starts it, on PostgreSQL and Redis of its own: the reliability
tests stop and restart them, which must not disturb the servers other tests share (so they are
private even when CPD_PG_URL / CPD_REDIS_URL name running servers)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.e2e.conftest import Tokens
from tests.e2e.test_registration import register
from tests.reliability.outage import DashboardReader, Outage, StreamingProvider, run_outage

from cpd_platform import demo
from cpd_platform.devstack import DevStack, Ports, dev_client_secret
from cpd_platform.testing import new_snils


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


@dataclass(frozen=True)
class Workload:
    """Two freshly registered persons whose results the demo provider posts, the provider's
    client-credentials token and the demo specialist's access token (the dashboard reader)."""

    snils: list[str]
    persons: list[str]
    provider_token: str
    specialist_token: str


@pytest.fixture
def workload(stack: DevStack, stack_tokens: Tokens) -> Workload:
    snils = [new_snils() for _ in range(2)]
    return Workload(
        snils=snils,
        persons=[register(stack, digits)["personId"] for digits in snils],
        provider_token=stack_tokens.client(
            demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)
        ),
        specialist_token=stack_tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)[
            "access_token"
        ],
    )


OutageRun = Callable[[Callable[[], None], Callable[[], None]], Outage]


@pytest.fixture
def outage_under_workload(stack: DevStack, workload: Workload) -> OutageRun:
    """`run(stop, start)`: the workload's provider streams and its specialist reads the dashboard
    while a dependency is stopped and started again (`run_outage`)."""

    def run(stop: Callable[[], None], start: Callable[[], None]) -> Outage:
        return run_outage(
            stack,
            StreamingProvider(stack, workload.provider_token, workload.snils),
            DashboardReader(stack, workload.specialist_token),
            stop=stop,
            start=start,
        )

    return run

"""Killing plan-svc (SIGKILL, no graceful stop) while credits are being posted, then restarting
it, leaves the projection equal to the ledger: nothing lost, nothing counted twice."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from plan_fakes import FakeCreditsSvc, eventually
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.local_infra import free_port
from cpd_platform.migrations import upgrade_to_head
from local_idp.pytest_plugin import RunningIdp
from plan_svc.adapters.orm import processed_events
from plan_svc.adapters.repository import PersonCreditRepository
from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.projection import CreditProjection
from plan_svc.main import SPEC

pytestmark = pytest.mark.integration

CARDIOLOGY, THERAPY = "31.08.36", "31.08.49"


class PlanProcess:
    def __init__(self, env: dict[str, str], log: Path) -> None:
        self._env = env
        self._log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self._log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "plan_svc.main", "serve"],
                env={**os.environ, **self._env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def plan_process(
    database_url: str, redis_url: str, idp: RunningIdp, tmp_path: Path
) -> Iterator[PlanProcess]:
    process = PlanProcess(
        {
            "PLAN_DATABASE_URL": database_url,
            "PLAN_REDIS_URL": redis_url,
            "PLAN_GRPC_PORT": str(free_port()),
            "PLAN_OIDC_ISSUER": idp.issuer,
            "PLAN_LOG_LEVEL": "WARNING",
        },
        tmp_path / "plan-svc.log",
    )
    yield process
    process.stop()


def expected_projection(ledger: list[tuple[str, dict[str, object]]]) -> CreditProjection:
    projection = CreditProjection()
    for event_type, payload in ledger:
        if event_type == "credits.recorded":
            projection.record(
                RecordedCredit(
                    credit_id=str(payload["credit_id"]),
                    person_id=str(payload["person_id"]),
                    element_id=str(payload["element_id"]),
                    kind=CreditKind(str(payload["element_kind"])),
                    main_specialty_code=str(payload["main_specialty_code"]),
                    additional_specialty_codes=tuple(payload["additional_specialty_codes"]),  # type: ignore[arg-type]
                    zet=int(payload["zet"]),  # type: ignore[call-overload]
                    completed_on=date.fromisoformat(str(payload["completed_on"])),
                )
            )
        else:
            projection.void(str(payload["credit_id"]), str(payload["person_id"]))
    return projection


async def test_killing_plan_svc_mid_stream_loses_and_doubles_nothing(
    plan_process: PlanProcess,
    credits_svc: FakeCreditsSvc,
    sessions: async_sessionmaker[AsyncSession],
    database_url: str,
) -> None:
    await upgrade_to_head(SPEC.migrations_dir, database_url)
    rng = random.Random(20261123)
    persons = [str(uuid.uuid4()) for _ in range(3)]
    first_event = len(credits_svc.ledger)
    plan_process.start()

    async def post(count: int) -> None:
        posted: list[tuple[str, str]] = []
        for _ in range(count):
            if posted and rng.random() < 0.2:
                credit_id, person = posted.pop(rng.randrange(len(posted)))
                await credits_svc.void(credit_id, person)
            else:
                person = rng.choice(persons)
                credit_id, _ = await credits_svc.record(
                    person,
                    kind=rng.choice(["program", "event", "module"]),
                    zet=rng.randint(0, 36),
                    completed_on=date(2024, 1, 1) + timedelta(days=rng.randint(0, 1500)),
                    additional=(THERAPY,) if rng.random() < 0.5 else (),
                )
                posted.append((credit_id, person))
            await asyncio.sleep(0.005)

    async def projected() -> int:
        async with sessions() as session:
            found = await PersonCreditRepository(session).for_persons(persons)
        return sum(len(v) for v in found.values())

    poster = asyncio.create_task(post(240))
    # Kill it twice while the posting goes on, once as soon as it has started projecting.
    await eventually(lambda: _more_than(projected, 10), seconds=60)
    plan_process.kill()
    await asyncio.sleep(0.3)
    plan_process.start()
    await asyncio.sleep(1.0)
    plan_process.kill()
    plan_process.start()
    await poster

    ledger = credits_svc.ledger[first_event:]
    expected = expected_projection(ledger)

    async def equal_to_ledger() -> bool:
        async with sessions() as session:
            found = await PersonCreditRepository(session).for_persons(persons)
        actual = {c.credit_id: c for credits in found.values() for c in credits}
        return actual == expected.credits

    # Messages held by a killed consumer are claimed again once idle for 5 s.
    await eventually(equal_to_ledger, seconds=90)
    async with sessions() as session:
        handled = await session.scalar(
            select(func.count())
            .select_from(processed_events)
            .where(processed_events.c.consumer == "plan-svc")
        )
    assert handled is not None and handled >= len(ledger)
    live = [c for c in expected.credits.values() if not c.voided]
    assert 0 < len(live) < len(expected.credits)


async def _more_than(count: object, threshold: int) -> bool:
    return await count() > threshold  # type: ignore[operator, no-any-return]

"""Allocation of unique numbers (pk-regional-svc's RunAllocation use case), from one region up to
the whole country (issue 16). Not part of `make test`; a batch job, so no latency figures:
it prints teachers allocated per second, wall time and the peak RSS of the allocating process.

Starts a private PostgreSQL in a scratch folder, migrates pk-regional-svc's schema and loads
REGIONS regions region by region with COPY (TEACHERS teachers, SCHOOLS schools and
MUNICIPALITIES municipalities shared out evenly; one campaign per region, with school and
municipal quotas; operators confirmed nine candidates in ten). Then it runs
`service_layer.allocation.run_allocation` for every campaign, PARALLEL campaigns at a time,
exactly as the RunAllocation RPC does (a regional operator allowed everywhere).

    uv run --no-sync python bench/bench_allocation.py   # Tatarstan: 60,000 teachers
    # the national run (target: < 60 s and < 2 GB RSS):
    uv run --no-sync python bench/bench_allocation.py --regions 85 --teachers 1000000 \
        --schools 40000 --municipalities 2300
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import shutil
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.clock import SystemClock
from cpd_platform.db import create_engine, create_session_factory
from cpd_platform.local_infra import LocalPostgres, ensure_database, free_port
from cpd_platform.migrations import upgrade_to_head
from cpd_platform.principal import Principal, Role
from cpd_platform.regions import REGIONS
from pk_regional_svc.adapters.orm import campaigns
from pk_regional_svc.adapters.unit_of_work import PkRegionalUnitOfWork
from pk_regional_svc.domain.rules import CURRENT_RULES
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.main import MIGRATIONS
from pk_regional_svc.service_layer.allocation import run_allocation

YEAR = 2025


class AllowEverywhere:
    """The Authorizer port for a regional operator of every region."""

    async def require(self, principal: Principal, roles: Sequence[Role], place: Place) -> None:
        return None

    async def visibility(self, principal: Principal, roles: Sequence[Role] = ()) -> Any:
        raise NotImplementedError


OPERATOR = Principal(
    subject="bench",
    client_id="bench",
    roles=frozenset({Role.REGIONAL_OPERATOR}),
    person_id=None,
    snils=None,
    token="",
)


async def copy(
    session: AsyncSession, table: str, columns: list[str], records: list[tuple[Any, ...]]
) -> None:
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    assert raw.driver_connection is not None
    await raw.driver_connection.copy_records_to_table(
        table, records=records, columns=columns, schema_name="pk_regional"
    )


def share(total: int, parts: int, index: int) -> int:
    return total // parts + (1 if index < total % parts else 0)


async def load_region(
    uow: PkRegionalUnitOfWork,
    region: str,
    teachers: int,
    schools: int,
    municipalities: int,
    first_snils: int,
    rnd: random.Random,
) -> str:
    munis = [uuid.uuid4() for _ in range(municipalities)]
    school_rows = [
        (uuid.uuid4(), region, munis[i % municipalities], f"b{region}-{i}", f"Школа {i}", "general")
        for i in range(schools)
    ]
    teacher_rows = []
    for i in range(teachers):
        school = school_rows[i % schools]
        trained = None if rnd.random() < 0.1 else rnd.randint(2012, 2025)
        teacher_rows.append(
            (
                uuid.uuid4(),
                region,
                school[2],
                school[0],
                f"{first_snils + i:09d}00",
                f"Фамилия{i}",
                f"Имя{i}",
                trained,
                date(trained, rnd.randint(1, 12), 1) if trained else None,
            )
        )
    campaign_id = uuid.uuid4()
    now = datetime.now(UTC)
    async with uow:
        session = uow.session
        await copy(
            session,
            "municipalities",
            ["id", "region_code", "name", "kind"],
            [(m, region, f"Район {i}", "municipal_district") for i, m in enumerate(munis)],
        )
        await copy(
            session,
            "schools",
            ["id", "region_code", "municipality_id", "code", "name", "kind"],
            school_rows,
        )
        await copy(
            session,
            "teachers",
            [
                "id",
                "region_code",
                "municipality_id",
                "school_id",
                "snils",
                "family_name",
                "given_name",
                "last_training_year",
                "last_training_on",
            ],
            teacher_rows,
        )
        await session.execute(
            campaigns.insert().values(
                id=str(campaign_id),
                region_code=region,
                year=YEAR,
                questionnaire_opens_at=now,
                questionnaire_closes_at=now + timedelta(days=1),
                applications_open_at=now,
                applications_close_at=now + timedelta(days=1),
                required_hours=72,
                rules_version=CURRENT_RULES.version,
                secret=secrets.token_bytes(32),
            )
        )
        per_school = max(1, teachers // schools // 3)
        quotas = [(campaign_id, "municipality", m, teachers // municipalities // 3) for m in munis]
        quotas += [(campaign_id, "school", s[0], per_school) for s in school_rows]
        await copy(session, "quotas", ["campaign_id", "scope_kind", "scope_id", "count"], quotas)
        # Operators confirmed nine candidates in ten.
        await session.execute(
            text(
                "INSERT INTO pk_regional.candidate_decisions "
                "(campaign_id, teacher_id, decision, decided_by) "
                "SELECT :c, id, CASE WHEN abs(hashtext(id::text)) % 10 = 0 "
                "THEN 'pending' ELSE 'confirmed' END, 'bench' "
                "FROM pk_regional.teachers WHERE region_code = :r "
                "AND (last_training_year IS NULL OR :y - last_training_year >= 3)"
            ),
            {"c": campaign_id, "y": YEAR, "r": region},
        )
        await uow.commit()
    return str(campaign_id)


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds_of_postgres(data_dir: Path) -> float:
    """CPU time of the PostgreSQL server: its postmaster, its exited and its live backends."""
    postmaster = int((data_dir / "postmaster.pid").read_text().split()[0])
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(postmaster):
            ticks += sum(int(f) for f in fields[11:15])
        elif int(fields[1]) == postmaster:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def reset_peak_rss() -> None:
    """Linux: writing 5 to clear_refs resets VmHWM, so the loading's peak is not counted."""
    Path("/proc/self/clear_refs").write_text("5")


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-allocation-"))
    server = LocalPostgres(folder / "pg", free_port(), fsync=False)
    server.start()
    try:
        url = await ensure_database(server.server_url, "bench_allocation")
        await upgrade_to_head(MIGRATIONS, url)
        engine = create_engine(url)
        sessions = create_session_factory(engine)
        regions = sorted(REGIONS)[: args.regions]
        rnd = random.Random(16)
        started = time.perf_counter()
        campaign_ids = []
        first_snils = 100_000_000
        for index, region in enumerate(regions):
            teachers = share(args.teachers, len(regions), index)
            campaign_ids.append(
                await load_region(
                    PkRegionalUnitOfWork(sessions),
                    region,
                    teachers,
                    share(args.schools, len(regions), index),
                    share(args.municipalities, len(regions), index),
                    first_snils,
                    rnd,
                )
            )
            first_snils += teachers
        async with engine.begin() as connection:
            await connection.execute(text("ANALYZE"))
        print(
            f"loaded {args.teachers} teachers, {args.schools} schools, "
            f"{args.municipalities} municipalities in {len(regions)} regions "
            f"in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        reset_peak_rss()
        gate = asyncio.Semaphore(args.parallel)
        clock = SystemClock()
        compute = store = 0.0
        granted = not_granted = 0

        async def allocate_one(campaign_id: str) -> None:
            nonlocal compute, store, granted, not_granted
            async with gate:
                summary, timings = await run_allocation(
                    PkRegionalUnitOfWork(sessions),
                    OPERATOR,
                    campaign_id,
                    authz=AllowEverywhere(),
                    clock=clock,
                )
            compute += timings.compute_seconds
            store += timings.store_seconds
            granted += summary.granted
            not_granted += summary.not_granted

        started = time.perf_counter()
        own_cpu, database_cpu = time.process_time(), cpu_seconds_of_postgres(folder / "pg")
        await asyncio.gather(*(allocate_one(c) for c in campaign_ids))
        wall = time.perf_counter() - started
        own_cpu = time.process_time() - own_cpu
        database_cpu = cpu_seconds_of_postgres(folder / "pg") - database_cpu
        candidates = granted + not_granted
        print(f"candidates={candidates} granted={granted} not_granted={not_granted}")
        print(
            f"allocated {len(campaign_ids)} campaigns, {args.parallel} at a time: "
            f"wall {wall:.2f} s = {candidates / wall:,.0f} candidates/s; "
            f"summed per campaign: read+compute {compute:.2f} s, store+commit {store:.2f} s; "
            f"peak RSS of the allocating process {peak_rss_mb():.0f} MB "
            f"(national target: < 60 s, < 2048 MB)"
        )
        print(
            f"CPU (load-independent): allocating process {own_cpu:.1f} s, PostgreSQL "
            f"{database_cpu:.1f} s; per 1,000 candidates {own_cpu / candidates * 1e3 * 1e3:.0f} ms"
            f" + {database_cpu / candidates * 1e3 * 1e3:.0f} ms"
        )
        again = await run_allocation(
            PkRegionalUnitOfWork(sessions),
            OPERATOR,
            campaign_ids[0],
            authz=AllowEverywhere(),
            clock=clock,
        )
        print(f"a second run is the stored result: {not again[0].ran_now}")
        await engine.dispose()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--regions", type=int, default=1)
    parser.add_argument("--teachers", type=int, default=60_000)
    parser.add_argument("--schools", type=int, default=2_500)
    parser.add_argument("--municipalities", type=int, default=45)
    parser.add_argument("--parallel", type=int, default=2, help="campaigns allocated at once")
    asyncio.run(main(parser.parse_args()))

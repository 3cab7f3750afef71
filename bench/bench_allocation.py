"""Allocation of unique numbers for a whole region: 60,000 teachers, 2,500 schools, 45
municipalities (the size of Tatarstan). Not part of `make test`.

Starts a private PostgreSQL in a scratch folder, migrates pk-regional-svc's schema, loads the
region with COPY, confirms every candidate, then measures what `RunAllocation` does inside its
transaction: reading the inputs and computing (the pure domain function), and storing numbers,
holdings and outcomes (set-based COPY) plus the commit. Target: under 10 s in total.

    uv run python bench/bench_allocation.py [--teachers 60000] [--schools 2500] [--municipalities 45]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import shutil
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from cpd_platform.db import UnitOfWork, create_engine, create_session_factory
from cpd_platform.local_infra import LocalPostgres, ensure_database, free_port
from cpd_platform.migrations import upgrade_to_head
from pk_regional_svc.adapters.orm import campaigns
from pk_regional_svc.adapters.unit_of_work import PkRegionalUnitOfWork
from pk_regional_svc.domain.allocation import allocate
from pk_regional_svc.domain.numbers import allocated_numbers
from pk_regional_svc.domain.rules import CURRENT_RULES
from pk_regional_svc.main import MIGRATIONS

YEAR = 2025


def new_id() -> str:
    return str(uuid.uuid4())


async def copy(
    session: Any, table: str, columns: list[str], records: list[tuple[Any, ...]]
) -> None:
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    await raw.driver_connection.copy_records_to_table(
        table, records=records, columns=columns, schema_name="pk_regional"
    )


async def load_region(uow: UnitOfWork, teachers: int, schools: int, municipalities: int) -> str:
    rnd = random.Random(16)
    munis = [uuid.uuid4() for _ in range(municipalities)]
    school_rows = [
        (uuid.uuid4(), "16", munis[i % municipalities], f"bench-{i}", f"Школа {i}", "general")
        for i in range(schools)
    ]
    teacher_rows = []
    for i in range(teachers):
        school = school_rows[i % schools]
        trained = None if rnd.random() < 0.1 else rnd.randint(2012, 2025)
        teacher_rows.append(
            (
                uuid.uuid4(),
                "16",
                school[2],
                school[0],
                f"{100_000_000 + i:09d}00",
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
            [(m, "16", f"Район {i}", "municipal_district") for i, m in enumerate(munis)],
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
                region_code="16",
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
        quotas = [(campaign_id, "municipality", m, teachers // municipalities // 3) for m in munis]
        quotas += [(campaign_id, "school", s[0], 8) for s in school_rows]
        await copy(session, "quotas", ["campaign_id", "scope_kind", "scope_id", "count"], quotas)
        # Operators confirmed nine candidates in ten.
        await session.execute(
            text(
                "INSERT INTO pk_regional.candidate_decisions (campaign_id, teacher_id, decision, decided_by) "
                "SELECT :c, id, CASE WHEN abs(hashtext(id::text)) % 10 = 0 THEN 'pending' ELSE 'confirmed' END, 'bench' "
                "FROM pk_regional.teachers WHERE last_training_year IS NULL OR :y - last_training_year >= 3"
            ),
            {"c": campaign_id, "y": YEAR},
        )
        await session.execute(text("ANALYZE"))
        await uow.commit()
    return str(campaign_id)


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-allocation-"))
    server = LocalPostgres(folder / "pg", free_port(), fsync=False)
    server.start()
    try:
        url = await ensure_database(server.server_url, "bench_allocation")
        await upgrade_to_head(MIGRATIONS, url)
        engine = create_engine(url)
        uow = PkRegionalUnitOfWork(create_session_factory(engine))
        started = time.perf_counter()
        campaign_id = await load_region(uow, args.teachers, args.schools, args.municipalities)
        print(
            f"loaded {args.teachers} teachers, {args.schools} schools, "
            f"{args.municipalities} municipalities in {time.perf_counter() - started:.1f} s"
        )
        async with uow:
            t0 = time.perf_counter()
            campaign = await uow.campaigns.get(campaign_id, lock=True)
            candidates = await uow.candidates.allocation_inputs(campaign)
            quotas = await uow.campaigns.quotas(campaign_id)
            t1 = time.perf_counter()
            outcomes = allocate(candidates, quotas, campaign.year, campaign.rules)
            t2 = time.perf_counter()
            numbers, holdings = allocated_numbers(
                campaign, await uow.campaigns.secret(campaign_id), outcomes, new_id
            )
            await uow.numbers.add_allocation(numbers, holdings)
            await uow.candidates.add_outcomes(
                campaign_id, outcomes, {h.teacher_id: h.number_id for h in holdings}
            )
            await uow.campaigns.save(campaign.allocated(datetime.now(UTC)))
            await uow.commit()
            t3 = time.perf_counter()
        granted = sum(1 for o in outcomes if o.granted)
        print(
            f"candidates={len(candidates)} granted={granted} not_granted={len(outcomes) - granted}"
        )
        print(
            f"read inputs: {t1 - t0:.2f} s; compute: {t2 - t1:.2f} s; "
            f"store (COPY numbers, holdings, outcomes + commit): {t3 - t2:.2f} s; "
            f"total: {t3 - t0:.2f} s (target < 10 s)"
        )
        # Determinism: the same inputs give the same outcomes.
        again = allocate(list(reversed(candidates)), quotas, campaign.year, campaign.rules)
        print(f"deterministic: {again == outcomes}")
        await engine.dispose()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--teachers", type=int, default=60_000)
    parser.add_argument("--schools", type=int, default=2_500)
    parser.add_argument("--municipalities", type=int, default=45)
    asyncio.run(main(parser.parse_args()))

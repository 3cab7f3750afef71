"""SMK qualification at national scale (issue 18): a session of 10,000 applicants with 15
variants each over 3,000 places (16 voivodeships × specialties × 2 modes), assigned by score with
the domain's matching (pk_regional_svc.domain.qualification.matching). Target: under 5 s. Prints
the wall time, CPU time, peak RSS and how many got which choice. A batch job: no floor.

With --stored, the same session goes through pk-regional-svc's storage as well: a private
PostgreSQL is started in a scratch folder and migrated, the session, its places and the
applications are stored, and the ComputeQualificationLists use case
(service_layer.qualification_office.compute_lists: read every application, match, write every
result) is timed as the RPC runs it.

    uv run python bench/bench_smk_matching.py [--applicants 10000] [--variants 15] [--places 3000]
    uv run python bench/bench_smk_matching.py --stored
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import shutil
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from cpd_platform.access import Access
from cpd_platform.db import create_engine, create_session_factory
from cpd_platform.local_infra import LocalPostgres, ensure_database, free_port
from cpd_platform.migrations import upgrade_to_head
from cpd_platform.principal import Grant, Principal
from pk_regional_svc.adapters.unit_of_work import PkRegionalUnitOfWork
from pk_regional_svc.domain.qualification.matching import (
    Applicant,
    PlaceKey,
    Variant,
    assign_places,
)
from pk_regional_svc.domain.qualification.proceedings import (
    Places,
    QualificationApplication,
    new_session,
)
from pk_regional_svc.domain.qualification.rules import SMK_2023, Session
from pk_regional_svc.main import MIGRATIONS
from pk_regional_svc.service_layer.qualification_office import compute_lists

VOIVODESHIPS = [f"{code:02d}" for code in range(2, 33, 2)]
MODES = ("residency", "non_residency")


def session(
    applicants: int, variants: int, places: int, seed: int = 7
) -> tuple[list[Applicant], dict[PlaceKey, int]]:
    rng = random.Random(seed)
    specialties = [f"specialty-{number:02d}" for number in range(1, 78)]
    keys = [PlaceKey(s, v, m) for s in specialties for v in VOIVODESHIPS for m in MODES]
    offered: dict[PlaceKey, int] = {}
    for _ in range(places):
        key = rng.choice(keys)
        offered[key] = offered.get(key, 0) + 1
    popular = list(offered)
    weights = [rng.paretovariate(1.2) for _ in popular]
    start = datetime(2027, 2, 1, tzinfo=UTC)
    people = []
    for number in range(applicants):
        chosen: list[PlaceKey] = []
        while len(chosen) < variants:
            key = rng.choices(popular, weights)[0]
            if key not in chosen:
                chosen.append(key)
        exam = Decimal(rng.randint(5500, 10000)) / 100
        people.append(
            Applicant(
                id=f"a{number:05d}",
                score=exam + rng.randint(0, 8),
                exam_percent=exam,
                submitted_at=start + timedelta(seconds=rng.randint(0, 27 * 86400)),
                variants=tuple(Variant(key, ("unit",)) for key in chosen),
            )
        )
    return people, offered


ADMIN = Principal.from_claims({"sub": "bench", "realm_access": {"roles": ["admin"]}}, "")


class NoGrants:
    async def grants_of(self, person_id: str) -> frozenset[Grant]:
        return frozenset()


async def stored(people: list[Applicant], places: dict[PlaceKey, int]) -> None:
    """The session stored in a private PostgreSQL, then ComputeQualificationLists timed."""
    folder = Path(tempfile.mkdtemp(prefix="bench-smk-"))
    server = LocalPostgres(folder / "pg", free_port(), fsync=False)
    server.start()
    try:
        url = await ensure_database(server.server_url, "bench_smk")
        await upgrade_to_head(MIGRATIONS, url)
        engine = create_engine(url)
        uow = PkRegionalUnitOfWork(create_session_factory(engine))
        held = new_session(str(uuid.uuid4()), 2027, Session.SPRING, SMK_2023)
        async with uow:
            await uow.qualification.add_session_if_absent(held)
            for key, count in places.items():
                await uow.qualification.put_places(held.id, Places(key, count))
            for person in people:
                await uow.qualification.add_application(
                    QualificationApplication(
                        str(uuid.uuid4()),
                        held.id,
                        person.id,
                        "bench",
                        person.exam_percent,
                        person.score - person.exam_percent,
                        person.score,
                        person.variants,
                        person.submitted_at,
                    )
                )
            await uow.commit()
        cpu, wall = time.process_time(), time.perf_counter()
        computed, results = await compute_lists(uow, ADMIN, held.id, access=Access(NoGrants()))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assigned = sum(1 for r in results if r.place is not None)
        print(
            f"stored: ComputeQualificationLists (round {computed.round}: read {len(results)}"
            f" applications, match, write {len(results)} results) in {wall:.3f} s wall,"
            f" {cpu:.3f} s CPU of this process (target < 5 s: {'met' if wall < 5 else 'NOT met'});"
            f" assigned {assigned}"
        )
        await engine.dispose()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applicants", type=int, default=10_000)
    parser.add_argument("--variants", type=int, default=15)
    parser.add_argument("--places", type=int, default=3_000)
    parser.add_argument("--stored", action="store_true", help="through PostgreSQL as well")
    args = parser.parse_args()
    people, places = session(args.applicants, args.variants, args.places)
    print(
        f"session: {len(people)} applicants x {args.variants} variants over"
        f" {sum(places.values())} places in {len(places)} (specialty, voivodeship, mode) keys"
    )
    cpu, wall = time.process_time(), time.perf_counter()
    result = assign_places(people, places)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    choices = Counter(a.variant_index for a in result.values())
    assigned = sum(count for index, count in choices.items() if index is not None)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"matched in {wall:.3f} s wall, {cpu:.3f} s CPU (target < 5 s: "
        f"{'met' if wall < 5 else 'NOT met'}); peak RSS {peak_mb:.0f} MB"
    )
    firsts = choices.get(0, 0)
    print(
        f"assigned {assigned}, of them {firsts} to their first variant;"
        f" no place left for {choices.get(None, 0)}"
    )
    if args.stored:
        asyncio.run(stored(people, places))


if __name__ == "__main__":
    main()

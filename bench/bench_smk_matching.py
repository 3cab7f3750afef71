"""SMK qualification at national scale (issue 18): a session of 10,000 applicants with 15
variants each over 3,000 places (16 voivodeships × specialties × 2 modes), assigned by score with
the domain's matching (pk_regional_svc.domain.qualification.matching). Target: under 5 s. Prints
the wall time, CPU time, peak RSS and how many got which choice. A batch job: no floor.

    uv run python bench/bench_smk_matching.py [--applicants 10000] [--variants 15] [--places 3000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pk_regional_svc.domain.qualification.matching import (
    Applicant,
    PlaceKey,
    Variant,
    assign_places,
)

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applicants", type=int, default=10_000)
    parser.add_argument("--variants", type=int, default=15)
    parser.add_argument("--places", type=int, default=3_000)
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


if __name__ == "__main__":
    main()

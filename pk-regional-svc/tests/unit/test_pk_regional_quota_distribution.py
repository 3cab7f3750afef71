"""A municipality's quota shared out to its schools without a quota: proportional to their
confirmed candidates, deterministic, documented tie-breaks."""

import random

from pk_regional_svc.domain.allocation import (
    AllocationCandidate,
    Decision,
    Quotas,
    Reason,
    allocate,
)
from pk_regional_svc.domain.quota_distribution import distribute_municipal_quotas
from pk_regional_svc.domain.rules import EORT_2024

C = Decision.CONFIRMED


def cand(
    tid: str, school: str, muni: str = "m1", decision: Decision = C, budget: tuple[int, ...] = ()
) -> AllocationCandidate:
    return AllocationCandidate(
        teacher_id=tid,
        school_id=school,
        municipality_id=muni,
        snils=tid.rjust(11, "0"),
        decision=decision,
        last_training_year=None,
        budget_years=budget,
    )


def test_a_municipal_quota_alone_now_gives_numbers() -> None:
    people = [cand("1", "a"), cand("2", "a"), cand("3", "b")]
    quotas = Quotas({}, {"m1": 3})
    assert [o.reason for o in allocate(people, quotas, 2026, EORT_2024)] == [
        Reason.SCHOOL_QUOTA_EXHAUSTED
    ] * 3
    shares = distribute_municipal_quotas(people, quotas, 2026, {}, EORT_2024)
    assert shares == {"a": 2, "b": 1}
    granted = allocate(people, Quotas(shares, quotas.municipality), 2026, EORT_2024)
    assert all(o.reason is Reason.GRANTED for o in granted)


def test_shares_are_proportional_with_largest_remainders_then_size_then_id() -> None:
    people = (
        [cand(f"a{i}", "a") for i in range(3)]
        + [cand(f"b{i}", "b") for i in range(3)]
        + [cand(f"c{i}", "c") for i in range(1)]
    )
    # 4 for 7 candidates: a 12/7 → 1 r5, b 1 r5, c 4/7 → 0 r4; two left: a and b (equal
    # remainders and sizes: by id).
    assert distribute_municipal_quotas(people, Quotas({}, {"m1": 4}), 2026, {}, EORT_2024) == {
        "a": 2,
        "b": 2,
    }
    # 3 for 7: a 9/7 → 1 r2, b 1 r2, c 3/7 → 0 r3: the one left goes to c.
    assert distribute_municipal_quotas(people, Quotas({}, {"m1": 3}), 2026, {}, EORT_2024) == {
        "a": 1,
        "b": 1,
        "c": 1,
    }
    shuffled = people[:]
    random.Random(7).shuffle(shuffled)
    assert distribute_municipal_quotas(
        shuffled, Quotas({}, {"m1": 4}), 2026, {}, EORT_2024
    ) == distribute_municipal_quotas(people, Quotas({}, {"m1": 4}), 2026, {}, EORT_2024)


def test_explicit_school_quotas_are_kept_and_taken_off_the_municipal_one() -> None:
    people = [
        cand("1", "a"),
        cand("2", "b"),
        cand("3", "b"),
        cand("4", "c", decision=Decision.PENDING),
        cand("5", "c", budget=(2025,)),
        cand("6", "x", muni="m2"),
    ]
    quotas = Quotas({"a": 1, "z": 1}, {"m1": 3, "m2": 0})
    shares = distribute_municipal_quotas(people, quotas, 2026, {"a": "m1", "z": "m1"}, EORT_2024)
    # m1: 3 - (1 + 1) = 1 left for b (2 candidates); c has none who may get a number; m2: none.
    assert shares == {"b": 1}
    # Plenty left: each school gets exactly its candidates.
    assert distribute_municipal_quotas(people, Quotas({}, {"m1": 50}), 2026, {}, EORT_2024) == {
        "a": 1,
        "b": 2,
    }

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pk_regional_svc.domain.allocation import (
    AllocationCandidate,
    Decision,
    Quotas,
    Reason,
    allocate,
    number_code,
    priority_key,
)
from pk_regional_svc.domain.rules import EORT_2024

C = Decision.CONFIRMED


def cand(
    tid: str,
    school: str = "s1",
    muni: str = "m1",
    year: int | None = 2019,
    on: date | None = None,
    decision: Decision = C,
    budget: tuple[int, ...] = (),
    snils: str | None = None,
) -> AllocationCandidate:
    return AllocationCandidate(
        teacher_id=tid,
        school_id=school,
        municipality_id=muni,
        snils=snils or tid.rjust(11, "0"),
        decision=decision,
        last_training_year=year,
        last_training_on=on,
        budget_years=budget,
    )


def by_teacher(outcomes: list) -> dict:  # type: ignore[type-arg]
    return {o.teacher_id: o for o in outcomes}


def test_never_trained_first_then_the_longest_since_training_then_snils() -> None:
    people = [
        cand("5", year=2021),
        cand("4", year=2018, on=date(2018, 6, 1)),
        cand("3", year=2018, on=date(2018, 2, 1)),
        cand("2", year=None),
        cand("1", year=2018, on=date(2018, 2, 1), snils="00000000009"),
    ]
    ordered = [c.teacher_id for c in sorted(people, key=priority_key)]
    assert ordered == ["2", "3", "1", "4", "5"]


def test_school_quota_limits_and_the_report_says_why() -> None:
    people = [cand("1", year=2015), cand("2", year=2016), cand("3", year=2017)]
    out = by_teacher(allocate(people, Quotas({"s1": 2}, {"m1": 10}), 2025, EORT_2024))
    assert out["1"].granted and out["2"].granted
    assert out["3"].reason is Reason.SCHOOL_QUOTA_EXHAUSTED
    assert (out["1"].school_sequence, out["2"].school_sequence) == (1, 2)
    assert [out[t].rank for t in "123"] == [1, 2, 3]


def test_municipality_quota_is_shared_by_its_schools_in_priority_order() -> None:
    people = [
        cand("a", school="s1", year=2016),
        cand("b", school="s2", year=2015),
        cand("c", school="s2", year=2018),
        cand("d", school="s3", muni="m2", year=2010),
    ]
    quotas = Quotas({"s1": 5, "s2": 5, "s3": 5}, {"m1": 2, "m2": 1})
    out = by_teacher(allocate(people, quotas, 2025, EORT_2024))
    assert out["b"].granted and out["a"].granted and out["d"].granted
    assert out["c"].reason is Reason.MUNICIPALITY_QUOTA_EXHAUSTED


def test_missing_quotas_mean_none() -> None:
    out = by_teacher(
        allocate([cand("1"), cand("2", school="s2")], Quotas({"s1": 1}, {}), 2025, EORT_2024)
    )
    assert out["1"].reason is Reason.MUNICIPALITY_QUOTA_EXHAUSTED
    assert out["2"].reason is Reason.SCHOOL_QUOTA_EXHAUSTED


def test_a_budget_number_within_three_years_blocks_and_does_not_use_quota() -> None:
    people = [
        cand("1", year=None, budget=(2023,)),
        cand("2", year=2015, budget=(2022,)),
    ]
    out = by_teacher(allocate(people, Quotas({"s1": 1}, {"m1": 1}), 2025, EORT_2024))
    assert out["1"].reason is Reason.BUDGET_NUMBER_WITHIN_THREE_YEARS
    assert out["2"].granted


def test_only_confirmed_candidates_receive_numbers() -> None:
    people = [
        cand("1", decision=Decision.PENDING, year=None),
        cand("2", decision=Decision.REMOVED, year=None),
        cand("3"),
    ]
    out = by_teacher(allocate(people, Quotas({"s1": 5}, {"m1": 5}), 2025, EORT_2024))
    assert out["1"].reason is Reason.NOT_CONFIRMED and out["1"].rank == 0
    assert out["2"].reason is Reason.REMOVED
    assert out["3"].granted and out["3"].rank == 1


candidate_lists = st.lists(
    st.builds(
        cand,
        tid=st.uuids().map(str),
        school=st.sampled_from(["s1", "s2", "s3", "s4"]),
        muni=st.sampled_from(["m1", "m2"]),
        year=st.one_of(st.none(), st.integers(2000, 2022)),
        decision=st.sampled_from(list(Decision)),
        budget=st.lists(st.integers(2015, 2025), max_size=2).map(tuple),
    ),
    max_size=40,
    unique_by=lambda c: c.teacher_id,
)
quota_maps = st.builds(
    Quotas,
    st.fixed_dictionaries({s: st.integers(0, 6) for s in ["s1", "s2", "s3", "s4"]}),
    st.fixed_dictionaries({m: st.integers(0, 10) for m in ["m1", "m2"]}),
)


@settings(max_examples=150, deadline=None)
@given(candidate_lists, quota_maps, st.randoms(use_true_random=False))
def test_allocation_is_deterministic_and_respects_every_quota(
    people: list[AllocationCandidate], quotas: Quotas, rnd: random.Random
) -> None:
    first = allocate(people, quotas, 2025, EORT_2024)
    shuffled = list(people)
    rnd.shuffle(shuffled)
    assert allocate(shuffled, quotas, 2025, EORT_2024) == first
    granted = [o for o in first if o.granted]
    for school, limit in quotas.school.items():
        assert sum(1 for o in granted if o.school_id == school) <= limit
    for muni, limit in quotas.municipality.items():
        assert sum(1 for o in granted if o.municipality_id == muni) <= limit
    source = {c.teacher_id: c for c in people}
    for o in granted:
        assert source[o.teacher_id].decision is Decision.CONFIRMED
        assert not any(0 <= 2025 - y < 3 for y in source[o.teacher_id].budget_years)
    assert len(first) == len(people)


def test_number_codes_are_reproducible_with_the_secret_and_differ_without_it() -> None:
    code = number_code(b"k" * 32, "16", 2025, "school-1", 1)
    assert code == number_code(b"k" * 32, "16", 2025, "school-1", 1)
    assert code.startswith("16-25-") and len(code) == len("16-25-XXXX-XXXX-XXXX")
    assert code != number_code(b"k" * 32, "16", 2025, "school-1", 2)
    assert code != number_code(b"j" * 32, "16", 2025, "school-1", 1)
    assert not set(code[6:]) & set("ILOU")

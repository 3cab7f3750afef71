"""Rule set smk-2023, qualification part: windows, variant limits, scoring, and the assignment of
places by score with its tie-breaks; hypothesis shows the matching stable and deterministic."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from pk_regional_svc.domain.qualification.matching import (
    Applicant,
    Outcome,
    PlaceKey,
    Variant,
    assign_places,
    check_places_exist,
    next_round,
)
from pk_regional_svc.domain.qualification.rules import (
    SMK_2023,
    Session,
    check_variant_counts,
    check_window,
    score,
)

CARDIO = PlaceKey("kardiologia", "14", "residency")
SURGERY = PlaceKey("chirurgia ogólna", "14", "residency")
CARDIO_KRAKOW = PlaceKey("kardiologia", "12", "non_residency")
T0 = datetime(2027, 2, 10, 9, 0, tzinfo=UTC)


def applicant(
    name: str, points: str, *places: PlaceKey, exam: str | None = None, minutes: int = 0
) -> Applicant:
    return Applicant(
        id=name,
        score=Decimal(points),
        exam_percent=Decimal(exam if exam is not None else points),
        submitted_at=T0 + timedelta(minutes=minutes),
        variants=tuple(Variant(place) for place in places),
    )


@pytest.mark.parametrize(
    ("session", "inside", "outside"),
    [
        (
            Session.SPRING,
            [date(2027, 2, 1), date(2027, 2, 28)],
            [date(2027, 1, 31), date(2027, 3, 1)],
        ),
        (
            Session.AUTUMN,
            [date(2027, 9, 1), date(2027, 9, 30)],
            [date(2027, 8, 31), date(2027, 10, 1)],
        ),
    ],
)
def test_windows_are_1_to_28_february_and_1_to_30_september(
    session: Session, inside: list[date], outside: list[date]
) -> None:
    for day in inside:
        check_window(SMK_2023, session, 2027, day)
    for day in outside:
        with pytest.raises(FailedPrecondition) as refused:
            check_window(SMK_2023, session, 2027, day)
        assert refused.value.code == "qualification_window_closed"


def test_29_february_of_a_leap_year_is_outside_the_spring_window() -> None:
    with pytest.raises(FailedPrecondition):
        check_window(SMK_2023, Session.SPRING, 2028, date(2028, 2, 29))


def test_an_application_lists_1_to_15_variants_of_at_most_3_units() -> None:
    check_variant_counts(SMK_2023, [3] * 15)
    for counts, code in (
        ([], "no_variants"),
        ([1] * 16, "too_many_variants"),
        ([1, 4], "too_many_units"),
    ):
        with pytest.raises(InvalidArgument) as refused:
            check_variant_counts(SMK_2023, counts)
        assert refused.value.code == code


def test_the_score_is_the_exam_percent_plus_additional_points() -> None:
    assert score(SMK_2023, Decimal("78.5"), Decimal("3")) == Decimal("81.5")
    for exam, extra, code in (
        (Decimal("100.5"), Decimal(0), "invalid_exam_result"),
        (Decimal(-1), Decimal(0), "invalid_exam_result"),
        (Decimal(70), Decimal(21), "invalid_additional_points"),
    ):
        with pytest.raises(InvalidArgument) as refused:
            score(SMK_2023, exam, extra)
        assert refused.value.code == code


def test_a_variant_for_a_place_that_does_not_exist_is_refused() -> None:
    check_places_exist([Variant(CARDIO)], {CARDIO: 1})
    with pytest.raises(InvalidArgument) as refused:
        check_places_exist([Variant(SURGERY)], {CARDIO: 1})
    assert refused.value.code == "unknown_place"


def test_the_higher_score_chooses_first_among_its_variants() -> None:
    result = assign_places(
        [
            applicant("low", "70", CARDIO, SURGERY),
            applicant("high", "90", CARDIO, SURGERY),
            applicant("mid", "80", CARDIO),
        ],
        {CARDIO: 1, SURGERY: 1},
    )
    assert (result["high"].outcome, result["high"].variant_index) == (Outcome.ASSIGNED, 0)
    assert result["mid"].outcome is Outcome.NO_PLACE_LEFT
    assert (result["low"].place, result["low"].variant_index) == (SURGERY, 1)


def test_ties_go_to_the_higher_exam_result_then_the_earlier_application_then_the_id() -> None:
    places = {CARDIO: 1}
    exam_wins = assign_places(
        [applicant("a", "80", CARDIO, exam="75"), applicant("b", "80", CARDIO, exam="78")], places
    )
    assert exam_wins["b"].outcome is Outcome.ASSIGNED
    earlier_wins = assign_places(
        [applicant("a", "80", CARDIO, minutes=5), applicant("b", "80", CARDIO, minutes=1)], places
    )
    assert earlier_wins["b"].outcome is Outcome.ASSIGNED
    id_wins = assign_places([applicant("b", "80", CARDIO), applicant("a", "80", CARDIO)], places)
    assert id_wins["a"].outcome is Outcome.ASSIGNED


def test_a_withdrawal_frees_the_place_for_the_next_in_the_ranking() -> None:
    people = [
        applicant("first", "90", CARDIO),
        applicant("second", "85", CARDIO, CARDIO_KRAKOW),
        applicant("third", "80", CARDIO),
    ]
    places = {CARDIO: 1, CARDIO_KRAKOW: 1}
    before = assign_places(people, places)
    assert (
        before["second"].place == CARDIO_KRAKOW and before["third"].outcome is Outcome.NO_PLACE_LEFT
    )
    after = next_round(people, places, withdrawn=["first"])
    assert "first" not in after
    assert after["second"].place == CARDIO
    assert after["third"].outcome is Outcome.NO_PLACE_LEFT  # Kraków was not in their variants


KEYS = [
    PlaceKey(s, v, m)
    for s in ("kard", "chir", "ped")
    for v in ("12", "14")
    for m in ("residency", "non_residency")
]


@st.composite
def sessions(draw: st.DrawFn) -> tuple[list[Applicant], dict[PlaceKey, int]]:
    places = {key: draw(st.integers(0, 3)) for key in KEYS}
    count = draw(st.integers(0, 30))
    people = []
    for number in range(count):
        chosen = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=6, unique=True))
        people.append(
            Applicant(
                id=f"p{number:02d}",
                score=Decimal(draw(st.integers(40, 100))),
                exam_percent=Decimal(draw(st.integers(40, 100))),
                submitted_at=T0 + timedelta(minutes=draw(st.integers(0, 3))),
                variants=tuple(Variant(key) for key in chosen),
            )
        )
    return people, places


def _rank(people: list[Applicant]) -> dict[str, int]:
    return {a.id: position for position, a in enumerate(sorted(people, key=lambda a: a.priority))}


@settings(max_examples=300, deadline=None)
@given(sessions())
def test_the_matching_is_stable(session: tuple[list[Applicant], dict[PlaceKey, int]]) -> None:
    people, places = session
    result = assign_places(people, places)
    rank = _rank(people)
    holders: dict[PlaceKey, list[str]] = {key: [] for key in places}
    for assignment in result.values():
        if assignment.place is not None:
            holders[assignment.place].append(assignment.applicant_id)
    assert all(len(holders[key]) <= places[key] for key in places)
    for person in people:
        got = result[person.id].variant_index
        better = person.variants if got is None else person.variants[:got]
        for variant in better:
            # A blocking pair: the place has room, or holds someone the place ranks lower.
            held = holders[variant.place]
            assert len(held) == places[variant.place]
            assert all(rank[holder] < rank[person.id] for holder in held)


@settings(max_examples=200, deadline=None)
@given(sessions(), st.randoms(use_true_random=False))
def test_the_matching_does_not_depend_on_input_order(
    session: tuple[list[Applicant], dict[PlaceKey, int]], shuffler: random.Random
) -> None:
    people, places = session
    shuffled = list(people)
    shuffler.shuffle(shuffled)
    assert assign_places(shuffled, places) == assign_places(people, places)


@settings(max_examples=200, deadline=None)
@given(sessions(), st.data())
def test_a_withdrawal_leaves_nobody_worse_off(
    session: tuple[list[Applicant], dict[PlaceKey, int]], data: st.DataObject
) -> None:
    people, places = session
    if not people:
        return
    gone = data.draw(st.sampled_from(people)).id
    before = assign_places(people, places)
    after = next_round(people, places, [gone])
    for person in people:
        if person.id == gone:
            continue
        was, now = before[person.id].variant_index, after[person.id].variant_index
        if was is not None:
            assert now is not None and now <= was

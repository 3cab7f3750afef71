"""A qualification session of smk-2023 as data: its window (the rule set's or an extraordinary
one), applications checked against the session's places and units, rounds of lists (withdrawn
applications left out, the round kept until a list of it is published), and which result an
applicant may read once lists are published."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from pk_regional_svc.domain.qualification.matching import Outcome, PlaceKey, Variant
from pk_regional_svc.domain.qualification.proceedings import (
    Places,
    QualificationApplication,
    RankedResult,
    checked_places,
    checked_score,
    compute_round,
    new_session,
    place_key,
    readable_result,
)
from pk_regional_svc.domain.qualification.rules import SMK_2023, Session

CARDIO = PlaceKey("kardiologia", "14", "residency")
CARDIO_KRAKOW = PlaceKey("kardiologia", "12", "residency")
T0 = datetime(2027, 2, 10, 9, 0, tzinfo=UTC)
SESSION = new_session("s", 2027, Session.SPRING, SMK_2023)
PLACES = {CARDIO: Places(CARDIO, 1, ("unit-a", "unit-b")), CARDIO_KRAKOW: Places(CARDIO_KRAKOW, 1)}


def application(
    name: str, points: str, *places: PlaceKey, withdrawn: bool = False
) -> QualificationApplication:
    return QualificationApplication(
        id=name,
        session_id="s",
        person_id=name,
        request_id="r",
        exam_percent=Decimal(points),
        additional_points=Decimal(0),
        score=Decimal(points),
        variants=tuple(Variant(p) for p in places),
        submitted_at=T0,
        withdrawn_at=T0 + timedelta(days=1) if withdrawn else None,
    )


def test_a_session_takes_its_terms_window_from_the_rule_set_unless_one_is_given() -> None:
    autumn = new_session("a", 2027, Session.AUTUMN, SMK_2023)
    assert (autumn.opens_on, autumn.closes_on, autumn.rules_version) == (
        date(2027, 9, 1),
        date(2027, 9, 30),
        "smk-2023",
    )
    extraordinary = new_session(
        "x", 2027, Session.AUTUMN, SMK_2023, (date(2027, 11, 2), date(2027, 11, 20))
    )
    assert (extraordinary.opens_on, extraordinary.closes_on) == (
        date(2027, 11, 2),
        date(2027, 11, 20),
    )
    for year, window in ((1999, None), (2027, (date(2027, 3, 2), date(2027, 3, 1)))):
        with pytest.raises(InvalidArgument) as refused:
            new_session("b", year, Session.SPRING, SMK_2023, window)
        assert refused.value.code == "invalid_qualification_session"


def test_an_application_is_scored_inside_the_window_against_the_sessions_places() -> None:
    def score(today: date, *variants: Variant) -> Decimal:
        return checked_score(SESSION, today, Decimal("81.5"), Decimal(3), variants, PLACES)

    assert score(date(2027, 2, 28), Variant(CARDIO, ("unit-b",)), Variant(CARDIO_KRAKOW, ("x",)))
    assert score(date(2027, 2, 1), Variant(CARDIO)) == Decimal("84.5")
    with pytest.raises(FailedPrecondition) as closed:
        score(date(2027, 3, 1), Variant(CARDIO))
    assert (
        closed.value.message
        == "Wnioski w tym postępowaniu przyjmowane są od 01.02.2027 do 28.02.2027"
    )
    with pytest.raises(InvalidArgument) as stray:
        score(date(2027, 2, 2), Variant(CARDIO, ("unit-a", "unit-z")))
    assert stray.value.code == "unknown_unit"
    with pytest.raises(InvalidArgument) as unknown:
        score(date(2027, 2, 2), Variant(PlaceKey("okulistyka", "14", "residency")))
    assert unknown.value.code == "unknown_place"


@pytest.mark.parametrize(
    ("specialty", "voivodeship", "mode", "code"),
    [
        ("", "14", "residency", "invalid_variant"),
        ("kardiologia", "14", "part_time", "invalid_variant"),
        ("kardiologia", "15", "residency", "invalid_voivodeship"),
    ],
)
def test_a_place_names_a_specialty_a_voivodeship_and_a_mode(
    specialty: str, voivodeship: str, mode: str, code: str
) -> None:
    with pytest.raises(InvalidArgument) as refused:
        place_key(specialty, voivodeship, mode)
    assert refused.value.code == code


def test_places_are_never_negative_and_keep_their_units_once() -> None:
    assert checked_places(CARDIO, 2, ["b", "a", "b"]).unit_ids == ("a", "b")
    with pytest.raises(InvalidArgument):
        checked_places(CARDIO, -1)


def test_a_round_is_computed_again_until_a_list_of_it_is_published() -> None:
    assert SESSION.round_to_compute([]) == 1
    computed = replace(SESSION, round=1)
    assert computed.round_to_compute([]) == 1
    assert computed.round_to_compute([1]) == 2


def test_a_round_ranks_the_applications_not_withdrawn_and_a_withdrawal_frees_a_place() -> None:
    everyone = [
        application("a", "90", CARDIO),
        application("b", "80", CARDIO, CARDIO_KRAKOW),
        application("c", "70", CARDIO, CARDIO_KRAKOW),
    ]
    first = compute_round(1, everyone, PLACES)
    assert [(r.application_id, r.rank, r.outcome, r.place) for r in first] == [
        ("a", 1, Outcome.ASSIGNED, CARDIO),
        ("b", 2, Outcome.ASSIGNED, CARDIO_KRAKOW),
        ("c", 3, Outcome.NO_PLACE_LEFT, None),
    ]
    assert first[2].explanation.startswith("Brak miejsca")
    everyone[0] = application("a", "90", CARDIO, withdrawn=True)
    second = compute_round(2, everyone, PLACES)
    assert [(r.application_id, r.rank, r.variant_index, r.round) for r in second] == [
        ("b", 1, 0, 2),
        ("c", 2, 1, 2),
    ]
    assert second[1].explanation == (
        "Zakwalifikowano: wariant nr 2 (kardiologia, województwo 12, tryb rezydentura)"
    )


def test_an_applicant_reads_the_latest_round_in_which_a_list_naming_them_is_published() -> None:
    applicant = application("c", "70", CARDIO, CARDIO_KRAKOW)
    none = RankedResult("c", 1, 3, Decimal(70), Outcome.NO_PLACE_LEFT)
    got = RankedResult("c", 2, 2, Decimal(70), Outcome.ASSIGNED, 1, CARDIO_KRAKOW)
    results = {1: none, 2: got}
    assert readable_result(results, applicant, {}) is None
    assert readable_result(results, applicant, {1: frozenset({"12"})}) == none
    # Round 2's place lies in małopolskie: mazowieckie's list alone does not show it.
    assert readable_result(results, applicant, {1: frozenset({"14"}), 2: frozenset({"14"})}) == none
    assert readable_result(results, applicant, {2: frozenset({"12"})}) == got
    assert readable_result(results, applicant, {1: frozenset({"22"})}) is None

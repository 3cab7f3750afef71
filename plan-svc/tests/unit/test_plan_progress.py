from datetime import date

import pytest
from plan_builders import CARDIOLOGY, PERSON, THERAPY, new_cycle

from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.cycle import Cycle
from plan_svc.domain.progress import CreditStatus, KindTotal, YearState, compute_progress
from plan_svc.domain.projection import PersonCredit
from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144, KindGroup, RuleSet

PROGRAM, EVENT, MODULE = CreditKind.PROGRAM, CreditKind.EVENT, CreditKind.MODULE


def credit(
    credit_id: str,
    kind: CreditKind,
    zet: int,
    completed_on: date,
    *,
    main: str = CARDIOLOGY,
    additional: tuple[str, ...] = (),
    voided: bool = False,
) -> PersonCredit:
    facts = RecordedCredit(
        credit_id=credit_id,
        person_id=PERSON,
        element_id=f"e-{credit_id}",
        kind=kind,
        main_specialty_code=main,
        additional_specialty_codes=additional,
        zet=zet,
        completed_on=completed_on,
    )
    return PersonCredit(credit_id, PERSON, facts, voided)


TODAY = date(2026, 6, 1)


def progress(
    credits: list[PersonCredit],
    rule_set: RuleSet = NMO_250,
    today: date = TODAY,
    the_cycle: Cycle | None = None,
    others: tuple[Cycle, ...] = (),
):  # type: ignore[no-untyped-def]
    c = the_cycle or new_cycle(rule_set=rule_set)
    return compute_progress(c, rule_set, credits, [c, *others], today)


def group(p, g: KindGroup):  # type: ignore[no-untyped-def]
    return next(x for x in p.by_group if x.group == g)


def test_no_credits_gives_zero_everything_missing_and_five_cycle_years() -> None:
    p = progress([])
    assert (p.cycle_id, p.total_zet, p.target_zet, p.missing_zet) == ("c1", 0, 250, 250)
    assert p.by_kind == (
        KindTotal(PROGRAM, 0),
        KindTotal(EVENT, 0),
        KindTotal(MODULE, 0),
    )
    assert [(y.year.number, y.year.starts_on, y.year.ends_on) for y in p.by_year] == [
        (1, date(2024, 3, 15), date(2025, 3, 14)),
        (2, date(2025, 3, 15), date(2026, 3, 14)),
        (3, date(2026, 3, 15), date(2027, 3, 14)),
        (4, date(2027, 3, 15), date(2028, 3, 14)),
        (5, date(2028, 3, 15), date(2029, 3, 14)),
    ]
    assert [y.state for y in p.by_year] == [
        YearState.PAST,
        YearState.PAST,
        YearState.CURRENT,
        YearState.FUTURE,
        YearState.FUTURE,
    ]
    assert group(p, KindGroup.PROGRAM).missing_zet == 180
    assert group(p, KindGroup.EVENT_AND_MODULE).missing_zet == 70
    assert p.credits == ()


def test_each_year_recommends_36_from_programs_and_14_from_events_and_modules() -> None:
    p = progress(
        [
            credit("p1", PROGRAM, 36, date(2024, 5, 1)),
            credit("e1", EVENT, 8, date(2024, 6, 1)),
            credit("m1", MODULE, 6, date(2025, 3, 14)),  # last day of year 1
        ]
    )
    year1 = p.by_year[0]
    assert (year1.program_zet, year1.event_and_module_zet, year1.total_zet) == (36, 14, 50)
    assert (year1.recommendation.program_zet, year1.recommendation.event_and_module_zet) == (
        36,
        14,
    )
    assert year1.recommendation_met
    assert not p.by_year[1].recommendation_met


def test_a_credit_counts_in_the_cycle_year_of_its_completion_date_boundaries() -> None:
    p = progress(
        [
            credit("a", EVENT, 5, date(2025, 3, 14)),
            credit("b", EVENT, 7, date(2025, 3, 15)),
            credit("c", EVENT, 1, date(2029, 3, 14)),
        ]
    )
    assert [y.event_and_module_zet for y in p.by_year] == [5, 7, 0, 0, 1]
    assert [(c.credit_id, c.cycle_year) for c in p.credits] == [("a", 1), ("b", 2), ("c", 5)]


def test_a_surplus_year_counts_toward_250_but_is_not_moved_into_other_years() -> None:
    # 100 in year 1 (twice the recommendation), nothing in year 2.
    p = progress(
        [
            credit("p1", PROGRAM, 72, date(2024, 9, 1)),
            credit("e1", EVENT, 28, date(2024, 10, 1)),
        ]
    )
    assert p.by_year[0].total_zet == 100
    assert p.by_year[0].recommendation_met
    assert p.by_year[1].total_zet == 0
    assert not p.by_year[1].recommendation_met
    assert p.total_zet == 100
    assert p.missing_zet == 150
    # Two years over by 2026-06-01: 100 expected, and the surplus keeps the person on track.
    assert p.expected_to_date_zet == 100
    assert p.on_track


def test_on_track_compares_the_total_with_50_per_finished_cycle_year() -> None:
    credits = [
        credit("p1", PROGRAM, 36, date(2024, 5, 1)),
        credit("e1", EVENT, 14, date(2025, 5, 1)),
    ]
    during_year_1 = progress(credits, today=date(2025, 3, 14))
    assert (during_year_1.expected_to_date_zet, during_year_1.on_track) == (0, True)
    after_year_1 = progress(credits, today=date(2025, 3, 15))
    assert (after_year_1.expected_to_date_zet, after_year_1.on_track) == (50, True)
    after_year_2 = progress(credits, today=date(2026, 3, 15))
    assert (after_year_2.expected_to_date_zet, after_year_2.on_track) == (100, False)
    after_the_cycle = progress(credits, today=date(2030, 1, 1))
    assert (after_the_cycle.expected_to_date_zet, after_the_cycle.complete) == (250, False)


def test_250_is_complete_and_the_total_is_the_real_sum_even_over_the_target() -> None:
    credits = [credit(f"p{i}", PROGRAM, 36, date(2025, 1, 1 + i)) for i in range(5)]
    credits += [credit(f"e{i}", EVENT, 14, date(2025, 2, 1 + i)) for i in range(6)]
    p = progress(credits)
    assert p.total_zet == 180 + 84 == 264
    assert p.target_zet == 250
    assert p.missing_zet == 0
    assert p.complete
    assert group(p, KindGroup.PROGRAM).missing_zet == 0
    assert group(p, KindGroup.EVENT_AND_MODULE).missing_zet == 0


def test_per_kind_missing_follows_180_and_70_but_never_exceeds_what_is_missing_in_total() -> None:
    p = progress([credit(f"p{i}", PROGRAM, 36, date(2025, 1, 1 + i)) for i in range(6)])
    assert p.total_zet == 216
    assert p.missing_zet == 34
    assert group(p, KindGroup.PROGRAM).missing_zet == 0
    assert group(p, KindGroup.EVENT_AND_MODULE).missing_zet == 34
    small = progress([credit("e", EVENT, 10, date(2025, 1, 1))])
    assert group(small, KindGroup.PROGRAM).missing_zet == 180
    assert group(small, KindGroup.EVENT_AND_MODULE).missing_zet == 60


def test_nothing_carries_into_the_next_cycle() -> None:
    first = new_cycle(cycle_id="c1", starts=date(2019, 3, 15))
    second = new_cycle(cycle_id="c2", starts=date(2024, 3, 15))
    credits = [credit(f"p{i}", PROGRAM, 100, date(2023, 1, 1 + i)) for i in range(4)]
    assert progress(credits, the_cycle=first, others=(second,)).total_zet == 400
    assert progress(credits, the_cycle=second, others=(first,)).total_zet == 0


def test_credits_outside_the_cycle_or_of_another_specialty_never_count() -> None:
    p = progress(
        [
            credit("before", PROGRAM, 36, date(2024, 3, 14)),
            credit("after", PROGRAM, 36, date(2029, 3, 15)),
            credit("other", PROGRAM, 36, date(2025, 1, 1), main=THERAPY),
            credit("in", EVENT, 5, date(2027, 7, 7)),
        ]
    )
    assert p.total_zet == 5
    assert [c.credit_id for c in p.credits] == ["in"]


def test_an_element_eligible_for_two_cycles_counts_in_full_in_each_x2() -> None:
    cardiology = new_cycle(cycle_id="card")
    therapy = new_cycle(cycle_id="ther", specialty=THERAPY, starts=date(2023, 1, 10))
    shared = credit("x2", PROGRAM, 36, date(2025, 6, 1), additional=(THERAPY,))
    only = credit("one", EVENT, 5, date(2025, 6, 2))
    card = progress([shared, only], the_cycle=cardiology, others=(therapy,))
    ther = progress([shared, only], the_cycle=therapy, others=(cardiology,))
    assert (card.total_zet, ther.total_zet) == (41, 36)
    # Listed in the order of the cycles' start dates: therapy's cycle opened first.
    assert card.credits[0].cycle_ids == ("ther", "card")
    assert card.credits[1].cycle_ids == ("card",)
    assert ther.credits[0].cycle_ids == ("ther", "card")
    # Cycle years are per cycle: the same completion date is year 2 of cardiology, year 3 of therapy.
    assert (card.credits[0].cycle_year, ther.credits[0].cycle_year) == (2, 3)


def test_a_voided_credit_is_listed_as_voided_and_counts_nothing() -> None:
    p = progress(
        [
            credit("old", PROGRAM, 36, date(2025, 6, 1), voided=True),
            credit("new", PROGRAM, 18, date(2025, 6, 1)),
        ]
    )
    assert p.total_zet == 18
    assert [(c.credit_id, c.status, c.counted_zet, c.cycle_ids) for c in p.credits] == [
        ("new", CreditStatus.COUNTED, 18, ("c1",)),
        ("old", CreditStatus.VOIDED, 0, ()),
    ]
    assert p.by_kind[0] == KindTotal(PROGRAM, 18)


def test_modules_of_zero_zet_are_listed_as_counted_and_add_nothing() -> None:
    p = progress(
        [credit("m0", MODULE, 0, date(2025, 1, 1)), credit("m1", MODULE, 2, date(2025, 1, 2))]
    )
    assert p.total_zet == 2
    assert [(c.credit_id, c.status, c.counted_zet) for c in p.credits] == [
        ("m0", CreditStatus.COUNTED, 0),
        ("m1", CreditStatus.COUNTED, 2),
    ]


def test_709n_144_from_programs_alone_is_complete() -> None:
    p = progress(
        [credit(f"p{i}", PROGRAM, 36, date(2025, 1, 1 + i)) for i in range(4)], NMO_709N_144
    )
    assert (p.total_zet, p.target_zet, p.missing_zet, p.complete) == (144, 144, 0, True)


def test_709n_72_from_programs_plus_72_from_events_and_modules_is_complete() -> None:
    p = progress(
        [
            credit("p1", PROGRAM, 36, date(2025, 1, 1)),
            credit("p2", PROGRAM, 36, date(2025, 2, 1)),
            credit("e1", EVENT, 50, date(2025, 3, 1)),
            credit("m1", MODULE, 22, date(2025, 4, 1)),
        ],
        NMO_709N_144,
    )
    assert (p.total_zet, p.missing_zet, p.complete) == (144, 0, True)


def test_709n_counts_at_most_72_from_events_and_modules_in_completion_order() -> None:
    p = progress(
        [
            credit("e1", EVENT, 50, date(2025, 1, 1)),
            credit("m1", MODULE, 30, date(2025, 2, 1)),
            credit("e2", EVENT, 10, date(2025, 3, 1)),
            credit("p1", PROGRAM, 36, date(2025, 4, 1)),
        ],
        NMO_709N_144,
    )
    assert [(c.credit_id, c.status, c.counted_zet) for c in p.credits] == [
        ("e1", CreditStatus.COUNTED, 50),
        ("m1", CreditStatus.PARTLY_COUNTED, 22),
        ("e2", CreditStatus.NOT_COUNTED, 0),
        ("p1", CreditStatus.COUNTED, 36),
    ]
    em = group(p, KindGroup.EVENT_AND_MODULE)
    assert (em.actual_zet, em.counted_zet, em.cap_zet, em.missing_zet) == (90, 72, 72, 0)
    assert (p.actual_zet, p.total_zet, p.missing_zet) == (126, 108, 36)
    prog = group(p, KindGroup.PROGRAM)
    assert (prog.recommended_zet, prog.missing_zet) == (72, 36)
    assert not p.complete


def test_709n_needs_72_from_programs_even_when_events_are_plenty() -> None:
    p = progress(
        [credit("e1", EVENT, 100, date(2025, 1, 1)), credit("p1", PROGRAM, 60, date(2025, 2, 1))],
        NMO_709N_144,
    )
    assert p.total_zet == 132
    assert p.missing_zet == 12
    assert group(p, KindGroup.PROGRAM).missing_zet == 12


def test_709n_has_no_yearly_recommendation_and_spreads_the_target_for_on_track() -> None:
    p = progress([credit("p1", PROGRAM, 36, date(2025, 1, 1))], NMO_709N_144)
    assert all(y.recommendation is None and not y.recommendation_met for y in p.by_year)
    # Two cycle years over: ceil(144 * 2 / 5) = 58.
    assert p.expected_to_date_zet == 58
    assert not p.on_track


@pytest.mark.parametrize(
    ("starts", "year_ends"),
    [
        (
            date(2024, 2, 29),
            [
                date(2025, 2, 28),
                date(2026, 2, 28),
                date(2027, 2, 28),
                date(2028, 2, 28),
                date(2029, 2, 28),
            ],
        ),
        (
            date(2023, 3, 1),
            [
                date(2024, 2, 29),
                date(2025, 2, 28),
                date(2026, 2, 28),
                date(2027, 2, 28),
                date(2028, 2, 29),
            ],
        ),
    ],
)
def test_cycle_years_around_29_february(starts: date, year_ends: list[date]) -> None:
    p = progress([], the_cycle=new_cycle(starts=starts))
    assert [y.year.ends_on for y in p.by_year] == year_ends
    assert p.by_year[-1].year.ends_on == new_cycle(starts=starts).ends_on

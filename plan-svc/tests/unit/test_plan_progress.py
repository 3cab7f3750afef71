from datetime import date

from plan_svc.domain.credits import CountedCredit, CreditKind
from plan_svc.domain.cycle import Cycle, DocumentKind, open_cycle
from plan_svc.domain.progress import KindTotal, compute_progress
from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144, RuleSet


def cycle(rule_set: RuleSet = NMO_250) -> Cycle:
    return open_cycle(
        cycle_id="c1",
        person_id="00000000-0000-4000-8000-000000000001",
        specialty_code="cardiology",
        document_kind=DocumentKind.CERTIFICATE,
        document_date=date(2024, 3, 15),
        rule_set=rule_set,
    )


def counted(credit_id: str, kind: CreditKind, zet: int, completed_on: date) -> CountedCredit:
    return CountedCredit(
        credit_id=credit_id,
        element_id=f"e-{credit_id}",
        kind=kind,
        zet=zet,
        completed_on=completed_on,
    )


def test_no_credits_gives_zero_with_all_three_kinds_listed() -> None:
    progress = compute_progress(cycle(), NMO_250, [])
    assert progress.cycle_id == "c1"
    assert progress.total_zet == 0
    assert progress.target_zet == 250
    assert progress.by_kind == (
        KindTotal(CreditKind.PROGRAM, 0),
        KindTotal(CreditKind.EVENT, 0),
        KindTotal(CreditKind.MODULE, 0),
    )
    assert progress.credits == ()


def test_totals_by_kind_and_credits_sorted_by_completion_date() -> None:
    credits = [
        counted("a", CreditKind.EVENT, 6, date(2026, 5, 1)),
        counted("b", CreditKind.PROGRAM, 36, date(2025, 2, 1)),
        counted("c", CreditKind.MODULE, 0, date(2027, 1, 1)),
        counted("d", CreditKind.EVENT, 4, date(2024, 3, 15)),
        counted("e", CreditKind.PROGRAM, 36, date(2029, 3, 14)),
    ]
    progress = compute_progress(cycle(), NMO_250, credits)
    assert progress.total_zet == 82
    assert progress.by_kind == (
        KindTotal(CreditKind.PROGRAM, 72),
        KindTotal(CreditKind.EVENT, 10),
        KindTotal(CreditKind.MODULE, 0),
    )
    assert [c.credit_id for c in progress.credits] == ["d", "b", "a", "c", "e"]


def test_the_total_is_the_real_sum_even_over_the_target() -> None:
    credits = [counted(str(i), CreditKind.PROGRAM, 36, date(2025, 1, 1 + i)) for i in range(8)]
    progress = compute_progress(cycle(), NMO_250, credits)
    assert progress.total_zet == 288
    assert progress.target_zet == 250


def test_credits_outside_the_cycles_dates_never_count() -> None:
    credits = [
        counted("before", CreditKind.PROGRAM, 36, date(2024, 3, 14)),
        counted("after", CreditKind.PROGRAM, 36, date(2029, 3, 15)),
        counted("in", CreditKind.EVENT, 5, date(2027, 7, 7)),
    ]
    progress = compute_progress(cycle(), NMO_250, credits)
    assert progress.total_zet == 5
    assert [c.credit_id for c in progress.credits] == ["in"]


def test_the_target_comes_from_the_cycles_rule_set() -> None:
    assert compute_progress(cycle(NMO_709N_144), NMO_709N_144, []).target_zet == 144
    assert compute_progress(cycle(NMO_250), NMO_250, []).target_zet == 250

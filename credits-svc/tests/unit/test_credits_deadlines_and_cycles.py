"""ДПП posting deadline: one month after the cycle ends (month ends clamp), lateness in days."""

from datetime import date

import pytest

from credits_svc.domain.deadlines import add_months, days_late, posting_deadline
from credits_svc.domain.posting import Rejection, ValidResult, deadline_of, validate
from credits_svc.domain.records import Element, ElementKind, PostedResult, ProgramCycle

PROGRAM = Element("e-1", "p-1", ElementKind.PROGRAM, 36, "31.08.36", (), None, None)
CYCLE = ProgramCycle("c-1", "e-1", date(2025, 1, 13), date(2025, 1, 31))


@pytest.mark.parametrize(
    ("ends_on", "deadline"),
    [
        (date(2025, 1, 31), date(2025, 2, 28)),
        (date(2024, 1, 31), date(2024, 2, 29)),
        (date(2025, 3, 31), date(2025, 4, 30)),
        (date(2025, 2, 28), date(2025, 3, 28)),
        (date(2025, 12, 15), date(2026, 1, 15)),
        (date(2025, 8, 31), date(2025, 9, 30)),
    ],
)
def test_the_deadline_is_the_same_day_next_month_or_its_last_day(
    ends_on: date, deadline: date
) -> None:
    assert posting_deadline(ends_on) == deadline


def test_add_months_crosses_years_both_ways() -> None:
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)


@pytest.mark.parametrize(
    ("posted_on", "late"),
    [(date(2025, 2, 27), 0), (date(2025, 2, 28), 0), (date(2025, 3, 1), 1), (date(2025, 4, 1), 32)],
)
def test_days_late_count_from_the_day_after_the_deadline(posted_on: date, late: int) -> None:
    assert days_late(date(2025, 2, 28), posted_on) == late
    assert days_late(None, posted_on) == 0


def test_only_programs_have_a_posting_deadline() -> None:
    assert deadline_of(PROGRAM, CYCLE) == date(2025, 2, 28)
    dated = Element("e-2", "p-1", ElementKind.PROGRAM, 36, "x", (), None, date(2025, 5, 31))
    assert deadline_of(dated, None) == date(2025, 6, 30)
    assert deadline_of(PROGRAM, None) is None
    event = Element("e-3", "p-1", ElementKind.EVENT, 6, "x", (), date(2025, 1, 1), date(2025, 1, 2))
    assert deadline_of(event, None) is None


def check(program_cycle_id: str, completed_on: str, today: date) -> ValidResult | Rejection:
    return validate(
        PostedResult("x", "112-233-445 95", "e-1", 36, completed_on, "", program_cycle_id),
        provider_id="p-1",
        elements={"e-1": PROGRAM},
        persons_by_snils={"11223344595": "person-1"},
        cycles={
            "c-1": CYCLE,
            "c-2": ProgramCycle("c-2", "e-9", date(2025, 1, 1), date(2025, 1, 2)),
        },
        today=today,
    )


def test_a_late_result_carries_its_deadline_and_days_late() -> None:
    checked = check("c-1", "2025-01-31", date(2025, 3, 10))
    assert isinstance(checked, ValidResult)
    assert (checked.deadline, checked.days_late) == (date(2025, 2, 28), 10)
    on_time = check("c-1", "2025-01-31", date(2025, 2, 28))
    assert isinstance(on_time, ValidResult) and on_time.days_late == 0


@pytest.mark.parametrize(
    ("cycle", "completed_on", "code"),
    [
        ("c-404", "2025-01-31", "unknown_program_cycle"),
        ("c-2", "2025-01-02", "cycle_of_other_element"),
        ("c-1", "2025-02-01", "completion_outside_cycle_dates"),
        ("c-1", "2025-01-12", "completion_outside_cycle_dates"),
    ],
)
def test_cycle_problems_have_stable_reasons(cycle: str, completed_on: str, code: str) -> None:
    checked = check(cycle, completed_on, date(2025, 3, 1))
    assert isinstance(checked, Rejection) and checked.code == code

import pytest

from pk_regional_svc.domain.candidates import (
    has_recent_budget_number,
    is_candidate,
    years_since_training,
)
from pk_regional_svc.domain.rules import EORT_2024


@pytest.mark.parametrize(
    ("last_training_year", "expected"),
    [
        (None, True),  # never trained
        (2010, True),
        (2021, True),
        (2022, True),  # exactly 3 years: a candidate
        (2023, False),  # 2 years
        (2024, False),
        (2025, False),  # trained this year
        (2026, False),  # a date after the campaign year (data error) never qualifies
    ],
)
def test_a_teacher_is_a_candidate_three_or_more_years_after_the_last_training(
    last_training_year: int | None, expected: bool
) -> None:
    assert is_candidate(2025, last_training_year, EORT_2024) is expected


def test_years_since_training_is_none_for_the_never_trained() -> None:
    assert years_since_training(2025, None) is None
    assert years_since_training(2025, 2022) == 3


@pytest.mark.parametrize(
    ("budget_years", "expected"),
    [
        ((), False),
        ((2022,), False),  # 3 years ago: a new number is allowed
        ((2023,), True),
        ((2024,), True),
        ((2025,), True),
        ((2019, 2022), False),
        ((2019, 2024), True),
        ((2026,), False),  # a later campaign is not "within 3 years before"
    ],
)
def test_one_budget_number_per_three_years(budget_years: tuple[int, ...], expected: bool) -> None:
    assert has_recent_budget_number(2025, budget_years, EORT_2024) is expected

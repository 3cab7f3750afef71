"""Who is a candidate for a unique number, and who may receive one.

Definitions (years only, relative to the campaign's year Y):
- years since training = Y − (year of the last training);
- a teacher is a candidate when they never trained, or when years since training ≥ 3
  (`training_interval_years`): for Y = 2025 a training in 2022 or earlier qualifies, one in 2023
  or 2024 does not; a training dated after Y (a data error) never qualifies;
- a budget-funded number used in year B blocks another one while Y − B < 3
  (`budget_interval_years`): a number of 2022 allows one in 2025, a number of 2023 does not.
  A refused number was not used and does not count.
"""

from __future__ import annotations

from collections.abc import Iterable

from pk_regional_svc.domain.rules import RegionalRules


def years_since_training(campaign_year: int, last_training_year: int | None) -> int | None:
    """None when the teacher never trained."""
    if last_training_year is None:
        return None
    return campaign_year - last_training_year


def is_candidate(campaign_year: int, last_training_year: int | None, rules: RegionalRules) -> bool:
    years = years_since_training(campaign_year, last_training_year)
    return years is None or years >= rules.training_interval_years


def has_recent_budget_number(
    campaign_year: int, budget_years: Iterable[int], rules: RegionalRules
) -> bool:
    """True when a budget-funded number was used within the interval before (or in) this year."""
    return any(0 <= campaign_year - year < rules.budget_interval_years for year in budget_years)

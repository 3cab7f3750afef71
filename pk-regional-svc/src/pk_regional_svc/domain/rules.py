"""The regional model's numbers (Tatarstan ЭОРТ), as a named, versioned rule set.

Numbers are data: a new regulation gets a new `RegionalRules` value, not new code.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpd_platform.errors import FailedPrecondition


@dataclass(frozen=True, slots=True)
class RegionalRules:
    version: str
    # A teacher is a candidate when at least this many years passed since the last training.
    training_interval_years: int
    # At most one budget-funded unique number per this many years.
    budget_interval_years: int
    # Hours an application's groups must add up to, unless the campaign says otherwise.
    default_required_hours: int
    # Teachers with fewer years of work than this give their graduation year.
    young_teacher_years: int


EORT_2024 = RegionalRules(
    version="eort-tatarstan-2024",
    training_interval_years=3,
    budget_interval_years=3,
    default_required_hours=72,
    young_teacher_years=3,
)

# Every published rule set by its version; a campaign keeps the version it was opened under.
RULE_SETS: dict[str, RegionalRules] = {rules.version: rules for rules in (EORT_2024,)}

# The rule set a newly opened campaign gets.
CURRENT_RULES = EORT_2024


def rules_for(version: str) -> RegionalRules:
    """The rule set a campaign stored as its `rules_version`; an unknown version is an error."""
    rules = RULE_SETS.get(version)
    if rules is None:
        raise FailedPrecondition(
            "unknown_rules_version", f"Неизвестная версия правил кампании: {version}"
        )
    return rules

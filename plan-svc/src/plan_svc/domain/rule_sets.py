"""Versioned rule sets: the regulation's numbers as data, pinned to a cycle when it opens."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class YearlyRecommendation:
    """ZET recommended per year of a cycle: from ДПП ПК programs and from events and modules."""

    program_zet: int
    event_and_module_zet: int

    @property
    def total_zet(self) -> int:
        return self.program_zet + self.event_and_module_zet


@dataclass(frozen=True, slots=True)
class RuleSet:
    code: str
    title: str
    cycle_years: int
    target_zet: int
    yearly: YearlyRecommendation | None = None

    @property
    def recommended_program_zet(self) -> int | None:
        return None if self.yearly is None else self.yearly.program_zet * self.cycle_years

    @property
    def recommended_event_and_module_zet(self) -> int | None:
        return None if self.yearly is None else self.yearly.event_and_module_zet * self.cycle_years


NMO_250 = RuleSet(
    code="nmo-250",
    title="НМО: 250 ЗЕТ за пятилетний цикл",
    cycle_years=5,
    target_zet=250,
    yearly=YearlyRecommendation(program_zet=36, event_and_module_zet=14),
)

# Periodic accreditation (order 709н), transitional form: 144 hours over the cycle.
NMO_709N_144 = RuleSet(
    code="nmo-709n-144",
    title="Периодическая аккредитация (709н): 144 часа",
    cycle_years=5,
    target_zet=144,
)

RULE_SETS: dict[str, RuleSet] = {rule_set.code: rule_set for rule_set in (NMO_250, NMO_709N_144)}

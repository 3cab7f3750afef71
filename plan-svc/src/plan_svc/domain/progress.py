"""Progress of a cycle against its rule set.

- A credit counts in a cycle when its element is eligible for the cycle's specialty and its
  completion date lies within the cycle's dates; one eligible for several of the person's
  cycles ("x2") counts in each of them in full.
- Credits count in the cycle year of their completion date; a year's surplus counts toward
  the target but is never moved into another year's row, and nothing leaves the cycle's dates
  (credits over the target do not carry into the next cycle).
- Caps (nmo-709n-144: at most 72 from ОМ/ИОМ) are applied in completion order: the credit that
  crosses the cap counts in part, later ones of that group count nothing (and say so).
- On track: the total counted so far reaches the cumulative recommendation of the cycle years
  already over (nmo-250: 50 per finished year; a rule set without a yearly recommendation:
  its target spread evenly over the years, rounded up). A surplus of an earlier year does help
  here, as it counts toward the target.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from plan_svc.domain.credits import (
    GROUP_OF_KIND,
    CreditKind,
    RecordedCredit,
    cycles_for_credit,
)
from plan_svc.domain.cycle import Cycle, CycleYear, cycle_years, year_of
from plan_svc.domain.projection import PersonCredit
from plan_svc.domain.rule_sets import KindGroup, RuleSet, YearlyRecommendation


class CreditStatus(StrEnum):
    COUNTED = "counted"
    PARTLY_COUNTED = "partly_counted"
    NOT_COUNTED = "not_counted"
    VOIDED = "voided"


class YearState(StrEnum):
    PAST = "past"
    CURRENT = "current"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class KindTotal:
    kind: CreditKind
    zet: int


@dataclass(frozen=True, slots=True)
class CreditInCycle:
    credit_id: str
    element_id: str
    kind: CreditKind
    zet: int
    completed_on: date
    status: CreditStatus
    counted_zet: int
    # Every cycle of the person the credit counts in (empty when voided).
    cycle_ids: tuple[str, ...]
    cycle_year: int


@dataclass(frozen=True, slots=True)
class GroupProgress:
    group: KindGroup
    actual_zet: int
    counted_zet: int
    recommended_zet: int
    missing_zet: int
    cap_zet: int | None


@dataclass(frozen=True, slots=True)
class YearProgress:
    year: CycleYear
    program_zet: int
    event_and_module_zet: int
    recommendation: YearlyRecommendation | None
    state: YearState

    @property
    def total_zet(self) -> int:
        return self.program_zet + self.event_and_module_zet

    @property
    def recommendation_met(self) -> bool:
        """Each part of the year's own recommendation is reached; False when there is none."""
        if self.recommendation is None:
            return False
        return (
            self.program_zet >= self.recommendation.program_zet
            and self.event_and_module_zet >= self.recommendation.event_and_module_zet
        )


@dataclass(frozen=True, slots=True)
class Progress:
    cycle_id: str
    rule_set: str
    target_zet: int
    total_zet: int
    actual_zet: int
    by_kind: tuple[KindTotal, ...]
    by_group: tuple[GroupProgress, ...]
    by_year: tuple[YearProgress, ...]
    missing_zet: int
    expected_to_date_zet: int
    on_track: bool
    complete: bool
    credits: tuple[CreditInCycle, ...]
    as_of: date


def _year_state(year: CycleYear, today: date) -> YearState:
    if year.ends_on < today:
        return YearState.PAST
    if year.starts_on > today:
        return YearState.FUTURE
    return YearState.CURRENT


def expected_to_date(rule_set: RuleSet, years_over: int) -> int:
    if rule_set.yearly is not None:
        return min(rule_set.target_zet, rule_set.yearly.total_zet * years_over)
    return math.ceil(rule_set.target_zet * years_over / rule_set.cycle_years)


def attribution(
    person_cycles: Sequence[Cycle], person_credits: Iterable[PersonCredit]
) -> dict[str, tuple[str, ...]]:
    """Each credit's cycles it is attributable to (ids, by start date, specialty and id), voided
    ones included: computed once for all of a person's cycles instead of once per cycle read."""
    cycles = sorted(person_cycles, key=lambda c: (c.starts_on, c.specialty_code, c.id))
    return {
        pc.credit_id: tuple(c.id for c in cycles_for_credit(cycles, pc.facts))
        for pc in person_credits
        if pc.facts is not None
    }


def compute_progress(
    cycle: Cycle,
    rule_set: RuleSet,
    person_credits: Iterable[PersonCredit],
    person_cycles: Sequence[Cycle],
    today: date,
    attributed: Mapping[str, tuple[str, ...]] | None = None,
) -> Progress:
    """`attributed`: `attribution(person_cycles, person_credits)`, given when the caller reads
    several cycles of the person; computed when None."""
    years = cycle_years(cycle.starts_on, rule_set.cycle_years)
    credits = list(person_credits)
    if attributed is None:
        known = any(c.id == cycle.id for c in person_cycles)
        attributed = attribution(person_cycles if known else [*person_cycles, cycle], credits)
    in_cycle = sorted(
        (
            (pc, pc.facts)
            for pc in credits
            if pc.facts is not None and cycle.id in attributed.get(pc.credit_id, ())
        ),
        key=lambda item: (item[1].completed_on, item[1].credit_id),
    )
    room: dict[KindGroup, int | None] = {group: rule_set.cap(group) for group in KindGroup}
    listed: list[CreditInCycle] = []
    live: list[tuple[RecordedCredit, int, int | None]] = []
    for person_credit, facts in in_cycle:
        number = year_of(years, facts.completed_on)
        year = number or 0
        if person_credit.voided:
            listed.append(_listed(facts, CreditStatus.VOIDED, 0, (), year))
            continue
        group = GROUP_OF_KIND[facts.kind]
        left = room[group]
        counted = facts.zet if left is None else min(facts.zet, left)
        if left is not None:
            room[group] = left - counted
        if counted == facts.zet:
            status = CreditStatus.COUNTED
        elif counted > 0:
            status = CreditStatus.PARTLY_COUNTED
        else:
            status = CreditStatus.NOT_COUNTED
        listed.append(_listed(facts, status, counted, attributed[facts.credit_id], year))
        live.append((facts, counted, number))

    # One pass over the counted credits (this runs for every dashboard read).
    actual = dict.fromkeys(KindGroup, 0)
    counted_by_group = dict.fromkeys(KindGroup, 0)
    by_kind_zet = dict.fromkeys(CreditKind, 0)
    year_zet = {(y.number, g): 0 for y in years for g in KindGroup}
    for facts, counted, number in live:
        group = GROUP_OF_KIND[facts.kind]
        actual[group] += facts.zet
        counted_by_group[group] += counted
        by_kind_zet[facts.kind] += facts.zet
        if number is not None:
            year_zet[(number, group)] += counted
    total = sum(counted_by_group.values())
    missing = max(
        0, rule_set.target_zet - total, rule_set.program_min_zet - actual[KindGroup.PROGRAM]
    )
    by_group = tuple(
        GroupProgress(
            group=g,
            actual_zet=actual[g],
            counted_zet=counted_by_group[g],
            recommended_zet=rule_set.recommended(g),
            missing_zet=min(missing, max(0, rule_set.recommended(g) - actual[g])),
            cap_zet=rule_set.cap(g),
        )
        for g in KindGroup
    )
    by_year = tuple(
        YearProgress(
            year=year,
            program_zet=year_zet[(year.number, KindGroup.PROGRAM)],
            event_and_module_zet=year_zet[(year.number, KindGroup.EVENT_AND_MODULE)],
            recommendation=rule_set.yearly,
            state=_year_state(year, today),
        )
        for year in years
    )
    expected = expected_to_date(rule_set, sum(1 for y in years if y.ends_on < today))
    return Progress(
        cycle_id=cycle.id,
        rule_set=rule_set.code,
        target_zet=rule_set.target_zet,
        total_zet=total,
        actual_zet=sum(actual.values()),
        by_kind=tuple(KindTotal(kind, by_kind_zet[kind]) for kind in CreditKind),
        by_group=by_group,
        by_year=by_year,
        missing_zet=missing,
        expected_to_date_zet=expected,
        on_track=total >= expected,
        complete=missing == 0,
        credits=tuple(listed),
        as_of=today,
    )


def _listed(
    facts: RecordedCredit,
    status: CreditStatus,
    counted: int,
    cycle_ids: tuple[str, ...],
    year: int,
) -> CreditInCycle:
    return CreditInCycle(
        credit_id=facts.credit_id,
        element_id=facts.element_id,
        kind=facts.kind,
        zet=facts.zet,
        completed_on=facts.completed_on,
        status=status,
        counted_zet=counted,
        cycle_ids=cycle_ids,
        cycle_year=year,
    )

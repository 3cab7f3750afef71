"""Progress of a cycle against its rule set."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from plan_svc.domain.credits import CountedCredit, CreditKind
from plan_svc.domain.cycle import Cycle
from plan_svc.domain.rule_sets import RuleSet


@dataclass(frozen=True, slots=True)
class KindTotal:
    kind: CreditKind
    zet: int


@dataclass(frozen=True, slots=True)
class Progress:
    cycle_id: str
    total_zet: int
    target_zet: int
    by_kind: tuple[KindTotal, ...]
    credits: tuple[CountedCredit, ...]


def compute_progress(cycle: Cycle, rule_set: RuleSet, credits: Iterable[CountedCredit]) -> Progress:
    """The real total, not capped at the target; a surplus never leaves the cycle's dates."""
    counted = sorted(
        (credit for credit in credits if cycle.covers(credit.completed_on)),
        key=lambda credit: (credit.completed_on, credit.credit_id),
    )
    by_kind = tuple(
        KindTotal(kind, sum(credit.zet for credit in counted if credit.kind == kind))
        for kind in CreditKind
    )
    return Progress(
        cycle_id=cycle.id,
        total_zet=sum(credit.zet for credit in counted),
        target_zet=rule_set.target_zet,
        by_kind=by_kind,
        credits=tuple(counted),
    )

"""A cycle's progress against its rule set: totals by kind, group and year, and counted credits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.schema.catalog import Element, ElementKind
from gateway.schema.plan.elements import element_kind
from gateway.schema.plan.enums import CreditCountStatus, KindGroup, YearState


@strawberry.type(description="ZET of a cycle's live credits of one element kind, before caps.")
class KindTotal:
    kind: ElementKind = strawberry.field(
        description="The element kind; all three kinds are always listed."
    )
    zet: int = strawberry.field(description="Sum of the kind's live (not voided) credits, in ZET.")


@strawberry.type(
    description="Progress of a kind group (ДПП ПК programs, or events and modules) in a cycle: "
    "what there is, what counts, what is still missing."
)
class KindGroupProgress:
    group: KindGroup = strawberry.field(description="Which group.")
    actual_zet: int = strawberry.field(description="ZET of the group's live credits, before caps.")
    counted_zet: int = strawberry.field(
        description="ZET that counts toward the target, after the rule set's caps."
    )
    recommended_zet: int = strawberry.field(
        description="Over the whole cycle: nmo-250 recommends 180 for programs and 70 for events "
        "and modules; nmo-709n-144 requires at least 72 from programs (0 for events and modules)."
    )
    missing_zet: int = strawberry.field(
        description="What is still short of recommendedZet, at most the cycle's missingZet "
        "(0 when reached)."
    )
    cap_zet: int | None = strawberry.field(
        description="At most this much ZET counts from the group; null when there is no cap."
    )


@strawberry.type(
    description="A cycle year: 12 months from the cycle's start (year 1 starts on its first day), "
    "with what was counted in it and the rule set's yearly recommendation."
)
class YearProgress:
    year: int = strawberry.field(description="1-based number of the year (1 to 5).")
    starts_on: date = strawberry.field(description="First day of the year.")
    ends_on: date = strawberry.field(description="Last day of the year, inclusive.")
    program_zet: int = strawberry.field(
        description="Counted ZET (after caps) from ДПП ПК programs completed in this year."
    )
    event_and_module_zet: int = strawberry.field(
        description="Counted ZET (after caps) from events and modules completed in this year."
    )
    total_zet: int = strawberry.field(description="programZet + eventAndModuleZet.")
    recommended_program_zet: int = strawberry.field(
        description="Recommended ZET from programs this year (nmo-250: 36); 0 without a yearly "
        "recommendation."
    )
    recommended_event_and_module_zet: int = strawberry.field(
        description="Recommended ZET from events and modules this year (nmo-250: 14; else 0)."
    )
    recommended_total_zet: int = strawberry.field(
        description="Both recommendations together (nmo-250: 50; else 0)."
    )
    recommendation_met: bool = strawberry.field(
        description="The year's own credits reach both parts of its recommendation (a surplus is "
        "never moved between years); false without a yearly recommendation."
    )
    state: YearState = strawberry.field(description="Past, current or future relative to today.")


@strawberry.type(
    description="A credit from the ledger attributed to a cycle (its element is eligible for the "
    "cycle's specialty and was completed within the cycle's dates), and how much of it counts."
)
class CountedCredit:
    credit_id: strawberry.ID = strawberry.field(description="Credit id in the credit ledger.")
    element_id: strawberry.ID = strawberry.field(description="The catalog element credited.")
    kind: ElementKind = strawberry.field(description="The element's kind.")
    zet: int = strawberry.field(description="ZET the credit carries (some modules carry 0).")
    counted_zet: int = strawberry.field(
        description="The part of zet that counts toward this cycle's target (0 when not counted "
        "or voided)."
    )
    completed_on: date = strawberry.field(
        description="Completion date; the credit counts in the cycle year containing it."
    )
    status: CreditCountStatus = strawberry.field(
        description="How the credit counts under the rule set's caps."
    )
    cycle_ids: list[strawberry.ID] = strawberry.field(
        description="Every cycle of the person the credit counts in; empty when voided."
    )
    cycle_year: int = strawberry.field(
        description="1-based year of this cycle the credit counts in."
    )

    @strawberry.field(
        description="The credit counts in two or more of the person's cycles (shown as x2)."
    )
    def counts_in_several_cycles(self) -> bool:
        return len(self.cycle_ids) > 1

    element: Element | None = strawberry.field(
        default=None,
        description="The catalog element; null when the catalog no longer has it.",
    )

    @classmethod
    def from_pb(cls, c: plan_pb2.CountedCredit, elements: Mapping[str, Element]) -> CountedCredit:
        return cls(
            element=elements.get(c.element_id),
            credit_id=strawberry.ID(c.credit_id),
            element_id=strawberry.ID(c.element_id),
            kind=element_kind(c.kind),
            zet=c.zet,
            counted_zet=c.counted_zet,
            completed_on=date.fromisoformat(c.completed_on),
            status=CreditCountStatus(c.status),
            cycle_ids=[strawberry.ID(i) for i in c.cycle_ids],
            cycle_year=c.cycle_year,
        )


def _year(y: plan_pb2.YearProgress) -> YearProgress:
    return YearProgress(
        year=y.year,
        starts_on=date.fromisoformat(y.starts_on),
        ends_on=date.fromisoformat(y.ends_on),
        program_zet=y.program_zet,
        event_and_module_zet=y.event_and_module_zet,
        total_zet=y.total_zet,
        recommended_program_zet=y.recommended_program_zet,
        recommended_event_and_module_zet=y.recommended_event_and_module_zet,
        recommended_total_zet=y.recommended_total_zet,
        recommendation_met=y.recommendation_met,
        state=YearState(y.state),
    )


def _group(g: plan_pb2.KindGroupProgress) -> KindGroupProgress:
    return KindGroupProgress(
        group=KindGroup(g.group),
        actual_zet=g.actual_zet,
        counted_zet=g.counted_zet,
        recommended_zet=g.recommended_zet,
        missing_zet=g.missing_zet,
        cap_zet=g.cap_zet or None,
    )


@strawberry.type(
    description="Progress of one cycle against its rule set, computed when read from the credits "
    "the plan service has received. All amounts are in ZET (1 ZET = 1 academic hour)."
)
class Progress:
    rule_set: str = strawberry.field(description="Code of the cycle's rule set, e.g. nmo-250.")
    total_zet: int = strawberry.field(
        description="ZET that counts toward the target (after caps); may exceed targetZet, the "
        "surplus never carries into the next cycle."
    )
    actual_zet: int = strawberry.field(description="ZET of all live credits, before caps.")
    target_zet: int = strawberry.field(description="The rule set's target (250 or 144).")
    missing_zet: int = strawberry.field(
        description="ZET still needed: the larger of the target minus totalZet and the ДПП ПК "
        "minimum minus the program credits (0 when complete)."
    )
    expected_to_date_zet: int = strawberry.field(
        description="Cumulative recommendation of the cycle years already over (nmo-250: 50 a "
        "year; otherwise the target spread evenly, rounded up), to compare with totalZet."
    )
    on_track: bool = strawberry.field(description="totalZet is at least expectedToDateZet.")
    complete: bool = strawberry.field(
        description="missingZet is 0: the target (and any ДПП ПК minimum) is reached."
    )
    by_kind: list[KindTotal] = strawberry.field(description="ZET by element kind, before caps.")
    by_group: list[KindGroupProgress] = strawberry.field(
        description="Programs versus events and modules, with recommendations and caps."
    )
    by_year: list[YearProgress] = strawberry.field(description="The cycle's years in order.")
    credits: list[CountedCredit] = strawberry.field(
        description="The cycle's credits in completion order, including voided and over-cap ones."
    )

    @classmethod
    def from_pb(cls, p: plan_pb2.Progress, elements: Mapping[str, Element]) -> Progress:
        return cls(
            rule_set=p.rule_set,
            total_zet=p.total_zet,
            actual_zet=p.actual_zet,
            target_zet=p.target_zet,
            missing_zet=p.missing_zet,
            expected_to_date_zet=p.expected_to_date_zet,
            on_track=p.on_track,
            complete=p.complete,
            by_kind=[KindTotal(kind=element_kind(k.kind), zet=k.zet) for k in p.by_kind],
            by_group=[_group(g) for g in p.by_group],
            by_year=[_year(y) for y in p.by_year],
            credits=[CountedCredit.from_pb(c, elements) for c in p.credits],
        )

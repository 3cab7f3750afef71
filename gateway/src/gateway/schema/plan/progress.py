"""A cycle's progress against its rule set: totals by kind, group and year, and counted credits.
Amounts are in ZET (1 ZET = 1 academic hour)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.catalog import Element, ElementKind
from gateway.schema.plan.enums import CreditCountStatus, KindGroup, YearState


@protobuf_type
class KindTotal(MessageType[plan_pb2.KindTotal]):
    kind: ElementKind = strawberry.field(
        description="The element kind; all three kinds are always listed."
    )


@protobuf_type
class KindGroupProgress(MessageType[plan_pb2.KindGroupProgress]):
    group: KindGroup = strawberry.field(description="Which group.")
    missing_zet: int = strawberry.field(
        description="What is still short of recommendedZet in this group, at most the cycle's "
        "missingZet (0 when reached or when the cycle needs nothing more)."
    )
    cap_zet: int | None = strawberry.field(
        description="At most this much ZET counts from the group; null when there is no cap."
    )


@protobuf_type
class YearProgress(MessageType[plan_pb2.YearProgress]):
    starts_on: date
    ends_on: date
    total_zet: int = strawberry.field(description="programZet + eventAndModuleZet.")
    state: YearState = strawberry.field(description="Past, current or future relative to today.")


@protobuf_type
class CountedCredit(MessageType[plan_pb2.CountedCredit]):
    element_id: strawberry.ID
    kind: ElementKind = strawberry.field(description="The element's kind.")
    completed_on: date
    status: CreditCountStatus = strawberry.field(
        description="How the credit counts under the rule set's caps."
    )
    cycle_ids: list[strawberry.ID]
    element: Element | None = strawberry.field(
        default=None,
        description="The catalog element; null when the catalog no longer has it.",
    )
    # Plain attributes, not resolvers: a dashboard lists hundreds of credits, and a plain
    # field costs the gateway a fraction of a resolved one (schema/execution.py).
    counts_in_several_cycles: bool = strawberry.field(
        default=False,
        description="The credit counts in two or more of the person's cycles (shown as x2).",
    )

    def __post_init__(self) -> None:
        self.counts_in_several_cycles = len(self.cycle_ids) > 1


@protobuf_type(exclude=("cycle_id", "as_of"))
class Progress(MessageType[plan_pb2.Progress]):
    """Progress of one cycle against its rule set, computed when read from the credits the plan
    service has received. Amounts are in ZET (1 ZET = 1 academic hour)."""

    total_zet: int = strawberry.field(
        description="ZET that counts toward the target (after the rule set's caps); may exceed "
        "targetZet, the surplus never carries into the next cycle."
    )
    rule_set: str = strawberry.field(description="Code of the cycle's rule set, e.g. nmo-250.")
    missing_zet: int = strawberry.field(
        description="ZET still needed: the larger of the target minus totalZet and the ДПП ПК "
        "minimum minus the program credits (0 when complete)."
    )
    on_track: bool = strawberry.field(description="totalZet is at least expectedToDateZet.")
    complete: bool = strawberry.field(
        description="missingZet is 0: the target (and any ДПП ПК minimum) is reached."
    )
    by_kind: list[KindTotal]
    by_group: list[KindGroupProgress]
    by_year: list[YearProgress]
    credits: list[CountedCredit]


def progress_with_elements(found: plan_pb2.Progress, elements: Mapping[str, Element]) -> Progress:
    """The progress, its credits showing the elements fetched for them."""
    progress = Progress.from_pb(found)
    for credit in progress.credits:
        credit.element = elements.get(str(credit.element_id))
    return progress

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
    cap_zet: int | None = strawberry.field(
        description="At most this much ZET counts from the group; null when there is no cap."
    )


@protobuf_type
class YearProgress(MessageType[plan_pb2.YearProgress]):
    starts_on: date
    ends_on: date
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

    @strawberry.field(
        description="The credit counts in two or more of the person's cycles (shown as x2)."
    )
    def counts_in_several_cycles(self) -> bool:
        return len(self.cycle_ids) > 1

    element: Element | None = strawberry.field(
        default=None,
        description="The catalog element; null when the catalog no longer has it.",
    )


@protobuf_type(exclude=("cycle_id", "as_of"))
class Progress(MessageType[plan_pb2.Progress]):
    """Progress of one cycle against its rule set, computed when read from the credits the plan
    service has received. Amounts are in ZET (1 ZET = 1 academic hour)."""

    rule_set: str = strawberry.field(description="Code of the cycle's rule set, e.g. nmo-250.")
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

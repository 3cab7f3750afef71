"""Five-year cycles: the document that opened each, its rule set, its plan and its progress."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import MessageType, call_list, protobuf_type
from gateway.schema.catalog import Element, ElementKind, Specialty
from gateway.schema.common import GatewayInfo
from gateway.schema.plan.elements import elements_if_asked, load_element
from gateway.schema.plan.enums import CycleState
from gateway.schema.plan.progress import Progress, progress_with_elements
from gateway.schema.plan.waiting import ResultWait


@protobuf_type
class RuleSet(MessageType[plan_pb2.RuleSet]):
    effective_from: date
    yearly_program_zet: int | None = strawberry.field(
        description="ZET recommended from ДПП ПК programs per cycle year (nmo-250: 36); null when "
        "the rule set has no yearly recommendation."
    )
    yearly_event_and_module_zet: int | None = strawberry.field(
        description="ZET recommended from events (ОМ) and interactive modules (ИОМ) per cycle "
        "year (nmo-250: 14); null when the rule set has no yearly recommendation."
    )
    program_min_zet: int | None = strawberry.field(
        description="At least this much ZET from ДПП ПК over the cycle (nmo-709n-144: 72); null "
        "when there is no minimum."
    )
    event_and_module_cap_zet: int | None = strawberry.field(
        description="At most this much ZET from events and modules counts toward the target "
        "(nmo-709n-144: 72); null when there is no cap."
    )


@protobuf_type(exclude=("person_id",))
class Document(MessageType[plan_pb2.Document]):
    issued_on: date


@protobuf_type(exclude=("added_at",))
class PlanItem(MessageType[plan_pb2.PlanItem]):
    element_id: strawberry.ID
    element_kind: ElementKind = strawberry.field(description="The element's kind.")
    eligible_cycle_ids: list[strawberry.ID]
    result_wait: ResultWait | None
    element: Element | None = strawberry.field(
        default=None, description="The catalog element; null when the catalog no longer has it."
    )
    # A plain attribute, not a resolver (a plain field costs the gateway a fraction).
    multiplier: int = strawberry.field(
        default=1,
        description="In how many of the person's cycles the element counts (2 is shown as x2); "
        "at least 1.",
    )

    def __post_init__(self) -> None:
        self.multiplier = max(1, len(self.eligible_cycle_ids))


def plan_item_with_element(found: plan_pb2.PlanItem, elements: Mapping[str, Element]) -> PlanItem:
    item = PlanItem.from_pb(found)
    item.element = elements.get(found.element_id)
    return item


@protobuf_type
class Suggestion(MessageType[plan_pb2.Suggestion]):
    element_id: strawberry.ID
    kind: ElementKind = strawberry.field(description="The element's kind.")
    program_cycle_id: strawberry.ID | None = strawberry.field(
        description="For a program: its earliest cycle not yet started with free seats; null "
        "otherwise."
    )
    starts_on: date | None = strawberry.field(
        description="Start of that program cycle or of the event; null when undated (modules)."
    )

    @strawberry.field(description="The catalog element; null when the catalog no longer has it.")
    async def element(self, info: GatewayInfo) -> Element | None:
        return await load_element(info, str(self.element_id))


@protobuf_type(exclude=("person_id", "rule_set"))
class Cycle(MessageType[plan_pb2.Cycle]):
    id: strawberry.ID
    specialty_code: str
    starts_on: date = strawberry.field(
        description="First day: the document's issue date. The cycle lasts five years, to "
        "endsOn inclusive (a document of 29 February ends on 28 February)."
    )
    ends_on: date = strawberry.field(description="Last day of the cycle, inclusive.")
    rule_set_title: str = strawberry.field(
        description="Title of the rule set for people (Russian), the same as ruleSet.title."
    )
    document: Document | None = strawberry.field(
        description="The document that opened the cycle; null for cycles opened without one."
    )
    state: CycleState = strawberry.field(description="Active, upcoming or finished.")
    rule_set_details: RuleSet = strawberry.field(
        name="ruleSet",
        description="The rule set pinned at creation: its name, source act and numbers.",
    )

    @strawberry.field(description="The cycle's specialty; null when the catalog does not know it.")
    async def specialty(self, info: GatewayInfo) -> Specialty | None:
        found = await info.context.loaders.specialty.load(self.specialty_code)
        return Specialty.from_pb(found) if found else None

    @strawberry.field(
        description="Progress against the rule set, computed now; null when the plan service "
        "has none for the cycle."
    )
    async def progress(self, info: GatewayInfo) -> Progress | None:
        found = await info.context.loaders.progress.load(str(self.id))
        if found is None:
            return None
        elements = await elements_if_asked(
            info, (c.element_id for c in found.credits), "credits", "element"
        )
        return progress_with_elements(found, elements)

    @strawberry.field(description="The cycle's plan: the elements the person intends to take.")
    async def plan(self, info: GatewayInfo) -> list[PlanItem]:
        items = await info.context.loaders.plan_items.load(str(self.id))
        elements = await elements_if_asked(info, (i.element_id for i in items), "element")
        return [plan_item_with_element(i, elements) for i in items]

    @strawberry.field(
        description="What to take next: elements of the kind the cycle misses, best first; "
        "empty when the cycle misses nothing."
    )
    async def suggestions(
        self,
        info: GatewayInfo,
        limit: Annotated[
            int, strawberry.argument(description="How many at most (clamped to 1..50).")
        ] = 10,
    ) -> list[Suggestion]:
        return await call_list(
            info,
            info.context.backends.plan.GetSuggestions,
            plan_pb2.GetSuggestionsRequest(cycle_id=str(self.id), limit=limit),
            Suggestion,
            "suggestions",
        )

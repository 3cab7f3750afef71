"""Five-year cycles: the document that opened each, its rule set, its plan and its progress."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.schema.catalog import Element, ElementKind, Specialty
from gateway.schema.common import GatewayInfo, optional_date
from gateway.schema.plan.elements import element_kind, elements_if_asked, load_element
from gateway.schema.plan.enums import CycleState, DocumentKind, FrmrStatus, PlanItemStatus
from gateway.schema.plan.progress import Progress


@strawberry.type(
    description="A versioned rule set a cycle is counted by: where its numbers come from and what "
    "they are. Its numbers never change once published; new rules get a new code."
)
class RuleSet:
    code: str = strawberry.field(
        description="Stable code pinned to cycles: nmo-250 (250 ZET, 50 a year: 36 ДПП ПК + 14 "
        "events and modules) or nmo-709n-144 (periodic accreditation, order 709н: 144 hours)."
    )
    version: int = strawberry.field(description="Version of the rules under this code.")
    title: str = strawberry.field(description="Name for people (Russian).")
    source: str = strawberry.field(
        description="The normative act the numbers come from, with the numbers (Russian)."
    )
    effective_from: date = strawberry.field(description="Date from which the rule set applies.")
    cycle_years: int = strawberry.field(description="Length of a cycle, in years (5).")
    target_zet: int = strawberry.field(
        description="ZET (academic hours) a cycle needs in total: 250 or 144."
    )
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

    @classmethod
    def from_pb(cls, r: plan_pb2.RuleSet) -> RuleSet:
        yearly = bool(r.yearly_program_zet or r.yearly_event_and_module_zet)
        return cls(
            code=r.code,
            version=r.version,
            title=r.title,
            source=r.source,
            effective_from=date.fromisoformat(r.effective_from),
            cycle_years=r.cycle_years,
            target_zet=r.target_zet,
            yearly_program_zet=r.yearly_program_zet if yearly else None,
            yearly_event_and_module_zet=r.yearly_event_and_module_zet if yearly else None,
            program_min_zet=r.program_min_zet or None,
            event_and_module_cap_zet=r.event_and_module_cap_zet or None,
        )


@strawberry.type(
    description="A certificate or accreditation document of a person; it opened one cycle."
)
class Document:
    id: strawberry.ID = strawberry.field(description="Document id.")
    kind: DocumentKind = strawberry.field(description="Kind of document.")
    specialty_code: str = strawberry.field(
        description="Specialty code of the nomenclature, e.g. 31.08.36 or L.08.01."
    )
    series: str = strawberry.field(description="Series as entered; may be empty.")
    number: str = strawberry.field(description="Number as entered.")
    issued_on: date = strawberry.field(description="Issue date; the cycle starts on it.")
    frmr_status: FrmrStatus = strawberry.field(description="ФРМР status, computed when read.")
    frmr_note: str = strawberry.field(
        description="Text for people (Russian): the ФРМР status and, when not confirmed, what "
        "to do."
    )

    @classmethod
    def from_pb(cls, d: plan_pb2.Document) -> Document:
        return cls(
            id=strawberry.ID(d.id),
            kind=DocumentKind(d.kind),
            specialty_code=d.specialty_code,
            series=d.series,
            number=d.number,
            issued_on=date.fromisoformat(d.issued_on),
            frmr_status=FrmrStatus(d.frmr_status),
            frmr_note=d.frmr_note,
        )


@strawberry.type(description="A catalog element a person plans to take within a cycle.")
class PlanItem:
    id: strawberry.ID = strawberry.field(description="Plan item id.")
    cycle_id: strawberry.ID = strawberry.field(description="The cycle whose plan holds the item.")
    element_id: strawberry.ID = strawberry.field(description="The catalog element.")
    element_kind: ElementKind = strawberry.field(description="The element's kind.")
    status: PlanItemStatus = strawberry.field(description="Where the item stands.")
    status_label: str = strawberry.field(
        description="Label of the status for people (Russian), e.g. «В плане», «Зачтено»."
    )
    eligible_cycle_ids: list[strawberry.ID] = strawberry.field(
        description="The person's unfinished cycles the element is eligible for."
    )
    planned_cycle_ids: list[strawberry.ID] = strawberry.field(
        description="The person's cycles whose plans hold the element (this one included)."
    )

    @strawberry.field(
        description="In how many of the person's cycles the element counts (2 is shown as x2); "
        "at least 1."
    )
    def multiplier(self) -> int:
        return max(1, len(self.eligible_cycle_ids))

    element: Element | None = strawberry.field(
        default=None, description="The catalog element; null when the catalog no longer has it."
    )

    @classmethod
    def from_pb(cls, i: plan_pb2.PlanItem, elements: Mapping[str, Element]) -> PlanItem:
        return cls(
            element=elements.get(i.element_id),
            id=strawberry.ID(i.id),
            cycle_id=strawberry.ID(i.cycle_id),
            element_id=strawberry.ID(i.element_id),
            element_kind=element_kind(i.element_kind),
            status=PlanItemStatus(i.status),
            status_label=i.status_label,
            eligible_cycle_ids=[strawberry.ID(c) for c in i.eligible_cycle_ids],
            planned_cycle_ids=[strawberry.ID(c) for c in i.planned_cycle_ids],
        )


@strawberry.type(description="An element suggested to fill what a cycle still misses.")
class Suggestion:
    element_id: strawberry.ID = strawberry.field(description="The catalog element.")
    kind: ElementKind = strawberry.field(description="The element's kind.")
    score: float = strawberry.field(
        description="Ranking score, higher first; comparable only within one answer."
    )
    reasons: list[str] = strawberry.field(
        description="Why it is suggested, for people (Russian), e.g. «В вашем регионе»."
    )
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

    @classmethod
    def from_pb(cls, s: plan_pb2.Suggestion) -> Suggestion:
        return cls(
            element_id=strawberry.ID(s.element_id),
            kind=element_kind(s.kind),
            score=s.score,
            reasons=list(s.reasons),
            program_cycle_id=strawberry.ID(s.program_cycle_id) if s.program_cycle_id else None,
            starts_on=optional_date(s.starts_on),
        )


@strawberry.type(
    description="A person's five-year NMO cycle in one specialty; at most one cycle of a specialty "
    "runs on any day."
)
class Cycle:
    id: strawberry.ID = strawberry.field(description="Cycle id.")
    specialty_code: str = strawberry.field(
        description="Specialty code; elements count in the cycle when their main or additional "
        "specialties include it."
    )
    starts_on: date = strawberry.field(description="First day: the document's issue date.")
    ends_on: date = strawberry.field(
        description="Last day, inclusive: five years after the start, minus one day."
    )
    rule_set: RuleSet = strawberry.field(
        description="The rule set pinned at creation: its name, source act and numbers."
    )
    rule_set_title: str = strawberry.field(
        description="Title of the rule set (the same as ruleSet.title)."
    )
    state: CycleState = strawberry.field(description="Active, upcoming or finished.")
    document: Document | None = strawberry.field(
        description="The document that opened the cycle; null for cycles opened without one."
    )

    @classmethod
    def from_pb(cls, c: plan_pb2.Cycle) -> Cycle:
        return cls(
            id=strawberry.ID(c.id),
            specialty_code=c.specialty_code,
            starts_on=date.fromisoformat(c.starts_on),
            ends_on=date.fromisoformat(c.ends_on),
            rule_set=RuleSet.from_pb(c.rule_set_details),
            rule_set_title=c.rule_set_title,
            state=CycleState(c.state),
            document=Document.from_pb(c.document) if c.HasField("document") else None,
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
        return Progress.from_pb(found, elements)

    @strawberry.field(description="The cycle's plan: the elements the person intends to take.")
    async def plan(self, info: GatewayInfo) -> list[PlanItem]:
        items = await info.context.loaders.plan_items.load(str(self.id))
        elements = await elements_if_asked(info, (i.element_id for i in items), "element")
        return [PlanItem.from_pb(i, elements) for i in items]

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
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.GetSuggestions,
            plan_pb2.GetSuggestionsRequest(cycle_id=str(self.id), limit=limit),
            ctx.metadata,
        )
        return [Suggestion.from_pb(s) for s in reply.suggestions]

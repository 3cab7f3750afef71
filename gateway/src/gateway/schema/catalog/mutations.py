"""Provider staff's editing: create programs, events and modules, edit, publish, withdraw, cycles.

catalog-svc decides who may (staff of the element's provider, admins); refusals come back as
typed UserErrors."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from cpd.catalog.v1 import catalog_pb2
from gateway.mapping import MessageInput, call_one_or_error, result_union, to_message
from gateway.schema.catalog.arguments import ElementId
from gateway.schema.catalog.types import Element, FundingBasis, ProgramCycle
from gateway.schema.common import GatewayInfo, UserError

ElementResult = Annotated[
    Element | UserError,
    result_union("ElementResult", "The element as saved"),
]
ProgramCycleResult = Annotated[
    ProgramCycle | UserError,
    result_union("ProgramCycleResult", "The cycle as saved"),
]


@strawberry.input(description="Seats of one funding basis on a program cycle.")
class SeatInput(MessageInput[catalog_pb2.SeatCount]):
    basis: FundingBasis = strawberry.field(
        description="BUDGET, CONTRACT or OMS; one entry per basis (tickets are the event's)."
    )
    total: int = strawberry.field(
        description="Number of seats, 0 to 100000; not below the seats already taken."
    )
    price_kopecks: int = strawberry.field(
        default=0, description="Price of one seat in kopecks (RUB/100); 0 when not charged."
    )


@strawberry.input(description="A cycle (group) of a program: its dates, seats and place.")
class ProgramCycleInput(MessageInput[catalog_pb2.ProgramCycle]):
    starts_on: date = strawberry.field(description="The first day of training.")
    ends_on: date = strawberry.field(description="The last day of training; not before the first.")
    seats: list[SeatInput] = strawberry.field(description="Seats by funding basis.")
    place: str = strawberry.field(default="", description="Where it is held; free text.")
    curator: str = strawberry.field(default="", description="Who leads it; free text.")
    department: str = strawberry.field(
        default="", description="The provider's department that runs it; free text."
    )


@strawberry.input(description="The fields every kind of element has.")
class ElementInput:
    title: str = strawberry.field(description="Title, at most 500 characters.")
    zet: int = strawberry.field(description="Credits in ZET (1 ZET = 1 academic hour).")
    main_specialty_code: str | None = strawberry.field(
        default=None, description="The main specialty (`Specialty.code`); none when null."
    )
    additional_specialty_codes: list[str] = strawberry.field(
        default_factory=list, description="Further specialties the element counts for."
    )
    annotation: str = strawberry.field(default="", description="A description for people.")
    region_code: str | None = strawberry.field(
        default=None, description="Two-digit region code; the provider's region when null."
    )
    audience: str = strawberry.field(
        default="medical", description="`medical` (NMO) or `teachers` (the regional model)."
    )
    subject_codes: list[str] = strawberry.field(
        default_factory=list,
        description="Teachers' subjects (`reference(kind: TEACHER_SUBJECT)` codes).",
    )
    free: bool = strawberry.field(default=False, description="Free of charge.")
    price_kopecks: int = strawberry.field(
        default=0, description="Price in kopecks (RUB/100) of a paid event or module."
    )


@strawberry.input(description="A ДПП ПК program (additional professional programme).")
class ProgramInput(ElementInput):
    form_of_study: str = strawberry.field(
        default="full_time", description="A `reference(kind: FORM_OF_STUDY)` code."
    )
    distance_learning: bool = strawberry.field(
        default=False, description="Taught with distance learning technologies."
    )
    cycles: list[ProgramCycleInput] = strawberry.field(
        default_factory=list, description="The program's first cycles (more: saveProgramCycle)."
    )


@strawberry.input(description="An educational event (ОМ): a conference, seminar and the like.")
class EventInput(ElementInput):
    starts_on: date | None = strawberry.field(default=None, description="The first day.")
    ends_on: date | None = strawberry.field(default=None, description="The last day.")
    event_format: str = strawberry.field(
        default="offline", description="A `reference(kind: EVENT_FORMAT)` code."
    )
    tickets_total: int = strawberry.field(
        default=0, description="Tickets of a free event (its seat limit)."
    )
    attendance_control: str = strawberry.field(
        default="", description="How attendance is checked; free text."
    )
    confirmation_requirements: str = strawberry.field(
        default="", description="What an attendee must do to get a confirmation code."
    )


@strawberry.input(description="An interactive educational module (ИОМ).")
class ModuleInput(ElementInput):
    module_kind: str = strawberry.field(
        default="clinical_case", description="A `reference(kind: MODULE_KIND)` code."
    )


@strawberry.input(
    description="A changed element: every editable field again (the kind never changes);"
    " the fields of other kinds are ignored."
)
class ElementUpdateInput(ElementInput):
    form_of_study: str | None = strawberry.field(
        default=None, description="Programs: a `reference(kind: FORM_OF_STUDY)` code."
    )
    distance_learning: bool = strawberry.field(
        default=False, description="Programs: taught with distance learning technologies."
    )
    starts_on: date | None = strawberry.field(default=None, description="Events: the first day.")
    ends_on: date | None = strawberry.field(default=None, description="Events: the last day.")
    event_format: str | None = strawberry.field(
        default=None, description="Events: a `reference(kind: EVENT_FORMAT)` code."
    )
    tickets_total: int = strawberry.field(
        default=0, description="Free events: the number of tickets."
    )
    attendance_control: str = strawberry.field(
        default="", description="Events: how attendance is checked."
    )
    confirmation_requirements: str = strawberry.field(
        default="", description="Events: what an attendee must do to get a confirmation code."
    )
    module_kind: str | None = strawberry.field(
        default=None, description="Modules: a `reference(kind: MODULE_KIND)` code."
    )


def _cycle_pb(
    cycle: ProgramCycleInput, element_id: str = "", cycle_id: str = ""
) -> catalog_pb2.ProgramCycle:
    return to_message(cycle, catalog_pb2.ProgramCycle, id=cycle_id, element_id=element_id)


def _element_pb(
    kind: catalog_pb2.ElementKind.ValueType,
    data: ElementInput,
    provider_id: str = "",
    element_id: str = "",
) -> catalog_pb2.Element:
    return to_message(data, catalog_pb2.Element, id=element_id, kind=kind, provider_id=provider_id)


ProviderId = Annotated[
    strawberry.ID, strawberry.argument(description="The provider the element belongs to.")
]


async def _create(info: GatewayInfo, element: catalog_pb2.Element) -> Element | UserError:
    request = catalog_pb2.CreateElementRequest(element=element)
    return await call_one_or_error(
        info, info.context.backends.catalog.CreateElement, request, Element, "element"
    )


@strawberry.type
class CatalogMutation:
    @strawberry.mutation(description="Create a program (a draft) of a provider one works for.")
    async def create_program(
        self,
        info: GatewayInfo,
        provider_id: ProviderId,
        program: Annotated[ProgramInput, strawberry.argument(description="The program.")],
    ) -> ElementResult:
        return await _create(
            info, _element_pb(catalog_pb2.ELEMENT_KIND_PROGRAM, program, str(provider_id))
        )

    @strawberry.mutation(description="Create an educational event (a draft).")
    async def create_event(
        self,
        info: GatewayInfo,
        provider_id: ProviderId,
        event: Annotated[EventInput, strawberry.argument(description="The event.")],
    ) -> ElementResult:
        return await _create(
            info, _element_pb(catalog_pb2.ELEMENT_KIND_EVENT, event, str(provider_id))
        )

    @strawberry.mutation(description="Create an interactive module (a draft).")
    async def create_module(
        self,
        info: GatewayInfo,
        provider_id: ProviderId,
        module: Annotated[ModuleInput, strawberry.argument(description="The module.")],
    ) -> ElementResult:
        return await _create(
            info, _element_pb(catalog_pb2.ELEMENT_KIND_MODULE, module, str(provider_id))
        )

    @strawberry.mutation(description="Change an element of a provider one works for.")
    async def update_element(
        self,
        info: GatewayInfo,
        id: ElementId,
        element: Annotated[
            ElementUpdateInput, strawberry.argument(description="Every editable field again.")
        ],
    ) -> ElementResult:
        changed = _element_pb(catalog_pb2.ELEMENT_KIND_UNSPECIFIED, element, element_id=str(id))
        request = catalog_pb2.UpdateElementRequest(element=changed)
        return await call_one_or_error(
            info, info.context.backends.catalog.UpdateElement, request, Element, "element"
        )

    @strawberry.mutation(description="Publish an element: the search finds it from now on.")
    async def publish_element(self, info: GatewayInfo, id: ElementId) -> ElementResult:
        request = catalog_pb2.PublishElementRequest(element_id=str(id))
        return await call_one_or_error(
            info, info.context.backends.catalog.PublishElement, request, Element, "element"
        )

    @strawberry.mutation(
        description="Withdraw an element from publication (it stays readable for plans)."
    )
    async def withdraw_element(self, info: GatewayInfo, id: ElementId) -> ElementResult:
        request = catalog_pb2.WithdrawElementRequest(element_id=str(id))
        return await call_one_or_error(
            info, info.context.backends.catalog.WithdrawElement, request, Element, "element"
        )

    @strawberry.mutation(description="Add a program cycle, or change one (by `id`).")
    async def save_program_cycle(
        self,
        info: GatewayInfo,
        element_id: Annotated[strawberry.ID, strawberry.argument(description="The program.")],
        cycle: Annotated[ProgramCycleInput, strawberry.argument(description="The cycle.")],
        id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The cycle to change; null adds a new one."),
        ] = None,
    ) -> ProgramCycleResult:
        request = catalog_pb2.SaveProgramCycleRequest(
            cycle=_cycle_pb(cycle, str(element_id), str(id or ""))
        )
        return await call_one_or_error(
            info, info.context.backends.catalog.SaveProgramCycle, request, ProgramCycle, "cycle"
        )

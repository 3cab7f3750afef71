"""Provider staff's editing: create programs, events and modules, edit, publish, withdraw, cycles.

catalog-svc decides who may (staff of the element's provider, admins); refusals come back as
typed UserErrors."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from cpd.catalog.v1 import catalog_pb2
from gateway.schema.catalog.types import Element, FundingBasis, ProgramCycle
from gateway.schema.common import GatewayInfo, UserError, user_error_or

ElementResult = Annotated[Element | UserError, strawberry.union("ElementResult")]
ProgramCycleResult = Annotated[ProgramCycle | UserError, strawberry.union("ProgramCycleResult")]


@strawberry.input(description="Места по источнику финансирования")
class SeatInput:
    basis: FundingBasis
    total: int
    price_kopecks: int = 0


@strawberry.input(description="Цикл (группа) программы")
class ProgramCycleInput:
    starts_on: date
    ends_on: date
    seats: list[SeatInput]
    place: str = ""
    curator: str = ""
    department: str = ""


@strawberry.input(description="Общие поля элемента")
class ElementInput:
    title: str
    zet: int
    main_specialty_code: str | None = None
    additional_specialty_codes: list[str] = strawberry.field(default_factory=list)
    annotation: str = ""
    region_code: str | None = None
    audience: str = "medical"
    subject_codes: list[str] = strawberry.field(default_factory=list)
    free: bool = False
    price_kopecks: int = 0


@strawberry.input(description="Программа ДПП ПК")
class ProgramInput(ElementInput):
    form_of_study: str = "full_time"
    distance_learning: bool = False
    cycles: list[ProgramCycleInput] = strawberry.field(default_factory=list)


@strawberry.input(description="Образовательное мероприятие (ОМ)")
class EventInput(ElementInput):
    starts_on: date | None = None
    ends_on: date | None = None
    event_format: str = "offline"
    tickets_total: int = 0
    attendance_control: str = ""
    confirmation_requirements: str = ""


@strawberry.input(description="Интерактивный образовательный модуль (ИОМ)")
class ModuleInput(ElementInput):
    module_kind: str = "clinical_case"


@strawberry.input(description="Изменение элемента: все редактируемые поля заново")
class ElementUpdateInput(ElementInput):
    form_of_study: str | None = None
    distance_learning: bool = False
    starts_on: date | None = None
    ends_on: date | None = None
    event_format: str | None = None
    tickets_total: int = 0
    attendance_control: str = ""
    confirmation_requirements: str = ""
    module_kind: str | None = None


def _cycle_pb(
    cycle: ProgramCycleInput, element_id: str = "", cycle_id: str = ""
) -> catalog_pb2.ProgramCycle:
    return catalog_pb2.ProgramCycle(
        id=cycle_id,
        element_id=element_id,
        starts_on=cycle.starts_on.isoformat(),
        ends_on=cycle.ends_on.isoformat(),
        seats=[
            catalog_pb2.SeatCount(basis=s.basis.value, total=s.total, price_kopecks=s.price_kopecks)
            for s in cycle.seats
        ],
        place=cycle.place,
        curator=cycle.curator,
        department=cycle.department,
    )


def _element_pb(
    kind: catalog_pb2.ElementKind.ValueType,
    data: ElementInput,
    provider_id: str = "",
    element_id: str = "",
) -> catalog_pb2.Element:
    element = catalog_pb2.Element(
        id=element_id,
        kind=kind,
        provider_id=provider_id,
        title=data.title,
        zet=data.zet,
        main_specialty_code=data.main_specialty_code or "",
        additional_specialty_codes=data.additional_specialty_codes,
        annotation=data.annotation,
        region_code=data.region_code or "",
        audience=data.audience,
        subject_codes=data.subject_codes,
        free=data.free,
        price_kopecks=data.price_kopecks,
    )
    for name in (
        "form_of_study",
        "distance_learning",
        "event_format",
        "tickets_total",
        "attendance_control",
        "confirmation_requirements",
        "module_kind",
    ):
        value = getattr(data, name, None)
        if value is not None:
            setattr(element, name, value)
    for name in ("starts_on", "ends_on"):
        value = getattr(data, name, None)
        if value is not None:
            setattr(element, name, value.isoformat())
    if isinstance(data, ProgramInput):
        element.cycles.extend(_cycle_pb(c) for c in data.cycles)
    return element


async def _create(info: GatewayInfo, element: catalog_pb2.Element) -> Element | UserError:
    ctx = info.context

    async def call() -> Element:
        reply = await ctx.backends.call(
            ctx.backends.catalog.CreateElement,
            catalog_pb2.CreateElementRequest(element=element),
            ctx.metadata,
        )
        return Element.from_pb(reply.element)

    return await user_error_or(call())


@strawberry.type
class CatalogMutation:
    @strawberry.mutation(description="Создать программу ДПП ПК (черновик) своей организации")
    async def create_program(
        self, info: GatewayInfo, provider_id: strawberry.ID, program: ProgramInput
    ) -> ElementResult:
        return await _create(
            info, _element_pb(catalog_pb2.ELEMENT_KIND_PROGRAM, program, str(provider_id))
        )

    @strawberry.mutation(description="Создать образовательное мероприятие (черновик)")
    async def create_event(
        self, info: GatewayInfo, provider_id: strawberry.ID, event: EventInput
    ) -> ElementResult:
        return await _create(
            info, _element_pb(catalog_pb2.ELEMENT_KIND_EVENT, event, str(provider_id))
        )

    @strawberry.mutation(description="Создать интерактивный модуль (черновик)")
    async def create_module(
        self, info: GatewayInfo, provider_id: strawberry.ID, module: ModuleInput
    ) -> ElementResult:
        return await _create(
            info, _element_pb(catalog_pb2.ELEMENT_KIND_MODULE, module, str(provider_id))
        )

    @strawberry.mutation(description="Изменить элемент своей организации")
    async def update_element(
        self, info: GatewayInfo, id: strawberry.ID, element: ElementUpdateInput
    ) -> ElementResult:
        ctx = info.context

        async def call() -> Element:
            reply = await ctx.backends.call(
                ctx.backends.catalog.UpdateElement,
                catalog_pb2.UpdateElementRequest(
                    element=_element_pb(
                        catalog_pb2.ELEMENT_KIND_UNSPECIFIED, element, element_id=str(id)
                    )
                ),
                ctx.metadata,
            )
            return Element.from_pb(reply.element)

        return await user_error_or(call())

    @strawberry.mutation(description="Опубликовать элемент")
    async def publish_element(self, info: GatewayInfo, id: strawberry.ID) -> ElementResult:
        ctx = info.context

        async def call() -> Element:
            reply = await ctx.backends.call(
                ctx.backends.catalog.PublishElement,
                catalog_pb2.PublishElementRequest(element_id=str(id)),
                ctx.metadata,
            )
            return Element.from_pb(reply.element)

        return await user_error_or(call())

    @strawberry.mutation(
        description="Снять элемент с публикации (он останется доступен для планов)"
    )
    async def withdraw_element(self, info: GatewayInfo, id: strawberry.ID) -> ElementResult:
        ctx = info.context

        async def call() -> Element:
            reply = await ctx.backends.call(
                ctx.backends.catalog.WithdrawElement,
                catalog_pb2.WithdrawElementRequest(element_id=str(id)),
                ctx.metadata,
            )
            return Element.from_pb(reply.element)

        return await user_error_or(call())

    @strawberry.mutation(description="Добавить цикл программы или изменить его (по id)")
    async def save_program_cycle(
        self,
        info: GatewayInfo,
        element_id: strawberry.ID,
        cycle: ProgramCycleInput,
        id: strawberry.ID | None = None,
    ) -> ProgramCycleResult:
        ctx = info.context

        async def call() -> ProgramCycle:
            reply = await ctx.backends.call(
                ctx.backends.catalog.SaveProgramCycle,
                catalog_pb2.SaveProgramCycleRequest(
                    cycle=_cycle_pb(cycle, str(element_id), str(id or ""))
                ),
                ctx.metadata,
            )
            return ProgramCycle.from_pb(reply.cycle)

        return await user_error_or(call())

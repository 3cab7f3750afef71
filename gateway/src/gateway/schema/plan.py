"""Five-year cycles, documents, plans, applications and progress (plan-svc)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.types.nodes import SelectedField, Selection

from cpd.plan.v1 import plan_pb2
from gateway.schema.catalog import Element, Specialty
from gateway.schema.common import GatewayInfo, UserError, optional_date, user_error_or

APPLICATION_NOTE = (
    "Заявка — ещё не зачисление: место за вами придержано, решение о зачислении принимает "
    "образовательная организация. Следите за статусом заявки."
)


@strawberry.enum(description="Вид документа, открывающего цикл")
class DocumentKind(Enum):
    CERTIFICATE = plan_pb2.DOCUMENT_KIND_CERTIFICATE
    ACCREDITATION_PRIMARY = plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY
    ACCREDITATION_PRIMARY_SPECIALISED = plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY_SPECIALISED
    ACCREDITATION_PERIODIC = plan_pb2.DOCUMENT_KIND_ACCREDITATION_PERIODIC


@strawberry.enum(description="Проверка документа в ФРМР (не блокирует план)")
class FrmrStatus(Enum):
    NOT_CHECKED = plan_pb2.FRMR_STATUS_NOT_CHECKED
    CONFIRMED = plan_pb2.FRMR_STATUS_CONFIRMED
    NOT_CONFIRMED = plan_pb2.FRMR_STATUS_NOT_CONFIRMED


@strawberry.enum(description="Статус элемента плана")
class PlanItemStatus(Enum):
    PLANNED = plan_pb2.PLAN_ITEM_STATUS_PLANNED
    APPLIED = plan_pb2.PLAN_ITEM_STATUS_APPLIED
    ENROLLED = plan_pb2.PLAN_ITEM_STATUS_ENROLLED
    IN_PROGRESS = plan_pb2.PLAN_ITEM_STATUS_IN_PROGRESS
    COMPLETED = plan_pb2.PLAN_ITEM_STATUS_COMPLETED
    CREDITED = plan_pb2.PLAN_ITEM_STATUS_CREDITED
    CANCELLED = plan_pb2.PLAN_ITEM_STATUS_CANCELLED


@strawberry.enum(description="Статус заявки на цикл ДПП ПК")
class ApplicationStatus(Enum):
    SUBMITTED = plan_pb2.APPLICATION_STATUS_SUBMITTED
    ACCEPTED = plan_pb2.APPLICATION_STATUS_ACCEPTED
    REJECTED = plan_pb2.APPLICATION_STATUS_REJECTED
    WITHDRAWN = plan_pb2.APPLICATION_STATUS_WITHDRAWN


@strawberry.enum(description="Основа обучения")
class FundingBasis(Enum):
    BUDGET = "budget"
    CONTRACT = "contract"
    OMS = "oms"


@strawberry.enum(description="Занятость")
class EmploymentKind(Enum):
    STATE = "state"
    PRIVATE = "private"
    UNEMPLOYED = "unemployed"


async def _element(info: GatewayInfo, element_id: str) -> Element | None:
    found = await info.context.loaders.element.load(element_id)
    return Element.from_pb(found) if found else None


def _asks_for(selections: Sequence[Selection], *path: str) -> bool:
    """Whether the query selects the field path below these selections (through fragments)."""
    name, *rest = path
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == name and (not rest or _asks_for(selection.selections, *rest)):
                return True
        elif _asks_for(selection.selections, *path):
            return True
    return False


async def _elements_if_asked(
    info: GatewayInfo, element_ids: Iterable[str], *path: str
) -> dict[str, Element]:
    """The elements of a list's rows, fetched in one batch when the query asks for
    `path`. A dashboard lists hundreds of rows: one async resolver per row would cost the
    gateway more than everything else in the request together."""
    if not _asks_for(info.selected_fields[0].selections, *path):
        return {}
    unique = list(dict.fromkeys(element_ids))
    found = await info.context.loaders.element.load_many(unique)
    return {i: Element.from_pb(e) for i, e in zip(unique, found, strict=True) if e is not None}


@strawberry.type(description="Сумма ЗЕТ по виду элементов")
class KindTotal:
    kind: str
    zet: int


@strawberry.type(description="ДПП ПК или ОМ/ИОМ: сколько есть, сколько засчитано, чего не хватает")
class KindGroupProgress:
    group: str = strawberry.field(description="program (ДПП ПК) или event_and_module (ОМ/ИОМ)")
    actual_zet: int
    counted_zet: int
    recommended_zet: int
    missing_zet: int
    cap_zet: int | None


@strawberry.type(description="Год цикла (12 месяцев от начала цикла) и рекомендация на год")
class YearProgress:
    year: int
    starts_on: date
    ends_on: date
    program_zet: int
    event_and_module_zet: int
    total_zet: int
    recommended_program_zet: int
    recommended_event_and_module_zet: int
    recommended_total_zet: int
    recommendation_met: bool
    state: str


@strawberry.type(description="Зачтённые ЗЕТ и их учёт в циклах")
class CountedCredit:
    credit_id: strawberry.ID
    element_id: strawberry.ID
    kind: str
    zet: int
    counted_zet: int
    completed_on: date
    status: str = strawberry.field(
        description="counted, partly_counted, not_counted (сверх ограничения) или voided"
    )
    cycle_ids: list[strawberry.ID]
    cycle_year: int

    @strawberry.field(description="Учитывается в двух и более циклах (x2)")
    def counts_in_several_cycles(self) -> bool:
        return len(self.cycle_ids) > 1

    element: Element | None = None

    @classmethod
    def from_pb(cls, c: plan_pb2.CountedCredit, elements: Mapping[str, Element]) -> CountedCredit:
        return cls(
            element=elements.get(c.element_id),
            credit_id=strawberry.ID(c.credit_id),
            element_id=strawberry.ID(c.element_id),
            kind=c.kind,
            zet=c.zet,
            counted_zet=c.counted_zet,
            completed_on=date.fromisoformat(c.completed_on),
            status=c.status,
            cycle_ids=[strawberry.ID(i) for i in c.cycle_ids],
            cycle_year=c.cycle_year,
        )


@strawberry.type(description="Прогресс цикла по набору правил")
class Progress:
    rule_set: str
    total_zet: int
    actual_zet: int
    target_zet: int
    missing_zet: int
    expected_to_date_zet: int
    on_track: bool
    complete: bool
    by_kind: list[KindTotal]
    by_group: list[KindGroupProgress]
    by_year: list[YearProgress]
    credits: list[CountedCredit]

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
            by_kind=[KindTotal(kind=k.kind, zet=k.zet) for k in p.by_kind],
            by_group=[
                KindGroupProgress(
                    group=g.group,
                    actual_zet=g.actual_zet,
                    counted_zet=g.counted_zet,
                    recommended_zet=g.recommended_zet,
                    missing_zet=g.missing_zet,
                    cap_zet=g.cap_zet or None,
                )
                for g in p.by_group
            ],
            by_year=[
                YearProgress(
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
                    state=y.state,
                )
                for y in p.by_year
            ],
            credits=[CountedCredit.from_pb(c, elements) for c in p.credits],
        )


@strawberry.type(description="Документ: сертификат или аккредитация")
class Document:
    id: strawberry.ID
    kind: DocumentKind
    specialty_code: str
    series: str
    number: str
    issued_on: date
    frmr_status: FrmrStatus
    frmr_note: str = strawberry.field(description="Статус в ФРМР и что делать, если не подтверждён")

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


@strawberry.type(description="Элемент в плане цикла")
class PlanItem:
    id: strawberry.ID
    cycle_id: strawberry.ID
    element_id: strawberry.ID
    element_kind: str
    status: PlanItemStatus
    status_label: str
    eligible_cycle_ids: list[strawberry.ID]
    planned_cycle_ids: list[strawberry.ID]

    @strawberry.field(description="Во скольких циклах человека элемент засчитывается (x2 — в двух)")
    def multiplier(self) -> int:
        return max(1, len(self.eligible_cycle_ids))

    element: Element | None = None

    @classmethod
    def from_pb(cls, i: plan_pb2.PlanItem, elements: Mapping[str, Element]) -> PlanItem:
        return cls(
            element=elements.get(i.element_id),
            id=strawberry.ID(i.id),
            cycle_id=strawberry.ID(i.cycle_id),
            element_id=strawberry.ID(i.element_id),
            element_kind=i.element_kind,
            status=PlanItemStatus(i.status),
            status_label=i.status_label,
            eligible_cycle_ids=[strawberry.ID(c) for c in i.eligible_cycle_ids],
            planned_cycle_ids=[strawberry.ID(c) for c in i.planned_cycle_ids],
        )


@strawberry.type(description="Что пройти дальше в этом цикле")
class Suggestion:
    element_id: strawberry.ID
    kind: str
    score: float
    reasons: list[str]
    program_cycle_id: strawberry.ID | None
    starts_on: date | None

    @strawberry.field
    async def element(self, info: GatewayInfo) -> Element | None:
        return await _element(info, str(self.element_id))


@strawberry.type(
    description="Набор правил, по которому считается цикл: откуда взяты числа и какие они"
)
class RuleSet:
    code: str = strawberry.field(description="Код набора правил, например nmo-250")
    version: int
    title: str = strawberry.field(description="Название")
    source: str = strawberry.field(description="Нормативный акт, из которого взяты числа")
    effective_from: date
    cycle_years: int = strawberry.field(description="Длительность цикла, лет")
    target_zet: int = strawberry.field(description="Сколько ЗЕТ (часов) нужно набрать за цикл")
    yearly_program_zet: int | None = strawberry.field(
        description="Рекомендуется в год из ДПП ПК (нет рекомендации — null)"
    )
    yearly_event_and_module_zet: int | None = strawberry.field(
        description="Рекомендуется в год из мероприятий и модулей (нет рекомендации — null)"
    )
    program_min_zet: int | None = strawberry.field(
        description="Не меньше стольких ЗЕТ за цикл из ДПП ПК (нет минимума — null)"
    )
    event_and_module_cap_zet: int | None = strawberry.field(
        description="Засчитывается не больше стольких ЗЕТ из мероприятий и модулей (null — без ограничения)"
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


@strawberry.type(description="Пятилетний цикл непрерывного образования по специальности")
class Cycle:
    id: strawberry.ID
    specialty_code: str
    starts_on: date
    ends_on: date
    rule_set: RuleSet = strawberry.field(
        description="Набор правил цикла: название, источник и числа"
    )
    rule_set_title: str
    state: str
    document: Document | None

    @classmethod
    def from_pb(cls, c: plan_pb2.Cycle) -> Cycle:
        return cls(
            id=strawberry.ID(c.id),
            specialty_code=c.specialty_code,
            starts_on=date.fromisoformat(c.starts_on),
            ends_on=date.fromisoformat(c.ends_on),
            rule_set=RuleSet.from_pb(c.rule_set_details),
            rule_set_title=c.rule_set_title,
            state=c.state,
            document=Document.from_pb(c.document) if c.HasField("document") else None,
        )

    @strawberry.field
    async def specialty(self, info: GatewayInfo) -> Specialty | None:
        found = await info.context.loaders.specialty.load(self.specialty_code)
        return Specialty.from_pb(found) if found else None

    @strawberry.field
    async def progress(self, info: GatewayInfo) -> Progress | None:
        found = await info.context.loaders.progress.load(str(self.id))
        if found is None:
            return None
        elements = await _elements_if_asked(
            info, (c.element_id for c in found.credits), "credits", "element"
        )
        return Progress.from_pb(found, elements)

    @strawberry.field
    async def plan(self, info: GatewayInfo) -> list[PlanItem]:
        items = await info.context.loaders.plan_items.load(str(self.id))
        elements = await _elements_if_asked(info, (i.element_id for i in items), "element")
        return [PlanItem.from_pb(i, elements) for i in items]

    @strawberry.field(description="Что добрать: элементы недостающего вида, лучшие сначала")
    async def suggestions(self, info: GatewayInfo, limit: int = 10) -> list[Suggestion]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.GetSuggestions,
            plan_pb2.GetSuggestionsRequest(cycle_id=str(self.id), limit=limit),
            ctx.metadata,
        )
        return [
            Suggestion(
                element_id=strawberry.ID(s.element_id),
                kind=s.kind,
                score=s.score,
                reasons=list(s.reasons),
                program_cycle_id=strawberry.ID(s.program_cycle_id) if s.program_cycle_id else None,
                starts_on=optional_date(s.starts_on),
            )
            for s in reply.suggestions
        ]


@strawberry.type(description="Занятость заявителя")
class Employment:
    kind: str
    organization: str
    position: str


@strawberry.type(
    description=(
        "Заявка на цикл ДПП ПК. Заявка — ещё не зачисление: решение принимает образовательная "
        "организация"
    )
)
class Application:
    id: strawberry.ID
    person_id: strawberry.ID
    program_cycle_id: strawberry.ID
    element_id: strawberry.ID
    provider_id: strawberry.ID
    specialty_code: str
    employment: Employment
    funding_basis: str
    status: ApplicationStatus
    decision_reason: str
    starts_on: date | None
    ends_on: date | None

    @strawberry.field(description="Заявка — не зачисление: что это значит для человека")
    def note(self) -> str:
        return APPLICATION_NOTE

    @strawberry.field
    async def element(self, info: GatewayInfo) -> Element | None:
        return await _element(info, str(self.element_id))

    @classmethod
    def from_pb(cls, a: plan_pb2.Application) -> Application:
        return cls(
            id=strawberry.ID(a.id),
            person_id=strawberry.ID(a.person_id),
            program_cycle_id=strawberry.ID(a.program_cycle_id),
            element_id=strawberry.ID(a.element_id),
            provider_id=strawberry.ID(a.provider_id),
            specialty_code=a.specialty_code,
            employment=Employment(
                kind=a.employment.kind,
                organization=a.employment.organization,
                position=a.employment.position,
            ),
            funding_basis=a.funding_basis,
            status=ApplicationStatus(a.status),
            decision_reason=a.decision_reason,
            starts_on=optional_date(a.starts_on),
            ends_on=optional_date(a.ends_on),
        )


@strawberry.type(description="Регистрация на бесплатное мероприятие (билет)")
class EventRegistration:
    id: strawberry.ID
    element_id: strawberry.ID
    status: str
    cycle_ids: list[strawberry.ID]


@strawberry.type
class RemovePlanItemPayload:
    cycle_id: strawberry.ID
    element_id: strawberry.ID
    removed: bool


@strawberry.type
class RegisterExtractPayload:
    records: int


@strawberry.input(description="Документ, открывающий пятилетний цикл")
class DocumentInput:
    kind: DocumentKind
    specialty_code: str
    number: str
    issued_on: date
    series: str = ""
    rule_set: str | None = None


@strawberry.input
class EmploymentInput:
    kind: EmploymentKind
    organization: str = ""
    position: str = ""


@strawberry.input(description="Заявка на цикл ДПП ПК")
class ApplicationInput:
    program_cycle_id: strawberry.ID
    specialty_code: str
    employment: EmploymentInput
    funding_basis: FundingBasis
    consent_to_share: bool


AddDocumentResult = Annotated[Cycle | UserError, strawberry.union("AddDocumentResult")]
PlanItemResult = Annotated[PlanItem | UserError, strawberry.union("PlanItemResult")]
RemovePlanItemResult = Annotated[
    RemovePlanItemPayload | UserError, strawberry.union("RemovePlanItemResult")
]
ApplicationResult = Annotated[Application | UserError, strawberry.union("ApplicationResult")]
EventRegistrationResult = Annotated[
    EventRegistration | UserError, strawberry.union("EventRegistrationResult")
]
RegisterExtractResult = Annotated[
    RegisterExtractPayload | UserError, strawberry.union("RegisterExtractResult")
]


@strawberry.type
class PlanQuery:
    @strawberry.field(description="Наборы правил НМО: название, источник и числа")
    async def rule_sets(self, info: GatewayInfo) -> list[RuleSet]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.ListRuleSets, plan_pb2.ListRuleSetsRequest(), ctx.metadata
        )
        return [RuleSet.from_pb(r) for r in reply.rule_sets]

    @strawberry.field(description="Мои пятилетние циклы")
    async def my_cycles(self, info: GatewayInfo) -> list[Cycle]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.ListMyCycles, plan_pb2.ListMyCyclesRequest(), ctx.metadata
        )
        return [Cycle.from_pb(c) for c in reply.cycles]

    @strawberry.field(description="Мои заявки на циклы ДПП ПК")
    async def my_applications(self, info: GatewayInfo) -> list[Application]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.ListMyApplications, plan_pb2.ListMyApplicationsRequest(), ctx.metadata
        )
        return [Application.from_pb(a) for a in reply.applications]

    @strawberry.field(description="Сотрудникам организации: заявки на её циклы")
    async def provider_applications(
        self,
        info: GatewayInfo,
        provider_id: strawberry.ID | None = None,
        status: ApplicationStatus | None = None,
    ) -> list[Application]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.plan.ListProviderApplications,
            plan_pb2.ListProviderApplicationsRequest(
                provider_id=str(provider_id or ""),
                status=status.value if status else plan_pb2.APPLICATION_STATUS_UNSPECIFIED,
            ),
            ctx.metadata,
        )
        return [Application.from_pb(a) for a in reply.applications]


async def _add_document(info: GatewayInfo, document: DocumentInput) -> Cycle:
    ctx = info.context
    reply = await ctx.backends.call(
        ctx.backends.plan.AddDocument,
        plan_pb2.AddDocumentRequest(
            kind=document.kind.value,
            specialty_code=document.specialty_code,
            series=document.series,
            number=document.number,
            issued_on=document.issued_on.isoformat(),
            rule_set=document.rule_set or "",
        ),
        ctx.metadata,
    )
    return Cycle.from_pb(reply.cycle)


async def _decide(
    info: GatewayInfo, application_id: strawberry.ID, accept: bool, reason: str
) -> Application:
    ctx = info.context
    if accept:
        accepted = await ctx.backends.call(
            ctx.backends.plan.AcceptApplication,
            plan_pb2.AcceptApplicationRequest(application_id=str(application_id)),
            ctx.metadata,
        )
        return Application.from_pb(accepted.application)
    rejected = await ctx.backends.call(
        ctx.backends.plan.RejectApplication,
        plan_pb2.RejectApplicationRequest(application_id=str(application_id), reason=reason),
        ctx.metadata,
    )
    return Application.from_pb(rejected.application)


@strawberry.type
class PlanMutation:
    @strawberry.mutation(
        description="Добавить документ (сертификат или аккредитацию): открывает цикл"
    )
    async def add_document(self, info: GatewayInfo, document: DocumentInput) -> AddDocumentResult:
        return await user_error_or(_add_document(info, document))

    @strawberry.mutation(description="Добавить элемент каталога в план цикла")
    async def add_plan_item(
        self, info: GatewayInfo, cycle_id: strawberry.ID, element_id: strawberry.ID
    ) -> PlanItemResult:
        ctx = info.context

        async def call() -> PlanItem:
            reply = await ctx.backends.call(
                ctx.backends.plan.AddPlanItem,
                plan_pb2.AddPlanItemRequest(cycle_id=str(cycle_id), element_id=str(element_id)),
                ctx.metadata,
            )
            elements = await _elements_if_asked(info, [reply.item.element_id], "element")
            return PlanItem.from_pb(reply.item, elements)

        return await user_error_or(call())

    @strawberry.mutation(description="Убрать элемент из плана цикла")
    async def remove_plan_item(
        self, info: GatewayInfo, cycle_id: strawberry.ID, element_id: strawberry.ID
    ) -> RemovePlanItemResult:
        ctx = info.context

        async def call() -> RemovePlanItemPayload:
            reply = await ctx.backends.call(
                ctx.backends.plan.RemovePlanItem,
                plan_pb2.RemovePlanItemRequest(cycle_id=str(cycle_id), element_id=str(element_id)),
                ctx.metadata,
            )
            return RemovePlanItemPayload(
                cycle_id=cycle_id, element_id=element_id, removed=reply.removed
            )

        return await user_error_or(call())

    @strawberry.mutation(description="Подать заявку на цикл ДПП ПК (место придерживается)")
    async def submit_application(
        self, info: GatewayInfo, application: ApplicationInput
    ) -> ApplicationResult:
        ctx = info.context

        async def call() -> Application:
            reply = await ctx.backends.call(
                ctx.backends.plan.SubmitApplication,
                plan_pb2.SubmitApplicationRequest(
                    program_cycle_id=str(application.program_cycle_id),
                    specialty_code=application.specialty_code,
                    employment=plan_pb2.Employment(
                        kind=application.employment.kind.value,
                        organization=application.employment.organization,
                        position=application.employment.position,
                    ),
                    funding_basis=application.funding_basis.value,
                    consent_to_share=application.consent_to_share,
                ),
                ctx.metadata,
            )
            return Application.from_pb(reply.application)

        return await user_error_or(call())

    @strawberry.mutation(description="Отозвать заявку (место освобождается)")
    async def withdraw_application(
        self, info: GatewayInfo, application_id: strawberry.ID
    ) -> ApplicationResult:
        ctx = info.context

        async def call() -> Application:
            reply = await ctx.backends.call(
                ctx.backends.plan.WithdrawApplication,
                plan_pb2.WithdrawApplicationRequest(application_id=str(application_id)),
                ctx.metadata,
            )
            return Application.from_pb(reply.application)

        return await user_error_or(call())

    @strawberry.mutation(description="Сотрудникам организации: принять заявку")
    async def accept_application(
        self, info: GatewayInfo, application_id: strawberry.ID
    ) -> ApplicationResult:
        return await user_error_or(_decide(info, application_id, True, ""))

    @strawberry.mutation(description="Сотрудникам организации: отклонить заявку с причиной")
    async def reject_application(
        self, info: GatewayInfo, application_id: strawberry.ID, reason: str
    ) -> ApplicationResult:
        return await user_error_or(_decide(info, application_id, False, reason))

    @strawberry.mutation(description="Зарегистрироваться на бесплатное мероприятие (взять билет)")
    async def register_for_event(
        self,
        info: GatewayInfo,
        element_id: strawberry.ID,
        cycle_ids: list[strawberry.ID] | None = None,
    ) -> EventRegistrationResult:
        ctx = info.context

        async def call() -> EventRegistration:
            reply = await ctx.backends.call(
                ctx.backends.plan.RegisterForEvent,
                plan_pb2.RegisterForEventRequest(
                    element_id=str(element_id), cycle_ids=[str(c) for c in cycle_ids or []]
                ),
                ctx.metadata,
            )
            r = reply.registration
            return EventRegistration(
                id=strawberry.ID(r.id),
                element_id=strawberry.ID(r.element_id),
                status=r.status,
                cycle_ids=[strawberry.ID(c) for c in r.cycle_ids],
            )

        return await user_error_or(call())

    @strawberry.mutation(description="Администратору: загрузить выписку ФРМР (json или csv)")
    async def load_register_extract(
        self, info: GatewayInfo, format: str, content: str
    ) -> RegisterExtractResult:
        ctx = info.context

        async def call() -> RegisterExtractPayload:
            reply = await ctx.backends.call(
                ctx.backends.plan.LoadRegisterExtract,
                plan_pb2.LoadRegisterExtractRequest(format=format, content=content.encode()),
                ctx.metadata,
            )
            return RegisterExtractPayload(records=reply.records)

        return await user_error_or(call())

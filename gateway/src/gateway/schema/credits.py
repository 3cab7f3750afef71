"""The person's credit records and event codes (credits-svc); providers' lateness for admins."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated

import strawberry

from cpd.credits.v1 import credits_pb2
from gateway.errors import GatewayError
from gateway.schema.catalog import Element
from gateway.schema.common import GatewayInfo, UserError, optional_date, user_error_or


def _optional_time(value: str) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@strawberry.enum(description="Статус записи о зачтённых ЗЕТ")
class CreditStatus(Enum):
    ACCEPTED = credits_pb2.CREDIT_STATUS_ACCEPTED
    VOIDED = credits_pb2.CREDIT_STATUS_VOIDED
    SUPERSEDED = credits_pb2.CREDIT_STATUS_SUPERSEDED


@strawberry.type(description="Запись о зачтённых ЗЕТ")
class Credit:
    id: strawberry.ID
    element_id: strawberry.ID
    zet: int
    completed_on: date
    status: CreditStatus
    element_kind: str = strawberry.field(description="program | event | module")
    source: str = strawberry.field(description="posting | correction | code")
    document_number: str
    provider_id: strawberry.ID
    program_cycle_id: strawberry.ID | None
    deadline: date | None = strawberry.field(
        description="Срок передачи результатов ДПП: окончание цикла + 1 месяц"
    )
    days_late: int = strawberry.field(description="На сколько дней позже срока переданы данные")
    status_reason: str = strawberry.field(description="Причина аннулирования или исправления")
    corrects_id: strawberry.ID | None
    corrected_by: strawberry.ID | None
    recorded_at: datetime | None

    @classmethod
    def from_pb(cls, c: credits_pb2.Credit) -> Credit:
        return cls(
            id=strawberry.ID(c.id),
            element_id=strawberry.ID(c.element_id),
            zet=c.zet,
            completed_on=date.fromisoformat(c.completed_on),
            status=CreditStatus(c.status),
            element_kind=c.element_kind,
            source=c.source,
            document_number=c.document_number,
            provider_id=strawberry.ID(c.provider_id),
            program_cycle_id=strawberry.ID(c.program_cycle_id) if c.program_cycle_id else None,
            deadline=optional_date(c.deadline),
            days_late=c.days_late,
            status_reason=c.status_reason,
            corrects_id=strawberry.ID(c.corrects_id) if c.corrects_id else None,
            corrected_by=strawberry.ID(c.corrected_by) if c.corrected_by else None,
            recorded_at=_optional_time(c.recorded_at),
        )

    @strawberry.field
    async def element(self, info: GatewayInfo) -> Element | None:
        found = await info.context.loaders.element.load(str(self.element_id))
        return Element.from_pb(found) if found else None


@strawberry.type(description="Запись журнала записи о ЗЕТ: кто, когда и почему")
class CreditAuditEntry:
    credit_id: strawberry.ID
    action: str = strawberry.field(
        description="recorded (кто внёс запись) | voided (аннулирована) | corrected (исправлена)"
    )
    actor: str = strawberry.field(
        description="Кто действовал: пользователь или специалист, введший код; пусто для "
        "передачи системой организации"
    )
    actor_client_id: str = strawberry.field(description="Система (клиент), которая действовала")
    reason: str
    at: datetime | None
    replaced_by: strawberry.ID | None = strawberry.field(description="Для corrected: новая запись")
    batch_id: str = strawberry.field(description="Для recorded: пакет, в котором пришла запись")

    @classmethod
    def from_pb(cls, a: credits_pb2.AuditEntry) -> CreditAuditEntry:
        return cls(
            credit_id=strawberry.ID(a.credit_id),
            action=a.action,
            actor=a.actor,
            actor_client_id=a.actor_client_id,
            reason=a.reason,
            at=_optional_time(a.at),
            replaced_by=strawberry.ID(a.replaced_by) if a.replaced_by else None,
            batch_id=a.batch_id,
        )


@strawberry.type(description="История записи о ЗЕТ")
class CreditHistory:
    chain: list[Credit] = strawberry.field(
        description="Цепочка исправлений: от исходной записи до текущей"
    )
    audit: list[CreditAuditEntry] = strawberry.field(
        description="Журнал по цепочке; первая запись — кто передал исходную запись"
    )


CreditHistoryResult = Annotated[CreditHistory | UserError, strawberry.union("CreditHistoryResult")]


@strawberry.enum(description="Статус введённого кода подтверждения")
class RedemptionStatus(Enum):
    PENDING = credits_pb2.REDEMPTION_STATUS_PENDING
    ACCEPTED = credits_pb2.REDEMPTION_STATUS_ACCEPTED
    REJECTED = credits_pb2.REDEMPTION_STATUS_REJECTED


@strawberry.type(description="Введённый код подтверждения участия в мероприятии")
class CodeRedemption:
    id: strawberry.ID
    code: str
    event_id: strawberry.ID | None
    status: RedemptionStatus
    reason_code: str = strawberry.field(description="Стабильный код причины отказа")
    reason: str = strawberry.field(description="Причина отказа для человека")
    entered_at: datetime | None
    decided_at: datetime | None
    credit_id: strawberry.ID | None

    @classmethod
    def from_pb(cls, r: credits_pb2.Redemption) -> CodeRedemption:
        return cls(
            id=strawberry.ID(r.id),
            code=r.code,
            event_id=strawberry.ID(r.event_id) if r.event_id else None,
            status=RedemptionStatus(r.status),
            reason_code=r.reason_code,
            reason=r.reason_message,
            entered_at=_optional_time(r.entered_at),
            decided_at=_optional_time(r.decided_at),
            credit_id=strawberry.ID(r.credit_id) if r.credit_id else None,
        )

    @strawberry.field
    async def event(self, info: GatewayInfo) -> Element | None:
        if self.event_id is None:
            return None
        found = await info.context.loaders.element.load(str(self.event_id))
        return Element.from_pb(found) if found else None


@strawberry.type(description="Своевременность передачи результатов ДПП организацией")
class ProviderLateness:
    provider_id: strawberry.ID
    results_with_deadline: int
    late_results: int
    total_days_late: int
    max_days_late: int


@strawberry.type
class CreditsQuery:
    @strawberry.field(description="Мои записи о зачтённых ЗЕТ со статусами")
    async def my_credits(self, info: GatewayInfo) -> list[Credit]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.credits.ListMyCredits, credits_pb2.ListMyCreditsRequest(), ctx.metadata
        )
        return [Credit.from_pb(c) for c in reply.credits]

    @strawberry.field(
        description="История записи о ЗЕТ: цепочка исправлений и журнал (кто внёс запись, кто "
        "и почему аннулировал или исправил); своя запись или запись своей организации"
    )
    async def credit_history(
        self, info: GatewayInfo, credit_id: strawberry.ID
    ) -> CreditHistoryResult:
        ctx = info.context

        async def call() -> CreditHistory:
            reply = await ctx.backends.call(
                ctx.backends.credits.GetCreditHistory,
                credits_pb2.GetCreditHistoryRequest(credit_id=str(credit_id)),
                ctx.metadata,
            )
            return CreditHistory(
                chain=[Credit.from_pb(c) for c in reply.chain],
                audit=[CreditAuditEntry.from_pb(a) for a in reply.audit],
            )

        return await user_error_or(call())

    @strawberry.field(description="Мои введённые коды подтверждения и их статусы")
    async def my_code_redemptions(self, info: GatewayInfo) -> list[CodeRedemption]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.credits.ListMyRedemptions,
            credits_pb2.ListMyRedemptionsRequest(),
            ctx.metadata,
        )
        return [CodeRedemption.from_pb(r) for r in reply.redemptions]

    @strawberry.field(
        description="Опоздания с передачей результатов ДПП по организациям (администратор)"
    )
    async def provider_lateness(
        self, info: GatewayInfo, provider_id: strawberry.ID | None = None
    ) -> list[ProviderLateness]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.credits.ListProviderLateness,
            credits_pb2.ListProviderLatenessRequest(provider_id=str(provider_id or "")),
            ctx.metadata,
        )
        return [
            ProviderLateness(
                provider_id=strawberry.ID(p.provider_id),
                results_with_deadline=p.results_with_deadline,
                late_results=p.late_results,
                total_days_late=p.total_days_late,
                max_days_late=p.max_days_late,
            )
            for p in reply.providers
        ]


RedeemCodeResult = Annotated[CodeRedemption | UserError, strawberry.union("RedeemCodeResult")]


@strawberry.type
class CreditsMutation:
    @strawberry.mutation(
        description="Ввести код подтверждения участия в мероприятии: код принимается на "
        "проверку (pending), отказ возвращается с причиной"
    )
    async def redeem_code(
        self, info: GatewayInfo, code: str, event_id: strawberry.ID | None = None
    ) -> RedeemCodeResult:
        ctx = info.context

        async def call() -> CodeRedemption:
            reply = await ctx.backends.call(
                ctx.backends.credits.RedeemCode,
                credits_pb2.RedeemCodeRequest(code=code, event_id=str(event_id or "")),
                ctx.metadata,
            )
            redemption = reply.redemption
            if redemption.status == credits_pb2.REDEMPTION_STATUS_REJECTED:
                raise GatewayError(redemption.reason_code, redemption.reason_message)
            return CodeRedemption.from_pb(redemption)

        return await user_error_or(call())

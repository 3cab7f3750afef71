"""The person's credit records and event codes (credits-svc); providers' lateness for admins."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated

import strawberry

from cpd.credits.v1 import credits_pb2
from gateway.errors import GatewayError
from gateway.mapping import (
    MessageType,
    call_list,
    call_or_error,
    protobuf_enum,
    protobuf_type,
    result_union,
)
from gateway.schema.catalog import Element, ElementKind
from gateway.schema.common import GatewayInfo, UserError


@protobuf_enum(credits_pb2.CreditStatus)
class CreditStatus(Enum):
    """Where a credit record stands: only ACCEPTED records count toward a cycle."""


@strawberry.enum(description="How a credit record came to be.")
class CreditSource(Enum):
    POSTING = strawberry.enum_value(
        "posting", description="Posted by the provider's system through the provider API."
    )
    CORRECTION = strawberry.enum_value(
        "correction", description="Written by a correction of an earlier record."
    )
    CODE = strawberry.enum_value(
        "code", description="Credited for an accepted event confirmation code."
    )


@strawberry.enum(description="What one step of a credit record's audit trail did.")
class CreditAuditAction(Enum):
    RECORDED = strawberry.enum_value(
        "recorded", description="The record was written (posted, corrected or credited by code)."
    )
    VOIDED = strawberry.enum_value("voided", description="The record was voided.")
    CORRECTED = strawberry.enum_value(
        "corrected", description="The record was replaced by a corrected one (`replacedBy`)."
    )


@protobuf_type(exclude=("person_id", "external_id"))
class Credit(MessageType[credits_pb2.Credit]):
    """A record of credited ZET (1 ZET = 1 academic hour) for a completed element."""

    element_id: strawberry.ID = strawberry.field(description="The element completed (UUID).")
    completed_on: date = strawberry.field(
        description="The day of completion; credits count in its year. For a code's credit, the"
        " event's last day."
    )
    element_kind: ElementKind = strawberry.field(description="The kind of the element.")
    program_cycle_id: strawberry.ID | None = strawberry.field(
        description="Programs: the cycle completed; null for events and modules."
    )
    deadline: date | None = strawberry.field(
        description="Programs: the day results were due (the cycle's end plus one month); null"
        " for events and modules."
    )
    days_late: int = strawberry.field(
        description="How many days after the deadline the results were posted; 0 when on time."
    )
    corrects_id: strawberry.ID | None = strawberry.field(
        description="The record this one corrects; null when it corrects none."
    )
    corrected_by: strawberry.ID | None = strawberry.field(
        description="The record that replaced this one (status SUPERSEDED); null otherwise."
    )
    status_reason: str = strawberry.field(
        description="Why the record was voided or corrected; empty while ACCEPTED."
    )
    recorded_at: datetime | None = strawberry.field(description="When the record was written.")
    source: CreditSource

    @strawberry.field(description="The element completed; null when the catalog lacks it.")
    async def element(self, info: GatewayInfo) -> Element | None:
        found = await info.context.loaders.element.load(str(self.element_id))
        return Element.from_pb(found) if found else None


@protobuf_type(name="CreditAuditEntry")
class CreditAuditEntry(MessageType[credits_pb2.AuditEntry]):
    """One step of a credit record's audit trail: who did what, when and why."""

    action: CreditAuditAction
    at: datetime | None = strawberry.field(description="When it happened.")
    replaced_by: strawberry.ID | None = strawberry.field(
        description="CORRECTED: the new record; null for other actions."
    )


@strawberry.type(description="A credit record's history: its corrections and audit trail.")
class CreditHistory:
    chain: list[Credit] = strawberry.field(
        description="The chain of corrections, from the original record to the current one."
    )
    audit: list[CreditAuditEntry] = strawberry.field(
        description="The audit trail of the chain; the first step tells who posted the original."
    )


CreditHistoryResult = Annotated[
    CreditHistory | UserError,
    result_union("CreditHistoryResult", "The record's history", "why it cannot be shown"),
]


@protobuf_enum(credits_pb2.RedemptionStatus)
class RedemptionStatus(Enum):
    pass


@protobuf_type(name="CodeRedemption", sources={"reason": "reason_message"})
class CodeRedemption(MessageType[credits_pb2.Redemption]):
    """An event confirmation code a person entered, and where its check stands."""

    code: str = strawberry.field(
        description="The code as normalised (12 Latin capitals and digits). Selected next to"
        " `UserError.code` (an ErrorCode) in one RedeemCodeResult, it needs an alias."
    )
    event_id: strawberry.ID | None = strawberry.field(
        description="The event the code is for; null until the code is matched to one."
    )
    reason_code: str = strawberry.field(
        description="REJECTED: the stable code of the reason; empty otherwise."
    )
    reason: str = strawberry.field(
        description="REJECTED: the reason, in Russian, for people; empty otherwise."
    )
    entered_at: datetime | None = strawberry.field(description="When the code was entered.")
    decided_at: datetime | None = strawberry.field(
        description="When it was accepted or rejected; null while PENDING."
    )
    credit_id: strawberry.ID | None = strawberry.field(
        description="ACCEPTED: the credit record written for it; null otherwise."
    )

    @strawberry.field(description="The event; null when unknown or not in the catalog.")
    async def event(self, info: GatewayInfo) -> Element | None:
        if self.event_id is None:
            return None
        found = await info.context.loaders.element.load(str(self.event_id))
        return Element.from_pb(found) if found else None


@protobuf_type
class ProviderLateness(MessageType[credits_pb2.ProviderLateness]):
    pass


@strawberry.type
class CreditsQuery:
    @strawberry.field(description="My credit records, every status, with their history links.")
    async def my_credits(self, info: GatewayInfo) -> list[Credit]:
        return await call_list(
            info,
            info.context.backends.credits.ListMyCredits,
            credits_pb2.ListMyCreditsRequest(),
            Credit,
            "credits",
        )

    @strawberry.field(
        description="A credit record's history: the chain of corrections and the audit trail"
        " (who posted it, who voided or corrected it and why); one's own record or one of"
        " one's provider."
    )
    async def credit_history(
        self,
        info: GatewayInfo,
        credit_id: Annotated[
            strawberry.ID, strawberry.argument(description="Any record of the chain.")
        ],
    ) -> CreditHistoryResult:
        return await call_or_error(
            info,
            info.context.backends.credits.GetCreditHistory,
            credits_pb2.GetCreditHistoryRequest(credit_id=str(credit_id)),
            lambda reply: CreditHistory(
                chain=[Credit.from_pb(c) for c in reply.chain],
                audit=[CreditAuditEntry.from_pb(a) for a in reply.audit],
            ),
        )

    @strawberry.field(description="The confirmation codes I entered and where each stands.")
    async def my_code_redemptions(self, info: GatewayInfo) -> list[CodeRedemption]:
        return await call_list(
            info,
            info.context.backends.credits.ListMyRedemptions,
            credits_pb2.ListMyRedemptionsRequest(),
            CodeRedemption,
            "redemptions",
        )

    @strawberry.field(
        description="How late providers posted program results, per provider (administrators)."
    )
    async def provider_lateness(
        self,
        info: GatewayInfo,
        provider_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only this provider; every provider when null."),
        ] = None,
    ) -> list[ProviderLateness]:
        return await call_list(
            info,
            info.context.backends.credits.ListProviderLateness,
            credits_pb2.ListProviderLatenessRequest(provider_id=str(provider_id or "")),
            ProviderLateness,
            "providers",
        )


RedeemCodeResult = Annotated[
    CodeRedemption | UserError,
    result_union("RedeemCodeResult", "The code taken for checking"),
]


def _accepted_for_check(reply: credits_pb2.RedeemCodeResponse) -> CodeRedemption:
    redemption = reply.redemption
    if redemption.status == credits_pb2.REDEMPTION_STATUS_REJECTED:
        raise GatewayError(redemption.reason_code, redemption.reason_message)
    return CodeRedemption.from_pb(redemption)


@strawberry.type
class CreditsMutation:
    @strawberry.mutation(
        description="Enter an event confirmation code: it is taken for checking (PENDING) or"
        " refused at once with the reason as a UserError."
    )
    async def redeem_code(
        self,
        info: GatewayInfo,
        code: Annotated[
            str,
            strawberry.argument(
                description="The code: 12 Latin capitals and digits; spaces, dashes and case"
                " are ignored."
            ),
        ],
        event_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="The event the person means (the page they entered it on); a code"
                " of another event is rejected. Null: the code's own event."
            ),
        ] = None,
    ) -> RedeemCodeResult:
        return await call_or_error(
            info,
            info.context.backends.credits.RedeemCode,
            credits_pb2.RedeemCodeRequest(code=code, event_id=str(event_id or "")),
            _accepted_for_check,
        )

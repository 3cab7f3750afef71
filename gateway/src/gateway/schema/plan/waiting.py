"""Results people wait for: the posting deadline of a completed ДПП or event, the support
request prepared once it is overdue, and the provider's staff's list of overdue results."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import Connection, MessageType, call, connection, protobuf_type
from gateway.schema.catalog import Element, ElementKind
from gateway.schema.common import GatewayInfo
from gateway.schema.plan.applications import Application, EventRegistration
from gateway.schema.plan.elements import load_element

# The argument of the provider's staff's lists.
ProviderFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="One provider among the caller's; null for all of them."),
]


@protobuf_type
class SupportRequestDraft(MessageType[plan_pb2.SupportRequestDraft]):
    pass


@protobuf_type
class ResultWait(MessageType[plan_pb2.ResultWait]):
    ends_on: date
    deadline: date = strawberry.field(
        description="The last day the result is on time: one month after endsOn (the last day "
        "of the month when that month is shorter)."
    )
    support_request: SupportRequestDraft | None = strawberry.field(
        description="Once overdue: a support request to the provider, ready to send (topic, "
        "subject, text naming the element, provider, end date and deadline, and the context "
        "reference); null while on time."
    )


@protobuf_type
class OverdueResult(MessageType[plan_pb2.OverdueResult]):
    application: Application | None = strawberry.field(
        description="For a program: the accepted application; null for an event."
    )
    deadline: date = strawberry.field(
        description="The last day the result was on time: one month after endsOn."
    )
    registration: EventRegistration | None = strawberry.field(
        description="For an event: the person's registration; null for a program."
    )
    element_id: strawberry.ID
    element_kind: ElementKind = strawberry.field(description="Program or event.")
    ends_on: date

    @strawberry.field(description="The program or event; null when the catalog no longer has it.")
    async def element(self, info: GatewayInfo) -> Element | None:
        return await load_element(info, str(self.element_id))


@strawberry.type
class OverdueQuery:
    @strawberry.field(
        description="For a provider's staff: accepted applications and event registrations "
        "whose training ended more than a month ago (the posting deadline) without a posted "
        "result, oldest end first, at most 1000, on one page."
    )
    async def provider_overdue_results(
        self,
        info: GatewayInfo,
        provider_id: ProviderFilter = None,
    ) -> Connection[OverdueResult]:
        reply = await call(
            info,
            info.context.backends.plan.ListOverdueResults,
            plan_pb2.ListOverdueResultsRequest(provider_id=str(provider_id or "")),
        )
        nodes = [OverdueResult.from_pb(r) for r in reply.results]
        return connection(nodes, next_page_token="", total=len(nodes), after=None)

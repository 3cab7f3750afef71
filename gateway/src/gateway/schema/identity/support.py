"""Support requests ("?" in NMO, «Помощь» in ЭОРТ): a person writes to staff on a topic, about
something on the page it is opened from; support agents answer every request, a provider's staff
those about their provider's results (identity-svc decides who sees what)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry

from cpd.identity.v1 import identity_pb2
from gateway.mapping import (
    AfterCursor,
    Connection,
    MessageInput,
    MessageType,
    PageSize,
    call_connection,
    call_one_or_error,
    protobuf_enum,
    protobuf_type,
    result_union,
)
from gateway.schema.common import GatewayInfo, UserError

SupportRequestId = Annotated[
    strawberry.ID, strawberry.argument(description="The support request's id.")
]
IdempotencyKey = Annotated[
    str,
    strawberry.argument(
        description="The client's key: a retry with the same key does nothing new; may be empty."
    ),
]


@protobuf_enum(identity_pb2.SupportTopic)
class SupportTopic(Enum):
    pass


@protobuf_enum(identity_pb2.SupportStatus)
class SupportStatus(Enum):
    pass


@protobuf_enum(identity_pb2.SupportAuthorKind)
class SupportAuthorKind(Enum):
    pass


@protobuf_type
class SupportMessage(MessageType[identity_pb2.SupportMessage]):
    id: strawberry.ID
    author_person_id: strawberry.ID | None = strawberry.field(
        description="The author's person id; null for staff acting without a person."
    )
    created_at: datetime = strawberry.field(description="When it was written.")


@protobuf_type
class SupportRequest(MessageType[identity_pb2.SupportRequest]):
    id: strawberry.ID
    provider_id: strawberry.ID | None = strawberry.field(
        description="The provider whose result it is about (its staff see it); null for none."
    )
    created_at: datetime = strawberry.field(description="When it was opened.")
    updated_at: datetime = strawberry.field(description="When it last changed.")


@strawberry.input(description="A new support request.")
class SupportRequestInput(MessageInput[identity_pb2.OpenSupportRequestRequest]):
    topic: SupportTopic = strawberry.field(description="What it is about, from the list.")
    text: str = strawberry.field(description="The question, 10 to 4000 characters.")
    subject: str = strawberry.field(default="", description="A subject line, at most 200.")
    context_reference: str = strawberry.field(
        default="",
        description='What it is about, "<kind>:<id>" with kind cycle, element, credit, code,'
        " application or plan_item (the page it is opened from attaches it); may be empty.",
    )
    provider_id: strawberry.ID | None = strawberry.field(
        default=None, description="The provider whose result it is about; null for none."
    )
    idempotency_key: str = strawberry.field(
        default="", description="The client's key: a retry returns the same request."
    )


SupportRequestResult = Annotated[
    SupportRequest | UserError,
    result_union("SupportRequestResult", "The support request with its thread"),
]
StatusFilter = Annotated[
    SupportStatus | None,
    strawberry.argument(description="Only requests with this status; all when null."),
]


TopicFilter = Annotated[
    SupportTopic | None,
    strawberry.argument(description="Only requests on this topic; all when null."),
]


def _status(status: SupportStatus | None) -> identity_pb2.SupportStatus.ValueType:
    return status.value if status else identity_pb2.SUPPORT_STATUS_UNSPECIFIED


def _topic(topic: SupportTopic | None) -> identity_pb2.SupportTopic.ValueType:
    return topic.value if topic else identity_pb2.SUPPORT_TOPIC_UNSPECIFIED


@strawberry.type
class SupportQuery:
    @strawberry.field(
        description="The support requests of the person logged in, the latest changed first"
        " (without their threads: read one with supportRequest)."
    )
    async def my_support_requests(
        self,
        info: GatewayInfo,
        status: StatusFilter = None,
        first: PageSize = 20,
        after: AfterCursor = None,
    ) -> Connection[SupportRequest]:
        return await call_connection(
            info,
            info.context.backends.identity.ListMySupportRequests,
            identity_pb2.ListMySupportRequestsRequest(
                status=_status(status), page_size=first, page_token=after or ""
            ),
            SupportRequest,
            "requests",
            after,
        )

    @strawberry.field(
        description="The support requests the person logged in sees, the latest changed first:"
        " support agents and admins every one, a provider's staff those about their provider,"
        " everyone their own."
    )
    async def support_requests(
        self,
        info: GatewayInfo,
        status: StatusFilter = None,
        first: PageSize = 20,
        after: AfterCursor = None,
        topic: TopicFilter = None,
    ) -> Connection[SupportRequest]:
        return await call_connection(
            info,
            info.context.backends.identity.ListSupportRequests,
            identity_pb2.ListSupportRequestsRequest(
                status=_status(status),
                topic=_topic(topic),
                page_size=first,
                page_token=after or "",
            ),
            SupportRequest,
            "requests",
            after,
        )

    @strawberry.field(description="One support request with its thread, for whoever sees it.")
    async def support_request(
        self, info: GatewayInfo, id: SupportRequestId
    ) -> SupportRequestResult:
        return await call_one_or_error(
            info,
            info.context.backends.identity.GetSupportRequest,
            identity_pb2.GetSupportRequestRequest(request_id=str(id)),
            SupportRequest,
            "request",
        )


@strawberry.type
class SupportMutation:
    @strawberry.mutation(description="Open a support request (the question is its first message).")
    async def open_support_request(
        self,
        info: GatewayInfo,
        input: Annotated[SupportRequestInput, strawberry.argument(description="The request.")],
    ) -> SupportRequestResult:
        return await call_one_or_error(
            info,
            info.context.backends.identity.OpenSupportRequest,
            input.to_pb(),
            SupportRequest,
            "request",
        )

    @strawberry.mutation(
        description="Write in a support request's thread: the person (back to staff) or staff"
        " who see it (the person is e-mailed the answer); resolve marks it resolved."
    )
    async def post_support_message(
        self,
        info: GatewayInfo,
        request_id: SupportRequestId,
        text: Annotated[
            str, strawberry.argument(description="The message, 10 to 4000 characters.")
        ],
        resolve: Annotated[
            bool, strawberry.argument(description="Mark the request resolved with this message.")
        ] = False,
        idempotency_key: IdempotencyKey = "",
    ) -> SupportRequestResult:
        return await call_one_or_error(
            info,
            info.context.backends.identity.PostSupportMessage,
            identity_pb2.PostSupportMessageRequest(
                request_id=str(request_id),
                text=text,
                resolve=resolve,
                idempotency_key=idempotency_key,
            ),
            SupportRequest,
            "request",
        )

"""gRPC entrypoint of support requests: translation only (IdentityServicer mixes it in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cpd.identity.v1 import identity_pb2
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import EnumMapping, timestamp_to_pb
from cpd_platform.page_replies import page_reply
from cpd_platform.paging import PageOf
from identity_svc.domain.support import (
    AuthorKind,
    SupportFilter,
    SupportMessage,
    SupportRequest,
    SupportStatus,
    SupportTopic,
)
from identity_svc.service_layer import support
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

TOPICS = EnumMapping(SupportTopic, identity_pb2.SupportTopic, invalid_code="invalid_support_topic")
STATUSES = EnumMapping(
    SupportStatus, identity_pb2.SupportStatus, invalid_code="invalid_support_status"
)
AUTHORS = EnumMapping(
    AuthorKind, identity_pb2.SupportAuthorKind, invalid_code="invalid_support_author"
)


@dataclass(frozen=True, slots=True)
class SupportPorts:
    uow: Callable[[], IdentityUnitOfWorkPort]
    clock: Clock


def _message(message: SupportMessage) -> identity_pb2.SupportMessage:
    return identity_pb2.SupportMessage(
        id=message.id,
        author_kind=AUTHORS.to_pb(message.author_kind),
        author_person_id=message.author_person_id or "",
        text=message.text,
        created_at=timestamp_to_pb(message.at),
    )


def support_request_to_pb(request: SupportRequest) -> identity_pb2.SupportRequest:
    return identity_pb2.SupportRequest(
        id=request.id,
        person_id=request.person_id,
        topic=TOPICS.to_pb(request.topic),
        subject=request.subject,
        context_reference=request.context_reference,
        provider_id=request.provider_id,
        status=STATUSES.to_pb(request.status),
        created_at=timestamp_to_pb(request.created_at),
        updated_at=timestamp_to_pb(request.updated_at),
        messages=[_message(m) for m in request.messages],
    )


class SupportRpcs:
    _support: SupportPorts

    async def OpenSupportRequest(
        self, request: identity_pb2.OpenSupportRequestRequest, context: object
    ) -> identity_pb2.OpenSupportRequestResponse:
        opened = await support.open_support_request(
            self._support.uow(),
            current_principal(),
            TOPICS.from_pb(request.topic),
            request.subject,
            request.text,
            request.context_reference,
            request.provider_id,
            request.idempotency_key,
            clock=self._support.clock,
        )
        return identity_pb2.OpenSupportRequestResponse(request=support_request_to_pb(opened))

    async def ListMySupportRequests(
        self, request: identity_pb2.ListMySupportRequestsRequest, context: object
    ) -> identity_pb2.ListMySupportRequestsResponse:
        page = await self._list(request, mine_only=True)
        return page_reply(
            identity_pb2.ListMySupportRequestsResponse, "requests", page, support_request_to_pb
        )

    async def ListSupportRequests(
        self, request: identity_pb2.ListSupportRequestsRequest, context: object
    ) -> identity_pb2.ListSupportRequestsResponse:
        page = await self._list(
            request, mine_only=False, topic=TOPICS.optional_from_pb(request.topic)
        )
        return page_reply(
            identity_pb2.ListSupportRequestsResponse, "requests", page, support_request_to_pb
        )

    async def _list(
        self,
        request: identity_pb2.ListMySupportRequestsRequest
        | identity_pb2.ListSupportRequestsRequest,
        *,
        mine_only: bool,
        topic: SupportTopic | None = None,
    ) -> PageOf[SupportRequest]:
        return await support.list_support_requests(
            self._support.uow(),
            current_principal(),
            SupportFilter(STATUSES.optional_from_pb(request.status), topic),
            request.page_size,
            request.page_token,
            mine_only=mine_only,
        )

    async def GetSupportRequest(
        self, request: identity_pb2.GetSupportRequestRequest, context: object
    ) -> identity_pb2.GetSupportRequestResponse:
        found = await support.get_support_request(
            self._support.uow(), current_principal(), request.request_id
        )
        return identity_pb2.GetSupportRequestResponse(request=support_request_to_pb(found))

    async def PostSupportMessage(
        self, request: identity_pb2.PostSupportMessageRequest, context: object
    ) -> identity_pb2.PostSupportMessageResponse:
        updated = await support.post_support_message(
            self._support.uow(),
            current_principal(),
            request.request_id,
            request.text,
            request.resolve,
            request.idempotency_key,
            clock=self._support.clock,
        )
        return identity_pb2.PostSupportMessageResponse(request=support_request_to_pb(updated))

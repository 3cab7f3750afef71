"""Role requests: a person asks for a scoped role with a justification, the scope's authority
(provider admin, school head, regional operator, admin) approves, which grants the role, or
refuses with a reason (identity-svc decides who may)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry

from cpd.identity.v1 import identity_pb2
from gateway.mapping import (
    AfterCursor,
    Connection,
    MessageType,
    PageSize,
    call_connection,
    call_one_or_error,
    protobuf_enum,
    protobuf_type,
    result_union,
)
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.identity.mutations import Role, Scope

RequestId = Annotated[strawberry.ID, strawberry.argument(description="The role request's id.")]


@protobuf_enum(identity_pb2.RoleRequestStatus)
class RoleRequestStatus(Enum):
    pass


@protobuf_type
class RoleRequest(MessageType[identity_pb2.RoleRequest]):
    id: strawberry.ID
    created_at: datetime = strawberry.field(description="When the person asked.")
    decided_by_person_id: strawberry.ID | None = strawberry.field(
        description="The person who decided; null while pending."
    )
    decided_at: datetime | None = strawberry.field(
        description="When it was decided; null while pending."
    )


RoleRequestResult = Annotated[
    RoleRequest | UserError,
    result_union("RoleRequestResult", "The role request as stored"),
]


@strawberry.type
class RoleRequestQuery:
    @strawberry.field(description="The role requests of the person logged in, newest first.")
    async def my_role_requests(
        self, info: GatewayInfo, first: PageSize = 20, after: AfterCursor = None
    ) -> Connection[RoleRequest]:
        return await call_connection(
            info,
            info.context.backends.identity.ListMyRoleRequests,
            identity_pb2.ListMyRoleRequestsRequest(page_size=first, page_token=after or ""),
            RoleRequest,
            "requests",
            after,
        )

    @strawberry.field(
        description="The role requests the person logged in decides, newest first: an admin"
        " every one, a provider admin its provider's staff, a school head its school's"
        " operators, a regional operator its region's municipal operators; empty for others."
    )
    async def role_requests_to_decide(
        self,
        info: GatewayInfo,
        pending_only: Annotated[
            bool,
            strawberry.argument(description="Only requests still waiting for a decision."),
        ] = True,
        first: PageSize = 20,
        after: AfterCursor = None,
    ) -> Connection[RoleRequest]:
        return await call_connection(
            info,
            info.context.backends.identity.ListRoleRequestsToDecide,
            identity_pb2.ListRoleRequestsToDecideRequest(
                pending_only=pending_only, page_size=first, page_token=after or ""
            ),
            RoleRequest,
            "requests",
            after,
        )


@strawberry.type
class RoleRequestMutation:
    @strawberry.mutation(
        description="Ask for a role on a scope, with a justification; asking again while a"
        " request for it is pending returns that request."
    )
    async def request_role(
        self,
        info: GatewayInfo,
        role: Role,
        scope: Scope,
        justification: Annotated[
            str, strawberry.argument(description="Why one needs it, 10 to 2000 characters.")
        ],
    ) -> RoleRequestResult:
        return await call_one_or_error(
            info,
            info.context.backends.identity.RequestRole,
            identity_pb2.RequestRoleRequest(role=role, scope=scope, justification=justification),
            RoleRequest,
            "request",
        )

    @strawberry.mutation(
        description="Approve a role request (the role is granted) or refuse it with a reason:"
        " for the scope's authority. Deciding again the same way returns the request."
    )
    async def decide_role_request(
        self,
        info: GatewayInfo,
        request_id: RequestId,
        approve: Annotated[bool, strawberry.argument(description="True approves, false refuses.")],
        refusal_reason: Annotated[
            str,
            strawberry.argument(description="Why it is refused; required when refusing."),
        ] = "",
    ) -> RoleRequestResult:
        return await call_one_or_error(
            info,
            info.context.backends.identity.DecideRoleRequest,
            identity_pb2.DecideRoleRequestRequest(
                request_id=str(request_id), approve=approve, refusal_reason=refusal_reason
            ),
            RoleRequest,
            "request",
        )

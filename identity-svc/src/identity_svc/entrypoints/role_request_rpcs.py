"""gRPC entrypoint of role requests: translation only (IdentityServicer mixes it in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cpd.identity.v1 import identity_pb2
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import EnumMapping, timestamp_to_pb
from cpd_platform.page_replies import page_reply
from identity_svc.adapters.municipalities import MunicipalityDirectory
from identity_svc.domain.role_requests import RoleRequest, RoleRequestStatus
from identity_svc.service_layer import role_requests
from identity_svc.service_layer.grants import GrantEffects, GrantsChanged
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

STATUSES = EnumMapping(
    RoleRequestStatus, identity_pb2.RoleRequestStatus, invalid_code="invalid_role_request_status"
)


@dataclass(frozen=True, slots=True)
class GrantPorts:
    """What the grant and role-request use cases need: approving a request grants the role."""

    uow: Callable[[], IdentityUnitOfWorkPort]
    municipalities: MunicipalityDirectory
    grants_changed: GrantsChanged
    clock: Clock

    def effects(self) -> GrantEffects:
        return GrantEffects(
            municipalities=self.municipalities,
            grants_changed=self.grants_changed,
            clock=self.clock,
        )


def role_request_to_pb(request: RoleRequest) -> identity_pb2.RoleRequest:
    requester = request.requester
    return identity_pb2.RoleRequest(
        id=request.id,
        person_id=request.person_id,
        role=str(request.grant.role),
        scope=str(request.grant.scope),
        justification=request.justification,
        status=STATUSES.to_pb(request.status),
        created_at=timestamp_to_pb(request.created_at),
        decided_by_person_id=request.decided_by_person_id or "",
        decided_at=timestamp_to_pb(request.decided_at),
        refusal_reason=request.refusal_reason,
        requester_name=requester.full_name if requester else "",
        requester_snils=(requester.snils or "") if requester else "",
        requester_pesel=(requester.pesel or "") if requester else "",
    )


class RoleRequestRpcs:
    _grant_ports: GrantPorts

    async def RequestRole(
        self, request: identity_pb2.RequestRoleRequest, context: object
    ) -> identity_pb2.RequestRoleResponse:
        ports = self._grant_ports
        stored = await role_requests.request_role(
            ports.uow(),
            current_principal(),
            request.role,
            request.scope,
            request.justification,
            clock=ports.clock,
        )
        return identity_pb2.RequestRoleResponse(request=role_request_to_pb(stored))

    async def ListMyRoleRequests(
        self, request: identity_pb2.ListMyRoleRequestsRequest, context: object
    ) -> identity_pb2.ListMyRoleRequestsResponse:
        page = await role_requests.list_my_role_requests(
            self._grant_ports.uow(), current_principal(), request.page_size, request.page_token
        )
        return page_reply(
            identity_pb2.ListMyRoleRequestsResponse, "requests", page, role_request_to_pb
        )

    async def ListRoleRequestsToDecide(
        self, request: identity_pb2.ListRoleRequestsToDecideRequest, context: object
    ) -> identity_pb2.ListRoleRequestsToDecideResponse:
        ports = self._grant_ports
        page = await role_requests.list_role_requests_to_decide(
            ports.uow(),
            current_principal(),
            request.pending_only,
            request.page_size,
            request.page_token,
            municipalities=ports.municipalities,
        )
        return page_reply(
            identity_pb2.ListRoleRequestsToDecideResponse, "requests", page, role_request_to_pb
        )

    async def DecideRoleRequest(
        self, request: identity_pb2.DecideRoleRequestRequest, context: object
    ) -> identity_pb2.DecideRoleRequestResponse:
        ports = self._grant_ports
        decided = await role_requests.decide_role_request(
            ports.uow(),
            current_principal(),
            request.request_id,
            request.approve,
            request.refusal_reason,
            **ports.effects(),
        )
        return identity_pb2.DecideRoleRequestResponse(request=role_request_to_pb(decided))

"""Use cases of role requests: a person asks for a scoped role, the scope's authority lists the
requests it decides and approves (the grant follows, audited) or refuses with a reason.

Asking again for a role one has a pending request for returns that request; deciding a decided
request the same way again returns it unchanged (client retries are harmless).
"""

from __future__ import annotations

import uuid

from cpd_platform.clock import Clock
from cpd_platform.errors import NotFound
from cpd_platform.paging import PageOf, bounds, next_token
from cpd_platform.principal import Principal, Role
from identity_svc.adapters.municipalities import MunicipalityDirectory
from identity_svc.domain.grants import PersonGrant
from identity_svc.domain.limits import check_lengths
from identity_svc.domain.requestable_roles import requestable_grant
from identity_svc.domain.role_requests import (
    RoleRequest,
    RoleRequestStatus,
    check_justification,
    decidable_requests,
)
from identity_svc.service_layer.grants import (
    GrantsChanged,
    add_grant,
    authorise_grant,
    held_grants,
    notify_grants_changed,
)
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort


class RoleRequestNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("role_request_not_found", "Заявка на роль не найдена")


async def request_role(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    role: str,
    scope: str,
    justification: str,
    *,
    clock: Clock,
) -> RoleRequest:
    check_lengths({"role": role, "scope": scope, "justification": justification})
    person_id = principal.require_person()
    grant = requestable_grant(role, scope)
    request = RoleRequest(
        id=str(uuid.uuid4()),
        person_id=person_id,
        grant=grant,
        justification=check_justification(justification),
        status=RoleRequestStatus.PENDING,
        created_at=clock.now(),
    )
    async with uow:
        stored = await uow.role_requests.add_if_no_pending(request)
        await uow.commit()
    return stored


async def list_my_role_requests(
    uow: IdentityUnitOfWorkPort, principal: Principal, page_size: int, page_token: str
) -> PageOf[RoleRequest]:
    person_id = principal.require_person()
    limit, offset = bounds(page_size, page_token)
    async with uow:
        found, total = await uow.role_requests.page_of_person(person_id, limit, offset)
    return PageOf(found, next_token(limit, offset, total), total)


async def list_role_requests_to_decide(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    pending_only: bool,
    page_size: int,
    page_token: str,
    *,
    municipalities: MunicipalityDirectory,
) -> PageOf[RoleRequest]:
    """The requests the caller decides (an admin: all; a provider admin: staff of their provider;
    a school head: operators of their school; a regional operator: municipal operators of their
    region's municipalities); nobody else sees any."""
    limit, offset = bounds(page_size, page_token)
    async with uow:
        held = await held_grants(principal, uow.grants)
        regions = sorted(g.scope.id for g in held if g.role == Role.REGIONAL_OPERATOR)
        by_region = {r: await municipalities.municipality_ids(r) for r in regions}
        decidable = decidable_requests(held, by_region)
        found, total = await uow.role_requests.page_to_decide(
            decidable, pending_only, limit, offset
        )
    return PageOf(found, next_token(limit, offset, total), total)


async def decide_role_request(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    request_id: str,
    approve: bool,
    reason: str,
    *,
    municipalities: MunicipalityDirectory,
    grants_changed: GrantsChanged,
    clock: Clock,
) -> RoleRequest:
    check_lengths({"role_request_id": request_id, "refusal_reason": reason})
    async with uow:
        request = await uow.role_requests.get(request_id, lock=True)
        if request is None:
            raise RoleRequestNotFound()
        # The same authority as a direct grant; refusals say nothing more about the request.
        await authorise_grant(principal, uow.grants, request.grant, municipalities)
        decided = request.decide(
            approve, reason, principal.subject, principal.person_id, clock.now()
        )
        if decided is request:
            return request
        await uow.role_requests.save_decision(decided)
        if approve:
            target = PersonGrant(request.person_id, request.grant)
            await add_grant(uow.grants, principal, target, clock)
        await uow.commit()
    if approve:
        await notify_grants_changed(grants_changed, request.person_id)
    return decided

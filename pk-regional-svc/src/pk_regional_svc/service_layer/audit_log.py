"""Reading the audit trail (operators, within their scope)."""

from __future__ import annotations

from cpd_platform.principal import Principal
from pk_regional_svc.domain.scope import AuditView
from pk_regional_svc.service_layer.authz import READ
from pk_regional_svc.service_layer.listing import list_scope
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


async def list_audit_events(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    municipality_id: str,
    school_id: str,
    actor_person_id: str,
    action: str,
    page_size: int,
    page_token: str,
    *,
    authz: Authorizer,
) -> PageOf[AuditView]:
    """Newest first; no total (the trail is long): a next page exists when one more row does."""
    limit, offset = bounds(page_size, page_token)
    async with uow:
        scope = await list_scope(
            uow,
            authz,
            principal,
            region_code=region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        items = await uow.audit.page(scope, actor_person_id, action, limit + 1, offset)
    more = len(items) > limit
    return PageOf(items[:limit], next_token(limit, offset, offset + limit + (1 if more else 0)), 0)

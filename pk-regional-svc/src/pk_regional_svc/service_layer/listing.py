"""The scope of a list: what the caller asked for (unknown ids: not found), always narrowed to
what they may see; a filter outside the caller's scope gives an empty list."""

from __future__ import annotations

from collections.abc import Sequence

from cpd_platform.principal import Principal, Role
from pk_regional_svc.domain.municipality import parse_region_code
from pk_regional_svc.domain.scope import ListScope
from pk_regional_svc.service_layer.authz import READ
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


async def list_scope(
    uow: PkRegionalUnitOfWorkPort,
    authz: Authorizer,
    principal: Principal,
    *,
    region_code: str = "",
    municipality_id: str = "",
    school_id: str = "",
    roles: Sequence[Role] = READ,
) -> ListScope:
    if school_id:
        await uow.structure.school_place(school_id)
    if municipality_id:
        await uow.structure.municipality_place(municipality_id)
    region = parse_region_code(region_code) if region_code else ""
    visibility = await authz.visibility(principal, roles)
    return ListScope(visibility, region, municipality_id, school_id)

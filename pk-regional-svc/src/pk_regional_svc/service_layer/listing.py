"""The scope of a list: what the caller asked for (unknown ids: not found), always narrowed to
what they may see; a filter outside the caller's scope gives an empty list."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, Protocol, TypeVar

from cpd_platform.principal import Principal, Role
from pk_regional_svc.domain.municipality import parse_region_code
from pk_regional_svc.domain.numbers import NumberFilter
from pk_regional_svc.domain.scope import ListScope
from pk_regional_svc.service_layer.authz import READ
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort

T = TypeVar("T")


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


async def page_in_scope(
    uow: PkRegionalUnitOfWorkPort,
    authz: Authorizer,
    principal: Principal,
    page_size: int,
    page_token: str,
    fetch: Callable[[ListScope, int, int], Awaitable[tuple[list[T], int]]],
    *,
    region_code: str = "",
    municipality_id: str = "",
    school_id: str = "",
    roles: Sequence[Role] = READ,
) -> PageOf[T]:
    """One page of a list in the caller's scope: `fetch(scope, limit, offset)` gives the rows
    and their total. Called inside the unit of work."""
    limit, offset = bounds(page_size, page_token)
    scope = await list_scope(
        uow,
        authz,
        principal,
        region_code=region_code,
        municipality_id=municipality_id,
        school_id=school_id,
        roles=roles,
    )
    items, total = await fetch(scope, limit, offset)
    return PageOf(items, next_token(limit, offset, total), total)


class FilteredPages(Protocol[T]):
    """A repository whose rows a `NumberFilter` selects: numbers, applications, completions."""

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[T], int]: ...


class FilteredList(Generic[T]):
    """The use case listing one of those repositories' rows in the caller's scope, the filter's
    region, municipality and school narrowing it."""

    def __init__(self, repository: Callable[[PkRegionalUnitOfWorkPort], FilteredPages[T]]) -> None:
        self._repository = repository

    async def __call__(
        self,
        uow: PkRegionalUnitOfWorkPort,
        principal: Principal,
        f: NumberFilter,
        page_size: int,
        page_token: str,
        *,
        authz: Authorizer,
    ) -> PageOf[T]:
        async with uow:
            rows = self._repository(uow)
            return await page_in_scope(
                uow,
                authz,
                principal,
                page_size,
                page_token,
                lambda scope, limit, offset: rows.page(scope, f, limit, offset),
                region_code=f.region_code,
                municipality_id=f.municipality_id,
                school_id=f.school_id,
            )

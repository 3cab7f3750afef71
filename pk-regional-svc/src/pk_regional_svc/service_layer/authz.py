"""Who may do what where: scoped grants along the chain school → municipality → region.

- read (lists, reports): school head, school operator, municipal operator, regional operator;
- operate (confirm candidates, refuse and reassign numbers, record completions): school
  operator, municipal operator, regional operator (the school head only watches);
- region-wide administration (import, campaigns, quotas, questionnaire, allocation): regional
  operator.
The realm role admin passes everywhere (cpd_platform.access).
"""

from __future__ import annotations

from collections.abc import Sequence

from cpd_platform.access import Access
from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal, Role, ScopeKind
from pk_regional_svc.domain.scope import Place, Visibility

__all__ = ["OPERATE", "READ", "REGIONAL", "Authz", "Place", "Visibility"]

READ = (Role.SCHOOL_HEAD, Role.SCHOOL_OPERATOR, Role.MUNICIPAL_OPERATOR, Role.REGIONAL_OPERATOR)
OPERATE = (Role.SCHOOL_OPERATOR, Role.MUNICIPAL_OPERATOR, Role.REGIONAL_OPERATOR)
REGIONAL = (Role.REGIONAL_OPERATOR,)


class Authz:
    def __init__(self, access: Access) -> None:
        self.access = access

    async def require(self, principal: Principal, roles: Sequence[Role], place: Place) -> None:
        await self.access.require(principal, roles, place.chain())

    async def allows(self, principal: Principal, roles: Sequence[Role], place: Place) -> bool:
        return await self.access.allows(principal, roles, place.chain())

    async def visibility(self, principal: Principal, roles: Sequence[Role] = READ) -> Visibility:
        grants = await self.access.grants(principal)
        if any(g.role == Role.ADMIN for g in grants):
            return Visibility(True, frozenset(), frozenset(), frozenset())
        scopes = [g.scope for g in grants if g.role in roles]
        visibility = Visibility(
            False,
            frozenset(s.id for s in scopes if s.kind == ScopeKind.REGION),
            frozenset(s.id for s in scopes if s.kind == ScopeKind.MUNICIPALITY),
            frozenset(s.id for s in scopes if s.kind == ScopeKind.SCHOOL),
        )
        if not (visibility.regions or visibility.municipalities or visibility.schools):
            raise PermissionDenied(
                "not_an_operator", "Раздел доступен только операторам и руководителям организаций"
            )
        return visibility

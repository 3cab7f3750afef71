"""Role grants: who may grant which role on which scope.

A grant names a role and the one scope it applies to (`cpd_platform.access`). Scoped roles are
handed out by people who hold the role above them on a scope containing the target's:

- admin grants anything;
- a regional operator grants municipal operators of the municipalities of their region;
- a school head grants school operators of their school;
- a provider's admin grants staff of their provider.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cpd_platform.errors import InvalidArgument, PermissionDenied
from cpd_platform.principal import PLATFORM, Grant, Role, Scope

# The role whose holder may grant (and revoke) each role, on a scope containing the target's.
GRANTER_OF: dict[Role, Role] = {
    Role.MUNICIPAL_OPERATOR: Role.REGIONAL_OPERATOR,
    Role.SCHOOL_OPERATOR: Role.SCHOOL_HEAD,
    Role.PROVIDER_STAFF: Role.PROVIDER_ADMIN,
}

ADMIN_GRANT = Grant(Role.ADMIN, PLATFORM)


class GrantNotAllowed(PermissionDenied):
    def __init__(self) -> None:
        super().__init__(
            "grant_not_allowed",
            "Недостаточно прав: назначать и отзывать эту роль в этой области вы не можете",
        )


@dataclass(frozen=True, slots=True)
class PersonGrant:
    person_id: str
    grant: Grant


@dataclass(frozen=True, slots=True)
class GrantRecord:
    """A grant as stored: to whom, what, by whom (the granter's subject) and when."""

    person_id: str
    grant: Grant
    granted_by: str
    granted_at: datetime


class GrantAction(StrEnum):
    GRANT = "grant"
    REVOKE = "revoke"


@dataclass(frozen=True, slots=True)
class GrantAudit:
    """One authorised grant or revoke: who, when, what, and the grant before and after
    (an idempotent repeat shows the same record before and after)."""

    action: GrantAction
    actor_subject: str
    actor_person_id: str | None
    target: PersonGrant
    before: GrantRecord | None
    after: GrantRecord | None
    at: datetime


def parse_grant(role: str, scope: str) -> Grant:
    try:
        parsed_role = Role(role)
    except ValueError:
        raise InvalidArgument("invalid_role", f"Неизвестная роль: {role!r}") from None
    return Grant(parsed_role, Scope.parse(scope))


def regions_to_check(held: Iterable[Grant], target: Grant) -> list[str]:
    """Regions whose municipalities must be looked up to decide on a municipal operator grant:
    those where the granter is a regional operator."""
    if target.role != Role.MUNICIPAL_OPERATOR or ADMIN_GRANT in held:
        return []
    return sorted(g.scope.id for g in held if g.role == Role.REGIONAL_OPERATOR)


def may_grant(held: Collection[Grant], target: Grant, containing: Collection[Scope]) -> bool:
    """May someone holding `held` grant or revoke `target`? `containing` are the scopes that
    contain the target's scope (a municipality's region), as far as they matter."""
    if ADMIN_GRANT in held:
        return True
    granter = GRANTER_OF.get(target.role)
    if granter is None:
        return False
    chain = {target.scope, *containing}
    return any(g.role == granter and g.scope in chain for g in held)


def require_may_grant(
    held: Collection[Grant], target: Grant, containing: Collection[Scope]
) -> None:
    if not may_grant(held, target, containing):
        raise GrantNotAllowed()

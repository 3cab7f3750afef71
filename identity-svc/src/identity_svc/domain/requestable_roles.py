"""Which roles a person may request, and the scope checks a request passes before a decider
sees it. Data per model, beside one another; every other role is granted by an admin only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Grant, Role, ScopeKind
from cpd_platform.voivodeships import check_voivodeship
from identity_svc.domain.grants import parse_grant

# The roles a person may ask for, by the model they belong to. Not requestable: the platform's
# admin; SMK's exam centre (CEM) and CMKP, national bodies whose staff are appointed, not
# self-declared; the SMK trainee, whose role follows the qualification proceedings; systems.
REQUESTABLE_ROLES: Mapping[str, frozenset[Role]] = MappingProxyType(
    {
        "nmo": frozenset({Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN}),
        "eort": frozenset(
            {
                Role.SCHOOL_HEAD,
                Role.SCHOOL_OPERATOR,
                Role.MUNICIPAL_OPERATOR,
                Role.REGIONAL_OPERATOR,
            }
        ),
        "smk-2023": frozenset(
            {Role.SMK_SUPERVISOR, Role.SMK_UNIT_STAFF, Role.SMK_VOIVODESHIP_OFFICE}
        ),
    }
)

# Scope ids checked when a role is requested, so that a scope which cannot exist is refused at
# once (the voivodeship's TERYT code); other ids (providers, schools, training units) are
# recognised by the decider, who sees the scope.
SCOPE_CHECKS: Mapping[ScopeKind, Callable[[str], object]] = MappingProxyType(
    {ScopeKind.VOIVODESHIP: check_voivodeship}
)

_REQUESTABLE = frozenset[Role]().union(*REQUESTABLE_ROLES.values())
_KNOWN_ROLES = frozenset(r.value for r in Role)


class RoleNotRequestable(InvalidArgument):
    def __init__(self, role: str) -> None:
        super().__init__(
            "role_not_requestable",
            f"Роль {role} не запрашивается: её назначает администратор платформы",
        )


def requestable_grant(role: str, scope: str) -> Grant:
    """The grant a person may ask for: a requestable role on a valid scope of its kind."""
    if role in _KNOWN_ROLES and role not in _REQUESTABLE:
        raise RoleNotRequestable(role)
    grant = parse_grant(role, scope)
    check = SCOPE_CHECKS.get(grant.scope.kind)
    if check is not None:
        check(grant.scope.id)
    return grant

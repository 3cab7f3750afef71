"""Who may act in the SMK qualification proceedings: a voivodeship office (smk_voivodeship_office,
scope voivodeship) for its voivodeship, a trainee (smk_trainee) for their own application; the
realm role admin passes everywhere."""

from __future__ import annotations

from cpd_platform.access import Access
from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal, Role, Scope, ScopeKind

OFFICE_ONLY = PermissionDenied(
    "qualification_office_only",
    "Działanie dostępne wyłącznie dla urzędu wojewódzkiego właściwego dla województwa",
)
TRAINEE_ONLY = PermissionDenied(
    "qualification_trainee_only",
    "Wniosek o rozpoczęcie specjalizacji składa lekarz z rolą lekarza w trakcie specjalizacji",
)


async def is_office(access: Access, principal: Principal, voivodeship: str | None) -> bool:
    """Whether the principal acts for the voivodeship's office (None: for any voivodeship)."""
    for grant in await access.grants(principal):
        if grant.role == Role.ADMIN:
            return True
        if grant.role == Role.SMK_VOIVODESHIP_OFFICE and (
            grant.scope == Scope.voivodeship(voivodeship)
            if voivodeship is not None
            else grant.scope.kind == ScopeKind.VOIVODESHIP
        ):
            return True
    return False


async def require_office(access: Access, principal: Principal, voivodeship: str | None) -> None:
    if not await is_office(access, principal, voivodeship):
        raise OFFICE_ONLY


def applicant_id(principal: Principal) -> str:
    """The trainee's person id, or `qualification_trainee_only`."""
    if not principal.has_role(Role.SMK_TRAINEE) or not principal.person_id:
        raise TRAINEE_ONLY
    return principal.person_id

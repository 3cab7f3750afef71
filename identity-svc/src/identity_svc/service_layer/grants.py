"""Use cases of role grants: list, grant, revoke, each grant and revoke audited.

After a commit, the person's id is published on the grants-changed channel so that every
service's `Access` cache forgets their grants at once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypedDict

from cpd_platform.clock import Clock
from cpd_platform.errors import InvalidArgument, NotFound, PermissionDenied
from cpd_platform.principal import Grant, Principal, Role, Scope
from cpd_platform.snils import parse_snils
from identity_svc.adapters.municipalities import MunicipalityDirectory
from identity_svc.domain.grants import (
    ADMIN_GRANT,
    GrantAction,
    GrantAudit,
    GrantRecord,
    PersonGrant,
    parse_grant,
    regions_to_check,
    require_may_grant,
)
from identity_svc.domain.limits import check_lengths
from identity_svc.domain.polish_identity import check_pesel
from identity_svc.service_layer.ports import GrantStore, IdentityUnitOfWorkPort

log = logging.getLogger(__name__)

GrantsChanged = Callable[[str], Awaitable[None]]


class GrantEffects(TypedDict):
    """What changing a grant needs besides the unit of work (granting, revoking, approving a
    role request): the municipalities a regional grant covers, the grants-changed channel and
    the clock, as keyword arguments of those use cases."""

    municipalities: MunicipalityDirectory
    grants_changed: GrantsChanged
    clock: Clock


async def list_grants(
    uow: IdentityUnitOfWorkPort, principal: Principal, person_id: str
) -> list[GrantRecord]:
    person_id = person_id or principal.require_person()
    if person_id != principal.person_id and not principal.has_role(Role.ADMIN):
        raise PermissionDenied("forbidden", "Можно просматривать только свои роли")
    async with uow:
        if not await uow.persons.get_many([person_id]):
            return []
        return await uow.grants.grants_of(person_id)


async def grant_role(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    person_id: str,
    snils: str,
    role: str,
    scope: str,
    *,
    municipalities: MunicipalityDirectory,
    grants_changed: GrantsChanged,
    clock: Clock,
    pesel: str = "",
) -> GrantRecord:
    """Grants the role to the person given by id, SNILS or (a person in Poland) PESEL."""
    grant = _checked_grant(person_id, snils, pesel, role, scope)
    async with uow:
        target = await _authorised_target(
            uow, principal, grant, municipalities, person_id, snils, pesel
        )
        after = await add_grant(uow.grants, principal, target, clock)
        await uow.commit()
    await notify_grants_changed(grants_changed, target.person_id)
    return after


async def revoke_role(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    person_id: str,
    role: str,
    scope: str,
    *,
    municipalities: MunicipalityDirectory,
    grants_changed: GrantsChanged,
    clock: Clock,
    snils: str = "",
    pesel: str = "",
) -> bool:
    """Revokes the grant of the person given by id or, when `person_id` is empty, by SNILS or
    PESEL."""
    grant = _checked_grant(person_id, snils, pesel, role, scope)
    async with uow:
        target = await _authorised_target(
            uow, principal, grant, municipalities, person_id, snils, pesel
        )
        before = await uow.grants.remove(target)
        await uow.grants.audit(
            grant_audit(GrantAction.REVOKE, principal, target, before, None, clock)
        )
        await uow.commit()
    if before is not None:
        await notify_grants_changed(grants_changed, target.person_id)
    return before is not None


def _checked_grant(person_id: str, snils: str, pesel: str, role: str, scope: str) -> Grant:
    """The grant asked for, after the lengths of what names it and its person are checked."""
    check_lengths(
        {"person_id": person_id, "snils": snils, "pesel": pesel, "role": role, "scope": scope}
    )
    return parse_grant(role, scope)


async def _authorised_target(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    grant: Grant,
    municipalities: MunicipalityDirectory,
    person_id: str,
    snils: str,
    pesel: str,
) -> PersonGrant:
    """The person's grant to add or remove, once the principal may grant it."""
    # Authorised before the target is looked up: refusals say nothing about who exists.
    await authorise_grant(principal, uow.grants, grant, municipalities)
    return PersonGrant(await _target_person(uow, person_id, snils, pesel), grant)


async def _target_person(
    uow: IdentityUnitOfWorkPort, person_id: str, snils: str, pesel: str
) -> str:
    """The person named by exactly one of id, SNILS and PESEL."""
    if [bool(person_id), bool(snils), bool(pesel)].count(True) != 1:
        raise InvalidArgument(
            "person_required", "Укажите человека: по идентификатору, СНИЛС или PESEL"
        )
    if person_id:
        found = await uow.persons.get_many([person_id])
    elif snils:
        found = await uow.persons.find_by_snils([parse_snils(snils)])
    else:
        found = await uow.persons.find_by_pesel([check_pesel(pesel).pesel])
    if not found:
        raise NotFound("person_not_found", "Человек не найден")
    return found[0].id


async def held_grants(principal: Principal, repo: GrantStore) -> set[Grant]:
    """The caller's grants, an admin's realm role counting as the platform grant."""
    held: set[Grant] = set()
    if principal.person_id is not None:
        held |= await repo.held_by(principal.person_id)
    if principal.has_role(Role.ADMIN):
        held.add(ADMIN_GRANT)
    return held


async def authorise_grant(
    principal: Principal, repo: GrantStore, grant: Grant, municipalities: MunicipalityDirectory
) -> None:
    """Raises `grant_not_allowed` unless the caller may grant (or revoke) `grant`."""
    held = await held_grants(principal, repo)
    containing: list[Scope] = []
    for region in regions_to_check(held, grant):
        if grant.scope.id in await municipalities.municipality_ids(region):
            containing.append(Scope.region(region))
    require_may_grant(held, grant, containing)


async def add_grant(
    repo: GrantStore, principal: Principal, target: PersonGrant, clock: Clock
) -> GrantRecord:
    """Grants (idempotently) and audits the grant on behalf of the authorised caller."""
    before = await repo.get(target)
    after = await repo.add(
        GrantRecord(target.person_id, target.grant, principal.subject, clock.now())
    )
    await repo.audit(grant_audit(GrantAction.GRANT, principal, target, before, after, clock))
    return after


def grant_audit(
    action: GrantAction,
    principal: Principal,
    target: PersonGrant,
    before: GrantRecord | None,
    after: GrantRecord | None,
    clock: Clock,
) -> GrantAudit:
    return GrantAudit(
        action=action,
        actor_subject=principal.subject,
        actor_person_id=principal.person_id,
        target=target,
        before=before,
        after=after,
        at=clock.now(),
    )


async def notify_grants_changed(grants_changed: GrantsChanged, person_id: str) -> None:
    try:
        await grants_changed(person_id)
    except Exception:
        # The caches' ttl bounds how long a lost notification keeps stale grants.
        log.warning(
            "grants-changed notification failed", exc_info=True, extra={"person": person_id}
        )

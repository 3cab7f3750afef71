"""Use cases of role grants: list, grant, revoke, each grant and revoke audited.

After a commit, the person's id is published on the grants-changed channel so that every
service's `Access` cache forgets their grants at once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from cpd_platform.clock import Clock, SystemClock
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
from identity_svc.service_layer.ports import GrantStore, IdentityUnitOfWorkPort

log = logging.getLogger(__name__)

GrantsChanged = Callable[[str], Awaitable[None]]


class GrantService:
    def __init__(
        self,
        uow: Callable[[], IdentityUnitOfWorkPort],
        municipalities: MunicipalityDirectory,
        grants_changed: GrantsChanged,
        clock: Clock | None = None,
    ) -> None:
        self._uow = uow
        self._municipalities = municipalities
        self._grants_changed = grants_changed
        self._clock = clock or SystemClock()

    async def list_grants(self, principal: Principal, person_id: str) -> list[GrantRecord]:
        person_id = person_id or principal.require_person()
        if person_id != principal.person_id and not principal.has_role(Role.ADMIN):
            raise PermissionDenied("forbidden", "Можно просматривать только свои роли")
        async with self._uow() as uow:
            if not await uow.persons.get_many([person_id]):
                return []
            return await uow.grants.grants_of(person_id)

    async def grant(
        self, principal: Principal, person_id: str, snils: str, role: str, scope: str
    ) -> GrantRecord:
        check_lengths({"person_id": person_id, "snils": snils, "role": role, "scope": scope})
        grant = parse_grant(role, scope)
        async with self._uow() as uow:
            repo = uow.grants
            # Authorised before the target is looked up: refusals say nothing about who exists.
            await self._authorise(principal, repo, grant)
            target = PersonGrant(await self._target_person(uow, person_id, snils), grant)
            before = await repo.get(target)
            after = await repo.add(
                GrantRecord(target.person_id, grant, principal.subject, self._clock.now())
            )
            await repo.audit(self._audit(GrantAction.GRANT, principal, target, before, after))
            await uow.commit()
        await self._notify(target.person_id)
        return after

    async def revoke(self, principal: Principal, person_id: str, role: str, scope: str) -> bool:
        check_lengths({"person_id": person_id, "role": role, "scope": scope})
        grant = parse_grant(role, scope)
        async with self._uow() as uow:
            repo = uow.grants
            await self._authorise(principal, repo, grant)
            target = PersonGrant(await self._target_person(uow, person_id, ""), grant)
            before = await repo.remove(target)
            await repo.audit(self._audit(GrantAction.REVOKE, principal, target, before, None))
            await uow.commit()
        if before is not None:
            await self._notify(person_id)
        return before is not None

    async def _target_person(self, uow: IdentityUnitOfWorkPort, person_id: str, snils: str) -> str:
        persons = uow.persons
        if bool(person_id) == bool(snils):
            raise InvalidArgument(
                "person_required", "Укажите человека: по идентификатору или СНИЛС"
            )
        found = (
            await persons.get_many([person_id])
            if person_id
            else await persons.find_by_snils([parse_snils(snils)])
        )
        if not found:
            raise NotFound("person_not_found", "Человек не найден")
        return found[0].id

    async def _authorise(self, principal: Principal, repo: GrantStore, grant: Grant) -> None:
        held: set[Grant] = set()
        if principal.person_id is not None:
            held |= await repo.held_by(principal.person_id)
        if principal.has_role(Role.ADMIN):
            held.add(ADMIN_GRANT)
        containing: list[Scope] = []
        for region in regions_to_check(held, grant):
            if grant.scope.id in await self._municipalities.municipality_ids(region):
                containing.append(Scope.region(region))
        require_may_grant(held, grant, containing)

    def _audit(
        self,
        action: GrantAction,
        principal: Principal,
        target: PersonGrant,
        before: GrantRecord | None,
        after: GrantRecord | None,
    ) -> GrantAudit:
        return GrantAudit(
            action=action,
            actor_subject=principal.subject,
            actor_person_id=principal.person_id,
            target=target,
            before=before,
            after=after,
            at=self._clock.now(),
        )

    async def _notify(self, person_id: str) -> None:
        try:
            await self._grants_changed(person_id)
        except Exception:
            # The caches' ttl bounds how long a lost notification keeps stale grants.
            log.warning(
                "grants-changed notification failed", exc_info=True, extra={"person": person_id}
            )

"""Mirrors a person's grants into the realm roles of their identity-provider account, after
every grant, revocation and approved role request: the token of the person's next login
carries the role, and the portal opens its screens."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from identity_svc.domain.realm_roles import realm_role_changes
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

log = logging.getLogger(__name__)


class RealmRoleAccounts(Protocol):
    """The identity provider's role mappings of one account."""

    async def realm_roles(self, subject: str) -> set[str] | None:
        """The account's realm roles; None when there is no such account."""
        ...

    async def add_realm_roles(self, subject: str, names: Sequence[str]) -> None: ...

    async def remove_realm_roles(self, subject: str, names: Sequence[str]) -> None: ...


async def mirror_grants(
    uow: Callable[[], IdentityUnitOfWorkPort], accounts: RealmRoleAccounts, person_id: str
) -> None:
    async with uow() as unit:
        persons = await unit.persons.get_many([person_id])
        grants = await unit.grants.grants_of(person_id)
    subject = persons[0].subject if persons else ""
    mapped = await accounts.realm_roles(subject) if subject else None
    if mapped is None:
        log.info("no identity provider account to map roles to", extra={"person": person_id})
        return
    changes = realm_role_changes(mapped, {str(record.grant.role) for record in grants})
    if changes.add:
        await accounts.add_realm_roles(subject, sorted(changes.add))
    if changes.remove:
        await accounts.remove_realm_roles(subject, sorted(changes.remove))

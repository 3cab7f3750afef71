"""A person's grants as realm roles of their identity-provider account.

The portal shows a role's screens from the access token's `realm_access.roles`, and the
identity provider puts there the roles mapped to the account. So each grant's role is mapped
to the account too, and a scoped role whose last grant is revoked is taken off. Realm roles
that are not given by grants (specialist, teacher, support, SMK roles without a scope) and
`admin` (its realm role is the platform grant itself, see `held_grants`) are never taken off.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpd_platform.principal import SCOPE_OF_ROLE, Role

# The roles a grant gives and a revocation may take off the account.
GRANTED_ROLES = frozenset(str(role) for role in SCOPE_OF_ROLE if role is not Role.ADMIN)


@dataclass(frozen=True, slots=True)
class RealmRoleChanges:
    add: frozenset[str]
    remove: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.add or self.remove)


def realm_role_changes(mapped: set[str], granted: set[str]) -> RealmRoleChanges:
    """What to map and unmap so that the account's roles follow the person's grants."""
    return RealmRoleChanges(
        add=frozenset(granted - mapped),
        remove=frozenset((mapped & GRANTED_ROLES) - granted),
    )

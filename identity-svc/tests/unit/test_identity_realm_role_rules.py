"""A person's grants mirrored into their identity-provider account's realm roles (issue 17:
a role granted or approved reaches the token at the next login)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from identity_memory import IdentityMemoryUnitOfWork

from cpd_platform.principal import Grant, Role, Scope
from identity_svc.domain.grants import GrantRecord, PersonGrant
from identity_svc.domain.person import Person
from identity_svc.domain.realm_roles import realm_role_changes
from identity_svc.service_layer.realm_roles import mirror_grants

AT = datetime(2026, 12, 4, tzinfo=UTC)


def test_granted_roles_are_added_and_scoped_roles_without_a_grant_taken_off() -> None:
    changes = realm_role_changes(
        mapped={"specialist", "school_head", "provider_admin", "admin", "support"},
        granted={"provider_staff", "provider_admin"},
    )
    assert changes.add == {"provider_staff"}
    # specialist, support and admin are not given by scoped grants: they stay.
    assert changes.remove == {"school_head"}
    assert not realm_role_changes({"specialist", "provider_staff"}, {"provider_staff"})


class Accounts:
    def __init__(self, roles: dict[str, set[str]]) -> None:
        self.roles = roles

    async def realm_roles(self, subject: str) -> set[str] | None:
        found = self.roles.get(subject)
        return set(found) if found is not None else None

    async def add_realm_roles(self, subject: str, names: Sequence[str]) -> None:
        self.roles[subject] |= set(names)

    async def remove_realm_roles(self, subject: str, names: Sequence[str]) -> None:
        self.roles[subject] -= set(names)


def with_person(subject: str, *grants: Grant) -> IdentityMemoryUnitOfWork:
    uow = IdentityMemoryUnitOfWork()
    uow.persons.by_id["p"] = Person(
        "p", subject, "11223344595", "Иванова", "Анна", None, date(1980, 1, 1), "16", None
    )
    for grant in grants:
        uow.grants.records[PersonGrant("p", grant)] = GrantRecord("p", grant, "admin", AT)
    return uow


async def test_the_account_follows_the_persons_grants() -> None:
    staff = Grant(Role.PROVIDER_STAFF, Scope.provider("42"))
    accounts = Accounts({"sub-p": {"specialist", "school_operator"}})
    await mirror_grants(lambda: with_person("sub-p", staff), accounts, "p")
    assert accounts.roles["sub-p"] == {"specialist", "provider_staff"}


async def test_a_person_without_an_account_is_left_alone() -> None:
    staff = Grant(Role.PROVIDER_STAFF, Scope.provider("42"))
    accounts = Accounts({})
    await mirror_grants(lambda: with_person("sub-gone", staff), accounts, "p")
    await mirror_grants(lambda: IdentityMemoryUnitOfWork(), accounts, "nobody")
    assert accounts.roles == {}

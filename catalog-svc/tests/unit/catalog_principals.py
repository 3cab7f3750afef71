"""Who calls catalog-svc's use cases in unit tests: principals, and grants held in memory."""

from __future__ import annotations

from dataclasses import dataclass

from catalog_svc.service_layer.authz import Editors
from cpd_platform.access import Access
from cpd_platform.principal import Grant, Principal, Role, Scope


@dataclass
class Grants:
    """Grants by person, as identity-svc would answer them."""

    by_person: dict[str, frozenset[Grant]]

    async def grants_of(self, person_id: str) -> frozenset[Grant]:
        return self.by_person.get(person_id, frozenset())


def principal(person_id: str | None, *roles: str, client_id: str = "web") -> Principal:
    """Someone calling through `client_id` (the web portal unless said) with `roles`."""
    return Principal(
        subject=f"sub-{person_id}",
        client_id=client_id,
        roles=frozenset(roles),
        person_id=person_id,
        snils=None,
        token="t",
    )


def staff_editors(provider_id: str) -> Editors:
    """Editors where the person "staff" is the provider's staff."""
    return Editors(
        Access(
            Grants({"staff": frozenset({Grant(Role.PROVIDER_STAFF, Scope.provider(provider_id))})})
        )
    )

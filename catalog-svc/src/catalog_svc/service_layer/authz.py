"""Who may change a provider's elements: its staff (provider_staff / provider_admin granted on
`provider:<id>`), its own system (a client-credentials token whose azp is bound to the provider),
and admins. Nobody else, whatever their other roles."""

from __future__ import annotations

from catalog_svc.domain.access import may_edit_as_system
from catalog_svc.service_layer.ports import ProvidersUnitOfWork
from cpd_platform.access import Access
from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal, Role, Scope

EDITOR_ROLES = (Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN)

NOT_YOUR_PROVIDER = PermissionDenied(
    "not_your_provider", "Изменять можно только элементы своей образовательной организации"
)


class Editors:
    def __init__(self, access: Access) -> None:
        self._access = access

    async def require(
        self, uow: ProvidersUnitOfWork, principal: Principal, provider_id: str
    ) -> None:
        """Inside the caller's unit of work (the provider lookup reads the catalog)."""
        if not await self.allows(uow, principal, provider_id):
            raise PermissionDenied(NOT_YOUR_PROVIDER.code, NOT_YOUR_PROVIDER.message)

    async def allows(
        self, uow: ProvidersUnitOfWork, principal: Principal, provider_id: str
    ) -> bool:
        if principal.has_role(Role.ADMIN):
            return True
        if principal.has_role(Role.PROVIDER_SYSTEM):
            provider = await system_provider(uow, principal)
            if may_edit_as_system(principal, provider, provider_id):
                return True
        return await self._access.allows(principal, EDITOR_ROLES, [Scope.provider(provider_id)])


async def system_provider(uow: ProvidersUnitOfWork, principal: Principal) -> str | None:
    """The provider a client-credentials caller acts for, if its client is bound to one."""
    if not principal.client_id:
        return None
    provider = await uow.providers.find_by_client(principal.client_id)
    return None if provider is None else provider.id

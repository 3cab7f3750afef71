"""Who may act for a provider: its own system (client credentials mapped by catalog), its staff
(a `provider_staff`/`provider_admin` grant on `provider:<id>`), or an admin."""

from __future__ import annotations

from typing import Protocol

from cpd_platform.access import Access
from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal, Role, Scope


class ProviderDirectory(Protocol):
    async def provider_for_client(self, client_id: str) -> str: ...


NOT_YOURS = "Запись или мероприятие принадлежит другой организации"


class ProviderAuthority:
    def __init__(self, access: Access, providers: ProviderDirectory) -> None:
        self._access = access
        self._providers = providers

    async def require(self, principal: Principal, provider_id: str) -> None:
        if principal.has_role(Role.ADMIN):
            return
        if principal.has_role(Role.PROVIDER_SYSTEM):
            own = await self._providers.provider_for_client(principal.client_id)
            if own != provider_id:
                raise PermissionDenied("not_your_provider", NOT_YOURS)
            return
        if not await self._access.allows(
            principal, [Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN], [Scope.provider(provider_id)]
        ):
            raise PermissionDenied("not_your_provider", NOT_YOURS)

    async def own_provider(self, principal: Principal) -> str | None:
        """The provider a provider system acts for; None for admins (every provider)."""
        if principal.has_role(Role.ADMIN):
            return None
        if principal.has_role(Role.PROVIDER_SYSTEM):
            return await self._providers.provider_for_client(principal.client_id)
        scopes = await self._access.scopes(principal, Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN)
        if len(scopes) == 1:
            return next(iter(scopes)).id
        raise PermissionDenied("forbidden", "Недостаточно прав для этого действия")

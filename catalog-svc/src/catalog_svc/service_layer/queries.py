"""Use cases that read the catalog. Authorisation is decided here, by the service that owns the data.

Reference data and elements are readable by any authenticated caller (the interceptor has already
refused calls without a valid token).
"""

from __future__ import annotations

from catalog_svc.domain.access import capped_batch, may_resolve_client
from catalog_svc.domain.element import Element, ProgramCycle
from catalog_svc.domain.reference import (
    EducationLevel,
    Provider,
    ReferenceItem,
    ReferenceKind,
    Specialty,
)
from catalog_svc.service_layer.ports import CatalogUnitOfWorkPort
from cpd_platform.errors import NotFound, PermissionDenied
from cpd_platform.principal import Principal


async def list_specialties(
    uow: CatalogUnitOfWorkPort, level: EducationLevel | None
) -> list[Specialty]:
    async with uow:
        return await uow.specialties.list_by_level(level)


async def batch_get_specialties(uow: CatalogUnitOfWorkPort, codes: list[str]) -> list[Specialty]:
    async with uow:
        return await uow.specialties.get_many(capped_batch(codes))


async def list_reference(uow: CatalogUnitOfWorkPort, kind: ReferenceKind) -> list[ReferenceItem]:
    async with uow:
        return await uow.references.items(kind)


async def batch_get_elements(uow: CatalogUnitOfWorkPort, ids: list[str]) -> list[Element]:
    async with uow:
        return await uow.elements.get_many(capped_batch(ids))


async def batch_get_program_cycles(
    uow: CatalogUnitOfWorkPort, ids: list[str]
) -> list[ProgramCycle]:
    async with uow:
        return await uow.cycles.get_many(capped_batch(ids))


async def batch_get_providers(uow: CatalogUnitOfWorkPort, ids: list[str]) -> list[Provider]:
    async with uow:
        return await uow.providers.get_many(capped_batch(ids))


async def get_provider_by_client(
    uow: CatalogUnitOfWorkPort, principal: Principal, client_id: str
) -> Provider:
    if not may_resolve_client(principal, client_id):
        raise PermissionDenied("forbidden", "Узнать организацию можно только для своей системы")
    async with uow:
        provider = await uow.providers.find_by_client(client_id)
    if provider is None:
        raise NotFound(
            "provider_not_found", "Клиент не привязан ни к одной образовательной организации"
        )
    return provider

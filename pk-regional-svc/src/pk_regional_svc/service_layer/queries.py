"""Use cases that read the regional model. Authorisation is decided here.

Municipalities are reference data: any authenticated caller may list them (the interceptor has
already refused calls without a valid token).
"""

from __future__ import annotations

from collections.abc import Sequence

from pk_regional_svc.domain.municipality import Municipality, parse_region_code, sorted_by_name
from pk_regional_svc.service_layer.ports import MunicipalityUnitOfWork


async def list_municipalities(uow: MunicipalityUnitOfWork, region_code: str) -> list[Municipality]:
    region = parse_region_code(region_code)
    async with uow:
        found = await uow.municipalities.in_region(region)
    return sorted_by_name(found)


async def batch_get_municipalities(
    uow: MunicipalityUnitOfWork, municipality_ids: Sequence[str]
) -> list[Municipality]:
    async with uow:
        return await uow.municipalities.by_ids(municipality_ids)

"""Use cases that read the regional model. Authorisation is decided here.

Municipalities are reference data: any authenticated caller may list them (the interceptor has
already refused calls without a valid token).
"""

from __future__ import annotations

from cpd_platform.db import UnitOfWork
from pk_regional_svc.adapters.repository import MunicipalityRepository
from pk_regional_svc.domain.municipality import Municipality, parse_region_code, sorted_by_name


async def list_municipalities(uow: UnitOfWork, region_code: str) -> list[Municipality]:
    region = parse_region_code(region_code)
    async with uow:
        found = await MunicipalityRepository(uow.session).in_region(region)
    return sorted_by_name(found)

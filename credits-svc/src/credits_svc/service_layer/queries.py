from __future__ import annotations

from cpd_platform.auth import Principal
from cpd_platform.db import UnitOfWork
from credits_svc.adapters.repository import LedgerRepository
from credits_svc.domain.records import CreditRecord


async def my_credits(uow: UnitOfWork, principal: Principal) -> list[CreditRecord]:
    person_id = principal.require_person()
    async with uow:
        return await LedgerRepository(uow.session).for_person(person_id)

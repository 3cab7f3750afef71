"""Use cases that read persons. Authorisation is decided here, by the service that owns the data."""

from __future__ import annotations

from cpd_platform.auth import Principal
from cpd_platform.db import UnitOfWork
from cpd_platform.errors import PermissionDenied
from cpd_platform.snils import parse_snils
from identity_svc.adapters.repository import PersonRepository
from identity_svc.domain.person import Person, may_read_person, may_resolve_snils

MAX_BATCH = 1000


async def batch_get_persons(uow: UnitOfWork, principal: Principal, ids: list[str]) -> list[Person]:
    if any(not may_read_person(principal, person_id) for person_id in ids):
        raise PermissionDenied("forbidden", "Можно просматривать только свой профиль")
    async with uow:
        return await PersonRepository(uow.session).get_many(ids[:MAX_BATCH])


async def find_persons_by_snils(
    uow: UnitOfWork, principal: Principal, snils: list[str]
) -> list[Person]:
    if not may_resolve_snils(principal):
        raise PermissionDenied("forbidden", "Поиск по СНИЛС доступен только системам организаций")
    normalised = [parse_snils(value) for value in snils[:MAX_BATCH]]
    async with uow:
        return await PersonRepository(uow.session).find_by_snils(normalised)

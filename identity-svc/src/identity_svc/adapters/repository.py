from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from identity_svc.adapters.orm import PersonRow
from identity_svc.domain.person import Person


def _to_domain(row: PersonRow) -> Person:
    return Person(
        id=str(row.id),
        subject=row.subject,
        snils=row.snils,
        last_name=row.last_name,
        first_name=row.first_name,
        patronymic=row.patronymic,
        birth_date=row.birth_date,
        region_code=row.region_code,
        email=row.email,
    )


class PersonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, ids: Iterable[str]) -> list[Person]:
        rows = await self._session.scalars(
            select(PersonRow).where(PersonRow.id.in_(valid_uuids(ids)))
        )
        return [_to_domain(row) for row in rows]

    async def find_by_snils(self, snils: Iterable[str]) -> list[Person]:
        rows = await self._session.scalars(
            select(PersonRow).where(PersonRow.snils.in_(list(snils)))
        )
        return [_to_domain(row) for row in rows]

    async def add_if_absent(self, person: Person) -> None:
        await self._session.execute(
            insert(PersonRow)
            .values(
                id=uuid.UUID(person.id),
                subject=person.subject,
                snils=person.snils,
                last_name=person.last_name,
                first_name=person.first_name,
                patronymic=person.patronymic,
                birth_date=person.birth_date,
                region_code=person.region_code,
                email=person.email,
            )
            .on_conflict_do_nothing()
        )

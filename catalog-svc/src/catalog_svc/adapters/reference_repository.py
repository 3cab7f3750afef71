"""Reference data and providers: specialties, lists of codes, educational organisations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.orm import ProviderRow, ReferenceItemRow, SpecialtyRow
from catalog_svc.domain.reference import (
    EducationLevel,
    Provider,
    ReferenceItem,
    ReferenceKind,
    Specialty,
)
from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named

# The columns of a provider's row that hold its fields as they are.
_PROVIDER_COLUMNS = (
    "name region_code email phone website address inn license_number license_date accreditation"
)


def _specialty(row: SpecialtyRow) -> Specialty:
    return Specialty(code=row.code, name=row.name, level=EducationLevel(row.level))


def _provider(row: ProviderRow) -> Provider:
    return Provider(id=str(row.id), client_id=row.client_id, **same_named(row, _PROVIDER_COLUMNS))


class SpecialtyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_by_level(self, level: EducationLevel | None) -> list[Specialty]:
        query = select(SpecialtyRow).order_by(SpecialtyRow.name, SpecialtyRow.code)
        if level is not None:
            query = query.where(SpecialtyRow.level == level.value)
        return [_specialty(row) for row in await self._session.scalars(query)]

    async def get_many(self, codes: Iterable[str]) -> list[Specialty]:
        rows = await self._session.scalars(
            select(SpecialtyRow)
            .where(SpecialtyRow.code.in_(list(codes)))
            .order_by(SpecialtyRow.code)
        )
        return [_specialty(row) for row in rows]

    async def unknown(self, codes: Iterable[str]) -> list[str]:
        wanted = sorted(set(codes))
        if not wanted:
            return []
        known = set(
            await self._session.scalars(
                select(SpecialtyRow.code).where(SpecialtyRow.code.in_(wanted))
            )
        )
        return [code for code in wanted if code not in known]


class ReferenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def items(self, kind: ReferenceKind) -> list[ReferenceItem]:
        rows = await self._session.scalars(
            select(ReferenceItemRow)
            .where(ReferenceItemRow.kind == kind.value)
            .order_by(ReferenceItemRow.position)
        )
        return [ReferenceItem(row.code, row.name) for row in rows]

    async def unknown(self, kind: ReferenceKind, codes: Iterable[str]) -> list[str]:
        wanted = sorted(set(codes))
        if not wanted:
            return []
        known = set(
            await self._session.scalars(
                select(ReferenceItemRow.code).where(
                    ReferenceItemRow.kind == kind.value, ReferenceItemRow.code.in_(wanted)
                )
            )
        )
        return [code for code in wanted if code not in known]


class ProviderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find_by_client(self, client_id: str) -> Provider | None:
        row = await self._session.scalar(
            select(ProviderRow).where(ProviderRow.client_id == client_id)
        )
        return None if row is None else _provider(row)

    async def get_many(self, ids: Iterable[str]) -> list[Provider]:
        rows = await self._session.scalars(
            select(ProviderRow).where(ProviderRow.id.in_(valid_uuids(ids))).order_by(ProviderRow.id)
        )
        return [_provider(row) for row in rows]

    async def save(self, provider: Provider) -> None:
        values = {
            "client_id": provider.client_id or None,
            **same_named(provider, _PROVIDER_COLUMNS),
        }
        await self._session.execute(
            insert(ProviderRow)
            .values(id=uuid.UUID(provider.id), **values)
            .on_conflict_do_update(index_elements=[ProviderRow.id], set_=values)
        )

    async def add_if_absent(self, provider: Provider) -> None:
        await self._session.execute(
            insert(ProviderRow)
            .values(
                id=uuid.UUID(provider.id),
                client_id=provider.client_id,
                **same_named(provider, _PROVIDER_COLUMNS),
            )
            .on_conflict_do_nothing()
        )

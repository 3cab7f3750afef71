from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters.orm import MunicipalityRow
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind


def _to_domain(row: MunicipalityRow) -> Municipality:
    return Municipality(
        id=str(row.id),
        region_code=row.region_code,
        name=row.name,
        kind=MunicipalityKind(row.kind),
    )


class MunicipalityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def in_region(self, region_code: str) -> list[Municipality]:
        rows = await self._session.scalars(
            select(MunicipalityRow).where(MunicipalityRow.region_code == region_code)
        )
        return [_to_domain(row) for row in rows]

    async def add_if_absent(self, municipality: Municipality) -> bool:
        """True when it was added (no municipality with its id or its name in the region)."""
        added = await self._session.scalar(
            insert(MunicipalityRow)
            .values(
                id=uuid.UUID(municipality.id),
                region_code=municipality.region_code,
                name=municipality.name,
                kind=municipality.kind.value,
            )
            .on_conflict_do_nothing()
            .returning(MunicipalityRow.id)
        )
        return added is not None

    async def by_name(self, region_code: str, name: str) -> Municipality | None:
        row = await self._session.scalar(
            select(MunicipalityRow).where(
                MunicipalityRow.region_code == region_code, MunicipalityRow.name == name
            )
        )
        return _to_domain(row) if row is not None else None

    async def by_ids(self, ids: Sequence[str]) -> list[Municipality]:
        rows = await self._session.scalars(
            select(MunicipalityRow).where(MunicipalityRow.id.in_(valid_uuids(ids)))
        )
        return [_to_domain(row) for row in rows]

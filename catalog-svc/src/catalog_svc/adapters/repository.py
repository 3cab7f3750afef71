from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.orm import ElementRow, ProviderRow, SpecialtyRow
from catalog_svc.domain.element import Element, ElementKind, ElementStatus
from catalog_svc.domain.reference import EducationLevel, Provider, Specialty
from cpd_platform.ids import valid_uuids


def _specialty(row: SpecialtyRow) -> Specialty:
    return Specialty(code=row.code, name=row.name, level=EducationLevel(row.level))


def _provider(row: ProviderRow) -> Provider:
    return Provider(
        id=str(row.id), name=row.name, region_code=row.region_code, client_id=row.client_id
    )


def _element(row: ElementRow) -> Element:
    return Element(
        id=str(row.id),
        kind=ElementKind(row.kind),
        title=row.title,
        provider_id=str(row.provider_id),
        zet=row.zet,
        main_specialty_code=row.main_specialty_code,
        additional_specialty_codes=tuple(row.additional_specialty_codes),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        status=ElementStatus(row.status),
    )


class SpecialtyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_by_level(self, level: EducationLevel | None) -> list[Specialty]:
        query = select(SpecialtyRow).order_by(SpecialtyRow.name)
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

    async def add_if_absent(self, specialty: Specialty) -> None:
        await self._session.execute(
            insert(SpecialtyRow)
            .values(code=specialty.code, name=specialty.name, level=specialty.level.value)
            .on_conflict_do_nothing()
        )


class ProviderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find_by_client(self, client_id: str) -> Provider | None:
        row = await self._session.scalar(
            select(ProviderRow).where(ProviderRow.client_id == client_id)
        )
        return None if row is None else _provider(row)

    async def add_if_absent(self, provider: Provider) -> None:
        await self._session.execute(
            insert(ProviderRow)
            .values(
                id=uuid.UUID(provider.id),
                name=provider.name,
                region_code=provider.region_code,
                client_id=provider.client_id,
            )
            .on_conflict_do_nothing()
        )


class ElementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, ids: Iterable[str]) -> list[Element]:
        rows = await self._session.scalars(
            select(ElementRow).where(ElementRow.id.in_(valid_uuids(ids))).order_by(ElementRow.id)
        )
        return [_element(row) for row in rows]

    async def add_if_absent(self, element: Element) -> None:
        await self._session.execute(
            insert(ElementRow)
            .values(
                id=uuid.UUID(element.id),
                kind=element.kind.value,
                title=element.title,
                provider_id=uuid.UUID(element.provider_id),
                zet=element.zet,
                main_specialty_code=element.main_specialty_code,
                additional_specialty_codes=list(element.additional_specialty_codes),
                starts_on=element.starts_on,
                ends_on=element.ends_on,
                status=element.status.value,
            )
            .on_conflict_do_nothing()
        )

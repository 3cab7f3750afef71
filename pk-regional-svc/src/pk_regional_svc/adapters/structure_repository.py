"""Municipalities, schools and teachers in PostgreSQL, as the campaign use cases need them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.errors import NotFound
from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters import rows
from pk_regional_svc.adapters.orm import municipalities, schools, teachers
from pk_regional_svc.domain.completion import CompletionDocument
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.domain.structure import TeacherView

SCHOOL_NOT_FOUND = ("school_not_found", "Организация не найдена")
MUNICIPALITY_NOT_FOUND = ("municipality_not_found", "Муниципальное образование не найдено")
TEACHER_NOT_FOUND = (
    "teacher_not_found",
    "Вы не найдены в списках педагогов: обратитесь к оператору своей организации",
)


def _ids(values: Sequence[str]) -> list[str]:
    return [str(u) for u in valid_uuids(values)]


class StructureRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def known_schools(self, region_code: str, ids: Sequence[str]) -> set[str]:
        found = await self._session.scalars(
            select(schools.c.id).where(
                schools.c.id.in_(_ids(ids)), schools.c.region_code == region_code
            )
        )
        return {str(i) for i in found}

    async def known_municipalities(self, region_code: str, ids: Sequence[str]) -> set[str]:
        found = await self._session.scalars(
            select(municipalities.c.id).where(
                municipalities.c.id.in_(_ids(ids)), municipalities.c.region_code == region_code
            )
        )
        return {str(i) for i in found}

    async def school_place(self, school_id: str) -> Place:
        if not valid_uuids([school_id]):
            raise NotFound(*SCHOOL_NOT_FOUND)
        row = (
            await self._session.execute(
                select(schools.c.region_code, schools.c.municipality_id).where(
                    schools.c.id == school_id
                )
            )
        ).one_or_none()
        if row is None:
            raise NotFound(*SCHOOL_NOT_FOUND)
        return Place(row.region_code, str(row.municipality_id), school_id)

    async def municipality_place(self, municipality_id: str) -> Place:
        if not valid_uuids([municipality_id]):
            raise NotFound(*MUNICIPALITY_NOT_FOUND)
        region = await self._session.scalar(
            select(municipalities.c.region_code).where(municipalities.c.id == municipality_id)
        )
        if region is None:
            raise NotFound(*MUNICIPALITY_NOT_FOUND)
        return Place(region, municipality_id)

    async def names(
        self, school_ids: Sequence[str], municipality_ids: Sequence[str]
    ) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        found_schools = await self._session.execute(
            select(schools.c.id, schools.c.code, schools.c.name).where(
                schools.c.id.in_(_ids(school_ids))
            )
        )
        found_municipalities = await self._session.execute(
            select(municipalities.c.id, municipalities.c.name).where(
                municipalities.c.id.in_(_ids(municipality_ids))
            )
        )
        return (
            {str(r.id): (r.code, r.name) for r in found_schools},
            {str(r.id): r.name for r in found_municipalities},
        )

    async def school_municipalities(self, school_ids: Sequence[str]) -> dict[str, str]:
        found = await self._session.execute(
            select(schools.c.id, schools.c.municipality_id).where(
                schools.c.id.in_(_ids(school_ids))
            )
        )
        return {str(s): str(m) for s, m in found}


class TeacherRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def of_person(
        self, person_id: str | None, snils: str | None, *, lock: bool = False
    ) -> TeacherView:
        query = select(teachers)
        if lock:
            query = query.with_for_update()
        person = person_id if person_id and valid_uuids([person_id]) else None
        if person is not None:
            row = (await self._session.execute(query.where(teachers.c.person_id == person))).first()
            if row is not None:
                return rows.teacher_view_from_row(row._mapping)
        if not snils:
            raise NotFound(*TEACHER_NOT_FOUND)
        row = (
            await self._session.execute(
                query.where(teachers.c.snils == snils).order_by(teachers.c.updated_at.desc())
            )
        ).first()
        if row is None:
            raise NotFound(*TEACHER_NOT_FOUND)
        found = rows.teacher_view_from_row(row._mapping)
        if found.teacher.person_id is None and person is not None:
            await self._session.execute(
                update(teachers).where(teachers.c.id == row.id).values(person_id=person)
            )
            found.teacher.person_id = person
        return found

    async def get(self, teacher_id: str, *, lock: bool = False) -> TeacherView:
        if not valid_uuids([teacher_id]):
            raise NotFound("teacher_not_found", "Педагог не найден")
        query = select(teachers).where(teachers.c.id == teacher_id)
        row = (
            await self._session.execute(query.with_for_update() if lock else query)
        ).one_or_none()
        if row is None:
            raise NotFound("teacher_not_found", "Педагог не найден")
        return rows.teacher_view_from_row(row._mapping)

    async def record_training(self, teacher_id: str, document: CompletionDocument) -> None:
        """The document becomes the teacher's last training (no longer a missing field)."""
        missing: ColumnElement[Any] = teachers.c.missing_fields
        for field_name in ("last_training_on", "last_training_topic", "last_training_organisation"):
            missing = func.array_remove(missing, field_name)
        await self._session.execute(
            update(teachers)
            .where(teachers.c.id == teacher_id)
            .values(
                last_training_on=document.issued_on,
                last_training_year=document.issued_on.year,
                last_training_topic=document.programme,
                last_training_organisation=document.organisation,
                never_trained=False,
                missing_fields=missing,
                updated_at=func.now(),
            )
        )

"""Municipalities, schools and teachers in PostgreSQL, as the campaign use cases need them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Table, and_, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.errors import NotFound
from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters import rows
from pk_regional_svc.adapters.listing import counted_page
from pk_regional_svc.adapters.orm import municipalities, schools, teachers
from pk_regional_svc.adapters.visibility import scope_clause, uuid_texts, visible
from pk_regional_svc.domain.completion import CompletionDocument
from pk_regional_svc.domain.scope import ListScope, Place, Visibility
from pk_regional_svc.domain.structure import School, TeacherView, profile_fields

SCHOOL_NOT_FOUND = ("school_not_found", "Организация не найдена")
MUNICIPALITY_NOT_FOUND = ("municipality_not_found", "Муниципальное образование не найдено")
TEACHER_NOT_FOUND = (
    "teacher_not_found",
    "Вы не найдены в списках педагогов: обратитесь к оператору своей организации",
)


def _ids(values: Sequence[str]) -> list[str]:
    return uuid_texts(values)


async def _visible_by_ids(
    session: AsyncSession,
    table: Table,
    school_col: ColumnElement[Any],
    ids: Sequence[str],
    visibility: Visibility,
) -> Sequence[Row[Any]]:
    """The rows with these ids (by region, municipality and school) that the caller may see."""
    found = await session.execute(
        select(table).where(
            table.c.id.in_(_ids(ids)),
            visible(visibility, table.c.region_code, table.c.municipality_id, school_col),
        )
    )
    return found.all()


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

    async def schools_in_region(self, region_code: str) -> dict[str, School]:
        """The region's schools by code."""
        found = await self._session.execute(
            select(schools).where(schools.c.region_code == region_code)
        )
        return {r.code: rows.school(r._mapping) for r in found}

    async def add_schools(self, new: Sequence[School]) -> None:
        if new:
            await self._session.execute(insert(schools), [_school_values(s) for s in new])

    async def save_school(self, school: School) -> None:
        await self._session.execute(
            update(schools).where(schools.c.id == school.id).values(**_school_values(school))
        )

    async def schools_page(
        self, scope: ListScope, limit: int, offset: int
    ) -> tuple[list[School], int]:
        s = schools
        where = scope_clause(scope, s.c.region_code, s.c.municipality_id, s.c.id)
        found, total = await counted_page(
            self._session, select(s).where(where), (s.c.name, s.c.id), limit, offset
        )
        return [rows.school(r._mapping) for r in found], total

    async def visible_schools(self, ids: Sequence[str], visibility: Visibility) -> list[School]:
        found = await _visible_by_ids(self._session, schools, schools.c.id, ids, visibility)
        return [rows.school(r._mapping) for r in found]


def _school_values(school: School) -> dict[str, Any]:
    return {
        "id": school.id,
        "region_code": school.region_code,
        "municipality_id": school.municipality_id,
        "code": school.code,
        "name": school.name,
        "kind": school.kind.value,
    }


def _teacher_values(view: TeacherView) -> dict[str, Any]:
    t = view.teacher
    return {
        "school_id": t.school_id,
        "municipality_id": t.municipality_id,
        "family_name": t.family_name,
        "given_name": t.given_name,
        "middle_name": t.middle_name,
        **profile_fields(t.profile),
        "missing_fields": view.missing,
        "last_budget_number_year": t.last_budget_number_year,
    }


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

    async def by_snils(self, region_code: str, snils: Sequence[str]) -> dict[str, TeacherView]:
        found = await self._session.execute(
            select(teachers).where(
                teachers.c.region_code == region_code, teachers.c.snils.in_(list(snils))
            )
        )
        return {r.snils: rows.teacher_view_from_row(r._mapping) for r in found}

    async def add_many(self, new: Sequence[TeacherView]) -> None:
        """One bulk insert: every row carries every column."""
        if new:
            await self._session.execute(
                insert(teachers),
                [
                    {
                        "id": v.teacher.id,
                        "region_code": v.teacher.region_code,
                        "snils": v.teacher.snils,
                        **_teacher_values(v),
                    }
                    for v in new
                ],
            )

    async def save_imported(self, view: TeacherView) -> None:
        await self._session.execute(
            update(teachers)
            .where(teachers.c.id == view.teacher.id)
            .values(**_teacher_values(view), updated_at=func.now())
        )

    async def save_profile(self, view: TeacherView) -> TeacherView:
        t = view.teacher
        updated = (
            await self._session.execute(
                update(teachers)
                .where(teachers.c.id == t.id)
                .values(
                    **profile_fields(t.profile),
                    missing_fields=view.missing,
                    profile_filled_by=t.profile_filled_by,
                    updated_at=func.now(),
                )
                .returning(*teachers.c)
            )
        ).one()
        return rows.teacher_view_from_row(updated._mapping)

    async def page(
        self, scope: ListScope, incomplete_only: bool, limit: int, offset: int
    ) -> tuple[list[TeacherView], int]:
        t = teachers
        where = scope_clause(scope, t.c.region_code, t.c.municipality_id, t.c.school_id)
        if incomplete_only:
            where = and_(where, func.cardinality(t.c.missing_fields) > 0)
        found, total = await counted_page(
            self._session,
            select(t).where(where),
            (t.c.family_name, t.c.given_name, t.c.id),
            limit,
            offset,
        )
        return [rows.teacher_view_from_row(r._mapping) for r in found], total

    async def visible(self, ids: Sequence[str], visibility: Visibility) -> list[TeacherView]:
        found = await _visible_by_ids(
            self._session, teachers, teachers.c.school_id, ids, visibility
        )
        return [rows.teacher_view_from_row(r._mapping) for r in found]

"""Municipalities, schools and teachers: bulk import, lists, "Моя анкета"."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters import rows
from pk_regional_svc.adapters.orm import municipalities, schools, teachers
from pk_regional_svc.adapters.unit_of_work import PkRegionalUnitOfWork
from pk_regional_svc.adapters.visibility import visible
from pk_regional_svc.domain.events import MUNICIPALITY_REGISTERED, municipality_registered
from pk_regional_svc.domain.imports import Rejected, TeacherRow, parse_schools, parse_teachers
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind, parse_region_code
from pk_regional_svc.domain.structure import (
    School,
    TeacherProfile,
    TeacherView,
    missing_profile_fields,
)
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, READ, REGIONAL, Place
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token


@dataclass(frozen=True, slots=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    rejected: list[Rejected]


teacher_view = rows.teacher_view_from_row


async def create_municipality(
    deps: Deps, principal: Principal, region_code: str, name: str, kind: MunicipalityKind
) -> tuple[Municipality, bool]:
    region = parse_region_code(region_code)
    await deps.authz.require(principal, REGIONAL, Place(region))
    name = bounded(name, "municipality_name")
    if len(name) < 2:
        raise InvalidArgument("invalid_name", "Укажите наименование муниципального образования")
    async with deps.uow() as uow:
        new_id = str(uuid.uuid4())
        inserted = await uow.session.scalar(
            pg_insert(municipalities)
            .values(id=new_id, region_code=region, name=name, kind=kind.value)
            .on_conflict_do_nothing()
            .returning(municipalities.c.id)
        )
        row = (
            await uow.session.execute(
                select(municipalities).where(
                    municipalities.c.region_code == region, municipalities.c.name == name
                )
            )
        ).one()
        found = Municipality(str(row.id), row.region_code, row.name, MunicipalityKind(row.kind))
        if inserted is not None:
            await uow.emit(MUNICIPALITY_REGISTERED, municipality_registered(found))
            await audit.record(
                uow,
                principal,
                "create_municipality",
                "municipality",
                found.id,
                Place(region, found.id),
                None,
                {"name": name, "kind": kind.value},
            )
        await uow.commit()
    return found, inserted is not None


async def import_schools(
    deps: Deps, principal: Principal, region_code: str, content: bytes
) -> ImportReport:
    region = parse_region_code(region_code)
    await deps.authz.require(principal, REGIONAL, Place(region))
    accepted, rejected = parse_schools(content)
    created = updated = unchanged = 0
    async with deps.uow() as uow:
        by_name = {
            r.name.casefold(): str(r.id)
            for r in await uow.session.execute(
                select(municipalities.c.id, municipalities.c.name).where(
                    municipalities.c.region_code == region
                )
            )
        }
        existing = {
            r.code: r
            for r in await uow.session.execute(
                select(schools).where(schools.c.region_code == region)
            )
        }
        new_rows: list[dict[str, Any]] = []
        for item in accepted:
            municipality_id = by_name.get(item.municipality.casefold())
            if municipality_id is None:
                rejected.append(
                    Rejected(
                        item.row,
                        "unknown_municipality",
                        f"Муниципальное образование «{item.municipality}» не найдено в регионе",
                    )
                )
                continue
            values = {
                "municipality_id": municipality_id,
                "name": item.name,
                "kind": item.kind.value,
            }
            old = existing.get(item.code)
            if old is None:
                new_rows.append(
                    {"id": str(uuid.uuid4()), "region_code": region, "code": item.code, **values}
                )
                created += 1
            elif (str(old.municipality_id), old.name, old.kind) == tuple(values.values()):
                unchanged += 1
            else:
                await uow.session.execute(
                    update(schools).where(schools.c.id == old.id).values(**values)
                )
                updated += 1
        if new_rows:
            await uow.session.execute(insert(schools), new_rows)
        report = ImportReport(created, updated, unchanged, sorted(rejected, key=lambda r: r.row))
        await _audit_import(uow, principal, "import_schools", region, report)
        await uow.commit()
    return report


_IMPORTED_PROFILE = (
    "position",
    "subjects",
    "qualification_category",
    "last_training_on",
    "last_training_year",
    "last_training_topic",
    "last_training_organisation",
    "last_retraining_on",
    "last_retraining_year",
    "birth_year",
    "teaching_since_year",
    "graduation_year",
)


# CSV column → the profile fields a "-" in it clears.
CLEARABLE_PROFILE: dict[str, tuple[str, ...]] = {
    "position": ("position",),
    "subjects": ("subjects",),
    "qualification_category": ("qualification_category",),
    "last_training": ("last_training_on", "last_training_year"),
    "last_training_topic": ("last_training_topic",),
    "last_training_organisation": ("last_training_organisation",),
    "last_retraining": ("last_retraining_on", "last_retraining_year"),
    "birth_year": ("birth_year",),
    "teaching_since_year": ("teaching_since_year",),
    "graduation_year": ("graduation_year",),
}


def _kept(value: Any, column: str, item: TeacherRow, old: Any, empty: Any) -> Any:
    """An imported value, or (empty cell / missing column) the stored one; `-` clears it."""
    if column in item.cleared:
        return empty
    if value not in (None, ""):
        return value
    return old[column] if old is not None else empty


async def import_teachers(
    deps: Deps, principal: Principal, region_code: str, content: bytes
) -> ImportReport:
    """Natural key: the region and the SNILS. Empty cells and missing columns keep what is known
    (the teacher may have filled it in "Моя анкета"); a cell holding only `-` clears the value;
    a teacher moved to another school in the file moves."""
    region = parse_region_code(region_code)
    await deps.authz.require(principal, REGIONAL, Place(region))
    accepted, rejected = parse_teachers(content)
    year = deps.clock.now().year
    created = updated = unchanged = 0
    async with deps.uow() as uow:
        school_of = {
            r.code: (str(r.id), str(r.municipality_id))
            for r in await uow.session.execute(
                select(schools.c.id, schools.c.code, schools.c.municipality_id).where(
                    schools.c.region_code == region
                )
            )
        }
        existing = {
            r.snils: r
            for r in await uow.session.execute(
                select(teachers).where(
                    teachers.c.region_code == region,
                    teachers.c.snils.in_([a.snils for a in accepted]),
                )
            )
        }
        new_rows: list[dict[str, Any]] = []
        for item in accepted:
            place = school_of.get(item.school_code)
            if place is None:
                rejected.append(
                    Rejected(
                        item.row,
                        "unknown_school",
                        f"Организация с кодом {item.school_code} не найдена в регионе",
                    )
                )
                continue
            old = existing.get(item.snils)
            base = rows.profile(old._mapping) if old is not None else TeacherProfile()
            changes = {
                name: getattr(item, name)
                for name in _IMPORTED_PROFILE
                if getattr(item, name) not in (None, "", ())
            }
            cleared = {
                name: getattr(TeacherProfile(), name)
                for column in item.cleared
                for name in CLEARABLE_PROFILE.get(column, ())
            }
            merged = replace(base, **changes, **cleared)
            if "last_training_year" in changes and "last_training_on" not in changes:
                merged = replace(merged, last_training_on=None, never_trained=False)
            if "last_training_year" in changes:
                merged = replace(merged, never_trained=False)
            values: dict[str, Any] = {
                "school_id": place[0],
                "municipality_id": place[1],
                "family_name": item.family_name,
                "given_name": item.given_name,
                "middle_name": _kept(
                    item.middle_name, "middle_name", item, old._mapping if old else None, ""
                ),
                **rows.profile_values(merged),
                "missing_fields": missing_profile_fields(merged, year),
                # Every row carries every column: one bulk insert of rows of equal shape.
                "last_budget_number_year": _kept(
                    item.last_budget_number_year,
                    "last_budget_number_year",
                    item,
                    old._mapping if old else None,
                    None,
                ),
            }
            if old is None:
                new_rows.append(
                    {"id": str(uuid.uuid4()), "region_code": region, "snils": item.snils, **values}
                )
                created += 1
                continue
            current = {k: old._mapping[k] for k in values}
            current["school_id"] = str(current["school_id"])
            current["municipality_id"] = str(current["municipality_id"])
            if current == values:
                unchanged += 1
                continue
            await uow.session.execute(
                update(teachers)
                .where(teachers.c.id == old.id)
                .values(**values, updated_at=func.now())
            )
            updated += 1
        if new_rows:
            await uow.session.execute(insert(teachers), new_rows)
        report = ImportReport(created, updated, unchanged, sorted(rejected, key=lambda r: r.row))
        await _audit_import(uow, principal, "import_teachers", region, report)
        await uow.commit()
    return report


async def school_place(uow: UnitOfWork, school_id: str) -> Place:
    if not valid_uuids([school_id]):
        raise NotFound("school_not_found", "Организация не найдена")
    row = (
        await uow.session.execute(
            select(schools.c.region_code, schools.c.municipality_id).where(
                schools.c.id == school_id
            )
        )
    ).one_or_none()
    if row is None:
        raise NotFound("school_not_found", "Организация не найдена")
    return Place(row.region_code, str(row.municipality_id), school_id)


async def municipality_place(uow: UnitOfWork, municipality_id: str) -> Place:
    if not valid_uuids([municipality_id]):
        raise NotFound("municipality_not_found", "Муниципальное образование не найдено")
    region = await uow.session.scalar(
        select(municipalities.c.region_code).where(municipalities.c.id == municipality_id)
    )
    if region is None:
        raise NotFound("municipality_not_found", "Муниципальное образование не найдено")
    return Place(region, municipality_id)


async def scoped_filter(
    deps: Deps,
    uow: UnitOfWork,
    principal: Principal,
    *,
    region_col: ColumnElement[str],
    municipality_col: ColumnElement[str],
    school_col: ColumnElement[str] | None,
    region_code: str = "",
    municipality_id: str = "",
    school_id: str = "",
    roles: Sequence[Any] = READ,
) -> ColumnElement[bool]:
    """The WHERE clause of a list: what the caller asked for (unknown ids: not found), always
    narrowed to what they may see; a filter outside the caller's scope gives an empty list."""
    conditions: list[ColumnElement[bool]] = []
    if school_id:
        await school_place(uow, school_id)
        if school_col is None:
            raise InvalidArgument("invalid_filter", "Фильтр по организации здесь не применяется")
        conditions.append(school_col == school_id)
    if municipality_id:
        await municipality_place(uow, municipality_id)
        conditions.append(municipality_col == municipality_id)
    if region_code:
        conditions.append(region_col == parse_region_code(region_code))
    # Filters narrow what the caller may see; they never widen it nor get refused for it.
    visibility = await deps.authz.visibility(principal, roles)
    conditions.append(visible(visibility, region_col, municipality_col, school_col))
    return and_(*conditions)


async def list_schools(
    deps: Deps,
    principal: Principal,
    region_code: str,
    municipality_id: str,
    page_size: int,
    page_token: str,
) -> PageOf[School]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=schools.c.region_code,
            municipality_col=schools.c.municipality_id,
            school_col=schools.c.id,
            region_code=region_code,
            municipality_id=municipality_id,
        )
        total = await uow.session.scalar(select(func.count()).select_from(schools).where(where))
        found = await uow.session.execute(
            select(schools)
            .where(where)
            .order_by(schools.c.name, schools.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [rows.school(r._mapping) for r in found]
    return PageOf(items, next_token(limit, offset, total or 0), total or 0)


async def batch_get_schools(deps: Deps, principal: Principal, ids: Sequence[str]) -> list[School]:
    wanted = [str(u) for u in valid_uuids(ids)]
    async with deps.uow() as uow:
        visibility = await deps.authz.visibility(principal)
        found = await uow.session.execute(
            select(schools).where(
                schools.c.id.in_(wanted),
                visible(visibility, schools.c.region_code, schools.c.municipality_id, schools.c.id),
            )
        )
        return [rows.school(r._mapping) for r in found]


async def list_teachers(
    deps: Deps,
    principal: Principal,
    region_code: str,
    municipality_id: str,
    school_id: str,
    incomplete_only: bool,
    page_size: int,
    page_token: str,
) -> PageOf[TeacherView]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=teachers.c.region_code,
            municipality_col=teachers.c.municipality_id,
            school_col=teachers.c.school_id,
            region_code=region_code,
            municipality_id=municipality_id,
            school_id=school_id,
        )
        if incomplete_only:
            where = and_(where, func.cardinality(teachers.c.missing_fields) > 0)
        total = await uow.session.scalar(select(func.count()).select_from(teachers).where(where))
        found = await uow.session.execute(
            select(teachers)
            .where(where)
            .order_by(teachers.c.family_name, teachers.c.given_name, teachers.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [teacher_view(r._mapping) for r in found]
    return PageOf(items, next_token(limit, offset, total or 0), total or 0)


async def batch_get_teachers(
    deps: Deps, principal: Principal, ids: Sequence[str]
) -> list[TeacherView]:
    wanted = [str(u) for u in valid_uuids(ids)]
    async with deps.uow() as uow:
        visibility = await deps.authz.visibility(principal)
        found = await uow.session.execute(
            select(teachers).where(
                teachers.c.id.in_(wanted),
                visible(
                    visibility,
                    teachers.c.region_code,
                    teachers.c.municipality_id,
                    teachers.c.school_id,
                ),
            )
        )
        return [teacher_view(r._mapping) for r in found]


TEACHER_NOT_FOUND = NotFound(
    "teacher_not_found",
    "Вы не найдены в списках педагогов: обратитесь к оператору своей организации",
)


async def my_teacher_row(uow: UnitOfWork, principal: Principal, *, lock: bool = False) -> Any:
    """The calling teacher's row: by person id, else by SNILS (and then linked to the person)."""
    query = select(teachers)
    if lock:
        query = query.with_for_update()
    if principal.person_id and valid_uuids([principal.person_id]):
        row = (
            await uow.session.execute(query.where(teachers.c.person_id == principal.person_id))
        ).first()
        if row is not None:
            return row._mapping
    if not principal.snils:
        raise TEACHER_NOT_FOUND
    row = (
        await uow.session.execute(
            query.where(teachers.c.snils == principal.snils).order_by(teachers.c.updated_at.desc())
        )
    ).first()
    if row is None:
        raise TEACHER_NOT_FOUND
    if row.person_id is None and principal.person_id and valid_uuids([principal.person_id]):
        await uow.session.execute(
            update(teachers).where(teachers.c.id == row.id).values(person_id=principal.person_id)
        )
        return {**row._mapping, "person_id": principal.person_id}
    return row._mapping


async def get_my_profile(deps: Deps, principal: Principal) -> TeacherView:
    async with deps.uow() as uow:
        row = await my_teacher_row(uow, principal)
        await uow.commit()  # keeps the person link made on the first visit
    return teacher_view(row)


async def teacher_for(
    deps: Deps, uow: UnitOfWork, principal: Principal, teacher_id: str, *, lock: bool = False
) -> tuple[Any, str]:
    """The teacher a profile or questionnaire is filled for, and who fills it on their behalf:
    the caller's own row and "" without `teacher_id`; otherwise that teacher's row, for an
    operator of the teacher's school (or municipality, region), and the operator's person id."""
    if not teacher_id:
        return await my_teacher_row(uow, principal, lock=lock), ""
    if not valid_uuids([teacher_id]):
        raise NotFound("teacher_not_found", "Педагог не найден")
    query = select(teachers).where(teachers.c.id == teacher_id)
    row = (await uow.session.execute(query.with_for_update() if lock else query)).one_or_none()
    if row is None:
        raise NotFound("teacher_not_found", "Педагог не найден")
    teacher = row._mapping
    await deps.authz.require(
        principal,
        OPERATE,
        Place(teacher["region_code"], str(teacher["municipality_id"]), str(teacher["school_id"])),
    )
    return teacher, principal.person_id or principal.subject


async def update_my_profile(
    deps: Deps, principal: Principal, profile: TeacherProfile, teacher_id: str = ""
) -> TeacherView:
    """The calling teacher's profile, or (teacher_id) an operator's filling on their behalf."""
    missing = missing_profile_fields(profile, deps.clock.now().year)
    async with deps.uow() as uow:
        row, filled_by = await teacher_for(deps, uow, principal, teacher_id, lock=True)
        values = {
            **rows.profile_values(profile),
            "missing_fields": missing,
            "profile_filled_by": filled_by,
        }
        updated = (
            await uow.session.execute(
                update(teachers)
                .where(teachers.c.id == row["id"])
                .values(**values, updated_at=func.now())
                .returning(*teachers.c)
            )
        ).one()
        if filled_by:
            await audit.record(
                uow,
                principal,
                "fill_profile_for_teacher",
                "teacher",
                str(row["id"]),
                Place(row["region_code"], str(row["municipality_id"]), str(row["school_id"])),
                *_changed(rows.profile_values(rows.profile(row)), rows.profile_values(profile)),
            )
        await uow.commit()
    return teacher_view(updated._mapping)


def _changed(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changed fields only, as JSON-friendly text (dates as ISO strings)."""
    keys = [k for k in after if before.get(k) != after[k]]

    def text(value: Any) -> Any:
        return value if isinstance(value, (str, int, bool, list)) or value is None else str(value)

    return {k: text(before.get(k)) for k in keys}, {k: text(after[k]) for k in keys}


async def _audit_import(
    uow: PkRegionalUnitOfWork, principal: Principal, action: str, region: str, report: ImportReport
) -> None:
    counts = {
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected": len(report.rejected),
    }
    await audit.record(uow, principal, action, "region", region, Place(region), None, counts)

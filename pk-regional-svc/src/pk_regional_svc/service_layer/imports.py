"""Bulk import of a region's schools and teachers (CSV): rejected rows are reported with their
line, the others imported; importing the same file again changes nothing."""

from __future__ import annotations

import uuid
from dataclasses import replace

from cpd_platform.clock import Clock
from cpd_platform.principal import Principal
from pk_regional_svc.domain.imports import Rejected, parse_schools, parse_teachers
from pk_regional_svc.domain.municipality import parse_region_code
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.domain.structure import School, TeacherView
from pk_regional_svc.domain.teacher_import import ImportReport, merged_teacher
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import REGIONAL
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


def _report(created: int, updated: int, unchanged: int, rejected: list[Rejected]) -> ImportReport:
    return ImportReport(created, updated, unchanged, sorted(rejected, key=lambda r: r.row))


async def _audit_import(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    action: str,
    region: str,
    report: ImportReport,
) -> None:
    counts = {
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected": len(report.rejected),
    }
    await audit.record(uow, principal, action, "region", region, Place(region), None, counts)


async def import_schools(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    content: bytes,
    *,
    authz: Authorizer,
) -> ImportReport:
    """Natural key: the region and the school's code."""
    region = parse_region_code(region_code)
    await authz.require(principal, REGIONAL, Place(region))
    accepted, rejected = parse_schools(content)
    created: list[School] = []
    updated = unchanged = 0
    async with uow:
        by_name = {m.name.casefold(): m.id for m in await uow.municipalities.in_region(region)}
        existing = await uow.structure.schools_in_region(region)
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
            old = existing.get(item.code)
            if old is None:
                created.append(
                    School(
                        str(uuid.uuid4()), municipality_id, region, item.code, item.name, item.kind
                    )
                )
            elif (old.municipality_id, old.name, old.kind) == (
                municipality_id,
                item.name,
                item.kind,
            ):
                unchanged += 1
            else:
                await uow.structure.save_school(
                    replace(old, municipality_id=municipality_id, name=item.name, kind=item.kind)
                )
                updated += 1
        await uow.structure.add_schools(created)
        report = _report(len(created), updated, unchanged, rejected)
        await _audit_import(uow, principal, "import_schools", region, report)
        await uow.commit()
    return report


async def import_teachers(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    content: bytes,
    *,
    authz: Authorizer,
    clock: Clock,
) -> ImportReport:
    """Natural key: the region and the SNILS (domain.teacher_import: how a row merges)."""
    region = parse_region_code(region_code)
    await authz.require(principal, REGIONAL, Place(region))
    accepted, rejected = parse_teachers(content)
    year = clock.now().year
    created: list[TeacherView] = []
    updated = unchanged = 0
    async with uow:
        schools = await uow.structure.schools_in_region(region)
        existing = await uow.teachers.by_snils(region, [a.snils for a in accepted])
        for item in accepted:
            school = schools.get(item.school_code)
            if school is None:
                rejected.append(
                    Rejected(
                        item.row,
                        "unknown_school",
                        f"Организация с кодом {item.school_code} не найдена в регионе",
                    )
                )
                continue
            old = existing.get(item.snils)
            new = merged_teacher(
                item,
                old,
                teacher_id=str(uuid.uuid4()),
                region_code=region,
                school_id=school.id,
                municipality_id=school.municipality_id,
                current_year=year,
            )
            if old is None:
                created.append(new)
            elif new == old:
                unchanged += 1
            else:
                await uow.teachers.save_imported(new)
                updated += 1
        await uow.teachers.add_many(created)
        report = _report(len(created), updated, unchanged, rejected)
        await _audit_import(uow, principal, "import_teachers", region, report)
        await uow.commit()
    return report

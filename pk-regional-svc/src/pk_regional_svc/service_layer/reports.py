"""Exports of the operators' lists to CSV (UTF-8 with BOM, ";" for Excel) and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from openpyxl import Workbook

from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Principal
from cpd_platform.snils import format_snils
from pk_regional_svc.domain.numbers import NumberFilter
from pk_regional_svc.service_layer import (
    allocation,
    applications,
    candidates,
    completions,
    numbers,
    structure,
)
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf

MAX_ROWS = 200_000
PAGE = 500


class ReportKind(StrEnum):
    NUMBERS = "numbers"
    TEACHERS = "teachers"
    CANDIDATES = "candidates"
    APPLICATIONS = "applications"
    COMPLETIONS = "completions"
    ALLOCATION = "allocation"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class Export:
    content: bytes
    filename: str
    content_type: str
    rows: int


async def _all(fetch: Callable[[str], Awaitable[PageOf[Any]]]) -> list[Any]:
    items: list[Any] = []
    token = ""
    while True:
        page = await fetch(token)
        items.extend(page.items)
        token = page.next_page_token
        if not token or len(items) >= MAX_ROWS:
            return items[:MAX_ROWS]


def _text(value: object) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Names:
    """Schools' codes and names and municipalities' names, for people rather than ids."""

    schools: dict[str, tuple[str, str]]
    municipalities: dict[str, str]

    def school_code(self, school_id: str) -> str:
        return self.schools.get(school_id, ("", ""))[0]

    def school_name(self, school_id: str) -> str:
        return self.schools.get(school_id, ("", ""))[1]

    def school(self, school_id: str) -> str:
        code, name = self.schools.get(school_id, ("", ""))
        return f"{name} ({code})" if code else ""

    def municipality(self, municipality_id: str) -> str:
        return self.municipalities.get(municipality_id, "")


async def _names(deps: Deps, school_ids: set[str], municipality_ids: set[str]) -> Names:
    """Names of the places of rows the caller was already allowed to list."""
    async with deps.uow() as uow:
        schools, municipalities = await uow.structure.names(
            sorted(school_ids), sorted(municipality_ids)
        )
    return Names(schools, municipalities)


async def _table(
    deps: Deps, principal: Principal, kind: ReportKind, f: NumberFilter
) -> tuple[list[str], list[list[str]]]:
    if kind is ReportKind.NUMBERS:
        items = await _all(
            lambda t: numbers.list_numbers(deps.uow(), principal, f, PAGE, t, authz=deps.authz)
        )
        names = await _names(deps, {h.school_id for h in items}, {h.municipality_id for h in items})
        return (
            [
                "Уникальный номер",
                "Год",
                "Организация",
                "Муниципалитет",
                "Педагог",
                "Статус",
                "Причина отказа",
                "Комментарий",
                "Изменён",
            ],
            [
                [
                    h.number_code,
                    _text(h.year),
                    names.school(h.school_id),
                    names.municipality(h.municipality_id),
                    h.teacher_name,
                    h.status.text,
                    h.refusal_reason.text if h.refusal_reason else "",
                    h.refusal_note,
                    h.updated_at.isoformat() if h.updated_at else "",
                ]
                for h in items
            ],
        )
    if kind is ReportKind.TEACHERS:
        items = await _all(
            lambda t: structure.list_teachers(
                deps.uow(),
                principal,
                f.region_code,
                f.municipality_id,
                f.school_id,
                False,
                PAGE,
                t,
                authz=deps.authz,
            )
        )
        names = await _names(
            deps,
            {v.teacher.school_id for v in items},
            {v.teacher.municipality_id for v in items},
        )
        return (
            [
                "СНИЛС",
                "ФИО",
                "Код организации",
                "Организация",
                "Муниципалитет",
                "Должность",
                "Предметы",
                "Категория",
                "Последнее ПК (год)",
                "Анкета заполнена",
                "Не заполнено",
            ],
            [
                [
                    format_snils(v.teacher.snils),
                    v.teacher.full_name,
                    names.school_code(v.teacher.school_id),
                    names.school_name(v.teacher.school_id),
                    names.municipality(v.teacher.municipality_id),
                    v.teacher.profile.position,
                    ", ".join(v.teacher.profile.subjects),
                    v.teacher.profile.qualification_category,
                    _text(v.teacher.profile.training_year()),
                    "да" if not v.missing else "нет",
                    ", ".join(v.missing),
                ]
                for v in items
            ],
        )
    if kind in (ReportKind.CANDIDATES, ReportKind.ALLOCATION) and not f.campaign_id:
        raise InvalidArgument("campaign_required", "Для этого отчёта укажите кампанию")
    if kind is ReportKind.CANDIDATES:
        items = await _all(
            lambda t: candidates.list_candidates(
                deps.uow(),
                principal,
                f.campaign_id,
                f.municipality_id,
                f.school_id,
                None,
                PAGE,
                t,
                authz=deps.authz,
            )
        )
        names = await _names(deps, {c.teacher.teacher.school_id for c in items}, set())
        return (
            ["СНИЛС", "ФИО", "Организация", "Лет после ПК", "Решение", "Бюджетный УН за 3 года"],
            [
                [
                    format_snils(c.teacher.teacher.snils),
                    c.teacher.teacher.full_name,
                    names.school(c.teacher.teacher.school_id),
                    "никогда" if c.years_since_training is None else str(c.years_since_training),
                    c.decision.value,
                    "да" if c.recent_budget_number else "нет",
                ]
                for c in items
            ],
        )
    if kind is ReportKind.ALLOCATION:

        async def fetch(t: str) -> PageOf[Any]:
            page, _ = await allocation.allocation_report(
                deps.uow(),
                principal,
                f.campaign_id,
                f.municipality_id,
                f.school_id,
                False,
                PAGE,
                t,
                authz=deps.authz,
            )
            return page

        items = await _all(fetch)
        names = await _names(deps, {o.school_id for o in items}, {o.municipality_id for o in items})
        return (
            ["Место", "ФИО", "Организация", "Муниципалитет", "Результат", "Уникальный номер"],
            [
                [
                    str(o.rank),
                    o.teacher_name,
                    names.school(o.school_id),
                    names.municipality(o.municipality_id),
                    o.reason.text,
                    o.number_code,
                ]
                for o in items
            ],
        )
    if kind is ReportKind.APPLICATIONS:
        items = await _all(
            lambda t: applications.list_applications(
                deps.uow(), principal, f, PAGE, t, authz=deps.authz
            )
        )
        return (
            [
                "ФИО",
                "Уникальный номер",
                "Статус",
                "Паспорт",
                "Телефон",
                "Должность",
                "Предмет",
                "Категория",
                "Курс",
                "Группы",
                "Часы",
                "Подано",
            ],
            [
                [
                    a.teacher_name,
                    a.number_code,
                    a.status.value,
                    a.passport_masked,
                    a.phone,
                    a.position,
                    a.subject,
                    a.qualification_category,
                    a.course_id,
                    " ".join(a.group_ids),
                    str(a.total_hours),
                    a.submitted_at.isoformat() if a.submitted_at else "",
                ]
                for a in items
            ],
        )
    items = await _all(
        lambda t: completions.list_completions(deps.uow(), principal, f, PAGE, t, authz=deps.authz)
    )
    names = await _names(deps, {c.school_id for c in items}, set())
    return (
        [
            "ФИО",
            "Организация",
            "Вид документа",
            "Серия",
            "Номер",
            "Дата",
            "Часы",
            "Организация обучения",
            "Программа",
            "Уникальный номер",
        ],
        [
            [
                c.teacher_name,
                names.school(c.school_id),
                c.document_type,
                c.series,
                c.number,
                c.issued_on.isoformat(),
                str(c.hours),
                c.organisation,
                c.programme,
                c.number_code,
            ]
            for c in items
        ],
    )


def _csv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def _xlsx(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def export(
    deps: Deps, principal: Principal, kind: ReportKind, fmt: ExportFormat, f: NumberFilter
) -> Export:
    header, rows = await _table(deps, principal, kind, f)
    if fmt is ExportFormat.XLSX:
        return Export(
            _xlsx(kind.value, header, rows),
            f"{kind.value}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            len(rows),
        )
    return Export(_csv(header, rows), f"{kind.value}.csv", "text/csv; charset=utf-8", len(rows))

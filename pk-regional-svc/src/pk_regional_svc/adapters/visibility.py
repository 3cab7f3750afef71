"""A caller's visibility and a list's filters as the WHERE clause of a list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, true

from cpd_platform.ids import valid_uuids
from pk_regional_svc.domain.numbers import NumberFilter
from pk_regional_svc.domain.scope import ListScope, Visibility


def uuid_texts(values: Iterable[str]) -> list[str]:
    """The values that are UUIDs, as text; the others cannot name anything."""
    return [str(u) for u in valid_uuids(values)]


def visible(
    visibility: Visibility,
    region_col: ColumnElement[str],
    municipality_col: ColumnElement[str],
    school_col: ColumnElement[str] | None,
) -> ColumnElement[bool]:
    if visibility.everything:
        return true()
    parts: list[ColumnElement[bool]] = []
    if visibility.regions:
        parts.append(region_col.in_(sorted(visibility.regions)))
    if visibility.municipalities:
        parts.append(municipality_col.in_(sorted(visibility.municipalities)))
    if visibility.schools and school_col is not None:
        parts.append(school_col.in_(sorted(visibility.schools)))
    return or_(*parts) if parts else false()


def scope_clause(
    scope: ListScope,
    region_col: ColumnElement[str],
    municipality_col: ColumnElement[str],
    school_col: ColumnElement[str],
) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if scope.school_id:
        conditions.append(school_col == scope.school_id)
    if scope.municipality_id:
        conditions.append(municipality_col == scope.municipality_id)
    if scope.region_code:
        conditions.append(region_col == scope.region_code)
    conditions.append(visible(scope.visibility, region_col, municipality_col, school_col))
    return and_(*conditions)


def number_filter(
    f: NumberFilter,
    *,
    campaign_col: ColumnElement[Any],
    year: ColumnElement[Any],
    status_col: ColumnElement[Any] | None,
    teacher_col: ColumnElement[Any],
    person_col: ColumnElement[Any],
) -> list[ColumnElement[bool]]:
    """The filter's conditions (its place is the scope's); a list without a status has none."""
    conditions: list[ColumnElement[bool]] = []
    if f.campaign_id:
        conditions.append(campaign_col.in_(uuid_texts([f.campaign_id])))
    if f.year:
        conditions.append(year == f.year)
    if f.status is not None and status_col is not None:
        conditions.append(status_col == f.status.value)
    if f.teacher_id:
        people = uuid_texts([f.teacher_id])
        conditions.append(teacher_col.in_(people) | person_col.in_(people))
    return conditions

"""A caller's visibility and a list's filters as the WHERE clause of a list."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, true

from pk_regional_svc.domain.scope import ListScope, Visibility


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

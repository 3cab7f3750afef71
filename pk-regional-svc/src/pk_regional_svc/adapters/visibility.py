"""A caller's visibility as the WHERE clause of a list."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true

from pk_regional_svc.domain.scope import Visibility


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

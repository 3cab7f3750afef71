"""How a teacher row of a CSV import merges with what is already known of the teacher.

Empty cells and missing columns keep what is known (the teacher may have filled it in
"Моя анкета"); a cell holding only `-` clears the value; a teacher moved to another school in
the file moves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pk_regional_svc.domain.imports import Rejected, TeacherRow
from pk_regional_svc.domain.structure import (
    Teacher,
    TeacherProfile,
    TeacherView,
    missing_profile_fields,
    stored_profile,
)

IMPORTED_PROFILE = (
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


@dataclass(frozen=True, slots=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    rejected: list[Rejected]


def _kept(value: Any, column: str, item: TeacherRow, old: Teacher | None, empty: Any) -> Any:
    """An imported value, or (empty cell / missing column) the stored one; `-` clears it."""
    if column in item.cleared:
        return empty
    if value not in (None, ""):
        return value
    return getattr(old, column) if old is not None else empty


def merged_teacher(
    item: TeacherRow,
    old: TeacherView | None,
    *,
    teacher_id: str,
    region_code: str,
    school_id: str,
    municipality_id: str,
    current_year: int,
) -> TeacherView:
    """The teacher as the row leaves them (`teacher_id` and `region_code` for a new one)."""
    known = old.teacher if old is not None else None
    base = known.profile if known is not None else TeacherProfile()
    changes = {
        name: getattr(item, name)
        for name in IMPORTED_PROFILE
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
    merged = stored_profile(merged)
    teacher = Teacher(
        id=known.id if known is not None else teacher_id,
        school_id=school_id,
        municipality_id=municipality_id,
        region_code=known.region_code if known is not None else region_code,
        snils=item.snils,
        family_name=item.family_name,
        given_name=item.given_name,
        middle_name=_kept(item.middle_name, "middle_name", item, known, ""),
        person_id=known.person_id if known is not None else None,
        profile=merged,
        last_budget_number_year=_kept(
            item.last_budget_number_year, "last_budget_number_year", item, known, None
        ),
        profile_filled_by=known.profile_filled_by if known is not None else "",
    )
    return TeacherView(teacher, missing_profile_fields(merged, current_year))

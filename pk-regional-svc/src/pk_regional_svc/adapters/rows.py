"""Rows of the service's tables as domain objects, and back."""

from __future__ import annotations

from typing import Any

from pk_regional_svc.domain.structure import (
    School,
    SchoolKind,
    Teacher,
    TeacherProfile,
    TeacherView,
)


def school(row: Any) -> School:
    return School(
        id=str(row["id"]),
        municipality_id=str(row["municipality_id"]),
        region_code=row["region_code"],
        code=row["code"],
        name=row["name"],
        kind=SchoolKind(row["kind"]),
    )


def profile(row: Any) -> TeacherProfile:
    return TeacherProfile(
        birth_year=row["birth_year"],
        position=row["position"],
        subjects=tuple(row["subjects"] or ()),
        qualification_category=row["qualification_category"],
        last_training_on=row["last_training_on"],
        last_training_year=row["last_training_year"],
        last_training_topic=row["last_training_topic"],
        last_training_organisation=row["last_training_organisation"],
        never_trained=row["never_trained"],
        last_retraining_on=row["last_retraining_on"],
        last_retraining_year=row["last_retraining_year"],
        last_retraining_topic=row["last_retraining_topic"],
        no_retraining=row["no_retraining"],
        teaching_since_year=row["teaching_since_year"],
        graduation_year=row["graduation_year"],
        phone=row["phone"],
    )


def teacher(row: Any) -> Teacher:
    return Teacher(
        id=str(row["id"]),
        school_id=str(row["school_id"]),
        municipality_id=str(row["municipality_id"]),
        region_code=row["region_code"],
        snils=row["snils"],
        family_name=row["family_name"],
        given_name=row["given_name"],
        middle_name=row["middle_name"],
        person_id=str(row["person_id"]) if row["person_id"] else None,
        profile=profile(row),
        last_budget_number_year=row["last_budget_number_year"],
        profile_filled_by=row.get("profile_filled_by") or "",
    )


def teacher_view_from_row(row: Any) -> TeacherView:
    return TeacherView(teacher(row), list(row["missing_fields"] or ()))

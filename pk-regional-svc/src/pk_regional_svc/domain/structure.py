"""Schools and teachers of a region, and the mandatory fields of "Моя анкета"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from pk_regional_svc.domain.rules import CURRENT_RULES, RegionalRules


class SchoolKind(StrEnum):
    PRESCHOOL = "preschool"
    GENERAL = "general"
    ADDITIONAL = "additional"
    VOCATIONAL = "vocational"


SCHOOL_KIND_WORDS: dict[str, SchoolKind] = {
    "preschool": SchoolKind.PRESCHOOL,
    "дошкольная": SchoolKind.PRESCHOOL,
    "доо": SchoolKind.PRESCHOOL,
    "general": SchoolKind.GENERAL,
    "общеобразовательная": SchoolKind.GENERAL,
    "оо": SchoolKind.GENERAL,
    "additional": SchoolKind.ADDITIONAL,
    "дополнительного образования": SchoolKind.ADDITIONAL,
    "одо": SchoolKind.ADDITIONAL,
    "vocational": SchoolKind.VOCATIONAL,
    "профессиональная": SchoolKind.VOCATIONAL,
    "поо": SchoolKind.VOCATIONAL,
}


@dataclass(frozen=True, slots=True)
class School:
    id: str
    municipality_id: str
    region_code: str
    code: str
    name: str
    kind: SchoolKind


@dataclass(slots=True)
class TeacherProfile:
    birth_year: int | None = None
    position: str = ""
    subjects: tuple[str, ...] = ()
    qualification_category: str = ""
    last_training_on: date | None = None
    last_training_year: int | None = None
    last_training_topic: str = ""
    last_training_organisation: str = ""
    never_trained: bool = False
    last_retraining_on: date | None = None
    last_retraining_year: int | None = None
    last_retraining_topic: str = ""
    no_retraining: bool = False
    teaching_since_year: int | None = None
    graduation_year: int | None = None
    phone: str = ""

    def training_year(self) -> int | None:
        """The year of the last training (None: never, or unknown)."""
        if self.never_trained:
            return None
        if self.last_training_on is not None:
            return self.last_training_on.year
        return self.last_training_year


@dataclass(slots=True)
class Teacher:
    id: str
    school_id: str
    municipality_id: str
    region_code: str
    snils: str
    family_name: str
    given_name: str
    middle_name: str = ""
    person_id: str | None = None
    profile: TeacherProfile = field(default_factory=TeacherProfile)
    last_budget_number_year: int | None = None
    # Person id of the operator who last filled the profile on the teacher's behalf.
    profile_filled_by: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.given_name, self.middle_name) if p)


@dataclass(frozen=True, slots=True)
class TeacherView:
    """A teacher with the mandatory "Моя анкета" fields still missing (stored with the row)."""

    teacher: Teacher
    missing: list[str]


_ALWAYS_MANDATORY = (
    "birth_year",
    "position",
    "subjects",
    "qualification_category",
    "teaching_since_year",
)
_LAST_TRAINING = ("last_training_on", "last_training_topic", "last_training_organisation")


def _blank_of(profile: TeacherProfile, names: Sequence[str]) -> list[str]:
    """The named fields not given: None, or an empty text or list (a year or a date is given
    when it is not None)."""
    return [n for n in names if _blank(getattr(profile, n))]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str | tuple | list) and not value)


def missing_profile_fields(
    profile: TeacherProfile, current_year: int, rules: RegionalRules = CURRENT_RULES
) -> list[str]:
    """Names of the mandatory "Моя анкета" fields not yet filled.

    Mandatory: birth year, position, subjects, qualification category, the year teaching started,
    the last training (its date, topic and organisation) unless "never trained", the last
    retraining (date or year) unless "no retraining", and for young teachers (fewer than 3 years
    of work) the graduation year.
    """
    missing = _blank_of(profile, _ALWAYS_MANDATORY)
    if not profile.never_trained:
        missing += _blank_of(profile, _LAST_TRAINING)
    if not profile.no_retraining and (
        profile.last_retraining_on is None and profile.last_retraining_year is None
    ):
        missing.append("last_retraining_on")
    young = (
        profile.teaching_since_year is not None
        and current_year - profile.teaching_since_year < rules.young_teacher_years
    )
    if young and profile.graduation_year is None:
        missing.append("graduation_year")
    return missing


def profile_fields(p: TeacherProfile) -> dict[str, Any]:
    """The profile as it is stored: the years of dated trainings derived from their dates."""
    return {
        "birth_year": p.birth_year,
        "position": p.position,
        "subjects": list(p.subjects),
        "qualification_category": p.qualification_category,
        "last_training_on": p.last_training_on,
        "last_training_year": p.training_year(),
        "last_training_topic": p.last_training_topic,
        "last_training_organisation": p.last_training_organisation,
        "never_trained": p.never_trained,
        "last_retraining_on": p.last_retraining_on,
        "last_retraining_year": (
            p.last_retraining_on.year if p.last_retraining_on else p.last_retraining_year
        ),
        "last_retraining_topic": p.last_retraining_topic,
        "no_retraining": p.no_retraining,
        "teaching_since_year": p.teaching_since_year,
        "graduation_year": p.graduation_year,
        "phone": p.phone,
    }


def stored_profile(p: TeacherProfile) -> TeacherProfile:
    """The profile as it reads back once stored (see profile_fields)."""
    fields = profile_fields(p)
    return TeacherProfile(**{**fields, "subjects": tuple(fields["subjects"])})


def changed_fields(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changed fields only, as JSON-friendly values (dates as ISO strings), for the audit."""
    keys = [k for k in after if before.get(k) != after[k]]

    def text(value: Any) -> Any:
        return value if isinstance(value, (str, int, bool, list)) or value is None else str(value)

    return {k: text(before.get(k)) for k in keys}, {k: text(after[k]) for k in keys}

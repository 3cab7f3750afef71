"""The programme version a card follows, as plan-svc keeps it: read from catalog-svc when the
card opens and never changed afterwards (a new programme version does not move open cards)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class RequirementKind(StrEnum):
    COURSE = "course"
    INTERNSHIP = "internship"
    PROCEDURE_A = "procedure_a"
    PROCEDURE_B = "procedure_b"
    DUTY = "duty"
    SELF_STUDY = "self_study"


@dataclass(frozen=True, slots=True)
class Requirement:
    """One thing a module asks for: a course (required 1), an internship (weeks), a procedure
    (count), duty hours or self-study days (code and title empty)."""

    kind: RequirementKind
    code: str
    title: str
    required: int


@dataclass(frozen=True, slots=True)
class ModuleSpec:
    code: str
    title: str
    kind: str
    requirements: tuple[Requirement, ...]

    def requirement(self, code: str) -> Requirement | None:
        return next((r for r in self.requirements if r.code == code and code), None)


@dataclass(frozen=True, slots=True)
class ProgrammeSnapshot:
    specialty: str
    version: int
    title: str
    modules: tuple[ModuleSpec, ...]

    def module(self, code: str) -> ModuleSpec | None:
        return next((m for m in self.modules if m.code == code), None)


@dataclass(frozen=True, slots=True)
class UnitAccreditation:
    """What catalog-svc says of a training unit's accreditation for one specialty."""

    specialty: str
    places: dict[str, int]
    valid_from: date
    valid_until: date


@dataclass(frozen=True, slots=True)
class UnitFacts:
    id: str
    name: str
    voivodeship: str
    accreditations: tuple[UnitAccreditation, ...]

    def admits(self, specialty: str, mode: str, on: date) -> bool:
        """Accredited for the specialty on the day, with places of the mode."""
        return any(
            a.specialty == specialty
            and a.valid_from <= on <= a.valid_until
            and a.places.get(mode, 0) > 0
            for a in self.accreditations
        )

"""The programme version a card follows, as plan-svc keeps it: read from catalog-svc when the
card opens and never changed afterwards (a new programme version does not move open cards)."""

from __future__ import annotations

from dataclasses import dataclass
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

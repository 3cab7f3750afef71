"""Educational elements: ДПП ПК programs, events (ОМ) and interactive modules (ИОМ)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ElementKind(StrEnum):
    PROGRAM = "program"
    EVENT = "event"
    MODULE = "module"


class ElementStatus(StrEnum):
    PUBLISHED = "published"
    # Withdrawn elements stay readable: plans and credits keep referring to them.
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    kind: ElementKind
    title: str
    provider_id: str
    zet: int
    main_specialty_code: str
    additional_specialty_codes: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None
    status: ElementStatus

    def is_eligible_for(self, specialty_code: str) -> bool:
        """An element counts for a cycle whose specialty is its main or an additional one."""
        return (
            specialty_code == self.main_specialty_code
            or specialty_code in self.additional_specialty_codes
        )

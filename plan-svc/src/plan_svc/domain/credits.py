"""Credits recorded by credits-svc and their attribution to a person's cycles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from plan_svc.domain.cycle import Cycle


class CreditKind(StrEnum):
    PROGRAM = "program"
    EVENT = "event"
    MODULE = "module"


@dataclass(frozen=True, slots=True)
class RecordedCredit:
    """A credit as credits-svc announced it, with the specialties of its element."""

    credit_id: str
    person_id: str
    element_id: str
    kind: CreditKind
    main_specialty_code: str
    additional_specialty_codes: tuple[str, ...]
    zet: int
    completed_on: date

    @property
    def counted(self) -> CountedCredit:
        return CountedCredit(
            credit_id=self.credit_id,
            element_id=self.element_id,
            kind=self.kind,
            zet=self.zet,
            completed_on=self.completed_on,
        )


@dataclass(frozen=True, slots=True)
class CountedCredit:
    """A credit as it counts toward one cycle."""

    credit_id: str
    element_id: str
    kind: CreditKind
    zet: int
    completed_on: date


def is_eligible(cycle: Cycle, credit: RecordedCredit) -> bool:
    """The element's main or additional specialties include the cycle's specialty."""
    return (
        cycle.specialty_code == credit.main_specialty_code
        or cycle.specialty_code in credit.additional_specialty_codes
    )


def is_attributable(cycle: Cycle, credit: RecordedCredit) -> bool:
    return (
        cycle.person_id == credit.person_id
        and is_eligible(cycle, credit)
        and cycle.covers(credit.completed_on)
    )


def cycles_for_credit(cycles: Iterable[Cycle], credit: RecordedCredit) -> list[Cycle]:
    """Every cycle the credit counts toward: an element eligible for several ("x2") counts in each."""
    return [cycle for cycle in cycles if is_attributable(cycle, credit)]

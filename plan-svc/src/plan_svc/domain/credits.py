"""Credits recorded by credits-svc and their attribution to a person's cycles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from plan_svc.domain.cycle import Cycle
from plan_svc.domain.rule_sets import KindGroup


class CreditKind(StrEnum):
    PROGRAM = "program"
    EVENT = "event"
    MODULE = "module"

    @property
    def group(self) -> KindGroup:
        return GROUP_OF_KIND[self]


GROUP_OF_KIND = {
    CreditKind.PROGRAM: KindGroup.PROGRAM,
    CreditKind.EVENT: KindGroup.EVENT_AND_MODULE,
    CreditKind.MODULE: KindGroup.EVENT_AND_MODULE,
}


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
    def specialty_codes(self) -> tuple[str, ...]:
        return (self.main_specialty_code, *self.additional_specialty_codes)


def is_eligible_for_specialty(
    specialty_code: str, main_specialty_code: str, additional_specialty_codes: Iterable[str]
) -> bool:
    """An element counts for a specialty listed as its main or one of its additional ones."""
    return specialty_code == main_specialty_code or specialty_code in additional_specialty_codes


def is_eligible(cycle: Cycle, credit: RecordedCredit) -> bool:
    return is_eligible_for_specialty(
        cycle.specialty_code, credit.main_specialty_code, credit.additional_specialty_codes
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

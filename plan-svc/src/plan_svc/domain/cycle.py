"""A five-year cycle of a person in one specialty, opened by a certificate or accreditation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cpd_platform.auth import Principal, Role
from plan_svc.domain.rule_sets import RuleSet


class DocumentKind(StrEnum):
    CERTIFICATE = "certificate"
    ACCREDITATION = "accreditation"


@dataclass(frozen=True, slots=True)
class Cycle:
    id: str
    person_id: str
    specialty_code: str
    document_kind: DocumentKind
    document_date: date
    starts_on: date
    ends_on: date
    rule_set: str

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


def anniversary(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        # 29 February in a common year: the anniversary is 1 March, so the cycle still
        # covers the whole of February (2024-02-29 → ends 2029-02-28).
        return date(start.year + years, 3, 1)


def cycle_period(document_date: date, years: int) -> tuple[date, date]:
    """From the document date up to and including the day before the anniversary."""
    return document_date, anniversary(document_date, years) - timedelta(days=1)


def open_cycle(
    *,
    cycle_id: str,
    person_id: str,
    specialty_code: str,
    document_kind: DocumentKind,
    document_date: date,
    rule_set: RuleSet,
) -> Cycle:
    starts_on, ends_on = cycle_period(document_date, rule_set.cycle_years)
    return Cycle(
        id=cycle_id,
        person_id=person_id,
        specialty_code=specialty_code,
        document_kind=document_kind,
        document_date=document_date,
        starts_on=starts_on,
        ends_on=ends_on,
        rule_set=rule_set.code,
    )


def may_read_cycle(principal: Principal, cycle: Cycle) -> bool:
    return principal.person_id == cycle.person_id or principal.has_role(Role.ADMIN)

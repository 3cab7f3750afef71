"""A five-year cycle of a person in one specialty, opened by a certificate or accreditation.

Dates: a cycle runs from the document's issue date up to and including the day before its
fifth anniversary, [issued_on, issued_on + 5 years − 1 day]; a document of 29 February has its
anniversary on 1 March of a common year, so the cycle ends on 28 February.

Cycle years are the 12-month periods from the cycle's first day (year k runs from the (k−1)-th
to the day before the k-th anniversary), not calendar years: "credits count in the year of
completion" then means the cycle year whose dates contain the completion date, every cycle has
exactly five years, and each gets the whole yearly recommendation (50 = 36 + 14).

One active cycle per specialty: a new cycle whose dates overlap an existing cycle of the same
person and specialty is refused, so at any day at most one cycle of a specialty is running.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cpd_platform.errors import AlreadyExists, InvalidArgument
from cpd_platform.principal import Principal, Role
from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144, RuleSet
from plan_svc.domain.rule_sets import DocumentKind as DocumentKind

DOCUMENT_KIND_TITLES: dict[DocumentKind, str] = {
    DocumentKind.CERTIFICATE: "Сертификат специалиста",
    DocumentKind.ACCREDITATION_PRIMARY: "Первичная аккредитация",
    DocumentKind.ACCREDITATION_PRIMARY_SPECIALISED: "Первичная специализированная аккредитация",
    DocumentKind.ACCREDITATION_PERIODIC: "Периодическая аккредитация",
}


def default_rule_set(kind: DocumentKind) -> RuleSet:
    """Periodic accreditation: the transitional 144 hours of 709н; otherwise 250 ZET."""
    return NMO_709N_144 if kind == DocumentKind.ACCREDITATION_PERIODIC else NMO_250


class CycleState(StrEnum):
    UPCOMING = "upcoming"
    ACTIVE = "active"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    person_id: str
    kind: DocumentKind
    specialty_code: str
    series: str
    number: str
    issued_on: date


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
    document_id: str | None = None

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def overlaps(self, other: Cycle) -> bool:
        return self.starts_on <= other.ends_on and other.starts_on <= self.ends_on

    def state(self, today: date) -> CycleState:
        if today < self.starts_on:
            return CycleState.UPCOMING
        if today > self.ends_on:
            return CycleState.FINISHED
        return CycleState.ACTIVE


@dataclass(frozen=True, slots=True)
class CycleYear:
    number: int
    starts_on: date
    ends_on: date

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


def cycle_years(starts_on: date, years: int) -> list[CycleYear]:
    return [
        CycleYear(
            number=k,
            starts_on=anniversary(starts_on, k - 1),
            ends_on=anniversary(starts_on, k) - timedelta(days=1),
        )
        for k in range(1, years + 1)
    ]


def year_of(years: Iterable[CycleYear], day: date) -> int | None:
    return next((year.number for year in years if year.covers(day)), None)


def open_cycle(
    *,
    cycle_id: str,
    person_id: str,
    specialty_code: str,
    document_kind: DocumentKind,
    document_date: date,
    rule_set: RuleSet,
    document_id: str | None = None,
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
        document_id=document_id,
    )


def check_no_overlap(new: Cycle, existing: Iterable[Cycle], today: date) -> None:
    """Refuses a second cycle of the same specialty running on any of the same days."""
    for cycle in existing:
        if cycle.id == new.id or cycle.specialty_code != new.specialty_code:
            continue
        if not cycle.overlaps(new):
            continue
        if cycle.state(today) == CycleState.ACTIVE:
            raise AlreadyExists(
                "active_cycle_exists",
                "По этой специальности уже идёт цикл "
                f"({cycle.starts_on:%d.%m.%Y}–{cycle.ends_on:%d.%m.%Y}); "
                "второй активный цикл по одной специальности добавить нельзя",
            )
        raise AlreadyExists(
            "cycles_overlap",
            "Даты нового цикла пересекаются с циклом по этой же специальности "
            f"({cycle.starts_on:%d.%m.%Y}–{cycle.ends_on:%d.%m.%Y})",
        )


def normalise_document_number(value: str) -> str:
    """Registers write numbers with and without spaces or dashes: compare them without."""
    return "".join(ch for ch in value.upper() if ch.isalnum())


def validate_document(
    kind: DocumentKind, specialty_code: str, number: str, issued_on: date, today: date
) -> None:
    if not specialty_code.strip():
        raise InvalidArgument("specialty_required", "Укажите специальность")
    if not normalise_document_number(number):
        raise InvalidArgument("document_number_required", "Укажите номер документа")
    if issued_on > today:
        raise InvalidArgument("document_from_future", "Дата выдачи документа ещё не наступила")
    if issued_on < date(1990, 1, 1):
        raise InvalidArgument("document_too_old", "Слишком ранняя дата выдачи документа")


def may_read_cycle(principal: Principal, cycle: Cycle) -> bool:
    return principal.person_id == cycle.person_id or principal.has_role(Role.ADMIN)

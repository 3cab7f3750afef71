"""A yearly campaign: its windows (questionnaire, applications), required hours, quotas and the
rule set it was opened under.

Window bounds are instants; a date-time given without an offset is read as Moscow time.
A window is open for `opens_at <= now < closes_at`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from pk_regional_svc.domain.rules import EORT_2024, RegionalRules, rules_for

FIRST_RULES_VERSION = EORT_2024.version

MOSCOW = ZoneInfo("Europe/Moscow")
MIN_YEAR = 2000
MAX_YEAR = 2100


class WindowKind(StrEnum):
    QUESTIONNAIRE = "questionnaire"
    APPLICATIONS = "applications"


_WINDOW_NAME = {
    WindowKind.QUESTIONNAIRE: "Анкетирование",
    WindowKind.APPLICATIONS: "Приём заявлений",
}


def parse_instant(value: str, field: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidArgument(
            "invalid_datetime",
            f"Поле {field}: нужна дата и время, например 2025-09-07T00:00:00+03:00",
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=MOSCOW)


def moscow_text(moment: datetime) -> str:
    return moment.astimezone(MOSCOW).strftime("%d.%m.%Y %H:%M")


@dataclass(frozen=True, slots=True)
class Window:
    kind: WindowKind
    opens_at: datetime
    closes_at: datetime

    def __post_init__(self) -> None:
        if self.closes_at <= self.opens_at:
            raise InvalidArgument(
                "invalid_window",
                f"{_WINDOW_NAME[self.kind]}: окончание должно быть позже начала",
            )

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now < self.closes_at

    def require_open(self, now: datetime) -> None:
        if self.is_open(now):
            return
        period = f"с {moscow_text(self.opens_at)} до {moscow_text(self.closes_at)} (МСК)"
        if now < self.opens_at:
            message = f"{_WINDOW_NAME[self.kind]} ещё не открыто: период {period}"
        else:
            message = f"{_WINDOW_NAME[self.kind]} закрыто: период {period}"
        raise FailedPrecondition(f"{self.kind.value}_window_closed", message)


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidArgument(
            "invalid_year", f"Год кампании должен быть от {MIN_YEAR} до {MAX_YEAR}"
        )
    return year


def check_quota(count: int) -> int:
    if count < 0 or count > 1_000_000:
        raise InvalidArgument("invalid_quota", "Квота должна быть неотрицательным числом")
    return count


class QuotaScope(StrEnum):
    SCHOOL = "school"
    MUNICIPALITY = "municipality"


@dataclass(frozen=True, slots=True)
class Quota:
    """How many numbers a school or a municipality gets in a campaign."""

    scope: QuotaScope
    scope_id: str
    count: int


MIN_REQUIRED_HOURS = 1
MAX_REQUIRED_HOURS = 1000


def check_required_hours(hours: int) -> int:
    if not MIN_REQUIRED_HOURS <= hours <= MAX_REQUIRED_HOURS:
        raise InvalidArgument(
            "invalid_required_hours",
            f"Требуемое число часов: от {MIN_REQUIRED_HOURS} до {MAX_REQUIRED_HOURS}",
        )
    return hours


@dataclass(frozen=True, slots=True)
class Campaign:
    id: str
    region_code: str
    year: int
    questionnaire: Window
    applications: Window
    required_hours: int
    allocated_at: datetime | None
    # The rule set it was opened under (domain.rules): its numbers decide who is a candidate.
    rules_version: str

    @property
    def rules(self) -> RegionalRules:
        return rules_for(self.rules_version)

    def with_windows(self, questionnaire: Window, applications: Window) -> Campaign:
        return replace(self, questionnaire=questionnaire, applications=applications)

    def with_required_hours(self, hours: int) -> Campaign:
        return replace(self, required_hours=check_required_hours(hours))

    def allocated(self, at: datetime) -> Campaign:
        return replace(self, allocated_at=at)

    def require_cancellable(self, has_numbers: bool) -> None:
        """A campaign opened by mistake goes only while no number has been allocated."""
        if self.allocated_at is not None or has_numbers:
            raise FailedPrecondition(
                "campaign_already_allocated",
                "Кампанию нельзя отменить: уникальные номера уже распределены",
            )

    def cancellation_snapshot(self) -> dict[str, Any]:
        """What the audit keeps of a cancelled campaign (a retried cancel answers with it)."""
        return {
            "region_code": self.region_code,
            "year": self.year,
            **self.audit_snapshot(),
            "rules_version": self.rules_version,
        }

    @classmethod
    def from_cancellation_snapshot(cls, campaign_id: str, s: dict[str, Any]) -> Campaign:
        def window(kind: WindowKind, pair: list[str]) -> Window:
            return Window(kind, datetime.fromisoformat(pair[0]), datetime.fromisoformat(pair[1]))

        return cls(
            id=campaign_id,
            region_code=s["region_code"],
            year=s["year"],
            questionnaire=window(WindowKind.QUESTIONNAIRE, s["questionnaire"]),
            applications=window(WindowKind.APPLICATIONS, s["applications"]),
            required_hours=s["required_hours"],
            allocated_at=None,
            # Snapshots taken before campaigns kept their version were all under the first set.
            rules_version=s.get("rules_version", FIRST_RULES_VERSION),
        )

    def audit_snapshot(self) -> dict[str, Any]:
        return {
            "questionnaire": [
                self.questionnaire.opens_at.isoformat(),
                self.questionnaire.closes_at.isoformat(),
            ],
            "applications": [
                self.applications.opens_at.isoformat(),
                self.applications.closes_at.isoformat(),
            ],
            "required_hours": self.required_hours,
        }

"""A yearly campaign: its windows (questionnaire, applications) and quotas.

Window bounds are instants; a date-time given without an offset is read as Moscow time.
A window is open for `opens_at <= now < closes_at`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from cpd_platform.errors import FailedPrecondition, InvalidArgument

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

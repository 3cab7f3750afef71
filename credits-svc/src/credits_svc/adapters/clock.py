"""The wall clock of credits-svc: days are Moscow days (deadlines, "completed in the future",
when an event is over), instants are UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")


class MoscowClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now(MOSCOW).date()


def moscow_today() -> date:
    return MoscowClock().today()

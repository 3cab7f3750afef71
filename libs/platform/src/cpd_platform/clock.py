"""The time use cases and domain rules are given, instead of asking the system themselves.

Domain code takes `today` / `now` as arguments; use cases get a `Clock` from their wiring
(`SystemClock` in services, `FixedClock` from `cpd_platform.testing` in tests).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """Wall time in UTC. `today` is the date in `days_in` when given (credits-svc counts Moscow
    days: deadlines, "completed in the future", when an event is over), else the host's date."""

    def __init__(self, days_in: tzinfo | None = None) -> None:
        self._days_in = days_in

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        if self._days_in is None:
            return date.today()
        return datetime.now(self._days_in).date()


def moscow_today() -> date:
    return SystemClock(MOSCOW).today()

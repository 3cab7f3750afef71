"""The time use cases and domain rules are given, instead of asking the system themselves.

Domain code takes `today` / `now` as arguments; use cases get a `Clock` from their wiring
(`SystemClock` in services, `FixedClock` from `cpd_platform.testing` in tests).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """Wall time in UTC; `today` is the host's date, as the services have always read it."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()

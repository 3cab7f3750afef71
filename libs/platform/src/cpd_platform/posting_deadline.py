"""The ДПП posting deadline (DESIGN.md, NMO): a provider posts the results of a program cycle or
an event within one month after it ends. credits-svc flags late postings by it; plan-svc shows
the deadline while a person waits for a result and lists a provider's overdue results."""

from __future__ import annotations

import calendar
from datetime import date

POSTING_MONTHS_AFTER_END = 1


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the last day of the month when that month is shorter
    (31 January + 1 month = 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def posting_deadline(ends_on: date) -> date:
    """The last day on which results of a cycle that ended on `ends_on` are on time."""
    return add_months(ends_on, POSTING_MONTHS_AFTER_END)


def days_late(deadline: date | None, posted_on: date) -> int:
    """Days past the deadline on `posted_on` (0 when on time or without a deadline)."""
    if deadline is None or posted_on <= deadline:
        return 0
    return (posted_on - deadline).days

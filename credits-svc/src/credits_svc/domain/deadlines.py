"""The ДПП posting deadline: results of a program cycle are due within one month after it ends
(the rule is shared with plan-svc: `cpd_platform.posting_deadline`)."""

from __future__ import annotations

from cpd_platform.posting_deadline import (
    POSTING_MONTHS_AFTER_END,
    add_months,
    days_late,
    posting_deadline,
)

__all__ = ["POSTING_MONTHS_AFTER_END", "add_months", "days_late", "posting_deadline"]

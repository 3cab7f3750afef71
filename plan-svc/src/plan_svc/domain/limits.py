"""The documented maximum length of every free-text field plan-svc stores.

Longer text is refused with `text_too_long` (INVALID_ARGUMENT) naming the field: it is never
cut. Lengths are in characters, after trimming surrounding spaces. The same numbers are in the
proto comments (proto/cpd/plan/v1/plan.proto) and in the README.
"""

from __future__ import annotations

from cpd_platform.text_limits import TextLimits

# Field name (as in the proto) → (maximum length, what the person calls it).
TEXT_LIMITS: dict[str, tuple[int, str]] = {
    "specialty_code": (16, "код специальности"),
    "series": (32, "серия документа"),
    "number": (32, "номер документа"),
    "rule_set": (64, "набор правил"),
    "organization": (300, "место работы"),
    "position": (200, "должность"),
    "reason": (1000, "причина отказа"),
}


LIMITS = TextLimits(TEXT_LIMITS)
# The value trimmed; `text_too_long` when it is longer than the field's limit.
checked_text = LIMITS.checked

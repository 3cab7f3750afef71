"""Maximum lengths of free-text fields: each service declares its table (field → limit in
characters and the label people see), and a longer value is refused with `text_too_long`
(INVALID_ARGUMENT) naming the field and its limit. Nothing is ever cut silently."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cpd_platform.errors import InvalidArgument

TEXT_TOO_LONG = "text_too_long"


@dataclass(frozen=True)
class TextLimits:
    fields: Mapping[str, tuple[int, str]]

    def limit(self, field: str) -> int:
        return self.fields[field][0]

    def message(self, field: str) -> str:
        limit, label = self.fields[field]
        return f"Поле «{label}»: не длиннее {limit} символов"

    def checked(self, field: str, value: str) -> str:
        """The value trimmed; `text_too_long` when it is longer than the field's limit."""
        value = value.strip()
        if len(value) > self.limit(field):
            raise InvalidArgument(TEXT_TOO_LONG, self.message(field))
        return value

    def check(self, values: Mapping[str, str | None]) -> None:
        """`text_too_long` for the first value (as given) longer than its field's limit."""
        for field, value in values.items():
            if value is not None and len(value) > self.limit(field):
                raise InvalidArgument(TEXT_TOO_LONG, self.message(field))

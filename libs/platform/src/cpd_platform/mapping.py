"""Protobuf ↔ domain values, the same way in every service's entrypoints.

Enums: a domain enum and a protobuf enum are paired member by member by name. The protobuf
values carry the enum's name as a prefix (buf's ENUM_VALUE_PREFIX rule): member `ACCEPTED` of
a domain enum pairs with `CREDIT_STATUS_ACCEPTED` of the protobuf enum `CreditStatus`, the
prefix being derived from the enum descriptor's name. `<PREFIX>UNSPECIFIED` (0) means "not
given". Where names differ, `overrides` names the protobuf value of a domain member; several
domain members may share one protobuf value (then a message from the wire maps back to the
member whose name matches).

Some enums travel as strings holding the domain `StrEnum`'s value (`optional_enum_from_text`).

Scalars on the wire (the format every `.proto` file's header states):
- a date is a string in ISO 8601 calendar form `YYYY-MM-DD`; the empty string means none;
- a timestamp is a string in RFC 3339 with its UTC offset (`2026-09-07T08:30:00+00:00`, as
  `datetime.isoformat()` writes an aware datetime); the empty string means none;
- an optional identifier or text is the empty string when absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from cpd_platform.errors import InvalidArgument

if TYPE_CHECKING:
    from google.protobuf.internal.enum_type_wrapper import _EnumTypeWrapper

E = TypeVar("E", bound=Enum)
V = TypeVar("V", bound=int)
S = TypeVar("S", bound=StrEnum)

UNKNOWN_VALUE_MESSAGE = "Значение не указано или неизвестно"


def enum_value_prefix(enum_name: str) -> str:
    """`CreditStatus` → `CREDIT_STATUS_` (the prefix buf requires of every value)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", enum_name).upper() + "_"


class EnumMapping(Generic[E, V]):
    """One domain enum ↔ one protobuf enum.

    Every domain member must have a protobuf value and every protobuf value but UNSPECIFIED a
    domain member, so that a value added on one side and forgotten on the other fails at import.
    """

    def __init__(
        self,
        domain: type[E],
        pb_enum: _EnumTypeWrapper[V],
        *,
        invalid_code: str,
        message: str = UNKNOWN_VALUE_MESSAGE,
        overrides: Mapping[E, V] | None = None,
    ) -> None:
        self._domain = domain
        self._invalid_code = invalid_code
        self._message = message
        self.prefix = enum_value_prefix(pb_enum.DESCRIPTOR.name)
        by_name = dict(pb_enum.items())
        self.unspecified: V = pb_enum.Value(self.prefix + "UNSPECIFIED")
        self._to_pb: dict[E, V] = {}
        self._from_pb: dict[int, E] = {}
        for member in domain:
            override = (overrides or {}).get(member)
            named = by_name.get(self.prefix + member.name)
            if named is not None:
                self._from_pb[named] = member
            value = override if override is not None else named
            if value is None:
                raise ValueError(f"{domain.__name__}.{member.name}: no {self.prefix}{member.name}")
            self._to_pb[member] = value
        for member, value in (overrides or {}).items():
            self._from_pb.setdefault(value, member)
        missing = {
            name
            for name, value in by_name.items()
            if value != self.unspecified and value not in self._from_pb
        }
        if missing:
            raise ValueError(f"{domain.__name__}: no member for {', '.join(sorted(missing))}")

    def __iter__(self) -> Iterator[E]:
        return iter(self._domain)

    def to_pb(self, member: E) -> V:
        return self._to_pb[member]

    def to_pb_or_unspecified(self, member: E | None) -> V:
        """The protobuf value, or UNSPECIFIED (0) for None."""
        if member is None:
            return self.unspecified
        return self._to_pb[member]

    def from_pb(self, value: int) -> E:
        """The domain member; UNSPECIFIED or an unknown value is an InvalidArgument."""
        try:
            return self._from_pb[value]
        except KeyError:
            raise InvalidArgument(self._invalid_code, self._message) from None

    def optional_from_pb(self, value: int) -> E | None:
        """The domain member, or None when UNSPECIFIED (a filter or field left out); an unknown
        value is an InvalidArgument."""
        if value == self.unspecified:
            return None
        return self.from_pb(value)

    def get(self, value: int) -> E | None:
        """The domain member, or None when UNSPECIFIED or unknown: for filters where a value
        this version does not know means "no filter"."""
        return self._from_pb.get(value)


def optional_enum_from_text(enum: type[S], value: str, code: str) -> S | None:
    """A string-valued field holding a domain `StrEnum`'s value: None when empty, an unknown
    value is an InvalidArgument with `code`."""
    if not value:
        return None
    try:
        return enum(value)
    except ValueError:
        raise InvalidArgument(code, f"Неизвестное значение: {value!r}") from None


def date_to_pb(value: date | None) -> str:
    """`YYYY-MM-DD`, or the empty string for none."""
    return value.isoformat() if value is not None else ""


def date_from_pb(value: str, field: str) -> date | None:
    """None for the empty string; a malformed date is an InvalidArgument naming the field."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidArgument(
            "invalid_date", f"Поле {field}: нужна дата в формате ГГГГ-ММ-ДД, получено {value!r}"
        ) from None


def required_date_from_pb(value: str, field: str) -> date:
    parsed = date_from_pb(value, field)
    if parsed is None:
        raise InvalidArgument("invalid_date", f"Поле {field}: укажите дату в формате ГГГГ-ММ-ДД")
    return parsed


def timestamp_to_pb(value: datetime | None) -> str:
    """RFC 3339 with the offset (for an aware datetime), or the empty string for none."""
    return value.isoformat() if value is not None else ""


def timestamp_from_pb(value: str, field: str) -> datetime | None:
    """None for the empty string; a malformed or offset-less timestamp is an InvalidArgument."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise InvalidArgument(
            "invalid_timestamp",
            f"Поле {field}: нужны дата и время по RFC 3339 с часовым поясом, получено {value!r}",
        )
    return parsed


def text_or_none(value: str) -> str | None:
    """An optional identifier or text from the wire: the empty string is none."""
    return value or None


def text_to_pb(value: str | None) -> str:
    return value if value is not None else ""


def same_named(source: object, names: str) -> dict[str, Any]:
    """The keyword arguments taking a value's fields of the same names as they are (`names`
    separated by spaces): the fields that map one to one onto a message's or a row's."""
    return {name: getattr(source, name) for name in names.split()}

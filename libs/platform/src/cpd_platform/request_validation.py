"""Checks of incoming protobuf requests before any servicer sees them (free of I/O).

* Bytes that do not parse as the method's request message are refused with a stable code and a
  Russian message, never with the parser's exception text.
* No string field anywhere in a request (nested messages, repeated and map fields included) may
  hold a NUL character or an unpaired surrogate: PostgreSQL refuses both and they are never
  meaningful text. Protobuf's own parser already refuses strings that are not UTF-8 (unpaired
  surrogates encoded on the wire are such), so in practice the walk looks for NUL; it only runs
  when the raw request has a zero byte at all, which most requests do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from cpd_platform.errors import InvalidArgument

INVALID_MESSAGE_CODE = "invalid_message"
INVALID_TEXT_CODE = "invalid_text"

_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class RejectedRequest:
    """What a checking deserializer returns instead of a request it refuses."""

    error: InvalidArgument


def has_bad_character(text: str) -> bool:
    return _BAD_CHARACTER.search(text) is not None


def _values(message: Message) -> Iterator[tuple[str, FieldDescriptor, Any]]:
    for field, value in message.ListFields():
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            key_field = field.message_type.fields_by_name["key"]
            value_field = field.message_type.fields_by_name["value"]
            for key, item in value.items():
                yield f"{field.name}[{key!r}]", key_field, key
                yield f"{field.name}[{key!r}]", value_field, item
        elif field.is_repeated:
            for index, item in enumerate(value):
                yield f"{field.name}[{index}]", field, item
        else:
            yield field.name, field, value


def bad_text_field(message: Message, prefix: str = "") -> str | None:
    """The path (`items[2].name`) of the first string field holding NUL or a lone surrogate."""
    for path, field, value in _values(message):
        if field.type == FieldDescriptor.TYPE_STRING:
            if has_bad_character(value):
                return prefix + path
        elif field.type in (FieldDescriptor.TYPE_MESSAGE, FieldDescriptor.TYPE_GROUP):
            found = bad_text_field(value, f"{prefix}{path}.")
            if found is not None:
                return found
    return None


def invalid_text(path: str) -> InvalidArgument:
    return InvalidArgument(
        INVALID_TEXT_CODE,
        f"Поле {path}: недопустимые символы в тексте (нулевой символ или одиночный суррогат)",
    )


def _undecodable(reason: str) -> InvalidArgument:
    if "UTF-8" in reason:
        return InvalidArgument(
            INVALID_TEXT_CODE,
            "Строка в запросе не в кодировке UTF-8 (например, одиночный суррогат)",
        )
    return InvalidArgument(INVALID_MESSAGE_CODE, "Запрос не является корректным сообщением")


def checking_deserializer(
    deserialize: Callable[[bytes], Any] | None, *, check_text: bool
) -> Callable[[bytes], Any]:
    """Wraps a method's request deserializer: a request it refuses comes out as a
    `RejectedRequest` for the interceptor to turn into INVALID_ARGUMENT."""

    def parse(raw: bytes) -> Any:
        if deserialize is None:
            return raw
        try:
            request = deserialize(raw)
        except Exception as exc:  # the parser's own errors name its internals
            return RejectedRequest(_undecodable(str(exc)))
        if check_text and b"\x00" in raw and isinstance(request, Message):
            path = bad_text_field(request)
            if path is not None:
                return RejectedRequest(invalid_text(path))
        return request

    return parse

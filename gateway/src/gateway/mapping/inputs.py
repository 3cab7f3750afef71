"""GraphQL inputs to protobuf requests: one conversion instead of a field-by-field copy per input.

    @strawberry.input
    class QuotaInput(MessageInput[pb.Quota]):
        count: int
        school_id: strawberry.ID = strawberry.ID("")

    QuotaInput(count=3).to_pb()        # -> pb.Quota(count=3), i.e. to_message(input, pb.Quota)

An input that builds its message otherwise defines its own `to_pb` with `to_message`.

Every field of the input whose name the message also has is copied, converted by its value:
None stays unset (the protobuf default: "", 0, the UNSPECIFIED enum value), an enum gives its
value, a date its ISO text, a nested input its `to_pb()`, a list each of its items so. Fields the
message lacks are not copied; keyword arguments set fields as given instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any, ClassVar, Generic, TypeVar, cast, get_args, get_origin

from google.protobuf.message import Message

M = TypeVar("M", bound=Message)


def _field_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_field_value(item) for item in value]
    to_pb = getattr(value, "to_pb", None)
    return to_pb() if callable(to_pb) else value


def to_message(source: object, message_type: Callable[..., M], **given: Any) -> M:
    """The message of type `message_type` holding the fields of the input `source`."""
    fields = message_type.DESCRIPTOR.fields_by_name  # type: ignore[attr-defined]
    copied = {
        name: _field_value(value)
        for name, value in vars(source).items()
        if name in fields and name not in given and value is not None
    }
    return message_type(**copied, **given)


class MessageInput(Generic[M]):
    """Base of an input that becomes one message, named by the type argument: `to_pb()` is
    `to_message(self, <the message>)`."""

    __message__: ClassVar[type[Message]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in cls.__dict__.get("__orig_bases__", ()):
            if get_origin(base) is MessageInput:
                cls.__message__ = get_args(base)[0]

    def to_pb(self) -> M:
        return cast(M, to_message(self, self.__message__))

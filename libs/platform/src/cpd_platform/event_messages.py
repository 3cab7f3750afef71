"""The outbox payload of an event message, shared by every service that publishes messages of
`proto/cpd/<service>/v1/events.proto`: the message's canonical JSON (proto field names, fields
at their default value included), which consumers parse back with `json_format.ParseDict`."""

from __future__ import annotations

from typing import Any

from google.protobuf import json_format
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

# Field types whose JSON form is the Python value itself (protobuf JSON mapping).
_PLAIN_TYPES = frozenset(
    {
        FieldDescriptor.TYPE_STRING,
        FieldDescriptor.TYPE_INT32,
        FieldDescriptor.TYPE_SINT32,
        FieldDescriptor.TYPE_UINT32,
        FieldDescriptor.TYPE_BOOL,
    }
)


def canonical_json(message: Message) -> dict[str, Any]:
    """What `json_format.MessageToDict` gives with the proto field names and fields at their
    default value. A credits posting writes up to a thousand events per batch, so messages of
    plain fields only (all of ours) are read directly, ten times faster than json_format (a unit
    test keeps the two equal)."""
    fields = message.DESCRIPTOR.fields
    if any(f.type not in _PLAIN_TYPES for f in fields):
        return json_format.MessageToDict(
            message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
        )
    payload: dict[str, Any] = {}
    for f in fields:
        if f.is_repeated:
            payload[f.name] = list(getattr(message, f.name))
        elif not f.has_presence or message.HasField(f.name):
            payload[f.name] = getattr(message, f.name)
    return payload

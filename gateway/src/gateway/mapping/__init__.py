"""The gateway's mapping layer: GraphQL types from protobuf messages, backend calls, connections.

- `protobuf_type` / `MessageType` (messages.py): a strawberry type and its `from_pb` derived from
  a protobuf message; the class declares only what differs (types, names, conversions).
- `protobuf_enum` (enums.py): a GraphQL enum from a protobuf enum (prefix and UNSPECIFIED gone).
- `call` / `call_or_error` (calls.py): a backend call with the request's metadata; expected
  failures raised, or returned as the `UserError` of an `X | UserError` result.
- `Connection` / `connection` / `connection_of` / `PageSize` / `AfterCursor` (connections.py): the one Relay
  pagination shape, built from a backend page (page token -> cursor).
- `result_union` / `from_reply` / `call_one` / `call_one_or_error` / `call_list` /
  `call_connection` (results.py): the usual result union and resolver bodies (one RPC, one
  reply field through a type's `from_pb`).
- `to_message` / `MessageInput` (inputs.py): a protobuf request from a GraphQL input, field by
  field by name; `MessageInput[pb.X]` gives an input its `to_pb()`.
- proto_docs.py: proto comments as default descriptions.

Each module's docstring shows its use.
"""

from gateway.mapping.calls import call, call_or_error
from gateway.mapping.connections import (
    AfterCursor,
    Connection,
    Edge,
    PageSize,
    connection,
    connection_of,
    page,
    page_of,
)
from gateway.mapping.enums import protobuf_enum
from gateway.mapping.inputs import MessageInput, to_message
from gateway.mapping.messages import MessageType, protobuf_type
from gateway.mapping.results import (
    call_connection,
    call_list,
    call_one,
    call_one_or_error,
    from_reply,
    result_union,
)

__all__ = [
    "AfterCursor",
    "Connection",
    "Edge",
    "MessageInput",
    "MessageType",
    "PageSize",
    "call",
    "call_connection",
    "call_list",
    "call_one",
    "call_one_or_error",
    "call_or_error",
    "connection",
    "connection_of",
    "from_reply",
    "page",
    "page_of",
    "protobuf_enum",
    "protobuf_type",
    "result_union",
    "to_message",
]

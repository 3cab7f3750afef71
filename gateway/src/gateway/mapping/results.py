"""The usual resolver bodies and result types, written once.

A mutation or lookup whose failures people see returns `X | UserError`; its union is named and
described by `result_union` (the description always reads "<outcome>, or <refusal>."):

    ProgrammeResult = Annotated[
        Programme | UserError, result_union("ProgrammeResult", "The programme")
    ]

Most resolvers call one RPC and convert one field of its reply through a type's `from_pb`:

    return await call_one_or_error(info, backends.GetProgramme, request, Programme, "programme")
    return await call_one(info, backends.GetSchoolPool, request, SchoolPool)  # the whole reply
    return await call_list(info, backends.ListProgrammes, request, Programme, "programmes")
    return await call_connection(info, backends.ListSchools, request, School, "schools", after)

and `from_reply(Programme, "programme")` is that conversion for `call_or_error` and friends.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from google.protobuf.message import Message
from strawberry.types.union import StrawberryUnion

from gateway.mapping.calls import call, call_or_error
from gateway.mapping.connections import BackendPage, Connection, connection_of
from gateway.mapping.messages import MessageType
from gateway.schema.common import GatewayInfo, UserError

R = TypeVar("R", bound=Message)
C = TypeVar("C", bound=MessageType[Any])


def result_union(name: str, outcome: str, refusal: str = "why it was refused") -> StrawberryUnion:
    """The GraphQL union `name` of an `X | UserError` result, described as "<outcome>, or
    <refusal>."."""
    return strawberry.union(name, description=f"{outcome}, or {refusal}.")


def from_reply(kind: type[C], field: str) -> Callable[[Message], C]:
    """A converter of a reply's message field `field` through `kind.from_pb`."""

    def convert(reply: Message) -> C:
        return kind.from_pb(getattr(reply, field))

    return convert


async def call_one(
    info: GatewayInfo,
    method: Callable[..., Awaitable[R]],
    request: Message,
    kind: type[C],
    field: str | None = None,
) -> C:
    """`call` whose result is the reply's `field` (the reply itself when None) as a `kind`."""
    reply = await call(info, method, request)
    return kind.from_pb(reply if field is None else getattr(reply, field))


async def call_one_or_error(
    info: GatewayInfo,
    method: Callable[..., Awaitable[R]],
    request: Message,
    kind: type[C],
    field: str,
) -> C | UserError:
    """`call_or_error` whose result is the reply's `field` as a `kind`."""
    return await call_or_error(info, method, request, from_reply(kind, field))


async def call_list(
    info: GatewayInfo,
    method: Callable[..., Awaitable[R]],
    request: Message,
    kind: type[C],
    field: str,
) -> list[C]:
    """`call` whose result is every message of the reply's repeated `field` as a `kind`."""
    reply = await call(info, method, request)
    return [kind.from_pb(message) for message in getattr(reply, field)]


async def call_connection(
    info: GatewayInfo,
    method: Callable[..., Awaitable[Any]],
    request: Message,
    kind: type[C],
    field: str,
    after: str | None,
) -> Connection[C]:
    """`call` of one backend page whose result is the connection of the reply's repeated
    `field` as `kind`s (`after`: the cursor the page was asked after)."""
    reply: BackendPage = await call(info, method, request)
    return connection_of([kind.from_pb(message) for message in getattr(reply, field)], reply, after)

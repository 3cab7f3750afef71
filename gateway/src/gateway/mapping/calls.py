"""Backend calls from resolvers: the request's metadata and deadline, expected failures as data.

    reply = await call(info, info.context.backends.catalog.GetThing, request)   # raises
    return await call_or_error(                                                # Thing | UserError
        info,
        info.context.backends.catalog.PublishElement,
        catalog_pb2.PublishElementRequest(element_id=str(id)),
        lambda reply: Element.from_pb(reply.element),
    )

`call` forwards the caller's metadata (token, request id, client address, service token) with
the deadline; a gRPC failure becomes a GatewayError (gateway/errors.py), which GraphQL reports as
an error with `extensions.code`. `call_or_error` returns that expected failure as the typed
`UserError` result of a `X | UserError` union instead: use it for mutations and lookups whose
failures the client shows to people. Faults other than expected failures are raised either way
(and masked by the schema).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from google.protobuf.message import Message

from gateway.errors import GatewayError
from gateway.schema.common import GatewayInfo, UserError, user_error_from

R = TypeVar("R", bound=Message)
T = TypeVar("T")


async def call(
    info: GatewayInfo,
    method: Callable[..., Awaitable[R]],
    request: Message,
    deadline: float | None = None,
) -> R:
    """One unary call with the request's metadata (and the usual deadline unless one is
    given, for the rare long operation); failures raise GatewayError."""
    ctx = info.context
    return await ctx.backends.call(method, request, ctx.metadata, deadline)


async def call_or_error(
    info: GatewayInfo,
    method: Callable[..., Awaitable[R]],
    request: Message,
    convert: Callable[[R], T],
    deadline: float | None = None,
) -> T | UserError:
    """The call's reply through `convert`, or its expected failure as a UserError. A GatewayError
    raised by `convert` (a refusal the reply carries) becomes a UserError too."""
    try:
        return convert(await call(info, method, request, deadline))
    except GatewayError as exc:
        return user_error_from(exc)

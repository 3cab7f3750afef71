"""A fake `Backends` for in-process GraphQL tests: every RPC answers from a table.

    backends = FakeBackends({"SearchElements": catalog_pb2.SearchElementsResponse(...),
                             "PublishElement": GatewayError("not_allowed", "Нет прав")})
    result = await execute(backends, "query { catalog { totalCount } }")
    assert backends.requests == [("SearchElements", catalog_pb2.SearchElementsRequest(...))]

A reply may be a protobuf message, an exception (raised, as the real Backends raises
GatewayError for expected failures) or a function of the request. The schema is the gateway's
real one (build_schema); only the services are replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import strawberry
from google.protobuf.message import Message
from graphql import ExecutionResult

from gateway.context import GatewayContext
from gateway.errors import GatewayError
from gateway.loaders import Loaders

Reply = Message | Exception | Callable[[Any], Message]


@cache
def gateway_schema() -> strawberry.Schema:
    """The gateway's real schema, built once (on first use: tests of the mapping layer alone
    do not need it)."""
    from gateway.schema.build import build_schema
    from gateway.settings import GatewaySettings

    return build_schema(GatewaySettings())


class _Service:
    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, rpc: str) -> str:
        return rpc


class FakeBackends:
    def __init__(self, replies: Mapping[str, Reply]) -> None:
        self.replies = dict(replies)
        self.requests: list[tuple[str, Message]] = []
        self.channels: dict[str, Any] = {}
        for service in (
            "identity",
            "public_identity",
            "catalog",
            "plan",
            "credits",
            "pk_regional",
            "specialisation",
            "training_cards",
        ):
            setattr(self, service, _Service(service))

    async def call(
        self, method: str, request: Message, metadata: object, deadline: float | None = None
    ) -> Message:
        self.requests.append((method, request))
        if method not in self.replies:
            raise AssertionError(f"unexpected call {method}({request})")
        reply = self.replies[method]
        if isinstance(reply, Exception):
            raise reply
        return reply(request) if callable(reply) else reply


async def execute(
    backends: FakeBackends,
    query: str,
    variables: dict[str, Any] | None = None,
    schema: strawberry.Schema | None = None,
) -> ExecutionResult:
    fake: Any = backends
    context = GatewayContext(
        principal=None,
        backends=fake,
        metadata=(("x-request-id", "test"),),
        request_id="test",
        loaders=Loaders(fake, ()),
        issuer="http://127.0.0.1:1/realms/cpd",
    )
    return await (schema or gateway_schema()).execute(
        query, variable_values=variables, context_value=context
    )


def data(result: ExecutionResult) -> dict[str, Any]:
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data


async def data_when_refused(
    method: str, code: str, message: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The data of `query` while the backend refuses `method` with the expected failure `code`."""
    return data(
        await execute(FakeBackends({method: GatewayError(code, message)}), query, variables)
    )


def user_error(code: str, message: str, **selected: Any) -> dict[str, Any]:
    """A UserError result as a query selects it (`__typename code message` and `selected`)."""
    return {"__typename": "UserError", "code": code.upper(), "message": message, **selected}

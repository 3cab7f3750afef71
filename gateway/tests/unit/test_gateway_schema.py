"""The schema's protective extensions and error masking, without any backend (validation only)."""

import grpc
import pytest
from graphql import GraphQLError
from strawberry.schema import schema as strawberry_schema

from gateway.errors import MASKED_MESSAGE, GatewayError, from_rpc_error, should_mask
from gateway.schema.build import build_schema
from gateway.settings import GatewaySettings

DEEP = "{ myCycles { progress { credits { element { id } } } } }"


async def test_queries_deeper_than_the_limit_are_refused_before_any_backend_call() -> None:
    schema = build_schema(GatewaySettings(max_query_depth=3))
    result = await schema.execute(DEEP)
    assert result.errors is not None
    assert "exceeds maximum operation depth" in result.errors[0].message


async def test_too_many_aliases_and_tokens_are_refused() -> None:
    schema = build_schema(GatewaySettings(max_aliases=2, max_tokens=1000))
    result = await schema.execute("{ a: __typename b: __typename c: __typename }")
    assert result.errors is not None and "aliases" in result.errors[0].message
    small = build_schema(GatewaySettings(max_tokens=10))
    result = await small.execute(DEEP)
    assert result.errors is not None and "token" in result.errors[0].message.lower()


async def test_a_repeated_query_is_validated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    validations: list[object] = []
    original = strawberry_schema.validate

    def counting(*args: object, **kwargs: object) -> object:
        validations.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(strawberry_schema, "validate", counting)
    schema = build_schema(GatewaySettings(max_query_depth=3))
    for _ in range(3):
        assert (await schema.execute("query Repeated { __typename }")).errors is None
    assert len(validations) == 1
    # The limits still hold on the cached path.
    for _ in range(2):
        result = await schema.execute(DEEP)
        assert result.errors and "exceeds maximum operation depth" in result.errors[0].message


async def test_introspection_is_off_outside_dev() -> None:
    prod = build_schema(GatewaySettings(environment="prod"))
    assert (await prod.execute("{ __schema { queryType { name } } }")).errors
    dev = build_schema(GatewaySettings(environment="dev"))
    assert not (await dev.execute("{ __schema { queryType { name } } }")).errors


class FakeRpcError(grpc.aio.AioRpcError):
    def __init__(
        self, code: grpc.StatusCode, details: str, trailing: tuple[tuple[str, str], ...]
    ) -> None:
        super().__init__(code, grpc.aio.Metadata(), grpc.aio.Metadata(*trailing), details)


def test_domain_failures_keep_their_code_and_message_and_others_are_masked() -> None:
    known = from_rpc_error(
        FakeRpcError(
            grpc.StatusCode.NOT_FOUND,
            "Профиль не найден",
            (("cpd-error-code", "person_not_found"),),
        )
    )
    assert isinstance(known, GatewayError)
    assert (known.code, str(known)) == ("person_not_found", "Профиль не найден")
    assert not should_mask(GraphQLError("x", original_error=known))

    down = from_rpc_error(FakeRpcError(grpc.StatusCode.UNAVAILABLE, "connect failed", ()))
    assert isinstance(down, GatewayError) and down.code == "service_unavailable"

    internal = from_rpc_error(FakeRpcError(grpc.StatusCode.INTERNAL, "stack trace", ()))
    assert not isinstance(internal, GatewayError)
    assert should_mask(GraphQLError("stack trace", original_error=internal))
    assert MASKED_MESSAGE.startswith("Внутренняя ошибка")


@pytest.mark.parametrize("environment", ["dev", "prod"])
def test_settings_know_dev(environment: str) -> None:
    assert GatewaySettings(environment=environment).is_dev is (environment == "dev")

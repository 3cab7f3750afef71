"""Every service's interceptors against a real identity provider and a real grpc.aio server:
the gateway's service identity (`x-service-authorization`), refused request bytes and text,
and liveness apart from readiness.

The probe service speaks `google.protobuf.Struct` (nested messages, repeated and map fields)."""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import pytest
from google.protobuf import struct_pb2
from grpc_health.v1 import health_pb2

from cpd_platform.auth import TokenVerifier, current_principal, principal_var
from cpd_platform.context import calling_service, trusted_client_address, via_gateway
from cpd_platform.server import LIVENESS, GrpcService, ServiceRegistration
from cpd_platform.testing import grpc_error_code, health_status, wait_for_health
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

SERVICE = "probe.Echo"
PUBLIC_SERVICE = "probe.PublicEcho"
SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


def _seen() -> struct_pb2.Struct:
    """What the servicer saw of the caller."""
    seen = struct_pb2.Struct()
    principal = principal_var.get()
    seen["via_gateway"] = via_gateway()
    seen["client_ip"] = trusted_client_address() or ""
    seen["client_id"] = principal.client_id if principal else ""
    seen["service"] = calling_service() or ""
    return seen


async def _unary(request: struct_pb2.Struct, context: grpc.aio.ServicerContext) -> Any:
    seen = _seen()
    seen.update({"echo": request})
    return seen


async def _count(requests: AsyncIterator[struct_pb2.Struct], context: Any) -> Any:
    received = [request async for request in requests]
    current_principal()
    reply = struct_pb2.Struct()
    reply["records"] = len(received)
    return reply


def _add(service_name: str) -> Callable[[Any, grpc.aio.Server], None]:
    def add(servicer: Any, server: grpc.aio.Server) -> None:
        common: dict[str, Any] = {
            "request_deserializer": struct_pb2.Struct.FromString,
            "response_serializer": struct_pb2.Struct.SerializeToString,
        }
        handlers = {
            "Unary": grpc.unary_unary_rpc_method_handler(_unary, **common),
            "Count": grpc.stream_unary_rpc_method_handler(_count, **common),
        }
        server.add_generic_rpc_handlers(
            (grpc.method_handlers_generic_handler(service_name, handlers),)
        )

    return add


def probe(idp: RunningIdp, check: Callable[[], Awaitable[None]] | None = None) -> GrpcService:
    async def ready() -> None:
        return None

    return GrpcService(
        name="probe",
        registrations=[
            ServiceRegistration(_add(SERVICE), None, SERVICE),
            ServiceRegistration(_add(PUBLIC_SERVICE), None, PUBLIC_SERVICE, public=True),
        ],
        verifier=TokenVerifier.for_issuer(idp.issuer, "cpd-api"),
        readiness_checks=[check or ready],
        readiness_interval=0.05,
    )


@pytest.fixture
async def service(idp: RunningIdp) -> AsyncIterator[GrpcService]:
    service = probe(idp)
    await service.start()
    yield service
    await service.stop(grace=0.5)


@pytest.fixture
async def channel(service: GrpcService) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{service.port_bound}") as channel:
        yield channel


def struct(**values: Any) -> struct_pb2.Struct:
    message = struct_pb2.Struct()
    message.update(values)
    return message


async def call(
    channel: grpc.aio.Channel,
    request: struct_pb2.Struct,
    metadata: tuple[tuple[str, str], ...],
    service: str = SERVICE,
) -> struct_pb2.Struct:
    method = channel.unary_unary(
        f"/{service}/Unary",
        request_serializer=struct_pb2.Struct.SerializeToString,
        response_deserializer=struct_pb2.Struct.FromString,
    )
    reply: struct_pb2.Struct = await method(request, metadata=metadata, timeout=5)
    return reply


# --- the gateway's service identity ---------------------------------------------------------


async def test_gateway_service_token_marks_the_call_and_trusts_its_client_address(
    idp: RunningIdp, channel: grpc.aio.Channel
) -> None:
    gateway = await idp.client_token("gateway")
    person = await idp.provider_token()
    reply = await call(
        channel,
        struct(),
        (
            ("authorization", f"Bearer {person}"),
            ("x-service-authorization", f"Bearer {gateway}"),
            ("x-client-ip", "203.0.113.7"),
        ),
    )
    assert reply["via_gateway"] is True
    assert reply["client_ip"] == "203.0.113.7"
    assert reply["service"] == "gateway"
    # The caller is still the user (here a provider system), not the gateway.
    assert reply["client_id"] == "demo-provider"


async def test_gateway_service_token_alone_opens_public_methods_only(
    idp: RunningIdp, channel: grpc.aio.Channel
) -> None:
    gateway = (("x-service-authorization", f"Bearer {await idp.client_token('gateway')}"),)
    reply = await call(channel, struct(), gateway, PUBLIC_SERVICE)
    assert reply["via_gateway"] is True
    assert reply["client_id"] == ""
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call(channel, struct(), gateway)
    assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_without_the_gateway_token_the_client_address_is_not_trusted(
    idp: RunningIdp, channel: grpc.aio.Channel
) -> None:
    person = await idp.provider_token()
    reply = await call(
        channel,
        struct(),
        (("authorization", f"Bearer {person}"), ("x-client-ip", "203.0.113.7")),
    )
    assert reply["via_gateway"] is False
    assert reply["client_ip"] == ""


async def test_another_clients_valid_service_token_is_not_the_gateway(
    idp: RunningIdp, channel: grpc.aio.Channel
) -> None:
    other = await idp.client_token("pk-regional-svc")
    reply = await call(
        channel,
        struct(),
        (("x-service-authorization", f"Bearer {other}"), ("x-client-ip", "203.0.113.7")),
        PUBLIC_SERVICE,
    )
    assert reply["via_gateway"] is False
    assert reply["client_ip"] == ""
    # It still names the calling service, for the services that trust it with more.
    assert reply["service"] == "pk-regional-svc"


@pytest.mark.parametrize("header", ["Bearer not-a-jwt", "Basic Z2F0ZXdheTpzZWNyZXQ=", "Bearer "])
async def test_an_invalid_service_token_is_unauthenticated(
    channel: grpc.aio.Channel, header: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call(channel, struct(), (("x-service-authorization", header),), PUBLIC_SERVICE)
    assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert grpc_error_code(refused.value) == "unauthenticated"


# --- request bytes and text ------------------------------------------------------------------


@pytest.mark.parametrize("garbage", [b"\xff\xff\xff\xff", b"\x0a\x09\x0a\x03abc", b"\x08"])
async def test_bytes_that_are_not_a_message_are_invalid_argument_without_internals(
    channel: grpc.aio.Channel, garbage: bytes
) -> None:
    raw = channel.unary_unary(f"/{PUBLIC_SERVICE}/Unary")
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await raw(garbage, timeout=5)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(refused.value) == "invalid_message"
    details = refused.value.details() or ""
    assert "Error" not in details and "google" not in details and "protobuf" not in details


async def test_a_string_with_a_lone_surrogate_on_the_wire_is_invalid_text(
    channel: grpc.aio.Channel,
) -> None:
    # Struct{fields{"a": Value{string_value: "\ud800" as (CESU) UTF-8 bytes}}}
    value = b"\x1a\x03\xed\xa0\x80"
    entry = b"\x0a\x01a" + b"\x12" + bytes([len(value)]) + value
    raw = channel.unary_unary(f"/{PUBLIC_SERVICE}/Unary")
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await raw(b"\x0a" + bytes([len(entry)]) + entry, timeout=5)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(refused.value) == "invalid_text"


@pytest.mark.parametrize(
    ("request_", "path"),
    [
        (struct(name="a\x00b"), "fields['name'].string_value"),
        (struct(**{"key\x00": "x"}), "fields['key\\x00']"),
        (
            struct(items=["ok", {"deep": ["fine", "bad\x00"]}]),
            "fields['items'].list_value.values[1].struct_value"
            ".fields['deep'].list_value.values[1].string_value",
        ),
    ],
)
async def test_nul_in_any_string_field_is_invalid_text_naming_the_field(
    channel: grpc.aio.Channel, request_: struct_pb2.Struct, path: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await call(channel, request_, (), PUBLIC_SERVICE)
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(refused.value) == "invalid_text"
    assert path in (refused.value.details() or "")


async def test_clean_text_with_zero_bytes_elsewhere_passes(channel: grpc.aio.Channel) -> None:
    reply = await call(channel, struct(n=0.0, empty="", text="Иванов — ок"), (), PUBLIC_SERVICE)
    echo = reply["echo"]
    assert isinstance(echo, struct_pb2.Struct)
    assert echo["text"] == "Иванов — ок"


async def test_client_streams_are_not_refused_wholesale_for_text(
    idp: RunningIdp, channel: grpc.aio.Channel
) -> None:
    """Streaming methods check their records themselves (one bad record must not end a batch)."""
    method = channel.stream_unary(
        f"/{SERVICE}/Count",
        request_serializer=struct_pb2.Struct.SerializeToString,
        response_deserializer=struct_pb2.Struct.FromString,
    )
    token = await idp.provider_token()
    records = [struct(document="ok"), struct(document="bad\x00"), struct(document="ok")]
    reply = await method(iter(records), metadata=(("authorization", f"Bearer {token}"),))
    assert reply["records"] == 3


# --- liveness and readiness ------------------------------------------------------------------


async def test_liveness_serves_through_a_dependency_outage_readiness_follows_it(
    idp: RunningIdp,
) -> None:
    dependency_up = True

    async def dependency() -> None:
        if not dependency_up:
            raise ConnectionError("database down")

    service = probe(idp, dependency)
    port = await service.start()
    try:
        await wait_for_health(port, SERVING)
        await wait_for_health(port, SERVING, SERVICE)
        assert await health_status(port, LIVENESS) == SERVING
        dependency_up = False
        await wait_for_health(port, NOT_SERVING)
        await wait_for_health(port, NOT_SERVING, SERVICE)
        assert await health_status(port, LIVENESS) == SERVING
        dependency_up = True
        await wait_for_health(port, SERVING)
        assert await health_status(port, LIVENESS) == SERVING
    finally:
        await service.stop(grace=0.5)

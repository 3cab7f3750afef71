"""The shared gRPC server: health follows readiness, stop says NOT_SERVING, request ids propagate."""

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform.auth import TokenVerifier
from cpd_platform.context import request_id_var
from cpd_platform.logging import JsonFormatter
from cpd_platform.server import GrpcService
from cpd_platform.testing import wait_for_health
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


def probe_service(idp: RunningIdp, check: Callable[[], Awaitable[None]]) -> GrpcService:
    return GrpcService(
        name="probe",
        registrations=[],
        verifier=TokenVerifier.for_issuer(idp.issuer, "cpd-api"),
        readiness_checks=[check],
        readiness_interval=0.05,
    )


async def test_health_is_serving_only_while_every_dependency_answers(idp: RunningIdp) -> None:
    dependency_up = False

    async def dependency() -> None:
        if not dependency_up:
            raise ConnectionError("database down")

    service = probe_service(idp, dependency)
    port = await service.start()
    try:
        await wait_for_health(port, NOT_SERVING)
        dependency_up = True
        await wait_for_health(port, SERVING)
        dependency_up = False
        await wait_for_health(port, NOT_SERVING)
    finally:
        await service.stop(grace=0.5)


async def test_stopping_announces_not_serving_to_watchers_before_the_server_goes_away(
    idp: RunningIdp,
) -> None:
    async def ready() -> None:
        return None

    service = probe_service(idp, ready)
    port = await service.start()
    await wait_for_health(port, SERVING)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        watch = health_pb2_grpc.HealthStub(channel).Watch(
            health_pb2.HealthCheckRequest(), timeout=5
        )
        updates = watch.__aiter__()
        assert (await updates.__anext__()).status == SERVING
        stopping = asyncio.create_task(service.stop(grace=1.0))
        assert (await updates.__anext__()).status == NOT_SERVING
        await stopping


def test_json_logs_carry_the_request_id() -> None:
    token = request_id_var.set("req-42")
    try:
        record = logging.LogRecord(
            "cpd.test", logging.INFO, __file__, 1, "привет %s", ("мир",), None
        )
        record.method = "/cpd.identity.v1.IdentityService/GetMe"
        line = json.loads(JsonFormatter("identity-svc").format(record))
    finally:
        request_id_var.reset(token)
    assert line["msg"] == "привет мир"
    assert line["request_id"] == "req-42"
    assert line["service"] == "identity-svc"
    assert line["method"] == "/cpd.identity.v1.IdentityService/GetMe"

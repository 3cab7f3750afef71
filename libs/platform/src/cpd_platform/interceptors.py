"""gRPC server and client interceptors.

Server side (outermost first): request id → metrics and access log → error mapping → auth.
Each is an async context manager around the RPC's behaviour, so one wrapper serves unary and
streaming methods alike.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import grpc
from grpc.aio import AbortError, ServicerContext
from prometheus_client import Counter, Histogram

from cpd_platform.auth import TokenVerifier, bearer_from_header, principal_var
from cpd_platform.channels import insecure_channel
from cpd_platform.context import (
    bearer_token_var,
    client_ip_var,
    new_request_id,
    request_id_var,
    service_client_var,
    via_gateway_var,
)
from cpd_platform.errors import (
    ERROR_CODE_METADATA_KEY,
    AlreadyExists,
    Conflict,
    DomainError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ResourceExhausted,
    Unauthenticated,
)
from cpd_platform.outages import (
    UNAVAILABLE_CODE,
    UNAVAILABLE_MESSAGE,
    describe,
    is_dependency_outage,
)
from cpd_platform.request_validation import RejectedRequest, checking_deserializer

log = logging.getLogger("cpd.grpc")

# Infrastructure RPCs: callable without a token and kept out of the access log.
INFRASTRUCTURE_PREFIXES = ("/grpc.health.v1.Health/", "/grpc.reflection.")
REQUEST_ID_KEY = "x-request-id"

RPC_TOTAL = Counter("cpd_grpc_server_handled_total", "RPCs handled", ["method", "code"])
RPC_SECONDS = Histogram("cpd_grpc_server_handling_seconds", "RPC latency", ["method"])

STATUS_OF_ERROR: dict[type[DomainError], grpc.StatusCode] = {
    InvalidArgument: grpc.StatusCode.INVALID_ARGUMENT,
    NotFound: grpc.StatusCode.NOT_FOUND,
    AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    Conflict: grpc.StatusCode.ABORTED,
    PermissionDenied: grpc.StatusCode.PERMISSION_DENIED,
    Unauthenticated: grpc.StatusCode.UNAUTHENTICATED,
    FailedPrecondition: grpc.StatusCode.FAILED_PRECONDITION,
    ResourceExhausted: grpc.StatusCode.RESOURCE_EXHAUSTED,
}


def status_of(error: DomainError) -> grpc.StatusCode:
    for cls in type(error).__mro__:
        if cls in STATUS_OF_ERROR:
            return STATUS_OF_ERROR[cls]
    return grpc.StatusCode.FAILED_PRECONDITION


Scope = Callable[[str, ServicerContext], AbstractAsyncContextManager[None]]


def _metadata(context: ServicerContext) -> dict[str, str]:
    return {k: v for k, v in (context.invocation_metadata() or ()) if isinstance(v, str)}


def _wrap_unary(behavior: Callable[..., Awaitable[Any]], method: str, scope: Scope) -> Any:
    async def wrapped(request: Any, context: ServicerContext) -> Any:
        async with scope(method, context):
            return await behavior(request, context)

    return wrapped


def _wrap_stream(behavior: Callable[..., AsyncIterator[Any]], method: str, scope: Scope) -> Any:
    async def wrapped(request: Any, context: ServicerContext) -> AsyncIterator[Any]:
        async with scope(method, context):
            async for response in behavior(request, context):
                yield response

    return wrapped


def _wrap_streaming(behavior: Callable[..., Any], method: str, scope: Scope) -> Any:
    """Streaming behaviours are async generators, or coroutines that call `context.write`
    (grpc's own aio HealthServicer.Watch is one)."""
    if inspect.isasyncgenfunction(behavior):
        return _wrap_stream(behavior, method, scope)
    return _wrap_unary(behavior, method, scope)


def wrap_handler(
    handler: grpc.RpcMethodHandler, method: str, scope: Scope
) -> grpc.RpcMethodHandler:
    common = {
        "request_deserializer": handler.request_deserializer,
        "response_serializer": handler.response_serializer,
    }
    if handler.unary_unary:
        return grpc.unary_unary_rpc_method_handler(
            _wrap_unary(handler.unary_unary, method, scope), **common
        )
    if handler.stream_unary:
        return grpc.stream_unary_rpc_method_handler(
            _wrap_unary(handler.stream_unary, method, scope), **common
        )
    if handler.unary_stream:
        return grpc.unary_stream_rpc_method_handler(
            _wrap_streaming(handler.unary_stream, method, scope), **common
        )
    return grpc.stream_stream_rpc_method_handler(
        _wrap_streaming(handler.stream_stream, method, scope), **common
    )


class ScopeInterceptor(grpc.aio.ServerInterceptor):
    """Runs `scope` around every RPC's behaviour."""

    def scope(self, method: str, context: ServicerContext) -> AbstractAsyncContextManager[None]:
        raise NotImplementedError

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        return wrap_handler(handler, handler_call_details.method, self.scope)


class RequestIdInterceptor(ScopeInterceptor):
    @asynccontextmanager
    async def scope(self, method: str, context: ServicerContext) -> AsyncIterator[None]:
        request_id = _metadata(context).get(REQUEST_ID_KEY) or new_request_id()
        token = request_id_var.set(request_id)
        try:
            yield
        finally:
            request_id_var.reset(token)


class MetricsInterceptor(ScopeInterceptor):
    @asynccontextmanager
    async def scope(self, method: str, context: ServicerContext) -> AsyncIterator[None]:
        started = time.perf_counter()
        code = grpc.StatusCode.OK
        try:
            yield
        except AbortError:
            code = context.code() or grpc.StatusCode.UNKNOWN
            raise
        except BaseException:
            code = grpc.StatusCode.UNKNOWN
            raise
        finally:
            elapsed = time.perf_counter() - started
            code_name = code.name if isinstance(code, grpc.StatusCode) else str(code)
            RPC_TOTAL.labels(method, code_name).inc()
            RPC_SECONDS.labels(method).observe(elapsed)
            if not method.startswith(INFRASTRUCTURE_PREFIXES):
                log.info(
                    "rpc",
                    extra={"method": method, "code": code_name, "ms": round(elapsed * 1000, 2)},
                )


class ErrorInterceptor(ScopeInterceptor):
    """The one place where domain errors become gRPC status codes."""

    @asynccontextmanager
    async def scope(self, method: str, context: ServicerContext) -> AsyncIterator[None]:
        try:
            yield
        except AbortError:
            raise
        except DomainError as exc:
            await context.abort(status_of(exc), exc.message, ((ERROR_CODE_METADATA_KEY, exc.code),))
        except Exception as exc:
            if is_dependency_outage(exc):
                log.warning(
                    "dependency unavailable", extra={"method": method, "reason": describe(exc)}
                )
                await context.abort(
                    grpc.StatusCode.UNAVAILABLE,
                    UNAVAILABLE_MESSAGE,
                    ((ERROR_CODE_METADATA_KEY, UNAVAILABLE_CODE),),
                )
            log.exception("unhandled error", extra={"method": method})
            await context.abort(
                grpc.StatusCode.INTERNAL,
                "Внутренняя ошибка сервиса",
                ((ERROR_CODE_METADATA_KEY, "internal"),),
            )


SERVICE_AUTHORIZATION_KEY = "x-service-authorization"
CLIENT_IP_KEY = "x-client-ip"


class AuthInterceptor(ScopeInterceptor):
    """Verifies the bearer token of every non-public RPC and exposes the principal.

    Public services (declared with `ServiceRegistration(public=True)`, e.g. registration) and
    the infrastructure RPCs are callable without a token.

    `x-service-authorization` (the calling service's own client-credentials token: the
    gateway's, or another service's calling on its own behalf), when present on a
    non-infrastructure RPC, is verified like any token: an invalid one fails the RPC with
    UNAUTHENTICATED; a valid one names the calling service (`cpd_platform.context.
    calling_service()`), and when its `azp` is one of `trusted_gateway_clients` it marks the RPC
    as coming through the gateway (`via_gateway()`), which is also what makes its `x-client-ip`
    trusted (`trusted_client_address()`)."""

    def __init__(
        self,
        verifier: TokenVerifier,
        public_services: Sequence[str] = (),
        trusted_gateway_clients: Sequence[str] = ("gateway",),
    ) -> None:
        self._verifier = verifier
        self._public = tuple(f"/{name}/" for name in public_services)
        self._trusted_gateways = frozenset(trusted_gateway_clients)

    async def _service_client(self, metadata: dict[str, str]) -> str | None:
        header = metadata.get(SERVICE_AUTHORIZATION_KEY)
        if header is None:
            return None
        token = bearer_from_header(header)
        if token is None:
            raise Unauthenticated(
                "unauthenticated", "Требуется вход в систему: токен недействителен"
            )
        return (await self._verifier.verify(token)).client_id or None

    @asynccontextmanager
    async def scope(self, method: str, context: ServicerContext) -> AsyncIterator[None]:
        if method.startswith(INFRASTRUCTURE_PREFIXES):
            yield
            return
        metadata = _metadata(context)
        service = await self._service_client(metadata)
        gateway = service is not None and service in self._trusted_gateways
        public = method.startswith(self._public)
        # Public RPCs ignore the caller's own token, as they always have.
        token = None if public else bearer_from_header(metadata.get("authorization"))
        if token is None and not public:
            raise Unauthenticated("unauthenticated", "Требуется вход в систему")
        principal = None if token is None else await self._verifier.verify(token)
        principal_token = principal_var.set(principal)
        bearer_token = bearer_token_var.set(token)
        service_client = service_client_var.set(service)
        via_gateway = via_gateway_var.set(gateway)
        client_ip = client_ip_var.set(metadata.get(CLIENT_IP_KEY) if gateway else None)
        try:
            yield
        finally:
            client_ip_var.reset(client_ip)
            via_gateway_var.reset(via_gateway)
            service_client_var.reset(service_client)
            principal_var.reset(principal_token)
            bearer_token_var.reset(bearer_token)


class RequestValidationInterceptor(grpc.aio.ServerInterceptor):
    """Refuses, with INVALID_ARGUMENT, request bytes that are not the method's message
    (`invalid_message`) and unary requests with NUL or a lone surrogate in any string field
    (`invalid_text`, the message names the field path). See `cpd_platform.request_validation`.

    Client-streaming methods (credits `PostResults`) check their records themselves, one by
    one, so that one bad record does not end the stream: here only undecodable messages in a
    stream are refused."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None or handler_call_details.method.startswith(INFRASTRUCTURE_PREFIXES):
            return handler
        streaming_requests = bool(handler.request_streaming)
        deserializer = checking_deserializer(
            handler.request_deserializer, check_text=not streaming_requests
        )
        common = {"request_deserializer": deserializer, **_serializer(handler)}
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                _checked_unary(handler.unary_unary), **common
            )
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                _checked_unary(handler.unary_stream), **common
            )
        if handler.stream_unary:
            return grpc.stream_unary_rpc_method_handler(
                _checked_stream(handler.stream_unary), **common
            )
        return grpc.stream_stream_rpc_method_handler(
            _checked_stream(handler.stream_stream), **common
        )


def _serializer(handler: grpc.RpcMethodHandler) -> dict[str, Any]:
    return {"response_serializer": handler.response_serializer}


def _accepted(request: Any) -> Any:
    if isinstance(request, RejectedRequest):
        raise request.error
    return request


async def _checked_requests(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
    async for request in requests:
        yield _accepted(request)


def _checked(behavior: Callable[..., Any], check: Callable[[Any], Any]) -> Callable[..., Any]:
    """`behavior` receiving its request (or request stream) through `check`."""
    if inspect.isasyncgenfunction(behavior):

        async def checked_stream(request: Any, context: ServicerContext) -> AsyncIterator[Any]:
            async for response in behavior(check(request), context):
                yield response

        return checked_stream

    async def checked_call(request: Any, context: ServicerContext) -> Any:
        return await behavior(check(request), context)

    return checked_call


def _checked_unary(behavior: Callable[..., Any]) -> Callable[..., Any]:
    return _checked(behavior, _accepted)


def _checked_stream(behavior: Callable[..., Any]) -> Callable[..., Any]:
    return _checked(behavior, _checked_requests)


def server_interceptors(
    verifier: TokenVerifier,
    public_services: Sequence[str] = (),
    trusted_gateway_clients: Sequence[str] = ("gateway",),
) -> list[grpc.aio.ServerInterceptor]:
    """`public_services`: full names of services whose RPCs need no token;
    `trusted_gateway_clients`: `azp` values of the gateway's service identity."""
    return [
        RequestIdInterceptor(),
        MetricsInterceptor(),
        ErrorInterceptor(),
        AuthInterceptor(verifier, public_services, trusted_gateway_clients),
        RequestValidationInterceptor(),
    ]


def outgoing_metadata() -> tuple[tuple[str, str], ...]:
    """Metadata that every call to another service carries: the caller's token and request id."""
    metadata: list[tuple[str, str]] = [(REQUEST_ID_KEY, request_id_var.get())]
    token = bearer_token_var.get()
    if token is not None:
        metadata.append(("authorization", f"Bearer {token}"))
    return tuple(metadata)


class ForwardingClientInterceptor(grpc.aio.UnaryUnaryClientInterceptor):
    """Adds the caller's token, the request id and a deadline to every unary call."""

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    async def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.aio.ClientCallDetails, Any], Awaitable[Any]],
        client_call_details: grpc.aio.ClientCallDetails,
        request: Any,
    ) -> Any:
        metadata = grpc.aio.Metadata(*outgoing_metadata())
        for key, value in client_call_details.metadata or ():
            if key not in metadata:
                metadata.add(key, value)
        details = grpc.aio.ClientCallDetails(
            method=client_call_details.method,
            timeout=client_call_details.timeout or self._deadline,
            metadata=metadata,
            credentials=client_call_details.credentials,
            wait_for_ready=client_call_details.wait_for_ready,
        )
        return await continuation(details, request)


def open_channel(target: str, deadline: float) -> grpc.aio.Channel:
    return insecure_channel(target, [ForwardingClientInterceptor(deadline)])

"""Expected failures reach clients with a stable `code` and a Russian message; the rest is masked."""

from __future__ import annotations

import grpc
from graphql import GraphQLError

from cpd_platform.errors import ERROR_CODE_METADATA_KEY

MASKED_MESSAGE = "Внутренняя ошибка. Попробуйте позже."

# Status codes whose details are written for people by the services (cpd_platform.errors).
_PASSED_THROUGH = {
    grpc.StatusCode.INVALID_ARGUMENT,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.ALREADY_EXISTS,
    grpc.StatusCode.ABORTED,
    grpc.StatusCode.PERMISSION_DENIED,
    grpc.StatusCode.UNAUTHENTICATED,
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.RESOURCE_EXHAUSTED,
}
_UNAVAILABLE = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED}


class GatewayError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.extensions = {"code": code}


def from_rpc_error(exc: grpc.aio.AioRpcError) -> Exception:
    status = exc.code()
    if status in _PASSED_THROUGH:
        codes = [v for k, v in (exc.trailing_metadata() or ()) if k == ERROR_CODE_METADATA_KEY]
        code = str(codes[0]) if codes else status.name.lower()
        return GatewayError(code, exc.details() or "")
    if status in _UNAVAILABLE:
        return GatewayError("service_unavailable", "Сервис временно недоступен. Попробуйте позже.")
    return exc  # type: ignore[no-any-return]


def should_mask(error: GraphQLError) -> bool:
    return error.original_error is not None and not isinstance(error.original_error, GatewayError)

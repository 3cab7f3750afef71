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
    def __init__(self, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.extensions = {"code": code} if field is None else {"code": code, "field": field}


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
    """True for real faults only. Errors about the request itself pass: a GraphQLError raised
    on purpose (coercion of variables and literals wraps one: `kind: 1` for an enum, an Int
    out of range) and the value errors of scalar parsers while variables are coerced (no path
    yet: execution has not started)."""
    original = error.original_error
    if original is None or isinstance(original, GatewayError | GraphQLError):
        return False
    return not (error.path is None and error.nodes and isinstance(original, ValueError | TypeError))

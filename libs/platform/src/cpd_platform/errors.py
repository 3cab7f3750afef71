"""Domain errors with stable codes; free of any transport.

`code` is a stable machine-readable identifier (snake_case); `message` is for people, in Russian.
`cpd_platform.interceptors` maps each class to a gRPC status in one place.
"""

from __future__ import annotations

ERROR_CODE_METADATA_KEY = "cpd-error-code"


class DomainError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class InvalidArgument(DomainError):
    pass


class NotFound(DomainError):
    pass


class AlreadyExists(DomainError):
    pass


class Conflict(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class Unauthenticated(DomainError):
    pass


class FailedPrecondition(DomainError):
    pass


class ResourceExhausted(DomainError):
    pass

"""What every domain module of the schema shares: the info type and typed errors (UserError with
the ErrorCode enum of the error catalogue)."""

from __future__ import annotations

from enum import Enum

import strawberry
from strawberry.types import Info

from cpd_platform.error_catalogue import CATALOGUE
from gateway.context import GatewayContext
from gateway.errors import GatewayError

GatewayInfo = Info[GatewayContext, None]

_CODES: type[Enum] = Enum(  # type: ignore[misc]
    "ErrorCode",
    {
        entry.graphql_enum_value: strawberry.enum_value(entry.code, description=entry.meaning)
        for entry in CATALOGUE.values()
        if entry.reaches_graphql  # the posting API's codes never reach GraphQL
    },
    module=__name__,
)
ErrorCode = strawberry.enum(
    _CODES,
    description="Every stable code of an expected failure (cpd_platform.error_catalogue, where"
    " each has its gRPC status, Russian message and the operations that return it).",
)
# A code missing from the catalogue is a bug the catalogue's scan catches; clients then see
# the generic fault rather than a failed query.
_UNCATALOGUED = ErrorCode("internal")


@strawberry.type(
    description="An expected failure the client shows to people: a stable machine-readable"
    " code and a message in Russian."
)
class UserError:
    code: strawberry.Private[str]
    message: str = strawberry.field(description="What went wrong, in Russian, for people.")
    field: str | None = strawberry.field(
        default=None,
        description="The argument or input field the failure is about; null when it is about"
        " the request as a whole.",
    )

    @strawberry.field(
        name="code",
        description="What failed, as a stable code clients branch on (never on the message).",
    )
    def error_code(self) -> ErrorCode:  # type: ignore[valid-type]
        try:
            return ErrorCode(self.code)
        except ValueError:
            return _UNCATALOGUED


def user_error_from(error: GatewayError) -> UserError:
    return UserError(code=error.code, message=str(error), field=error.field)

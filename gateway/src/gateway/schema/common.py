"""What every domain module of the schema shares: the info type, dates and typed errors."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import date
from typing import TypeVar

import strawberry
from strawberry.types import Info

from gateway.context import GatewayContext
from gateway.errors import GatewayError

GatewayInfo = Info[GatewayContext, None]

T = TypeVar("T")


def optional_date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@strawberry.type(
    description="An expected failure the client shows to people: a stable machine-readable"
    " code and a message in Russian."
)
class UserError:
    code: str = strawberry.field(
        description="Stable snake_case code of the failure (e.g. `element_not_found`); clients"
        " branch on it, never on the message."
    )
    message: str = strawberry.field(description="What went wrong, in Russian, for people.")
    field: str | None = strawberry.field(
        default=None,
        description="The argument or input field the failure is about; null when it is about"
        " the request as a whole.",
    )


def user_error_from(error: GatewayError) -> UserError:
    return UserError(code=error.code, message=str(error), field=error.field)


async def user_error_or(call: Awaitable[T]) -> T | UserError:
    """Runs a backend call; an expected failure (a GatewayError) becomes a typed UserError."""
    try:
        return await call
    except GatewayError as exc:
        return user_error_from(exc)

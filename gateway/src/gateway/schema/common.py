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


@strawberry.type(description="Ожидаемая ошибка: стабильный код и сообщение для человека")
class UserError:
    code: str
    message: str
    field: str | None = strawberry.field(
        default=None, description="Поле запроса, к которому относится ошибка (если есть)"
    )


async def user_error_or(call: Awaitable[T]) -> T | UserError:
    """Runs a backend call; an expected failure (a GatewayError) becomes a typed UserError."""
    try:
        return await call
    except GatewayError as exc:
        return UserError(code=exc.code, message=str(exc))

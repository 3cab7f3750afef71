"""Per-request context carried in context variables (one asyncio task per RPC or HTTP request)."""

from __future__ import annotations

import uuid
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
bearer_token_var: ContextVar[str | None] = ContextVar("bearer_token", default=None)


def new_request_id() -> str:
    return uuid.uuid4().hex

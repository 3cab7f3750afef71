"""Offset pages behind an opaque token: a request's page size and token to (limit, offset), and
the token of the next page. Shared by the services whose lists are small enough for offsets."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Generic, TypeVar

from cpd_platform.errors import InvalidArgument

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PageOf(Generic[T]):
    items: list[T]
    next_page_token: str
    total: int


DEFAULT_PAGE = 100
MAX_PAGE = 500


def bounds(page_size: int, page_token: str) -> tuple[int, int]:
    """(limit, offset) from a request's page size and opaque token."""
    limit = DEFAULT_PAGE if page_size <= 0 else min(page_size, MAX_PAGE)
    if not page_token:
        return limit, 0
    try:
        offset = int(base64.urlsafe_b64decode(page_token.encode()).decode().removeprefix("o:"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidArgument("invalid_page_token", "Неверный номер страницы") from None
    if offset < 0:
        raise InvalidArgument("invalid_page_token", "Неверный номер страницы")
    return limit, offset


def next_token(limit: int, offset: int, total: int) -> str:
    if offset + limit >= total:
        return ""
    return base64.urlsafe_b64encode(f"o:{offset + limit}".encode()).decode()

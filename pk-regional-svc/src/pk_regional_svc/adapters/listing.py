"""A list's page and how many rows the whole list has, read the same way by every repository."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession


async def counted_page(
    session: AsyncSession,
    query: Select[Any],
    order_by: Sequence[Any],
    limit: int,
    offset: int,
) -> tuple[Sequence[Row[Any]], int]:
    """The rows of `query` in `order_by` from `offset` (at most `limit`), and all its rows' count."""
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    found = await session.execute(query.order_by(*order_by).limit(limit).offset(offset))
    return found.all(), total or 0

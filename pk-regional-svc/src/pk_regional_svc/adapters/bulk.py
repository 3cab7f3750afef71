"""COPY into a table inside the current transaction: set-based, fast for large batches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncConnection

from cpd_platform import db


async def copy_records(
    connection: AsyncConnection, table: Table, columns: list[str], records: list[tuple[Any, ...]]
) -> None:
    await db.copy_records(connection, table.name, table.schema, columns, records)

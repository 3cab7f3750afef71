"""COPY into a table inside the current transaction: set-based, fast for large batches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncConnection


async def copy_records(
    connection: AsyncConnection, table: Table, columns: list[str], records: list[tuple[Any, ...]]
) -> None:
    if not records:
        return
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    await driver.copy_records_to_table(
        table.name, records=records, columns=columns, schema_name=table.schema
    )

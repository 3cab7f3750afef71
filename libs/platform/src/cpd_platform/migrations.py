"""Alembic, one schema per service.

A service's `migrations/env.py` calls `run_env(metadata)`; `upgrade_to_head` applies migrations at
start-up in dev, and `python -m <service>.main migrate` runs them as a job in production.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine


def alembic_config(migrations_dir: Path, database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.attributes["database_url"] = database_url
    return config


async def upgrade_to_head(migrations_dir: Path, database_url: str) -> None:
    config = alembic_config(migrations_dir, database_url)
    await asyncio.to_thread(command.upgrade, config, "head")


def run_env(metadata: MetaData) -> None:
    """Body of every service's `env.py` (online mode only: migrations always run against a DB)."""
    schema = metadata.schema
    if schema is None:
        raise RuntimeError("a service's metadata must name its schema")
    url = context.config.attributes["database_url"]

    def migrate(connection: Connection) -> None:
        # Every replica's init container migrates: one at a time per schema, the others then
        # find the schema at head (the lock ends with the transaction).
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": schema})
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table_schema=schema,
            include_schemas=False,
        )
        with context.begin_transaction():
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(url)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(migrate)
        finally:
            await engine.dispose()

    asyncio.run(run())

"""Alembic, one schema per service.

A service's `migrations/env.py` calls `run_env(metadata)`; `upgrade_to_head` applies migrations at
start-up in dev, and `python -m <service>.main migrate` runs them as a job in production.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command, context, op
from alembic.config import Config
from sqlalchemy import MetaData, text
from sqlalchemy.dialects import postgresql
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


# Table parts every service's migrations share. Migrations call these with their schema instead
# of spelling the parts out again; what they create must never change (the migrations that use
# them are already applied), so a new shape needs a new helper, not an edit of one of these.


def timestamp_default_now(name: str) -> sa.Column[Any]:
    """A required timestamptz column set to now() when a row is inserted without it."""
    return sa.Column(
        name, sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
    )


def create_outbox_table(schema: str) -> None:
    """The transactional outbox (`cpd_platform.outbox`) and its index of unpublished rows."""
    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.UUID(as_uuid=False), nullable=False),
        sa.Column("event_type", sa.String(length=100), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("request_id", sa.String(length=64), server_default="-", nullable=False),
        timestamp_default_now("created_at"),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
        schema=schema,
    )
    op.create_index(
        "ix_outbox_unpublished",
        "outbox",
        ["id"],
        unique=False,
        schema=schema,
        postgresql_where=sa.text("published_at IS NULL"),
    )


def drop_outbox_table(schema: str) -> None:
    """Undoes `create_outbox_table`."""
    op.drop_index("ix_outbox_unpublished", table_name="outbox", schema=schema)
    op.drop_table("outbox", schema=schema)


def create_owned_table(
    name: str,
    owner: str,
    owner_table: str,
    *parts: sa.Column[Any] | sa.Constraint,
    schema: str,
    idempotency_per_owner: bool = False,
) -> None:
    """A table of rows identified by a UUID `id`, each belonging to one row of `owner_table`
    (the `owner` column, deleted with it and indexed as `ix_<name>_<owner>`); `parts` are its
    other columns and constraints. With `idempotency_per_owner`, its `idempotency_key` column
    (one of `parts`) is unique per owner."""
    keys = (
        [sa.UniqueConstraint(owner, "idempotency_key", name=f"uq_{name}_{owner}_idempotency_key")]
        if idempotency_per_owner
        else []
    )
    op.create_table(
        name,
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column(owner, sa.UUID(), nullable=False),
        *parts,
        sa.ForeignKeyConstraint([owner], [f"{schema}.{owner_table}.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        *keys,
        schema=schema,
    )
    op.create_index(f"ix_{name}_{owner}", name, [owner], schema=schema)

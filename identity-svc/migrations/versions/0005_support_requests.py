"""support requests: a person's requests to staff and their threads

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cpd_platform.migrations import create_owned_table

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "identity"


def upgrade() -> None:
    create_owned_table(
        "support_requests",
        "person_id",
        "persons",
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("context_reference", sa.String(100), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        schema=SCHEMA,
        idempotency_per_owner=True,
    )
    op.create_index(
        "ix_support_requests_provider_id", "support_requests", ["provider_id"], schema=SCHEMA
    )
    create_owned_table(
        "support_messages",
        "request_id",
        "support_requests",
        sa.Column("author_person_id", sa.UUID(), nullable=True),
        sa.Column("author_kind", sa.String(16), nullable=False),
        sa.Column("text", sa.String(4000), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        schema=SCHEMA,
        idempotency_per_owner=True,
    )


def downgrade() -> None:
    op.drop_table("support_messages", schema=SCHEMA)
    op.drop_table("support_requests", schema=SCHEMA)

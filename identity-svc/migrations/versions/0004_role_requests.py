"""role requests: a person's request for a scoped role, and its decision

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cpd_platform.migrations import create_owned_table

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "identity"


def upgrade() -> None:
    create_owned_table(
        "role_requests",
        "person_id",
        "persons",
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("justification", sa.String(2000), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("decided_by_person_id", sa.UUID(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refusal_reason", sa.String(2000), server_default="", nullable=False),
        schema=SCHEMA,
    )
    op.create_index("ix_role_requests_scope", "role_requests", ["scope"], schema=SCHEMA)
    # One pending request per person, role and scope: asking again returns it.
    op.create_index(
        "uq_role_requests_pending",
        "role_requests",
        ["person_id", "role", "scope"],
        unique=True,
        schema=SCHEMA,
        postgresql_where=sa.text("status = 'pending'"),
    )


def downgrade() -> None:
    op.drop_table("role_requests", schema=SCHEMA)

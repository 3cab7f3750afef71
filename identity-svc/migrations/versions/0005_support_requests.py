"""support requests: a person's requests to staff and their threads

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "identity"


def upgrade() -> None:
    op.create_table(
        "support_requests",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("context_reference", sa.String(100), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], [f"{SCHEMA}.persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_support_requests"),
        sa.UniqueConstraint(
            "person_id", "idempotency_key", name="uq_support_requests_person_id_idempotency_key"
        ),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_support_requests_person_id", "support_requests", ["person_id"], schema=SCHEMA
    )
    op.create_index(
        "ix_support_requests_provider_id", "support_requests", ["provider_id"], schema=SCHEMA
    )
    op.create_table(
        "support_messages",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("request_id", sa.UUID(), nullable=False),
        sa.Column("author_person_id", sa.UUID(), nullable=True),
        sa.Column("author_kind", sa.String(16), nullable=False),
        sa.Column("text", sa.String(4000), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], [f"{SCHEMA}.support_requests.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_support_messages"),
        sa.UniqueConstraint(
            "request_id", "idempotency_key", name="uq_support_messages_request_id_idempotency_key"
        ),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_support_messages_request_id", "support_messages", ["request_id"], schema=SCHEMA
    )


def downgrade() -> None:
    op.drop_table("support_messages", schema=SCHEMA)
    op.drop_table("support_requests", schema=SCHEMA)

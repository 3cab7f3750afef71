"""registration fields, consents, account links, grants and their audit

Revision ID: 0002
Revises: 0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from cpd_platform.migrations import timestamp_default_now

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "identity"


def upgrade() -> None:
    op.alter_column("persons", "region_code", nullable=True, schema=SCHEMA)
    op.alter_column("persons", "email", nullable=True, schema=SCHEMA)
    for column in [
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("sex", sa.String(8), nullable=True),
        sa.Column("phone", sa.String(16), nullable=True),
        sa.Column("citizenship", sa.String(2), nullable=True),
        sa.Column("email_verified", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("phone_verified", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("registration_fingerprint", sa.String(64), nullable=True),
        sa.Column("verification_sent_at", sa.DateTime(timezone=True), nullable=True),
        timestamp_default_now("updated_at"),
    ]:
        op.add_column("persons", column, schema=SCHEMA)

    op.create_table(
        "consents",
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("text_version", sa.String(32), nullable=False),
        sa.Column("agreed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], [f"{SCHEMA}.persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "kind"),
        schema=SCHEMA,
    )
    op.create_table(
        "account_links",
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("identity_provider", sa.String(32), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        timestamp_default_now("linked_at"),
        sa.ForeignKeyConstraint(["person_id"], [f"{SCHEMA}.persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("subject"),
        schema=SCHEMA,
    )
    op.create_index(
        "ix_account_links_person_id", "account_links", ["person_id"], schema=SCHEMA
    )
    op.create_table(
        "grants",
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("granted_by", sa.String(64), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], [f"{SCHEMA}.persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "role", "scope"),
        schema=SCHEMA,
    )
    op.create_table(
        "grant_audit",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("actor_subject", sa.String(64), nullable=False),
        sa.Column("actor_person_id", sa.UUID(), nullable=True),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        schema=SCHEMA,
    )
    op.create_index("ix_grant_audit_person_id", "grant_audit", ["person_id"], schema=SCHEMA)


def downgrade() -> None:
    op.drop_index("ix_grant_audit_person_id", table_name="grant_audit", schema=SCHEMA)
    op.drop_table("grant_audit", schema=SCHEMA)
    op.drop_table("grants", schema=SCHEMA)
    op.drop_index("ix_account_links_person_id", table_name="account_links", schema=SCHEMA)
    op.drop_table("account_links", schema=SCHEMA)
    op.drop_table("consents", schema=SCHEMA)
    for name in [
        "updated_at",
        "verification_sent_at",
        "registration_fingerprint",
        "phone_verified",
        "email_verified",
        "citizenship",
        "phone",
        "sex",
        "kind",
    ]:
        op.drop_column("persons", name, schema=SCHEMA)
    op.alter_column("persons", "email", nullable=False, schema=SCHEMA)
    op.alter_column("persons", "region_code", nullable=False, schema=SCHEMA)

"""ledger sequence, corrections and audit, deadlines, posting series, event codes, mail outbox

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from cpd_platform.migrations import timestamp_default_now

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "credits"
UUID = postgresql.UUID(as_uuid=False)


def _specialty_columns() -> list[sa.Column[Any]]:
    """A credit's specialties, as a credit record and a code redemption both keep them."""
    return [
        sa.Column("main_specialty_code", sa.String(40), nullable=False, server_default=""),
        sa.Column(
            "additional_specialty_codes",
            postgresql.ARRAY(sa.Text()),
            nullable=False,
            server_default="{}",
        ),
    ]


def upgrade() -> None:
    op.execute(f"CREATE SEQUENCE {S}.ledger_sequence")
    nextval = sa.text(f"nextval('{S}.ledger_sequence'::regclass)")

    add = [
        sa.Column("sequence", sa.BigInteger(), server_default=nextval),
        *_specialty_columns(),
        sa.Column("document_number", sa.String(100), nullable=False, server_default=""),
        sa.Column("program_cycle_id", UUID),
        sa.Column("deadline", sa.Date()),
        sa.Column("days_late", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("status_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("source", sa.String(20), nullable=False, server_default="posting"),
        sa.Column("corrects_id", UUID),
        sa.Column("corrected_by", UUID),
        sa.Column("recorded_by", sa.String(200), nullable=False, server_default=""),
    ]
    for column in add:
        op.add_column("credit_records", column, schema=S)
    op.drop_constraint(
        "uq_credit_records_provider_external_id", "credit_records", schema=S, type_="unique"
    )
    op.create_index(
        "uq_credit_records_provider_external_id",
        "credit_records",
        ["provider_id", "external_id"],
        unique=True,
        schema=S,
        postgresql_where=sa.text("corrects_id IS NULL"),
    )
    op.drop_index("ix_credits_credit_records_person_id", table_name="credit_records", schema=S)
    op.create_index("ix_credit_records_person_id", "credit_records", ["person_id"], schema=S)
    op.create_index(
        "ix_credit_records_sequence",
        "credit_records",
        ["sequence"],
        schema=S,
        postgresql_using="brin",
    )
    op.create_index(
        "ix_credit_records_late",
        "credit_records",
        ["provider_id"],
        schema=S,
        postgresql_where=sa.text("deadline IS NOT NULL"),
    )

    op.add_column(
        "posted_batches",
        sa.Column("series_id", sa.String(200), nullable=False, server_default=""),
        schema=S,
    )
    op.drop_constraint(
        "uq_posted_batches_provider_batch_id", "posted_batches", schema=S, type_="unique"
    )
    op.create_index(
        "uq_posted_batches_provider_batch_id",
        "posted_batches",
        ["provider_id", "batch_id"],
        unique=True,
        schema=S,
    )
    op.create_index(
        "ix_posted_batches_series",
        "posted_batches",
        ["provider_id", "series_id", "sequence"],
        schema=S,
    )

    op.create_table(
        "credit_voids",
        sa.Column("sequence", sa.BigInteger(), server_default=nextval, nullable=False),
        sa.Column("credit_id", UUID, nullable=False),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("element_id", UUID, nullable=False),
        sa.Column("zet", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("replaced_by", UUID),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("actor_client_id", sa.String(200), nullable=False),
        timestamp_default_now("at"),
        sa.PrimaryKeyConstraint("sequence"),
        schema=S,
    )
    op.create_index("ix_credits_credit_voids_credit_id", "credit_voids", ["credit_id"], schema=S)

    op.create_table(
        "event_codes",
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("event_id", UUID, nullable=False),
        sa.Column("provider_id", UUID, nullable=False),
        sa.Column("snils", sa.String(11), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("issue_key", sa.String(200), nullable=False),
        sa.Column("issued_by", sa.String(200), nullable=False),
        timestamp_default_now("issued_at"),
        sa.Column("mail_status", sa.String(20), nullable=False, server_default=""),
        sa.Column("redeemed_by", UUID),
        sa.Column("redeemed_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("code"),
        schema=S,
    )
    op.create_index("ix_credits_event_codes_event_id", "event_codes", ["event_id"], schema=S)
    op.create_table(
        "code_issues",
        sa.Column("event_id", UUID, nullable=False),
        sa.Column("issue_key", sa.String(200), nullable=False),
        timestamp_default_now("created_at"),
        sa.PrimaryKeyConstraint("event_id", "issue_key"),
        schema=S,
    )
    live = sa.text("status IN ('pending', 'accepted')")
    op.create_table(
        "code_redemptions",
        sa.Column("id", UUID, nullable=False),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("snils", sa.String(11), nullable=False, server_default=""),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("event_id", UUID),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason_code", sa.String(60), nullable=False, server_default=""),
        sa.Column("reason_message", sa.Text(), nullable=False, server_default=""),
        sa.Column("client_address", sa.String(100), nullable=False, server_default=""),
        timestamp_default_now("entered_at"),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("credit_id", UUID),
        sa.Column("provider_id", UUID),
        sa.Column("element_kind", sa.String(20), nullable=False, server_default=""),
        sa.Column("zet", sa.Integer(), nullable=False, server_default="0"),
        *_specialty_columns(),
        sa.Column("completed_on", sa.Date()),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "ix_credits_code_redemptions_person_id", "code_redemptions", ["person_id"], schema=S
    )
    op.create_index(
        "uq_code_redemptions_live_code",
        "code_redemptions",
        ["code"],
        unique=True,
        schema=S,
        postgresql_where=live,
    )
    op.create_index(
        "uq_code_redemptions_live_person_event",
        "code_redemptions",
        ["person_id", "event_id"],
        unique=True,
        schema=S,
        postgresql_where=live,
    )
    op.create_index(
        "ix_code_redemptions_pending",
        "code_redemptions",
        ["event_id"],
        schema=S,
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_table(
        "attendance_lists",
        sa.Column("event_id", UUID, nullable=False),
        sa.Column("uploaded_by", sa.String(200), nullable=False),
        timestamp_default_now("updated_at"),
        sa.PrimaryKeyConstraint("event_id"),
        schema=S,
    )
    op.create_table(
        "attendance",
        sa.Column("event_id", UUID, nullable=False),
        sa.Column("snils", sa.String(11), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "snils"),
        schema=S,
    )
    op.create_table(
        "redeem_failures",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("limit_key", sa.String(200), nullable=False),
        timestamp_default_now("at"),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "ix_redeem_failures_key_at", "redeem_failures", ["limit_key", "at"], schema=S
    )
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("to_address", sa.String(320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("code", sa.String(12)),
        timestamp_default_now("created_at"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text(), nullable=False, server_default=""),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "ix_mail_outbox_unsent",
        "mail_outbox",
        ["id"],
        schema=S,
        postgresql_where=sa.text("sent_at IS NULL"),
    )


def downgrade() -> None:
    for table in (
        "mail_outbox",
        "redeem_failures",
        "attendance",
        "attendance_lists",
        "code_redemptions",
        "code_issues",
        "event_codes",
        "credit_voids",
    ):
        op.drop_table(table, schema=S)
    op.drop_index("ix_posted_batches_series", table_name="posted_batches", schema=S)
    op.drop_index("uq_posted_batches_provider_batch_id", table_name="posted_batches", schema=S)
    op.create_unique_constraint(
        "uq_posted_batches_provider_batch_id",
        "posted_batches",
        ["provider_id", "batch_id"],
        schema=S,
    )
    op.drop_column("posted_batches", "series_id", schema=S)
    for index in (
        "ix_credit_records_late",
        "ix_credit_records_sequence",
        "ix_credit_records_person_id",
        "uq_credit_records_provider_external_id",
    ):
        op.drop_index(index, table_name="credit_records", schema=S)
    op.create_index(
        "ix_credits_credit_records_person_id", "credit_records", ["person_id"], schema=S
    )
    op.create_unique_constraint(
        "uq_credit_records_provider_external_id",
        "credit_records",
        ["provider_id", "external_id"],
        schema=S,
    )
    for column in (
        "sequence",
        "main_specialty_code",
        "additional_specialty_codes",
        "document_number",
        "program_cycle_id",
        "deadline",
        "days_late",
        "status_reason",
        "source",
        "corrects_id",
        "corrected_by",
        "recorded_by",
    ):
        op.drop_column("credit_records", column, schema=S)
    op.execute(f"DROP SEQUENCE {S}.ledger_sequence")

"""SMK (issue 18): electronic training cards with their programme snapshot, entries, module
completions, and exam (PES) applications

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "plan"
UUID = postgresql.UUID(as_uuid=True)


def upgrade() -> None:
    op.create_table(
        "smk_cards",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("unit_id", UUID, nullable=False),
        sa.Column("unit_name", sa.String(300), nullable=False),
        sa.Column("specialty", sa.String(64), nullable=False),
        sa.Column("programme_version", sa.Integer(), nullable=False),
        sa.Column("programme", postgresql.JSONB(), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rule_set", sa.String(32), nullable=False),
        sa.UniqueConstraint("person_id", "specialty", name="uq_smk_cards_person_specialty"),
        sa.CheckConstraint("mode IN ('residency', 'non_residency')", name="ck_smk_cards_mode"),
        schema=S,
    )
    op.create_index("ix_smk_cards_unit_id", "smk_cards", ["unit_id"], schema=S)
    op.create_table(
        "smk_card_entries",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("card_id", UUID, sa.ForeignKey(f"{S}.smk_cards.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(100), nullable=False),
        sa.Column("module_code", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("element_code", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("performed_on", sa.Date(), nullable=False),
        sa.Column("patient_code", sa.String(40), nullable=False),
        sa.Column("catalog_element_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("return_reason", sa.String(1000), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("card_id", "idempotency_key", name="uq_smk_card_entries_key"),
        sa.CheckConstraint(
            "status IN ('submitted', 'confirmed', 'returned')", name="ck_smk_card_entries_status"
        ),
        schema=S,
    )
    op.create_index(
        "ix_smk_card_entries_card", "smk_card_entries", ["card_id", "created_at"], schema=S
    )
    op.create_index(
        "ix_smk_card_entries_awaiting_posting",
        "smk_card_entries",
        ["catalog_element_id"],
        schema=S,
        postgresql_where=sa.text("status = 'submitted' AND catalog_element_id <> ''"),
    )
    op.create_index("ix_smk_card_entries_decided_by", "smk_card_entries", ["decided_by"], schema=S)
    op.create_table(
        "smk_module_completions",
        sa.Column("card_id", UUID, sa.ForeignKey(f"{S}.smk_cards.id"), primary_key=True),
        sa.Column("module_code", sa.String(64), primary_key=True),
        sa.Column("confirmed_by", sa.String(200), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        schema=S,
    )
    op.create_table(
        "smk_exam_applications",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("card_id", UUID, sa.ForeignKey(f"{S}.smk_cards.id"), nullable=False),
        sa.Column("person_id", UUID, nullable=False),
        sa.Column("specialty", sa.String(64), nullable=False),
        sa.Column("session", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("return_reason", sa.String(1000), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("idempotency_key", sa.String(100), nullable=False),
        sa.UniqueConstraint("person_id", "idempotency_key", name="uq_smk_exam_applications_key"),
        sa.CheckConstraint(
            "status IN ('submitted', 'accepted', 'returned')",
            name="ck_smk_exam_applications_status",
        ),
        schema=S,
    )
    op.create_index(
        "uq_smk_exam_applications_active",
        "smk_exam_applications",
        ["card_id"],
        unique=True,
        schema=S,
        postgresql_where=sa.text("status <> 'returned'"),
    )
    op.create_index(
        "ix_smk_exam_applications_session",
        "smk_exam_applications",
        ["session", "submitted_at"],
        schema=S,
    )


def downgrade() -> None:
    op.drop_table("smk_exam_applications", schema=S)
    op.drop_table("smk_module_completions", schema=S)
    op.drop_table("smk_card_entries", schema=S)
    op.drop_table("smk_cards", schema=S)

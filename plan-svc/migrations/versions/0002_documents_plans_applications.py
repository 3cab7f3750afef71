"""documents, ФРМР extract, person-level credit projection, plan items, applications

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00

Credits move from per-cycle rows to one row per credit of a person (attribution is derived when
progress is read). Existing per-cycle rows are carried over with the specialties of the cycles
they counted in, which attributes them exactly as before; `plan-svc rebuild` restores the
element's full specialty list from the ledger.
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

S = "plan"


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("kind", sa.String(48), nullable=False),
        sa.Column("specialty_code", sa.String(64), nullable=False),
        sa.Column("series", sa.String(64), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("series_key", sa.String(64), nullable=False),
        sa.Column("number_key", sa.String(64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("snils", sa.String(11), nullable=True),
        timestamp_default_now("created_at"),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "uq_documents_person_kind_number",
        "documents",
        ["person_id", "kind", "series_key", "number_key"],
        unique=True,
        schema=S,
    )

    op.drop_index("uq_cycles_person_specialty", table_name="cycles", schema=S)
    op.create_index(
        "ix_cycles_person_specialty", "cycles", ["person_id", "specialty_code"], schema=S
    )
    op.alter_column("cycles", "document_kind", type_=sa.String(48), schema=S)
    op.execute(
        "UPDATE plan.cycles SET document_kind = 'accreditation_primary' "
        "WHERE document_kind = 'accreditation'"
    )
    op.add_column("cycles", sa.Column("document_id", sa.UUID(), nullable=True), schema=S)
    op.create_unique_constraint("uq_cycles_document_id", "cycles", ["document_id"], schema=S)
    op.create_foreign_key(
        "fk_cycles_document_id",
        "cycles",
        "documents",
        ["document_id"],
        ["id"],
        source_schema=S,
        referent_schema=S,
        ondelete="SET NULL",
    )

    op.create_table(
        "person_credits",
        sa.Column("credit_id", sa.UUID(), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("element_id", sa.String(64), nullable=True),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("main_specialty_code", sa.String(64), nullable=True),
        sa.Column("additional_specialty_codes", postgresql.ARRAY(sa.String(64)), nullable=True),
        sa.Column("zet", sa.Integer(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("voided", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        timestamp_default_now("updated_at"),
        sa.PrimaryKeyConstraint("credit_id"),
        schema=S,
    )
    op.create_index("ix_person_credits_person", "person_credits", ["person_id"], schema=S)
    op.execute(
        """
        INSERT INTO plan.person_credits (credit_id, person_id, element_id, kind,
            main_specialty_code, additional_specialty_codes, zet, completed_on)
        SELECT cc.credit_id, min(c.person_id::text)::uuid, min(cc.element_id), min(cc.kind),
               min(c.specialty_code), array_agg(c.specialty_code ORDER BY c.specialty_code),
               min(cc.zet), min(cc.completed_on)
        FROM plan.cycle_credits cc JOIN plan.cycles c ON c.id = cc.cycle_id
        GROUP BY cc.credit_id
        """
    )
    # Tombstones of credits voided before this revision have no person: they cannot be
    # attributed to anyone, so they are dropped (their records were deleted when voided).
    op.drop_index("ix_cycle_credits_credit_id", table_name="cycle_credits", schema=S)
    op.drop_table("cycle_credits", schema=S)
    op.drop_table("voided_credits", schema=S)

    op.create_table(
        "frmr_records",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("snils", sa.String(11), nullable=True),
        sa.Column("document_kind", sa.String(48), nullable=True),
        sa.Column("series", sa.String(64), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("number_key", sa.String(64), nullable=False),
        sa.Column("specialty_code", sa.String(64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index("ix_frmr_records_number", "frmr_records", ["number_key"], schema=S)
    op.create_table(
        "frmr_extracts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        timestamp_default_now("loaded_at"),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )

    op.create_table(
        "plan_items",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("cycle_id", sa.UUID(), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("element_id", sa.String(64), nullable=False),
        sa.Column("element_kind", sa.String(32), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("main_specialty_code", sa.String(64), nullable=False),
        sa.Column("additional_specialty_codes", postgresql.ARRAY(sa.String(64)), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        timestamp_default_now("added_at"),
        sa.ForeignKeyConstraint(["cycle_id"], ["plan.cycles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "uq_plan_items_cycle_element", "plan_items", ["cycle_id", "element_id"], unique=True, schema=S
    )
    op.create_index(
        "ix_plan_items_person_element", "plan_items", ["person_id", "element_id"], schema=S
    )

    op.create_table(
        "applications",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("program_cycle_id", sa.String(64), nullable=False),
        sa.Column("element_id", sa.String(64), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("specialty_code", sa.String(64), nullable=False),
        sa.Column("employment_kind", sa.String(32), nullable=False),
        sa.Column("organization", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("funding_basis", sa.String(32), nullable=False),
        sa.Column("consent_to_share", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("decision_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("reservation_id", sa.String(64), server_default="", nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        timestamp_default_now("submitted_at"),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "uq_applications_person_cycle_active",
        "applications",
        ["person_id", "program_cycle_id"],
        unique=True,
        schema=S,
        postgresql_where=sa.text("status IN ('pending_seat', 'submitted', 'accepted')"),
    )
    op.create_index(
        "ix_applications_provider", "applications", ["provider_id", "status"], schema=S
    )
    op.create_index("ix_applications_person", "applications", ["person_id"], schema=S)

    op.create_table(
        "event_registrations",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("person_id", sa.UUID(), nullable=False),
        sa.Column("element_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("reservation_id", sa.String(64), server_default="", nullable=False),
        timestamp_default_now("registered_at"),
        sa.PrimaryKeyConstraint("id"),
        schema=S,
    )
    op.create_index(
        "uq_event_registrations_person_element_active",
        "event_registrations",
        ["person_id", "element_id"],
        unique=True,
        schema=S,
        postgresql_where=sa.text("status IN ('pending_ticket', 'registered')"),
    )


def downgrade() -> None:
    op.drop_table("event_registrations", schema=S)
    op.drop_table("applications", schema=S)
    op.drop_table("plan_items", schema=S)
    op.drop_table("frmr_extracts", schema=S)
    op.drop_table("frmr_records", schema=S)
    op.create_table(
        "voided_credits",
        sa.Column("credit_id", sa.UUID(), nullable=False),
        timestamp_default_now("voided_at"),
        sa.PrimaryKeyConstraint("credit_id"),
        schema=S,
    )
    op.create_table(
        "cycle_credits",
        sa.Column("cycle_id", sa.UUID(), nullable=False),
        sa.Column("credit_id", sa.UUID(), nullable=False),
        sa.Column("element_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("zet", sa.Integer(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["cycle_id"], ["plan.cycles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("cycle_id", "credit_id"),
        schema=S,
    )
    op.create_index("ix_cycle_credits_credit_id", "cycle_credits", ["credit_id"], schema=S)
    op.execute("INSERT INTO plan.voided_credits (credit_id) SELECT credit_id FROM plan.person_credits WHERE voided")
    op.drop_table("person_credits", schema=S)
    op.drop_constraint("fk_cycles_document_id", "cycles", schema=S, type_="foreignkey")
    op.drop_constraint("uq_cycles_document_id", "cycles", schema=S, type_="unique")
    op.drop_column("cycles", "document_id", schema=S)
    op.drop_index("ix_cycles_person_specialty", table_name="cycles", schema=S)
    op.create_index(
        "uq_cycles_person_specialty", "cycles", ["person_id", "specialty_code"], unique=True, schema=S
    )
    op.drop_index("uq_documents_person_kind_number", table_name="documents", schema=S)
    op.drop_table("documents", schema=S)

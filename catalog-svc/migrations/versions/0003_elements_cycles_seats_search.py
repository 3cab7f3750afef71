"""elements lifecycle and details, providers' contacts, program cycles, seats, reservations,
Russian full-text search (tsvector, GIN) and typo tolerance (pg_trgm)

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "catalog"

# Demo slugs used before the official nomenclature was loaded.
SLUGS = {
    "cardiology": "31.08.36",
    "therapy": "31.08.49",
    "general-practice": "31.08.54",
    "pediatrics": "31.08.19",
    "nursing": "34.02.01",
    "nursing-pediatrics": "L.02.20",
}


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for slug, code in SLUGS.items():
        params = {"slug": slug, "code": code}
        op.execute(
            sa.text(
                "UPDATE catalog.elements SET main_specialty_code = :code"
                " WHERE main_specialty_code = :slug"
            ).bindparams(**params)
        )
        op.execute(
            sa.text(
                "UPDATE catalog.elements SET additional_specialty_codes"
                " = array_replace(additional_specialty_codes, :slug, :code)"
                " WHERE :slug = ANY(additional_specialty_codes)"
            ).bindparams(**params)
        )
        op.execute(sa.text("DELETE FROM catalog.specialties WHERE code = :slug").bindparams(slug=slug))

    for column in (
        sa.Column("email", sa.String(255), server_default="", nullable=False),
        sa.Column("phone", sa.String(64), server_default="", nullable=False),
        sa.Column("website", sa.String(255), server_default="", nullable=False),
        sa.Column("address", sa.String(500), server_default="", nullable=False),
        sa.Column("inn", sa.String(12), server_default="", nullable=False),
        sa.Column("license_number", sa.String(100), server_default="", nullable=False),
        sa.Column("license_date", sa.Date, nullable=True),
        sa.Column("accreditation", sa.String(500), server_default="", nullable=False),
    ):
        op.add_column("providers", column, schema=S)
    op.alter_column("providers", "client_id", nullable=True, schema=S)

    op.drop_constraint("ck_elements_status", "elements", schema=S)
    op.create_check_constraint(
        "ck_elements_status", "elements", "status IN ('draft', 'published', 'withdrawn')", schema=S
    )
    op.alter_column("elements", "main_specialty_code", nullable=True, schema=S)
    for column in (
        sa.Column("region_code", sa.String(2), server_default="16", nullable=False),
        sa.Column("audience", sa.String(16), server_default="medical", nullable=False),
        sa.Column("annotation", sa.Text, server_default="", nullable=False),
        sa.Column("form_of_study", sa.String(16), nullable=True),
        sa.Column("distance_learning", sa.Boolean, server_default=sa.false(), nullable=False),
        sa.Column("rating", sa.Float, server_default="0", nullable=False),
        sa.Column("free", sa.Boolean, server_default=sa.false(), nullable=False),
        sa.Column("price_kopecks", sa.BigInteger, server_default="0", nullable=False),
        sa.Column("event_format", sa.String(16), nullable=True),
        sa.Column("attendance_control", sa.Text, server_default="", nullable=False),
        sa.Column("confirmation_requirements", sa.Text, server_default="", nullable=False),
        sa.Column("module_kind", sa.String(32), nullable=True),
        sa.Column(
            "subject_codes", postgresql.ARRAY(sa.Text), server_default="{}", nullable=False
        ),
        sa.Column("external_id", sa.String(128), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    ):
        op.add_column("elements", column, schema=S)
    op.execute(
        "ALTER TABLE catalog.elements ADD COLUMN specialty_codes text[] GENERATED ALWAYS AS ("
        " CASE WHEN main_specialty_code IS NULL THEN additional_specialty_codes"
        " ELSE array_prepend(main_specialty_code, additional_specialty_codes) END) STORED"
    )
    op.execute(
        "ALTER TABLE catalog.elements ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        " setweight(to_tsvector('russian', title), 'A')"
        " || setweight(to_tsvector('russian', annotation), 'B')) STORED"
    )
    op.create_check_constraint(
        "ck_elements_audience", "elements", "audience IN ('medical', 'teachers')", schema=S
    )
    op.create_check_constraint(
        "ck_elements_rating", "elements", "rating >= 0 AND rating <= 5", schema=S
    )
    op.create_check_constraint(
        "ck_elements_price", "elements", "price_kopecks >= 0", schema=S
    )
    op.create_unique_constraint(
        "uq_elements_provider_external_id", "elements", ["provider_id", "external_id"], schema=S
    )
    op.create_index(
        "ix_elements_search_vector", "elements", ["search_vector"],
        postgresql_using="gin", schema=S,
    )
    op.create_index(
        "ix_elements_title_trgm", "elements", ["title"],
        postgresql_using="gin", postgresql_ops={"title": "gin_trgm_ops"}, schema=S,
    )
    op.create_index(
        "ix_elements_specialty_codes", "elements", ["specialty_codes"],
        postgresql_using="gin", schema=S,
    )
    op.create_index(
        "ix_elements_published_start", "elements", ["starts_on", "id"], schema=S,
        postgresql_where=sa.text("status = 'published'"),
    )
    op.create_index(
        "ix_elements_published_rating", "elements", ["rating", "id"], schema=S,
        postgresql_where=sa.text("status = 'published'"),
    )

    op.create_table(
        "program_cycles",
        sa.Column("id", sa.UUID(), primary_key=True),
        sa.Column("element_id", sa.UUID(), sa.ForeignKey("catalog.elements.id"), nullable=False),
        sa.Column("external_id", sa.String(128), nullable=True),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("place", sa.String(500), server_default="", nullable=False),
        sa.Column("curator", sa.String(300), server_default="", nullable=False),
        sa.Column("department", sa.String(300), server_default="", nullable=False),
        sa.CheckConstraint("starts_on <= ends_on", name="ck_program_cycles_dates"),
        sa.UniqueConstraint("element_id", "external_id", name="uq_program_cycles_external_id"),
        schema=S,
    )
    op.create_index("ix_program_cycles_element", "program_cycles", ["element_id", "starts_on"], schema=S)

    # Seats of a target: a program cycle (budget, contract, oms) or a free event (ticket).
    op.create_table(
        "seats",
        sa.Column("target_id", sa.UUID(), primary_key=True),
        sa.Column("basis", sa.String(16), primary_key=True),
        sa.Column("element_id", sa.UUID(), sa.ForeignKey("catalog.elements.id"), nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("free", sa.Integer, nullable=False),
        sa.Column("price_kopecks", sa.BigInteger, server_default="0", nullable=False),
        sa.CheckConstraint("basis IN ('budget', 'contract', 'oms', 'ticket')", name="ck_seats_basis"),
        sa.CheckConstraint("free >= 0 AND free <= total", name="ck_seats_free_within_total"),
        sa.CheckConstraint("price_kopecks >= 0", name="ck_seats_price"),
        schema=S,
    )
    op.create_index("ix_seats_element", "seats", ["element_id", "basis"], schema=S)

    op.create_table(
        "reservations",
        sa.Column("id", sa.UUID(), primary_key=True),
        sa.Column("idempotency_key", sa.String(200), nullable=False, unique=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("claims", postgresql.JSONB, nullable=False),
        sa.Column("status", sa.String(16), server_default="active", nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('active', 'released')", name="ck_reservations_status"),
        schema=S,
    )
    op.create_index("ix_reservations_holder", "reservations", ["holder"], schema=S)


def downgrade() -> None:
    op.drop_table("reservations", schema=S)
    op.drop_table("seats", schema=S)
    op.drop_table("program_cycles", schema=S)
    for index in (
        "ix_elements_published_rating", "ix_elements_published_start",
        "ix_elements_specialty_codes", "ix_elements_title_trgm", "ix_elements_search_vector",
    ):
        op.drop_index(index, table_name="elements", schema=S)
    op.drop_constraint("uq_elements_provider_external_id", "elements", schema=S)
    for check in ("ck_elements_price", "ck_elements_rating", "ck_elements_audience"):
        op.drop_constraint(check, "elements", schema=S)
    for column in (
        "search_vector", "specialty_codes", "updated_at", "created_at", "external_id",
        "subject_codes", "module_kind", "confirmation_requirements", "attendance_control",
        "event_format", "price_kopecks", "free", "rating", "distance_learning", "form_of_study",
        "annotation", "audience", "region_code",
    ):
        op.drop_column("elements", column, schema=S)
    op.drop_constraint("ck_elements_status", "elements", schema=S)
    op.create_check_constraint(
        "ck_elements_status", "elements", "status IN ('published', 'withdrawn')", schema=S
    )
    for column in (
        "accreditation", "license_date", "license_number", "inn", "address", "website", "phone",
        "email",
    ):
        op.drop_column("providers", column, schema=S)

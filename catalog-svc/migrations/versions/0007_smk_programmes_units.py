"""SMK (issue 18): specialisation programmes in versions, training units and their
accreditations per specialty with places per mode

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "smk_programmes",
        sa.Column("specialty", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("specialty_name", sa.String(300), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("duration_years", sa.Integer(), nullable=False),
        sa.Column("modules", postgresql.JSONB(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("rule_set", sa.String(32), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(200), nullable=False),
        sa.CheckConstraint("version >= 1", name="ck_smk_programmes_version"),
        schema="catalog",
    )
    op.create_table(
        "smk_training_units",
        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
        sa.Column("registry_number", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("voivodeship", sa.String(2), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        schema="catalog",
    )
    op.create_index(
        "ix_smk_training_units_voivodeship", "smk_training_units", ["voivodeship"], schema="catalog"
    )
    op.create_table(
        "smk_accreditations",
        sa.Column(
            "unit_id",
            postgresql.UUID(as_uuid=True),
            sa.ForeignKey("catalog.smk_training_units.id"),
            primary_key=True,
        ),
        sa.Column("specialty", sa.String(64), primary_key=True),
        sa.Column("residency_places", sa.Integer(), nullable=False),
        sa.Column("non_residency_places", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "residency_places >= 0 AND non_residency_places >= 0",
            name="ck_smk_accreditations_places",
        ),
        sa.CheckConstraint("valid_from <= valid_until", name="ck_smk_accreditations_validity"),
        schema="catalog",
    )
    op.create_index(
        "ix_smk_accreditations_specialty", "smk_accreditations", ["specialty"], schema="catalog"
    )


def downgrade() -> None:
    op.drop_table("smk_accreditations", schema="catalog")
    op.drop_table("smk_training_units", schema="catalog")
    op.drop_table("smk_programmes", schema="catalog")

"""Tables of SMK programmes, training units and accreditations (catalog schema)."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from catalog_svc.adapters.orm import metadata

# One row per published programme version; never updated.
smk_programmes = Table(
    "smk_programmes",
    metadata,
    Column("specialty", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("specialty_name", String(300), nullable=False),
    Column("title", String(300), nullable=False),
    Column("duration_years", Integer, nullable=False),
    Column("modules", JSONB, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("rule_set", String(32), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("published_by", String(200), nullable=False),
    CheckConstraint("version >= 1", name="ck_smk_programmes_version"),
)

smk_training_units = Table(
    "smk_training_units",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("registry_number", String(40), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("voivodeship", String(2), nullable=False, index=True),
    Column("city", String(100), nullable=False),
)

smk_accreditations = Table(
    "smk_accreditations",
    metadata,
    Column("unit_id", UUID(as_uuid=True), ForeignKey("smk_training_units.id"), primary_key=True),
    Column("specialty", String(64), primary_key=True),
    Column("residency_places", Integer, nullable=False),
    Column("non_residency_places", Integer, nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_until", Date, nullable=False),
    CheckConstraint(
        "residency_places >= 0 AND non_residency_places >= 0", name="ck_smk_accreditations_places"
    ),
    CheckConstraint("valid_from <= valid_until", name="ck_smk_accreditations_validity"),
)

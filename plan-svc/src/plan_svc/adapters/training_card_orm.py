"""Tables of SMK training cards, their entries and module completions, and exam applications
(plan schema)."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from plan_svc.adapters.orm import Base

metadata = Base.metadata

smk_cards = Table(
    "smk_cards",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("person_id", UUID(as_uuid=True), nullable=False),
    Column("unit_id", UUID(as_uuid=True), nullable=False, index=True),
    Column("unit_name", String(300), nullable=False),
    Column("specialty", String(64), nullable=False),
    Column("programme_version", Integer, nullable=False),
    # The programme version as read from catalog-svc when the card opened (never changed).
    Column("programme", JSONB, nullable=False),
    Column("mode", String(16), nullable=False),
    Column("started_on", Date, nullable=False),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("rule_set", String(32), nullable=False),
    UniqueConstraint("person_id", "specialty", name="uq_smk_cards_person_specialty"),
    CheckConstraint("mode IN ('residency', 'non_residency')", name="ck_smk_cards_mode"),
)

smk_card_entries = Table(
    "smk_card_entries",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("card_id", UUID(as_uuid=True), ForeignKey("smk_cards.id"), nullable=False),
    Column("idempotency_key", String(100), nullable=False),
    Column("module_code", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("element_code", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("performed_on", Date, nullable=False),
    Column("patient_code", String(40), nullable=False),
    Column("catalog_element_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("return_reason", String(1000), nullable=False),
    Column("decided_by", String(200), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("card_id", "idempotency_key", name="uq_smk_card_entries_key"),
    CheckConstraint(
        "status IN ('submitted', 'confirmed', 'returned')", name="ck_smk_card_entries_status"
    ),
    Index("ix_smk_card_entries_card", "card_id", "created_at"),
    # Courses waiting for a provider's posting of their element.
    Index(
        "ix_smk_card_entries_awaiting_posting",
        "catalog_element_id",
        postgresql_where=text("status = 'submitted' AND catalog_element_id <> ''"),
    ),
    Index("ix_smk_card_entries_decided_by", "decided_by"),
)

smk_module_completions = Table(
    "smk_module_completions",
    metadata,
    Column("card_id", UUID(as_uuid=True), ForeignKey("smk_cards.id"), primary_key=True),
    Column("module_code", String(64), primary_key=True),
    Column("confirmed_by", String(200), nullable=False),
    Column("confirmed_at", DateTime(timezone=True), nullable=False),
)

smk_exam_applications = Table(
    "smk_exam_applications",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("card_id", UUID(as_uuid=True), ForeignKey("smk_cards.id"), nullable=False),
    Column("person_id", UUID(as_uuid=True), nullable=False),
    Column("specialty", String(64), nullable=False),
    Column("session", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("return_reason", String(1000), nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=False),
    Column("decided_by", String(200), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("idempotency_key", String(100), nullable=False),
    UniqueConstraint("person_id", "idempotency_key", name="uq_smk_exam_applications_key"),
    CheckConstraint(
        "status IN ('submitted', 'accepted', 'returned')", name="ck_smk_exam_applications_status"
    ),
    # One application in force per card.
    Index(
        "uq_smk_exam_applications_active",
        "card_id",
        unique=True,
        postgresql_where=text("status <> 'returned'"),
    ),
    Index("ix_smk_exam_applications_session", "session", "submitted_at"),
)

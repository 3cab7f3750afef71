from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cpd_platform.consumer import processed_events_table
from cpd_platform.outbox import outbox_table

SCHEMA = "plan"


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA)


class DocumentRow(Base):
    """A certificate or accreditation of a person; it opens a cycle."""

    __tablename__ = "documents"
    __table_args__ = (
        Index(
            "uq_documents_person_kind_number",
            "person_id",
            "kind",
            "series_key",
            "number_key",
            unique=True,
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    kind: Mapped[str] = mapped_column(String(48))
    specialty_code: Mapped[str] = mapped_column(String(64))
    series: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64))
    # Series and number without spaces, dashes or case: what uniqueness and ФРМР compare.
    series_key: Mapped[str] = mapped_column(String(64))
    number_key: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[date] = mapped_column(Date)
    # The person's SNILS when the token carried it, for the ФРМР check.
    snils: Mapped[str | None] = mapped_column(String(11))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CycleRow(Base):
    __tablename__ = "cycles"
    # At most one cycle of a specialty on any day is enforced by the use case under a
    # per-person advisory lock (dates overlapping is not an index condition).
    __table_args__ = (Index("ix_cycles_person_specialty", "person_id", "specialty_code"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    specialty_code: Mapped[str] = mapped_column(String(64))
    document_kind: Mapped[str] = mapped_column(String(48))
    document_date: Mapped[date] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    rule_set: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("documents.id", ondelete="SET NULL"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PersonCreditRow(Base):
    """The person-level projection of credits-svc's ledger (see domain/projection.py).

    Facts are null when the void arrived before the record."""

    __tablename__ = "person_credits"
    __table_args__ = (Index("ix_person_credits_person", "person_id"),)

    credit_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    element_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str | None] = mapped_column(String(32))
    main_specialty_code: Mapped[str | None] = mapped_column(String(64))
    additional_specialty_codes: Mapped[list[str] | None] = mapped_column(ARRAY(String(64)))
    zet: Mapped[int | None] = mapped_column(Integer)
    completed_on: Mapped[date | None] = mapped_column(Date)
    voided: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class RegisterRecordRow(Base):
    """The local ФРМР register extract (replaced as a whole by LoadRegisterExtract)."""

    __tablename__ = "frmr_records"
    __table_args__ = (Index("ix_frmr_records_number", "number_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    snils: Mapped[str | None] = mapped_column(String(11))
    document_kind: Mapped[str | None] = mapped_column(String(48))
    series: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64))
    number_key: Mapped[str] = mapped_column(String(64))
    specialty_code: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[date] = mapped_column(Date)


class RegisterExtractRow(Base):
    """When extracts were loaded: none yet means documents are "not checked"."""

    __tablename__ = "frmr_extracts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    records: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PlanItemRow(Base):
    __tablename__ = "plan_items"
    __table_args__ = (
        Index("uq_plan_items_cycle_element", "cycle_id", "element_id", unique=True),
        Index("ix_plan_items_person_element", "person_id", "element_id"),
        # A provider's events awaiting results (ListOverdueResults).
        Index("ix_plan_items_provider_kind_end", "provider_id", "element_kind", "ends_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    cycle_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("cycles.id", ondelete="CASCADE")
    )
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    element_id: Mapped[str] = mapped_column(String(64))
    element_kind: Mapped[str] = mapped_column(String(32))
    provider_id: Mapped[str] = mapped_column(String(64))
    main_specialty_code: Mapped[str] = mapped_column(String(64))
    additional_specialty_codes: Mapped[list[str]] = mapped_column(ARRAY(String(64)))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ApplicationRow(Base):
    __tablename__ = "applications"
    __table_args__ = (
        # One live application per person and program cycle: a retried submit finds it.
        Index(
            "uq_applications_person_cycle_active",
            "person_id",
            "program_cycle_id",
            unique=True,
            postgresql_where=text("status IN ('pending_seat', 'submitted', 'accepted')"),
        ),
        Index("ix_applications_provider", "provider_id", "status"),
        Index("ix_applications_person", "person_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    program_cycle_id: Mapped[str] = mapped_column(String(64))
    element_id: Mapped[str] = mapped_column(String(64))
    provider_id: Mapped[str] = mapped_column(String(64))
    specialty_code: Mapped[str] = mapped_column(String(64))
    employment_kind: Mapped[str] = mapped_column(String(32))
    organization: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(Text)
    funding_basis: Mapped[str] = mapped_column(String(32))
    consent_to_share: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(32))
    decision_reason: Mapped[str] = mapped_column(Text, server_default="")
    reservation_id: Mapped[str] = mapped_column(String(64), server_default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    submitted_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class EventRegistrationRow(Base):
    __tablename__ = "event_registrations"
    __table_args__ = (
        Index(
            "uq_event_registrations_person_element_active",
            "person_id",
            "element_id",
            unique=True,
            postgresql_where=text("status IN ('pending_ticket', 'registered')"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    element_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    reservation_id: Mapped[str] = mapped_column(String(64), server_default="")
    registered_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


metadata = Base.metadata
processed_events = processed_events_table(metadata)
outbox = outbox_table(metadata)

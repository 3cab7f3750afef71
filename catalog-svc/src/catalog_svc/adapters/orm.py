from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cpd_platform.outbox import outbox_table

SCHEMA = "catalog"


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA)


class SpecialtyRow(Base):
    __tablename__ = "specialties"
    __table_args__ = (
        CheckConstraint("level IN ('higher', 'secondary')", name="ck_specialties_level"),
    )

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(16))


class ReferenceItemRow(Base):
    __tablename__ = "reference_items"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)


class ProviderRow(Base):
    __tablename__ = "providers"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    region_code: Mapped[str] = mapped_column(String(2))
    client_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    email: Mapped[str] = mapped_column(String(255), server_default="")
    phone: Mapped[str] = mapped_column(String(64), server_default="")
    website: Mapped[str] = mapped_column(String(255), server_default="")
    address: Mapped[str] = mapped_column(String(500), server_default="")
    inn: Mapped[str] = mapped_column(String(12), server_default="")
    license_number: Mapped[str] = mapped_column(String(100), server_default="")
    license_date: Mapped[date | None] = mapped_column(Date)
    accreditation: Mapped[str] = mapped_column(String(500), server_default="")


class ElementRow(Base):
    __tablename__ = "elements"
    __table_args__ = (
        CheckConstraint("kind IN ('program', 'event', 'module')", name="ck_elements_kind"),
        CheckConstraint("status IN ('draft', 'published', 'withdrawn')", name="ck_elements_status"),
        CheckConstraint("zet >= 0", name="ck_elements_zet_not_negative"),
        CheckConstraint("audience IN ('medical', 'teachers')", name="ck_elements_audience"),
        CheckConstraint("rating >= 0 AND rating <= 10", name="ck_elements_rating"),
        CheckConstraint("rating_count >= 0", name="ck_elements_rating_count"),
        CheckConstraint("price_kopecks >= 0", name="ck_elements_price"),
        UniqueConstraint("provider_id", "external_id", name="uq_elements_provider_external_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500))
    provider_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("providers.id"), index=True
    )
    zet: Mapped[int] = mapped_column(Integer)
    main_specialty_code: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("specialties.code")
    )
    additional_specialty_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), server_default="published")
    region_code: Mapped[str] = mapped_column(String(2), server_default="16")
    audience: Mapped[str] = mapped_column(String(16), server_default="medical")
    annotation: Mapped[str] = mapped_column(Text, server_default="")
    form_of_study: Mapped[str | None] = mapped_column(String(16))
    distance_learning: Mapped[bool] = mapped_column(Boolean, server_default="false")
    # The aggregate of element_ratings, changed with them in one transaction (RatingRepository).
    rating: Mapped[float] = mapped_column(Float, server_default="0")
    rating_count: Mapped[int] = mapped_column(Integer, server_default="0")
    rating_total: Mapped[int] = mapped_column(BigInteger, server_default="0")
    free: Mapped[bool] = mapped_column(Boolean, server_default="false")
    price_kopecks: Mapped[int] = mapped_column(BigInteger, server_default="0")
    event_format: Mapped[str | None] = mapped_column(String(16))
    attendance_control: Mapped[str] = mapped_column(Text, server_default="")
    confirmation_requirements: Mapped[str] = mapped_column(Text, server_default="")
    module_kind: Mapped[str | None] = mapped_column(String(32))
    subject_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    external_id: Mapped[str | None] = mapped_column(String(128))
    # Maintained with the seats (SeatRepository.refresh_summary): the search filters read them.
    seat_bases: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    free_seat_bases: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    specialty_codes: Mapped[list[str]] = mapped_column(
        ARRAY(Text),
        Computed(
            "CASE WHEN main_specialty_code IS NULL THEN additional_specialty_codes"
            " ELSE array_prepend(main_specialty_code, additional_specialty_codes) END"
        ),
    )
    search_vector: Mapped[Any] = mapped_column(
        TSVECTOR,
        Computed(
            "setweight(to_tsvector('russian', title), 'A')"
            " || setweight(to_tsvector('russian', annotation), 'B')"
        ),
    )


metadata = Base.metadata

program_cycles = Table(
    "program_cycles",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("element_id", UUID(as_uuid=True), ForeignKey("elements.id"), nullable=False),
    Column("external_id", String(128)),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("place", String(500), nullable=False, server_default=""),
    Column("curator", String(300), nullable=False, server_default=""),
    Column("department", String(300), nullable=False, server_default=""),
    CheckConstraint("starts_on <= ends_on", name="ck_program_cycles_dates"),
    UniqueConstraint("element_id", "external_id", name="uq_program_cycles_external_id"),
)

# Seats of a target: a program cycle (budget, contract, oms) or a free event (ticket).
seats = Table(
    "seats",
    metadata,
    Column("target_id", UUID(as_uuid=True), primary_key=True),
    Column("basis", String(16), primary_key=True),
    Column("element_id", UUID(as_uuid=True), ForeignKey("elements.id"), nullable=False),
    Column("total", Integer, nullable=False),
    Column("free", Integer, nullable=False),
    Column("price_kopecks", BigInteger, nullable=False, server_default="0"),
    CheckConstraint("basis IN ('budget', 'contract', 'oms', 'ticket')", name="ck_seats_basis"),
    CheckConstraint("free >= 0 AND free <= total", name="ck_seats_free_within_total"),
    CheckConstraint("price_kopecks >= 0", name="ck_seats_price"),
)

reservations = Table(
    "reservations",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("idempotency_key", String(200), nullable=False, unique=True),
    Column("holder", String(200), nullable=False, index=True),
    Column("claims", JSONB, nullable=False),
    Column("status", String(16), nullable=False, server_default="active"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("released_at", DateTime(timezone=True)),
    CheckConstraint("status IN ('active', 'released')", name="ck_reservations_status"),
)

# One rating per person and element, with the person's review (empty text: no review).
element_ratings = Table(
    "element_ratings",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("element_id", UUID(as_uuid=True), ForeignKey("elements.id"), nullable=False),
    Column("person_id", UUID(as_uuid=True), nullable=False),
    Column("score", Integer, nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    Column("hidden", Boolean, nullable=False, server_default="false"),
    Column("answer", Text, nullable=False, server_default=""),
    Column("answered_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    CheckConstraint("score BETWEEN 1 AND 10", name="ck_element_ratings_score"),
    UniqueConstraint("element_id", "person_id", name="uq_element_ratings_person"),
)

error_reports = Table(
    "error_reports",
    metadata,
    Column("id", UUID(as_uuid=True), primary_key=True),
    Column("element_id", UUID(as_uuid=True), ForeignKey("elements.id"), nullable=False),
    Column("provider_id", UUID(as_uuid=True), ForeignKey("providers.id"), nullable=False),
    Column("person_id", UUID(as_uuid=True), nullable=False),
    Column("idempotency_key", String(100), nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False, server_default="open"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("closed_at", DateTime(timezone=True)),
    Column("closed_by", String(200), nullable=False, server_default=""),
    Column("resolution", Text, nullable=False, server_default=""),
    CheckConstraint("status IN ('open', 'closed')", name="ck_error_reports_status"),
    UniqueConstraint("person_id", "idempotency_key", name="uq_error_reports_person_key"),
)

outbox = outbox_table(metadata)

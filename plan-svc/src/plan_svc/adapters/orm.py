from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, MetaData, String, func
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cpd_platform.consumer import processed_events_table
from cpd_platform.outbox import outbox_table

SCHEMA = "plan"


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA)


class CycleRow(Base):
    __tablename__ = "cycles"
    # One cycle per person and specialty for now; when cycles get renewed this becomes
    # "at most one active cycle" (a partial unique index).
    __table_args__ = (
        Index("uq_cycles_person_specialty", "person_id", "specialty_code", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    specialty_code: Mapped[str] = mapped_column(String(64))
    document_kind: Mapped[str] = mapped_column(String(32))
    document_date: Mapped[date] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    rule_set: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CycleCreditRow(Base):
    """A credit counted toward a cycle (the progress projection of credits-svc's ledger)."""

    __tablename__ = "cycle_credits"
    __table_args__ = (Index("ix_cycle_credits_credit_id", "credit_id"),)

    cycle_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("cycles.id", ondelete="CASCADE"), primary_key=True
    )
    credit_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    element_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    zet: Mapped[int] = mapped_column(Integer)
    completed_on: Mapped[date] = mapped_column(Date)


class VoidedCreditRow(Base):
    """Credits voided in credits-svc: a late or retried `credits.recorded` must not revive them."""

    __tablename__ = "voided_credits"

    credit_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    voided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


metadata = Base.metadata
processed_events = processed_events_table(metadata)
outbox = outbox_table(metadata)

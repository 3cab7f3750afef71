from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, Integer, MetaData, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cpd_platform.outbox import outbox_table

SCHEMA = "credits"


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA)


class CreditRecordRow(Base):
    """The ledger: append-only; a correction is a new row that references the old one."""

    __tablename__ = "credit_records"
    __table_args__ = (
        UniqueConstraint(
            "provider_id", "external_id", name="uq_credit_records_provider_external_id"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    external_id: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), index=True)
    snils: Mapped[str] = mapped_column(String(11))
    element_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    element_kind: Mapped[str] = mapped_column(String(20))
    zet: Mapped[int] = mapped_column(Integer)
    completed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    content_hash: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class PostedBatchRow(Base):
    """Every acknowledged batch with its acknowledgement, so a resent batch is never applied twice."""

    __tablename__ = "posted_batches"
    __table_args__ = (
        UniqueConstraint("provider_id", "batch_id", name="uq_posted_batches_provider_batch_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    batch_id: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int] = mapped_column(BigInteger)
    payload_hash: Mapped[str] = mapped_column(String(64))
    outcomes: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    committed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


metadata = Base.metadata
outbox = outbox_table(metadata)

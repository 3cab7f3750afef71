from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.dialects.postgresql import ARRAY, UUID
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


class ProviderRow(Base):
    __tablename__ = "providers"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    region_code: Mapped[str] = mapped_column(String(2))
    client_id: Mapped[str] = mapped_column(String(255), unique=True)


class ElementRow(Base):
    __tablename__ = "elements"
    __table_args__ = (
        CheckConstraint("kind IN ('program', 'event', 'module')", name="ck_elements_kind"),
        CheckConstraint("status IN ('published', 'withdrawn')", name="ck_elements_status"),
        CheckConstraint("zet >= 0", name="ck_elements_zet_not_negative"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500))
    provider_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("providers.id"), index=True
    )
    zet: Mapped[int] = mapped_column(Integer)
    main_specialty_code: Mapped[str] = mapped_column(String(64), ForeignKey("specialties.code"))
    additional_specialty_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), server_default="published")


metadata = Base.metadata
outbox = outbox_table(metadata)

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, MetaData, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cpd_platform.outbox import outbox_table

SCHEMA = "pk_regional"


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA)


class MunicipalityRow(Base):
    __tablename__ = "municipalities"
    __table_args__ = (
        UniqueConstraint("region_code", "name", name="uq_municipalities_region_code_name"),
        CheckConstraint(
            "kind IN ('municipal_district', 'urban_okrug')", name="ck_municipalities_kind"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))


metadata = Base.metadata
outbox = outbox_table(metadata)

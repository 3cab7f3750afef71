from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    MetaData,
    String,
    false,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cpd_platform.outbox import outbox_table

SCHEMA = "identity"


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA)


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    # The identity provider's user created at registration (or by the demo seed).
    subject: Mapped[str] = mapped_column(String(64), unique=True)
    # One of snils (Russia) and pesel (Poland, SMK) identifies the person.
    snils: Mapped[str | None] = mapped_column(String(11), unique=True)
    # Unique as uq_persons_pesel (migration 0006).
    pesel: Mapped[str | None] = mapped_column(String(11))
    # The licence number of a physician in Poland (numer PWZ).
    pwz: Mapped[str | None] = mapped_column(String(7))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    # Unknown for persons registered from an ESIA login until they complete their profile.
    region_code: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str | None] = mapped_column(String(254))
    kind: Mapped[str | None] = mapped_column(String(32))
    sex: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(16))
    citizenship: Mapped[str | None] = mapped_column(String(2))
    email_verified: Mapped[bool] = mapped_column(Boolean, server_default=false())
    phone_verified: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # sha256 of the registration data (without the password): a retry returns the same person.
    registration_fingerprint: Mapped[str | None] = mapped_column(String(64))
    verification_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ConsentRow(Base):
    __tablename__ = "consents"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    text_version: Mapped[str] = mapped_column(String(32))
    agreed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AccountLinkRow(Base):
    """An identity provider account (e.g. one brokered from ESIA) that acts for a person."""

    __tablename__ = "account_links"

    subject: Mapped[str] = mapped_column(String(64), primary_key=True)
    identity_provider: Mapped[str] = mapped_column(String(32))
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class GrantRow(Base):
    __tablename__ = "grants"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    scope: Mapped[str] = mapped_column(String(100), primary_key=True)
    # The granter's subject (identity provider user id).
    granted_by: Mapped[str] = mapped_column(String(64))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class GrantAuditRow(Base):
    """Append-only: every authorised grant and revoke."""

    __tablename__ = "grant_audit"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(16))
    actor_subject: Mapped[str] = mapped_column(String(64))
    actor_person_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    person_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), index=True)
    role: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(100))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MunicipalityRegionRow(Base):
    """Which region each municipality lies in: a copy of pk-regional-svc's municipalities, kept
    from its `pk_regional.municipality_registered` events."""

    __tablename__ = "municipality_regions"

    municipality_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(2), index=True)
    name: Mapped[str] = mapped_column(String(300))


metadata = Base.metadata
outbox = outbox_table(metadata)


class RoleRequestRow(Base):
    """A person's request for a scoped role and its decision (the decision's audit record)."""

    __tablename__ = "role_requests"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(100), index=True)
    justification: Mapped[str] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_by_person_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    refusal_reason: Mapped[str] = mapped_column(String(2000), server_default="")


class SupportRequestRow(Base):
    """A person's support request; its thread is in support_messages."""

    __tablename__ = "support_requests"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    topic: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(200))
    context_reference: Mapped[str] = mapped_column(String(100))
    # The provider whose result the request is about ("" for none): its staff see the request.
    provider_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(32))
    # The client's key of the opening call: a retry returns the same request.
    idempotency_key: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SupportMessageRow(Base):
    __tablename__ = "support_messages"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("support_requests.id", ondelete="CASCADE"), index=True
    )
    author_person_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    author_kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(4000))
    idempotency_key: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

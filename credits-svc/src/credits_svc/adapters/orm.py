"""Tables of the `credits` schema (SQLAlchemy Core: ingest and queries are set-based SQL)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Sequence,
    String,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from cpd_platform.outbox import outbox_table

SCHEMA = "credits"

metadata = MetaData(schema=SCHEMA)

# One order over every ledger change (recorded and voided entries), for ListLedgerEntries.
ledger_sequence = Sequence("ledger_sequence", metadata=metadata)

credit_records = Table(
    "credit_records",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),
    Column("sequence", BigInteger, ledger_sequence, server_default=ledger_sequence.next_value()),
    Column("provider_id", UUID(as_uuid=False), nullable=False),
    Column("external_id", String(200), nullable=False),
    Column("person_id", UUID(as_uuid=False), nullable=False),
    Column("snils", String(11), nullable=False),
    Column("element_id", UUID(as_uuid=False), nullable=False),
    Column("element_kind", String(20), nullable=False),
    Column("main_specialty_code", String(40), nullable=False, server_default=""),
    Column("additional_specialty_codes", ARRAY(Text), nullable=False, server_default="{}"),
    Column("zet", Integer, nullable=False),
    Column("completed_on", Date, nullable=False),
    Column("document_number", String(100), nullable=False, server_default=""),
    Column("program_cycle_id", UUID(as_uuid=False)),
    Column("deadline", Date),
    Column("days_late", Integer, nullable=False, server_default="0"),
    Column("status", String(20), nullable=False),
    Column("status_reason", Text, nullable=False, server_default=""),
    Column("source", String(20), nullable=False, server_default="posting"),
    Column("corrects_id", UUID(as_uuid=False)),
    Column("corrected_by", UUID(as_uuid=False)),
    Column("content_hash", String(64), nullable=False),
    Column("batch_id", String(200), nullable=False),
    Column("recorded_by", String(200), nullable=False, server_default=""),
    Column("recorded_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    # The idempotency key of postings; corrections share the external id of what they correct.
    Index(
        "uq_credit_records_provider_external_id",
        "provider_id",
        "external_id",
        unique=True,
        postgresql_where=text("corrects_id IS NULL"),
    ),
    Index("ix_credit_records_person_id", "person_id"),
    # BRIN: the sequence grows with the table, so paging costs almost nothing to maintain.
    Index("ix_credit_records_sequence", "sequence", postgresql_using="brin"),
    Index(
        "ix_credit_records_late",
        "provider_id",
        postgresql_where=text("deadline IS NOT NULL"),
    ),
)

# Append-only audit of voids and corrections (who, when, why); each row is a ledger entry.
credit_voids = Table(
    "credit_voids",
    metadata,
    Column(
        "sequence",
        BigInteger,
        ledger_sequence,
        primary_key=True,
        server_default=ledger_sequence.next_value(),
    ),
    Column("credit_id", UUID(as_uuid=False), nullable=False, index=True),
    Column("person_id", UUID(as_uuid=False), nullable=False),
    Column("element_id", UUID(as_uuid=False), nullable=False),
    Column("zet", Integer, nullable=False),
    Column("action", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("replaced_by", UUID(as_uuid=False)),
    Column("actor", String(200), nullable=False),
    Column("actor_client_id", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

posted_batches = Table(
    "posted_batches",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("provider_id", UUID(as_uuid=False), nullable=False),
    Column("series_id", String(200), nullable=False, server_default=""),
    Column("batch_id", String(200), nullable=False),
    Column("sequence", BigInteger, nullable=False),
    Column("payload_hash", String(64), nullable=False),
    Column("outcomes", JSONB, nullable=False),
    Column("committed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("uq_posted_batches_provider_batch_id", "provider_id", "batch_id", unique=True),
    Index("ix_posted_batches_series", "provider_id", "series_id", "sequence"),
)

event_codes = Table(
    "event_codes",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("event_id", UUID(as_uuid=False), nullable=False, index=True),
    Column("provider_id", UUID(as_uuid=False), nullable=False),
    Column("snils", String(11), nullable=False, server_default=""),
    Column("status", String(20), nullable=False),
    Column("issue_key", String(200), nullable=False),
    Column("issued_by", String(200), nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("mail_status", String(20), nullable=False, server_default=""),
    Column("redeemed_by", UUID(as_uuid=False)),
    Column("redeemed_at", DateTime(timezone=True)),
)

code_issues = Table(
    "code_issues",
    metadata,
    Column("event_id", UUID(as_uuid=False), nullable=False),
    Column("issue_key", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("event_id", "issue_key"),
)

code_redemptions = Table(
    "code_redemptions",
    metadata,
    Column("id", UUID(as_uuid=False), primary_key=True),
    Column("person_id", UUID(as_uuid=False), nullable=False, index=True),
    Column("snils", String(11), nullable=False, server_default=""),
    Column("code", String(40), nullable=False),
    Column("event_id", UUID(as_uuid=False)),
    Column("status", String(20), nullable=False),
    Column("reason_code", String(60), nullable=False, server_default=""),
    Column("reason_message", Text, nullable=False, server_default=""),
    Column("client_address", String(100), nullable=False, server_default=""),
    Column("entered_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("decided_at", DateTime(timezone=True)),
    Column("credit_id", UUID(as_uuid=False)),
    # What the credit will be, taken from catalog while the person's token was at hand.
    Column("provider_id", UUID(as_uuid=False)),
    Column("element_kind", String(20), nullable=False, server_default=""),
    Column("zet", Integer, nullable=False, server_default="0"),
    Column("main_specialty_code", String(40), nullable=False, server_default=""),
    Column("additional_specialty_codes", ARRAY(Text), nullable=False, server_default="{}"),
    Column("completed_on", Date),
    # A code is taken once; a person gets one credit per event.
    Index(
        "uq_code_redemptions_live_code",
        "code",
        unique=True,
        postgresql_where=text("status IN ('pending', 'accepted')"),
    ),
    Index(
        "uq_code_redemptions_live_person_event",
        "person_id",
        "event_id",
        unique=True,
        postgresql_where=text("status IN ('pending', 'accepted')"),
    ),
    Index("ix_code_redemptions_pending", "event_id", postgresql_where=text("status = 'pending'")),
)

attendance_lists = Table(
    "attendance_lists",
    metadata,
    Column("event_id", UUID(as_uuid=False), primary_key=True),
    Column("uploaded_by", String(200), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

attendance = Table(
    "attendance",
    metadata,
    Column("event_id", UUID(as_uuid=False), nullable=False),
    Column("snils", String(11), nullable=False),
    PrimaryKeyConstraint("event_id", "snils"),
)

# Failed redemption attempts, mirrored from Redis so that the limit survives a Redis restart.
redeem_failures = Table(
    "redeem_failures",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("limit_key", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_redeem_failures_key_at", "limit_key", "at"),
)

# E-mails waiting to be sent by the mail job (written in the same transaction as the codes).
mail_outbox = Table(
    "mail_outbox",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("to_address", String(320), nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("code", String(12)),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("sent_at", DateTime(timezone=True)),
    # Not sent before this day (Moscow): codes of an event are mailed once it is over.
    Column("send_after", Date),
    Index("ix_mail_outbox_unsent", "id", postgresql_where=text("sent_at IS NULL")),
)

outbox = outbox_table(metadata)

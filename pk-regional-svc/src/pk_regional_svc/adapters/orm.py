from __future__ import annotations

import uuid
from typing import cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
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
            "kind IN ('municipal_district', 'urban_okrug', 'city_district')",
            name="ck_municipalities_kind",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))


metadata = Base.metadata
outbox = outbox_table(metadata)
municipalities = cast(Table, MunicipalityRow.__table__)

_UUID = UUID(as_uuid=False)
_NOW = func.now()


def _id() -> Column[str]:
    return Column("id", _UUID, primary_key=True)


schools = Table(
    "schools",
    metadata,
    _id(),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID, ForeignKey("municipalities.id"), nullable=False),
    Column("code", String(64), nullable=False),
    Column("name", String(300), nullable=False),
    Column("kind", String(16), nullable=False),
    UniqueConstraint("region_code", "code", name="uq_schools_region_code_code"),
    CheckConstraint(
        "kind IN ('preschool', 'general', 'additional', 'vocational')", name="ck_schools_kind"
    ),
    Index("ix_schools_municipality", "municipality_id"),
)

teachers = Table(
    "teachers",
    metadata,
    _id(),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID, nullable=False),
    Column("school_id", _UUID, ForeignKey("schools.id"), nullable=False),
    Column("snils", String(11), nullable=False),
    Column("person_id", _UUID),
    Column("family_name", String(100), nullable=False),
    Column("given_name", String(100), nullable=False),
    Column("middle_name", String(100), nullable=False, server_default=""),
    # Person id of the operator who last filled the profile on the teacher's behalf.
    Column("profile_filled_by", String(64), nullable=False, server_default=""),
    Column("birth_year", Integer),
    Column("position", String(300), nullable=False, server_default=""),
    Column("subjects", ARRAY(Text), nullable=False, server_default="{}"),
    Column("qualification_category", String(100), nullable=False, server_default=""),
    Column("last_training_on", Date),
    Column("last_training_year", Integer),
    Column("last_training_topic", String(500), nullable=False, server_default=""),
    Column("last_training_organisation", String(500), nullable=False, server_default=""),
    Column("never_trained", Boolean, nullable=False, server_default="false"),
    Column("last_retraining_on", Date),
    Column("last_retraining_year", Integer),
    Column("last_retraining_topic", String(500), nullable=False, server_default=""),
    Column("no_retraining", Boolean, nullable=False, server_default="false"),
    Column("teaching_since_year", Integer),
    Column("graduation_year", Integer),
    Column("phone", String(20), nullable=False, server_default=""),
    Column("last_budget_number_year", Integer),
    Column("missing_fields", ARRAY(Text), nullable=False, server_default="{}"),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    UniqueConstraint("region_code", "snils", name="uq_teachers_region_code_snils"),
    Index("uq_teachers_person_id", "person_id", unique=True),
    Index("ix_teachers_school", "school_id"),
    Index("ix_teachers_municipality", "municipality_id"),
)

campaigns = Table(
    "campaigns",
    metadata,
    _id(),
    Column("region_code", String(2), nullable=False),
    Column("year", Integer, nullable=False),
    Column("questionnaire_opens_at", DateTime(timezone=True), nullable=False),
    Column("questionnaire_closes_at", DateTime(timezone=True), nullable=False),
    Column("applications_open_at", DateTime(timezone=True), nullable=False),
    Column("applications_close_at", DateTime(timezone=True), nullable=False),
    Column("required_hours", Integer, nullable=False),
    Column("rules_version", String(64), nullable=False),
    # HMAC key of the number codes; never leaves the service.
    Column("secret", LargeBinary, nullable=False),
    Column("allocated_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    UniqueConstraint("region_code", "year", name="uq_campaigns_region_code_year"),
)

quotas = Table(
    "quotas",
    metadata,
    Column("campaign_id", _UUID, ForeignKey("campaigns.id"), nullable=False),
    Column("scope_kind", String(16), nullable=False),
    Column("scope_id", _UUID, nullable=False),
    Column("count", Integer, nullable=False),
    PrimaryKeyConstraint("campaign_id", "scope_kind", "scope_id", name="pk_quotas"),
    CheckConstraint("scope_kind IN ('school', 'municipality')", name="ck_quotas_scope_kind"),
    CheckConstraint("count >= 0", name="ck_quotas_count"),
)

questions = Table(
    "questions",
    metadata,
    _id(),
    Column("campaign_id", _UUID, ForeignKey("campaigns.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", String(1000), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("options", JSONB, nullable=False, server_default="[]"),
    Column("required", Boolean, nullable=False, server_default="false"),
    Column("active", Boolean, nullable=False, server_default="true"),
    Index("ix_questions_campaign", "campaign_id"),
)

questionnaire_answers = Table(
    "questionnaire_answers",
    metadata,
    Column("campaign_id", _UUID, ForeignKey("campaigns.id"), nullable=False),
    Column("teacher_id", _UUID, ForeignKey("teachers.id"), nullable=False),
    Column("answers", JSONB, nullable=False),
    Column("answered_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    # Person id of the operator who answered on the teacher's behalf ("" : the teacher).
    Column("filled_by", String(64), nullable=False, server_default=""),
    PrimaryKeyConstraint("campaign_id", "teacher_id", name="pk_questionnaire_answers"),
)

candidate_decisions = Table(
    "candidate_decisions",
    metadata,
    Column("campaign_id", _UUID, ForeignKey("campaigns.id"), nullable=False),
    Column("teacher_id", _UUID, ForeignKey("teachers.id"), nullable=False),
    Column("decision", String(16), nullable=False),
    Column("decided_by", String(64), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    PrimaryKeyConstraint("campaign_id", "teacher_id", name="pk_candidate_decisions"),
    CheckConstraint(
        "decision IN ('pending', 'confirmed', 'removed')", name="ck_candidate_decisions_decision"
    ),
)

allocation_outcomes = Table(
    "allocation_outcomes",
    metadata,
    Column("campaign_id", _UUID, ForeignKey("campaigns.id"), nullable=False),
    Column("teacher_id", _UUID, nullable=False),
    Column("school_id", _UUID, nullable=False),
    Column("municipality_id", _UUID, nullable=False),
    Column("reason", String(48), nullable=False),
    Column("rank", Integer, nullable=False),
    Column("number_id", _UUID),
    PrimaryKeyConstraint("campaign_id", "teacher_id", name="pk_allocation_outcomes"),
    Index("ix_allocation_outcomes_school", "campaign_id", "school_id"),
)

unique_numbers = Table(
    "unique_numbers",
    metadata,
    _id(),
    Column("campaign_id", _UUID, ForeignKey("campaigns.id"), nullable=False),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID, nullable=False),
    Column("school_id", _UUID, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("code", String(32), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    UniqueConstraint("campaign_id", "school_id", "sequence", name="uq_unique_numbers_sequence"),
)

holdings = Table(
    "holdings",
    metadata,
    _id(),
    Column("number_id", _UUID, ForeignKey("unique_numbers.id"), nullable=False),
    Column("campaign_id", _UUID, nullable=False),
    Column("year", Integer, nullable=False),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID, nullable=False),
    Column("school_id", _UUID, nullable=False),
    Column("teacher_id", _UUID, ForeignKey("teachers.id"), nullable=False),
    Column("status", String(32), nullable=False),
    Column("refusal_reason", String(48)),
    Column("refusal_note", String(500), nullable=False, server_default=""),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    CheckConstraint(
        "status IN ('assigned', 'application_draft', 'application_submitted', 'refused', "
        "'completed')",
        name="ck_holdings_status",
    ),
    # One live holding per number, and per teacher in a campaign.
    Index(
        "uq_holdings_live_number",
        "number_id",
        unique=True,
        postgresql_where=text("status <> 'refused'"),
    ),
    Index(
        "uq_holdings_live_teacher",
        "campaign_id",
        "teacher_id",
        unique=True,
        postgresql_where=text("status <> 'refused'"),
    ),
    Index("ix_holdings_teacher", "teacher_id"),
    Index("ix_holdings_school", "campaign_id", "school_id"),
)

applications = Table(
    "applications",
    metadata,
    _id(),
    Column("campaign_id", _UUID, nullable=False),
    Column("holding_id", _UUID, ForeignKey("holdings.id"), nullable=False, unique=True),
    Column("teacher_id", _UUID, nullable=False),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID, nullable=False),
    Column("school_id", _UUID, nullable=False),
    Column("status", String(16), nullable=False),
    Column("passport_key_id", String(64)),
    Column("passport_sealed", LargeBinary),
    Column("passport_masked", String(32), nullable=False, server_default=""),
    Column("phone", String(20), nullable=False, server_default=""),
    Column("position", String(300), nullable=False, server_default=""),
    Column("subject", String(300), nullable=False, server_default=""),
    Column("qualification_category", String(100), nullable=False, server_default=""),
    Column("course_id", String(64), nullable=False, server_default=""),
    Column("group_ids", ARRAY(Text), nullable=False, server_default="{}"),
    Column("total_hours", Integer, nullable=False, server_default="0"),
    # Each submission has its own idempotency key for catalog's ReserveSeats.
    Column("submission_no", Integer, nullable=False, server_default="0"),
    Column("reservation_id", String(64), nullable=False, server_default=""),
    Column("submitted_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    CheckConstraint("status IN ('draft', 'submitted', 'closed')", name="ck_applications_status"),
    Index("ix_applications_campaign_school", "campaign_id", "school_id"),
)

completion_documents = Table(
    "completion_documents",
    metadata,
    _id(),
    Column("teacher_id", _UUID, ForeignKey("teachers.id"), nullable=False),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID, nullable=False),
    Column("school_id", _UUID, nullable=False),
    Column("campaign_id", _UUID),
    Column("holding_id", _UUID),
    Column("document_type", String(200), nullable=False),
    Column("series", String(32), nullable=False, server_default=""),
    Column("number", String(64), nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("hours", Integer, nullable=False),
    Column("organisation", String(500), nullable=False),
    Column("programme", String(500), nullable=False),
    Column("recorded_by", String(64), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    UniqueConstraint(
        "teacher_id", "document_type", "series", "number", name="uq_completion_documents_natural"
    ),
    Index("ix_completion_documents_school", "school_id"),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    Column("actor_person_id", String(64), nullable=False, server_default=""),
    Column("actor_subject", String(255), nullable=False),
    Column("action", String(64), nullable=False),
    Column("entity_type", String(32), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("region_code", String(2), nullable=False),
    Column("municipality_id", _UUID),
    Column("school_id", _UUID),
    Column("before", JSONB),
    Column("after", JSONB),
    Index("ix_audit_events_region_at", "region_code", "at"),
    Index("ix_audit_events_school", "school_id"),
    Index("ix_audit_events_municipality", "municipality_id"),
)

# SMK qualification proceedings (rule set smk-2023).
qualification_sessions = Table(
    "qualification_sessions",
    metadata,
    _id(),
    Column("year", Integer, nullable=False),
    Column("term", String(8), nullable=False),
    Column("rules_version", String(64), nullable=False),
    Column("opens_on", Date, nullable=False),
    Column("closes_on", Date, nullable=False),
    Column("round", Integer, nullable=False, server_default="0"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    UniqueConstraint("year", "term", name="uq_qualification_sessions_year_term"),
    CheckConstraint("term IN ('spring', 'autumn')", name="ck_qualification_sessions_term"),
)

qualification_places = Table(
    "qualification_places",
    metadata,
    Column("session_id", _UUID, ForeignKey("qualification_sessions.id"), nullable=False),
    Column("specialty", String(100), nullable=False),
    Column("voivodeship", String(2), nullable=False),
    Column("mode", String(16), nullable=False),
    Column("places", Integer, nullable=False),
    Column("unit_ids", ARRAY(Text), nullable=False, server_default="{}"),
    PrimaryKeyConstraint(
        "session_id", "specialty", "voivodeship", "mode", name="pk_qualification_places"
    ),
    CheckConstraint("places >= 0", name="ck_qualification_places_places"),
)

qualification_applications = Table(
    "qualification_applications",
    metadata,
    _id(),
    Column("session_id", _UUID, ForeignKey("qualification_sessions.id"), nullable=False),
    Column("person_id", String(64), nullable=False),
    Column("request_id", String(128), nullable=False),
    Column("exam_percent", Numeric, nullable=False),
    Column("additional_points", Numeric, nullable=False),
    Column("score", Numeric, nullable=False),
    # [{"specialty", "voivodeship", "mode", "unit_ids"}] in order of preference.
    Column("variants", JSONB, nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=False),
    Column("withdrawn_at", DateTime(timezone=True)),
    UniqueConstraint("person_id", "request_id", name="uq_qualification_applications_request"),
    # One standing application per person and session.
    Index(
        "uq_qualification_applications_standing",
        "session_id",
        "person_id",
        unique=True,
        postgresql_where=text("withdrawn_at IS NULL"),
    ),
)

qualification_results = Table(
    "qualification_results",
    metadata,
    Column("session_id", _UUID, ForeignKey("qualification_sessions.id"), nullable=False),
    Column("round", Integer, nullable=False),
    Column("application_id", _UUID, ForeignKey("qualification_applications.id"), nullable=False),
    Column("rank", Integer, nullable=False),
    Column("score", Numeric, nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("variant_index", Integer),
    Column("specialty", String(100)),
    Column("voivodeship", String(2)),
    Column("mode", String(16)),
    PrimaryKeyConstraint("session_id", "round", "application_id", name="pk_qualification_results"),
    Index("ix_qualification_results_application", "application_id"),
)

qualification_publications = Table(
    "qualification_publications",
    metadata,
    Column("session_id", _UUID, ForeignKey("qualification_sessions.id"), nullable=False),
    Column("round", Integer, nullable=False),
    Column("voivodeship", String(2), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False, server_default=_NOW),
    Column("published_by", String(64), nullable=False),
    PrimaryKeyConstraint(
        "session_id", "round", "voivodeship", name="pk_qualification_publications"
    ),
)

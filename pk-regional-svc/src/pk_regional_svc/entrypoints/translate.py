"""Protobuf <-> domain/service-layer mappers of pk-regional-svc (kept apart from the servicer)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.errors import InvalidArgument
from cpd_platform.mapping import EnumMapping, same_named
from pk_regional_svc.domain.allocation import Decision, Reason
from pk_regional_svc.domain.application import Application, ApplicationStatus
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidate_list import CandidateView, OutcomeView
from pk_regional_svc.domain.completion import CompletionView
from pk_regional_svc.domain.limits import bounded, bounded_all
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberFilter,
    NumberStatus,
    RefusalCount,
    RefusalReason,
)
from pk_regional_svc.domain.questionnaire import Answers, Question, QuestionKind
from pk_regional_svc.domain.scope import AuditView
from pk_regional_svc.domain.structure import School, SchoolKind, TeacherProfile, TeacherView
from pk_regional_svc.domain.teacher_import import ImportReport
from pk_regional_svc.service_layer import (
    allocation,
    campaigns,
    reports,
)

MUNICIPALITY_KIND = EnumMapping(
    MunicipalityKind,
    pb.MunicipalityKind,
    invalid_code="invalid_municipality_kind",
    message="Укажите вид муниципального образования",
)
SCHOOL_KIND = EnumMapping(SchoolKind, pb.SchoolKind, invalid_code="invalid_school_kind")
DECISION = EnumMapping(
    Decision,
    pb.CandidateDecision,
    invalid_code="invalid_decision",
    message="Укажите решение: подтвердить или исключить",
)
REASON = EnumMapping(Reason, pb.AllocationReason, invalid_code="invalid_reason")
STATUS = EnumMapping(
    NumberStatus, pb.NumberStatus, invalid_code="invalid_status", message="Неизвестный статус"
)
REFUSAL = EnumMapping(RefusalReason, pb.RefusalReason, invalid_code="invalid_refusal_reason")
QUESTION_KIND = EnumMapping(
    QuestionKind,
    pb.QuestionKind,
    invalid_code="invalid_question",
    message="Укажите вид вопроса",
)
APPLICATION_STATUS = EnumMapping(
    ApplicationStatus, pb.ApplicationStatus, invalid_code="invalid_application_status"
)
REPORT_KIND = EnumMapping(
    reports.ReportKind,
    pb.ReportKind,
    invalid_code="invalid_report_kind",
    message="Укажите вид отчёта",
)


def bounded_named(source: object, names: str) -> dict[str, Any]:
    """`same_named` for texts coming in, each within its length limit."""
    return {name: bounded(getattr(source, name), name) for name in names.split()}


def dt(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def d(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def parse_date(value: str, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidArgument("invalid_date", f"Поле {field}: нужна дата ГГГГ-ММ-ДД") from None


def year(value: int) -> int | None:
    return value or None


def municipality(m: Municipality) -> pb.Municipality:
    return pb.Municipality(
        id=m.id, region_code=m.region_code, name=m.name, kind=MUNICIPALITY_KIND.to_pb(m.kind)
    )


def school(s: School) -> pb.School:
    return pb.School(
        **same_named(s, "id municipality_id region_code code name"),
        kind=SCHOOL_KIND.to_pb(s.kind),
    )


# The profile's fields kept as they are both ways (texts bounded on the way in).
_PROFILE_TEXTS = (
    "position qualification_category last_training_topic last_training_organisation "
    "last_retraining_topic phone"
)
_PROFILE_FLAGS = "never_trained no_retraining"


def profile(p: TeacherProfile) -> pb.TeacherProfile:
    return pb.TeacherProfile(
        **same_named(p, f"{_PROFILE_TEXTS} {_PROFILE_FLAGS}"),
        subjects=list(p.subjects),
        birth_year=p.birth_year or 0,
        last_training_on=d(p.last_training_on),
        last_training_year=p.training_year() or 0,
        last_retraining_on=d(p.last_retraining_on),
        last_retraining_year=p.last_retraining_year or 0,
        teaching_since_year=p.teaching_since_year or 0,
        graduation_year=p.graduation_year or 0,
    )


def profile_in(p: pb.TeacherProfile) -> TeacherProfile:
    subjects = bounded_all(p.subjects, "subject")
    return TeacherProfile(
        **bounded_named(p, _PROFILE_TEXTS),
        **same_named(p, _PROFILE_FLAGS),
        subjects=subjects,
        birth_year=year(p.birth_year),
        last_training_on=parse_date(p.last_training_on, "last_training_on"),
        last_training_year=year(p.last_training_year),
        last_retraining_on=parse_date(p.last_retraining_on, "last_retraining_on"),
        last_retraining_year=year(p.last_retraining_year),
        teaching_since_year=year(p.teaching_since_year),
        graduation_year=year(p.graduation_year),
    )


_TEACHER_FIELDS = (
    "id school_id municipality_id region_code snils family_name given_name middle_name "
    "profile_filled_by"
)


def teacher(v: TeacherView) -> pb.Teacher:
    t = v.teacher
    return pb.Teacher(
        **same_named(t, _TEACHER_FIELDS),
        person_id=t.person_id or "",
        profile=profile(t.profile),
        missing_profile_fields=v.missing,
        profile_complete=not v.missing,
        last_budget_number_year=t.last_budget_number_year or 0,
    )


def campaign(c: Campaign, now: datetime) -> pb.Campaign:
    return pb.Campaign(
        id=c.id,
        region_code=c.region_code,
        year=c.year,
        questionnaire_opens_at=dt(c.questionnaire.opens_at),
        questionnaire_closes_at=dt(c.questionnaire.closes_at),
        applications_open_at=dt(c.applications.opens_at),
        applications_close_at=dt(c.applications.closes_at),
        required_hours=c.required_hours,
        allocated_at=dt(c.allocated_at),
        questionnaire_open_now=c.questionnaire.is_open(now),
        applications_open_now=c.applications.is_open(now),
    )


def windows(w: pb.CampaignWindows) -> campaigns.WindowsInput:
    return campaigns.WindowsInput(
        w.questionnaire_opens_at,
        w.questionnaire_closes_at,
        w.applications_open_at,
        w.applications_close_at,
    )


def quotas_in(items: list[pb.Quota]) -> list[campaigns.QuotaInput]:
    return [campaigns.QuotaInput(q.municipality_id, q.school_id, q.count) for q in items]


def question(q: Question) -> pb.Question:
    return pb.Question(
        id=q.id,
        text=q.text,
        kind=QUESTION_KIND.to_pb(q.kind),
        options=list(q.options),
        required=q.required,
    )


def answers(a: Answers) -> list[pb.Answer]:
    return [pb.Answer(question_id=k, values=v) for k, v in sorted(a.values.items())]


def candidate(c: CandidateView) -> pb.Candidate:
    return pb.Candidate(
        teacher=teacher(c.teacher),
        decision=DECISION.to_pb(c.decision),
        years_since_training=-1 if c.years_since_training is None else c.years_since_training,
        never_trained=c.years_since_training is None,
        budget_number_within_three_years=c.recent_budget_number,
        decided_by=c.decided_by,
        decided_at=dt(c.decided_at),
        number_status=STATUS.to_pb_or_unspecified(c.number_status),
    )


def summary(s: allocation.AllocationSummary) -> pb.AllocationSummary:
    return pb.AllocationSummary(
        **same_named(s, "campaign_id granted not_granted ran_now"),
        allocated_at=dt(s.allocated_at),
    )


_HOLDING_FIELDS = (
    "number_id number_code campaign_id year school_id municipality_id teacher_id teacher_name "
    "refusal_note application_id holding_id"
)


def holding(h: Holding) -> pb.NumberHolding:
    return pb.NumberHolding(
        **same_named(h, _HOLDING_FIELDS),
        status=STATUS.to_pb(h.status),
        status_text=h.status.text,
        refusal_reason=REFUSAL.to_pb_or_unspecified(h.refusal_reason),
        refusal_text=h.refusal_reason.text if h.refusal_reason else "",
        updated_at=dt(h.updated_at),
    )


_APPLICATION_FIELDS = (
    "id campaign_id teacher_id holding_id number_code passport_masked passport_filled phone "
    "position subject qualification_category course_id total_hours reservation_id school_id "
    "municipality_id teacher_name"
)


def application(a: Application) -> pb.Application:
    return pb.Application(
        **same_named(a, _APPLICATION_FIELDS),
        basis=pb.FUNDING_CHOICE_BUDGET,
        status=APPLICATION_STATUS.to_pb(a.status),
        group_ids=list(a.group_ids),
        submitted_at=dt(a.submitted_at),
        updated_at=dt(a.updated_at),
    )


_COMPLETION_FIELDS = (
    "id teacher_id teacher_name school_id municipality_id campaign_id number_code document_type "
    "series number hours organisation programme recorded_by"
)


def refusal_count(r: RefusalCount) -> pb.RefusalCount:
    return pb.RefusalCount(reason=REFUSAL.to_pb(r.reason), reason_text=r.reason.text, count=r.count)


def completion(c: CompletionView) -> pb.CompletionDocument:
    return pb.CompletionDocument(
        **same_named(c, _COMPLETION_FIELDS),
        issued_on=c.issued_on.isoformat(),
        recorded_at=dt(c.recorded_at),
    )


def number_filter(f: pb.ReportFilter) -> NumberFilter:
    return NumberFilter(
        **same_named(f, "campaign_id region_code year municipality_id school_id teacher_id"),
        status=STATUS.optional_from_pb(f.status),
    )


def report(r: ImportReport) -> pb.ImportReport:
    return pb.ImportReport(
        created=r.created,
        updated=r.updated,
        unchanged=r.unchanged,
        rejected=[pb.RejectedRow(row=x.row, code=x.code, reason=x.reason) for x in r.rejected],
    )


municipality_kind_in = MUNICIPALITY_KIND.from_pb
question_kind_in = QUESTION_KIND.from_pb
decision_in = DECISION.from_pb
report_kind_in = REPORT_KIND.from_pb


_AUDIT_FIELDS = (
    "id actor_person_id actor_subject action entity_type entity_id before_json after_json "
    "school_id municipality_id region_code"
)


def audit_event(e: AuditView) -> pb.AuditEvent:
    return pb.AuditEvent(**same_named(e, _AUDIT_FIELDS), at=dt(e.at))


_OUTCOME_FIELDS = "teacher_id teacher_name school_id municipality_id number_id number_code rank"


def outcome(o: OutcomeView) -> pb.AllocationOutcome:
    return pb.AllocationOutcome(
        **same_named(o, _OUTCOME_FIELDS),
        granted=o.reason is Reason.GRANTED,
        reason=REASON.to_pb(o.reason),
        reason_text=o.reason.text,
    )

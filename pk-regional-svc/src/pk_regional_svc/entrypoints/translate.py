"""Protobuf <-> domain/service-layer mappers of pk-regional-svc (kept apart from the servicer)."""

from __future__ import annotations

from datetime import date, datetime

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.errors import InvalidArgument
from cpd_platform.mapping import EnumMapping
from pk_regional_svc.domain.allocation import Decision, Reason
from pk_regional_svc.domain.application import Application, ApplicationStatus
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidate_list import CandidateView
from pk_regional_svc.domain.completion import CompletionView
from pk_regional_svc.domain.limits import bounded, bounded_all
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind
from pk_regional_svc.domain.numbers import (
    REFUSAL_TEXT,
    STATUS_TEXT,
    Holding,
    NumberFilter,
    NumberStatus,
    RefusalReason,
)
from pk_regional_svc.domain.questionnaire import Answers, Question, QuestionKind
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
        id=s.id,
        municipality_id=s.municipality_id,
        region_code=s.region_code,
        code=s.code,
        name=s.name,
        kind=SCHOOL_KIND.to_pb(s.kind),
    )


def profile(p: TeacherProfile) -> pb.TeacherProfile:
    return pb.TeacherProfile(
        birth_year=p.birth_year or 0,
        position=p.position,
        subjects=list(p.subjects),
        qualification_category=p.qualification_category,
        last_training_on=d(p.last_training_on),
        last_training_year=p.training_year() or 0,
        last_training_topic=p.last_training_topic,
        last_training_organisation=p.last_training_organisation,
        never_trained=p.never_trained,
        last_retraining_on=d(p.last_retraining_on),
        last_retraining_year=p.last_retraining_year or 0,
        last_retraining_topic=p.last_retraining_topic,
        no_retraining=p.no_retraining,
        teaching_since_year=p.teaching_since_year or 0,
        graduation_year=p.graduation_year or 0,
        phone=p.phone,
    )


def profile_in(p: pb.TeacherProfile) -> TeacherProfile:
    subjects = bounded_all(p.subjects, "subject")
    return TeacherProfile(
        birth_year=year(p.birth_year),
        position=bounded(p.position, "position"),
        subjects=subjects,
        qualification_category=bounded(p.qualification_category, "qualification_category"),
        last_training_on=parse_date(p.last_training_on, "last_training_on"),
        last_training_year=year(p.last_training_year),
        last_training_topic=bounded(p.last_training_topic, "last_training_topic"),
        last_training_organisation=bounded(
            p.last_training_organisation, "last_training_organisation"
        ),
        never_trained=p.never_trained,
        last_retraining_on=parse_date(p.last_retraining_on, "last_retraining_on"),
        last_retraining_year=year(p.last_retraining_year),
        last_retraining_topic=bounded(p.last_retraining_topic, "last_retraining_topic"),
        no_retraining=p.no_retraining,
        teaching_since_year=year(p.teaching_since_year),
        graduation_year=year(p.graduation_year),
        phone=bounded(p.phone, "phone"),
    )


def teacher(v: TeacherView) -> pb.Teacher:
    t = v.teacher
    return pb.Teacher(
        id=t.id,
        school_id=t.school_id,
        municipality_id=t.municipality_id,
        region_code=t.region_code,
        snils=t.snils,
        person_id=t.person_id or "",
        family_name=t.family_name,
        given_name=t.given_name,
        middle_name=t.middle_name,
        profile=profile(t.profile),
        missing_profile_fields=v.missing,
        profile_complete=not v.missing,
        last_budget_number_year=t.last_budget_number_year or 0,
        profile_filled_by=t.profile_filled_by,
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
        campaign_id=s.campaign_id,
        granted=s.granted,
        not_granted=s.not_granted,
        allocated_at=dt(s.allocated_at),
        ran_now=s.ran_now,
    )


def holding(h: Holding) -> pb.NumberHolding:
    return pb.NumberHolding(
        number_id=h.number_id,
        number_code=h.number_code,
        campaign_id=h.campaign_id,
        year=h.year,
        school_id=h.school_id,
        municipality_id=h.municipality_id,
        teacher_id=h.teacher_id,
        teacher_name=h.teacher_name,
        status=STATUS.to_pb(h.status),
        status_text=STATUS_TEXT[h.status],
        refusal_reason=REFUSAL.to_pb_or_unspecified(h.refusal_reason),
        refusal_text=REFUSAL_TEXT[h.refusal_reason] if h.refusal_reason else "",
        refusal_note=h.refusal_note,
        application_id=h.application_id,
        updated_at=dt(h.updated_at),
        holding_id=h.holding_id,
    )


def application(a: Application) -> pb.Application:
    return pb.Application(
        id=a.id,
        campaign_id=a.campaign_id,
        teacher_id=a.teacher_id,
        holding_id=a.holding_id,
        number_code=a.number_code,
        basis=pb.FUNDING_CHOICE_BUDGET,
        status=APPLICATION_STATUS.to_pb(a.status),
        passport_masked=a.passport_masked,
        passport_filled=a.passport_filled,
        phone=a.phone,
        position=a.position,
        subject=a.subject,
        qualification_category=a.qualification_category,
        course_id=a.course_id,
        group_ids=list(a.group_ids),
        total_hours=a.total_hours,
        reservation_id=a.reservation_id,
        submitted_at=dt(a.submitted_at),
        updated_at=dt(a.updated_at),
        school_id=a.school_id,
        municipality_id=a.municipality_id,
        teacher_name=a.teacher_name,
    )


def completion(c: CompletionView) -> pb.CompletionDocument:
    return pb.CompletionDocument(
        id=c.id,
        teacher_id=c.teacher_id,
        teacher_name=c.teacher_name,
        school_id=c.school_id,
        municipality_id=c.municipality_id,
        campaign_id=c.campaign_id,
        number_code=c.number_code,
        document_type=c.document_type,
        series=c.series,
        number=c.number,
        issued_on=c.issued_on.isoformat(),
        hours=c.hours,
        organisation=c.organisation,
        programme=c.programme,
        recorded_by=c.recorded_by,
        recorded_at=dt(c.recorded_at),
    )


def number_filter(f: pb.ReportFilter) -> NumberFilter:
    return NumberFilter(
        campaign_id=f.campaign_id,
        region_code=f.region_code,
        year=f.year,
        municipality_id=f.municipality_id,
        school_id=f.school_id,
        status=STATUS.optional_from_pb(f.status),
        teacher_id=f.teacher_id,
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

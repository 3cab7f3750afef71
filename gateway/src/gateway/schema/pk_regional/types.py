"""GraphQL types of the regional model (prefixed "Regional" where a name could clash)."""

from __future__ import annotations

import base64
import json
from enum import Enum

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb


def _name(enum: object, value: int, prefix: str) -> str:
    return str(enum.Name(value)).removeprefix(prefix).lower()  # type: ignore[attr-defined]


@strawberry.enum(description="Вид муниципального образования")
class MunicipalityKind(Enum):
    MUNICIPAL_DISTRICT = pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT
    URBAN_OKRUG = pb.MUNICIPALITY_KIND_URBAN_OKRUG
    CITY_DISTRICT = pb.MUNICIPALITY_KIND_CITY_DISTRICT


@strawberry.enum(description="Решение оператора по кандидату")
class CandidateDecision(Enum):
    PENDING = pb.CANDIDATE_DECISION_PENDING
    CONFIRMED = pb.CANDIDATE_DECISION_CONFIRMED
    REMOVED = pb.CANDIDATE_DECISION_REMOVED


@strawberry.enum(description="Статус уникального номера")
class NumberStatus(Enum):
    EXPECTED = pb.NUMBER_STATUS_EXPECTED
    ASSIGNED = pb.NUMBER_STATUS_ASSIGNED
    APPLICATION_DRAFT = pb.NUMBER_STATUS_APPLICATION_DRAFT
    APPLICATION_SUBMITTED = pb.NUMBER_STATUS_APPLICATION_SUBMITTED
    REFUSED = pb.NUMBER_STATUS_REFUSED
    COMPLETED = pb.NUMBER_STATUS_COMPLETED
    FREE = pb.NUMBER_STATUS_FREE


@strawberry.enum(description="Причина отказа от номера")
class RefusalReason(Enum):
    NOT_STATED = pb.REFUSAL_REASON_NOT_STATED
    LIQUIDATION_OR_RESIGNATION = pb.REFUSAL_REASON_LIQUIDATION_OR_RESIGNATION
    OFF_BUDGET_CHOSEN = pb.REFUSAL_REASON_OFF_BUDGET_CHOSEN
    MATERNITY_LEAVE = pb.REFUSAL_REASON_MATERNITY_LEAVE
    DISMISSAL = pb.REFUSAL_REASON_DISMISSAL
    ILLNESS = pb.REFUSAL_REASON_ILLNESS
    TRAINED_ELSEWHERE = pb.REFUSAL_REASON_TRAINED_ELSEWHERE
    OTHER = pb.REFUSAL_REASON_OTHER


@strawberry.enum(description="Основа обучения")
class FundingChoice(Enum):
    BUDGET = pb.FUNDING_CHOICE_BUDGET
    OFF_BUDGET = pb.FUNDING_CHOICE_OFF_BUDGET


@strawberry.enum(description="Вид вопроса анкеты")
class QuestionKind(Enum):
    TEXT = pb.QUESTION_KIND_TEXT
    SINGLE_CHOICE = pb.QUESTION_KIND_SINGLE_CHOICE
    MULTIPLE_CHOICE = pb.QUESTION_KIND_MULTIPLE_CHOICE


@strawberry.enum(description="Вид отчёта")
class ReportKind(Enum):
    NUMBERS = pb.REPORT_KIND_NUMBERS
    TEACHERS = pb.REPORT_KIND_TEACHERS
    CANDIDATES = pb.REPORT_KIND_CANDIDATES
    APPLICATIONS = pb.REPORT_KIND_APPLICATIONS
    COMPLETIONS = pb.REPORT_KIND_COMPLETIONS
    ALLOCATION = pb.REPORT_KIND_ALLOCATION


@strawberry.enum(description="Формат выгрузки")
class ExportFormat(Enum):
    CSV = pb.EXPORT_FORMAT_CSV
    XLSX = pb.EXPORT_FORMAT_XLSX


@strawberry.type(description="Муниципальное образование")
class Municipality:
    id: strawberry.ID
    region_code: str
    name: str
    kind: str

    @classmethod
    def from_pb(cls, m: pb.Municipality) -> Municipality:
        return cls(
            id=strawberry.ID(m.id),
            region_code=m.region_code,
            name=m.name,
            kind=_name(pb.MunicipalityKind, m.kind, "MUNICIPALITY_KIND_"),
        )


@strawberry.type(description="Образовательная организация региона")
class RegionalSchool:
    id: strawberry.ID
    municipality_id: strawberry.ID
    region_code: str
    code: str
    name: str
    kind: str

    @classmethod
    def from_pb(cls, s: pb.School) -> RegionalSchool:
        return cls(
            id=strawberry.ID(s.id),
            municipality_id=strawberry.ID(s.municipality_id),
            region_code=s.region_code,
            code=s.code,
            name=s.name,
            kind=_name(pb.SchoolKind, s.kind, "SCHOOL_KIND_"),
        )


@strawberry.type(description="Моя анкета: сведения педагога")
class TeacherProfile:
    birth_year: int | None
    position: str
    subjects: list[str]
    qualification_category: str
    last_training_on: str
    last_training_year: int | None
    last_training_topic: str
    last_training_organisation: str
    never_trained: bool
    last_retraining_on: str
    last_retraining_year: int | None
    last_retraining_topic: str
    no_retraining: bool
    teaching_since_year: int | None
    graduation_year: int | None
    phone: str

    @classmethod
    def from_pb(cls, p: pb.TeacherProfile) -> TeacherProfile:
        return cls(
            birth_year=p.birth_year or None,
            position=p.position,
            subjects=list(p.subjects),
            qualification_category=p.qualification_category,
            last_training_on=p.last_training_on,
            last_training_year=p.last_training_year or None,
            last_training_topic=p.last_training_topic,
            last_training_organisation=p.last_training_organisation,
            never_trained=p.never_trained,
            last_retraining_on=p.last_retraining_on,
            last_retraining_year=p.last_retraining_year or None,
            last_retraining_topic=p.last_retraining_topic,
            no_retraining=p.no_retraining,
            teaching_since_year=p.teaching_since_year or None,
            graduation_year=p.graduation_year or None,
            phone=p.phone,
        )


@strawberry.type(description="Педагог")
class RegionalTeacher:
    id: strawberry.ID
    school_id: strawberry.ID
    municipality_id: strawberry.ID
    region_code: str
    snils: str
    person_id: str
    family_name: str
    given_name: str
    middle_name: str
    profile: TeacherProfile
    missing_profile_fields: list[str]
    profile_complete: bool
    last_budget_number_year: int | None = strawberry.field(
        default=None, description="Год последнего использованного бюджетного номера"
    )
    profile_filled_by: str = strawberry.field(
        default="",
        description="Кто заполнил анкету за педагога (person id оператора); пусто — сам педагог",
    )

    @classmethod
    def from_pb(cls, t: pb.Teacher) -> RegionalTeacher:
        return cls(
            id=strawberry.ID(t.id),
            school_id=strawberry.ID(t.school_id),
            municipality_id=strawberry.ID(t.municipality_id),
            region_code=t.region_code,
            snils=t.snils,
            person_id=t.person_id,
            family_name=t.family_name,
            given_name=t.given_name,
            middle_name=t.middle_name,
            profile=TeacherProfile.from_pb(t.profile),
            missing_profile_fields=list(t.missing_profile_fields),
            profile_complete=t.profile_complete,
            last_budget_number_year=t.last_budget_number_year or None,
            profile_filled_by=t.profile_filled_by,
        )


@strawberry.type(description="Отказ в строке файла импорта")
class RejectedRow:
    row: int
    code: str
    reason: str


@strawberry.type(description="Итог импорта")
class ImportReport:
    created: int
    updated: int
    unchanged: int
    rejected: list[RejectedRow]

    @classmethod
    def from_pb(cls, r: pb.ImportReport) -> ImportReport:
        return cls(
            created=r.created,
            updated=r.updated,
            unchanged=r.unchanged,
            rejected=[RejectedRow(row=x.row, code=x.code, reason=x.reason) for x in r.rejected],
        )


@strawberry.type(description="Кампания года")
class RegionalCampaign:
    id: strawberry.ID
    region_code: str
    year: int
    questionnaire_opens_at: str
    questionnaire_closes_at: str
    applications_open_at: str
    applications_close_at: str
    required_hours: int
    allocated_at: str
    questionnaire_open_now: bool
    applications_open_now: bool

    @classmethod
    def from_pb(cls, c: pb.Campaign) -> RegionalCampaign:
        return cls(
            id=strawberry.ID(c.id),
            region_code=c.region_code,
            year=c.year,
            questionnaire_opens_at=c.questionnaire_opens_at,
            questionnaire_closes_at=c.questionnaire_closes_at,
            applications_open_at=c.applications_open_at,
            applications_close_at=c.applications_close_at,
            required_hours=c.required_hours,
            allocated_at=c.allocated_at,
            questionnaire_open_now=c.questionnaire_open_now,
            applications_open_now=c.applications_open_now,
        )


@strawberry.type(description="Квота уникальных номеров и её использование")
class QuotaUsage:
    municipality_id: str
    school_id: str
    count: int
    used: int


@strawberry.type(description="Квоты кампании")
class QuotaList:
    quotas: list[QuotaUsage]


@strawberry.type(description="Вопрос анкеты")
class Question:
    id: strawberry.ID
    text: str
    kind: QuestionKind
    options: list[str]
    required: bool

    @classmethod
    def from_pb(cls, q: pb.Question) -> Question:
        return cls(
            id=strawberry.ID(q.id),
            text=q.text,
            kind=QuestionKind(q.kind),
            options=list(q.options),
            required=q.required,
        )


@strawberry.type(description="Ответ на вопрос")
class Answer:
    question_id: strawberry.ID
    values: list[str]


def answers_from_pb(items: list[pb.Answer]) -> list[Answer]:
    return [Answer(question_id=strawberry.ID(a.question_id), values=list(a.values)) for a in items]


@strawberry.type(description="Анкета кампании")
class Questionnaire:
    questions: list[Question]
    my_answers: list[Answer]
    answered_at: str


@strawberry.type(description="Ответы педагога")
class QuestionnaireResponse:
    teacher: RegionalTeacher
    answered: bool
    answers: list[Answer]
    answered_at: str
    filled_by: str = strawberry.field(
        default="", description="Оператор, ответивший за педагога (person id); пусто — сам педагог"
    )


@strawberry.type
class QuestionnaireResponsePage:
    items: list[QuestionnaireResponse]
    next_page_token: str
    total: int
    answered_total: int


@strawberry.type(description="Кандидат на уникальный номер")
class Candidate:
    teacher: RegionalTeacher
    decision: CandidateDecision
    years_since_training: int | None
    never_trained: bool
    budget_number_within_three_years: bool
    decided_by: str
    decided_at: str
    number_status: NumberStatus | None

    @classmethod
    def from_pb(cls, c: pb.Candidate) -> Candidate:
        return cls(
            teacher=RegionalTeacher.from_pb(c.teacher),
            decision=CandidateDecision(c.decision),
            years_since_training=None if c.years_since_training < 0 else c.years_since_training,
            never_trained=c.never_trained,
            budget_number_within_three_years=c.budget_number_within_three_years,
            decided_by=c.decided_by,
            decided_at=c.decided_at,
            number_status=NumberStatus(c.number_status) if c.number_status else None,
        )


@strawberry.type
class CandidateList:
    items: list[Candidate]


@strawberry.type
class CandidatePage:
    items: list[Candidate]
    next_page_token: str
    total: int


@strawberry.type(description="Итог распределения")
class AllocationSummary:
    campaign_id: strawberry.ID
    granted: int
    not_granted: int
    allocated_at: str
    ran_now: bool

    @classmethod
    def from_pb(cls, s: pb.AllocationSummary) -> AllocationSummary:
        return cls(
            campaign_id=strawberry.ID(s.campaign_id),
            granted=s.granted,
            not_granted=s.not_granted,
            allocated_at=s.allocated_at,
            ran_now=s.ran_now,
        )


@strawberry.type(description="Результат распределения для педагога")
class AllocationOutcome:
    teacher_id: strawberry.ID
    teacher_name: str
    school_id: strawberry.ID
    municipality_id: strawberry.ID
    granted: bool
    number_code: str
    reason: str
    reason_text: str
    rank: int


@strawberry.type
class AllocationReport:
    items: list[AllocationOutcome]
    next_page_token: str
    total: int
    summary: AllocationSummary


@strawberry.type(description="Уникальный номер и его держатель")
class NumberHolding:
    holding_id: str
    number_id: strawberry.ID
    number_code: str
    campaign_id: strawberry.ID
    year: int
    school_id: strawberry.ID
    municipality_id: strawberry.ID
    teacher_id: str
    teacher_name: str
    status: NumberStatus
    status_text: str
    refusal_reason: RefusalReason | None
    refusal_text: str
    refusal_note: str
    application_id: str
    updated_at: str

    @classmethod
    def from_pb(cls, h: pb.NumberHolding) -> NumberHolding:
        return cls(
            holding_id=h.holding_id,
            number_id=strawberry.ID(h.number_id),
            number_code=h.number_code,
            campaign_id=strawberry.ID(h.campaign_id),
            year=h.year,
            school_id=strawberry.ID(h.school_id),
            municipality_id=strawberry.ID(h.municipality_id),
            teacher_id=h.teacher_id,
            teacher_name=h.teacher_name,
            status=NumberStatus(h.status),
            status_text=h.status_text,
            refusal_reason=RefusalReason(h.refusal_reason) if h.refusal_reason else None,
            refusal_text=h.refusal_text,
            refusal_note=h.refusal_note,
            application_id=h.application_id,
            updated_at=h.updated_at,
        )


@strawberry.type
class NumberPage:
    items: list[NumberHolding]
    next_page_token: str
    total: int


@strawberry.type(description="Номер после отказа или передачи и свободные номера организации")
class NumberChange:
    holding: NumberHolding
    free_in_school_pool: int


@strawberry.type(description="Свободные номера, закреплённые за организацией")
class SchoolPool:
    free_count: int
    message: str
    free_numbers: list[NumberHolding]


@strawberry.type(description="Заявление педагога")
class RegionalApplication:
    id: strawberry.ID
    campaign_id: strawberry.ID
    teacher_id: strawberry.ID
    teacher_name: str
    holding_id: str
    number_code: str
    status: str
    passport_masked: str
    passport_filled: bool
    phone: str
    position: str
    subject: str
    qualification_category: str
    course_id: str
    group_ids: list[str]
    total_hours: int
    reservation_id: str
    submitted_at: str
    updated_at: str
    school_id: strawberry.ID
    municipality_id: strawberry.ID

    @classmethod
    def from_pb(cls, a: pb.Application) -> RegionalApplication:
        return cls(
            id=strawberry.ID(a.id),
            campaign_id=strawberry.ID(a.campaign_id),
            teacher_id=strawberry.ID(a.teacher_id),
            teacher_name=a.teacher_name,
            holding_id=a.holding_id,
            number_code=a.number_code,
            status=_name(pb.ApplicationStatus, a.status, "APPLICATION_STATUS_"),
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
            submitted_at=a.submitted_at,
            updated_at=a.updated_at,
            school_id=strawberry.ID(a.school_id),
            municipality_id=strawberry.ID(a.municipality_id),
        )


@strawberry.type
class ApplicationPage:
    items: list[RegionalApplication]
    next_page_token: str
    total: int


@strawberry.type(description="Сохранённое заявление (или отказ от номера при внебюджете)")
class SaveApplicationPayload:
    application: RegionalApplication | None
    holding: NumberHolding


@strawberry.type(description="Подтверждение прохождения ПК")
class CompletionDocument:
    id: strawberry.ID
    teacher_id: strawberry.ID
    teacher_name: str
    school_id: strawberry.ID
    municipality_id: strawberry.ID
    campaign_id: str
    number_code: str
    document_type: str
    series: str
    number: str
    issued_on: str
    hours: int
    organisation: str
    programme: str
    recorded_by: str
    recorded_at: str

    @classmethod
    def from_pb(cls, c: pb.CompletionDocument) -> CompletionDocument:
        return cls(
            id=strawberry.ID(c.id),
            teacher_id=strawberry.ID(c.teacher_id),
            teacher_name=c.teacher_name,
            school_id=strawberry.ID(c.school_id),
            municipality_id=strawberry.ID(c.municipality_id),
            campaign_id=c.campaign_id,
            number_code=c.number_code,
            document_type=c.document_type,
            series=c.series,
            number=c.number,
            issued_on=c.issued_on,
            hours=c.hours,
            organisation=c.organisation,
            programme=c.programme,
            recorded_by=c.recorded_by,
            recorded_at=c.recorded_at,
        )


@strawberry.type
class CompletionPage:
    items: list[CompletionDocument]
    next_page_token: str
    total: int


@strawberry.type(description="Записанный документ о прохождении ПК")
class RecordCompletionPayload:
    document: CompletionDocument
    created: bool
    closed_number: NumberHolding | None


@strawberry.type(description="Файл выгрузки (содержимое в base64)")
class ReportExport:
    filename: str
    content_type: str
    rows: int
    content_base64: str

    @classmethod
    def from_pb(cls, e: pb.ExportReportResponse) -> ReportExport:
        return cls(
            filename=e.filename,
            content_type=e.content_type,
            rows=e.rows,
            content_base64=base64.b64encode(e.content).decode(),
        )


@strawberry.type(description="Запись журнала действий")
class AuditEvent:
    id: strawberry.ID
    at: str
    actor_person_id: str
    action: str
    entity_type: str
    entity_id: str
    before: strawberry.scalars.JSON | None
    after: strawberry.scalars.JSON | None
    school_id: str
    municipality_id: str
    region_code: str

    @classmethod
    def from_pb(cls, e: pb.AuditEvent) -> AuditEvent:
        return cls(
            id=strawberry.ID(e.id),
            at=e.at,
            actor_person_id=e.actor_person_id,
            action=e.action,
            entity_type=e.entity_type,
            entity_id=e.entity_id,
            before=json.loads(e.before_json) if e.before_json else None,
            after=json.loads(e.after_json) if e.after_json else None,
            school_id=e.school_id,
            municipality_id=e.municipality_id,
            region_code=e.region_code,
        )


@strawberry.type
class AuditPage:
    items: list[AuditEvent]
    next_page_token: str


@strawberry.type(description="Моё участие в кампании")
class MyCampaignStatus:
    teacher: RegionalTeacher
    campaign: RegionalCampaign
    candidate: bool
    decision: CandidateDecision
    holding: NumberHolding | None
    application: RegionalApplication | None


@strawberry.type
class TeacherPage:
    items: list[RegionalTeacher]
    next_page_token: str
    total: int


@strawberry.type
class SchoolPage:
    items: list[RegionalSchool]
    next_page_token: str
    total: int


@strawberry.type
class QuestionList:
    questions: list[Question]


@strawberry.type
class MunicipalityPayload:
    municipality: Municipality
    created: bool


@strawberry.type
class CampaignPayload:
    campaign: RegionalCampaign
    created: bool


@strawberry.type
class AnswersPayload:
    answers: list[Answer]
    answered_at: str
    filled_by: str = ""

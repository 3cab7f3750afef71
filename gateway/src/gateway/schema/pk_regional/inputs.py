"""GraphQL inputs of the regional model."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.schema.pk_regional.types import NumberStatus, QuestionKind


@strawberry.input(description="Фильтр списков и выгрузок")
class RegionalFilter:
    campaign_id: str | None = None
    region_code: str | None = None
    year: int | None = None
    municipality_id: str | None = None
    school_id: str | None = None
    status: NumberStatus | None = None
    teacher_id: str | None = strawberry.field(default=None, description="Педагог: id или person id")

    def to_pb(self) -> pb.ReportFilter:
        return pb.ReportFilter(
            campaign_id=self.campaign_id or "",
            region_code=self.region_code or "",
            year=self.year or 0,
            municipality_id=self.municipality_id or "",
            school_id=self.school_id or "",
            status=self.status.value if self.status else pb.NUMBER_STATUS_UNSPECIFIED,
            teacher_id=self.teacher_id or "",
        )


DEFAULT_PAGE_SIZE = 100


def page(first: int | None, after: str | None) -> pb.Page:
    """A page request; omitted or null arguments take the defaults (100 rows, the first page)."""
    return pb.Page(page_size=DEFAULT_PAGE_SIZE if first is None else first, page_token=after or "")


@strawberry.input(description="Окна кампании: дата и время; без смещения — московское время")
class CampaignWindowsInput:
    questionnaire_opens_at: str
    questionnaire_closes_at: str
    applications_open_at: str
    applications_close_at: str

    def to_pb(self) -> pb.CampaignWindows:
        return pb.CampaignWindows(
            questionnaire_opens_at=self.questionnaire_opens_at,
            questionnaire_closes_at=self.questionnaire_closes_at,
            applications_open_at=self.applications_open_at,
            applications_close_at=self.applications_close_at,
        )


@strawberry.input(description="Квота: для муниципалитета или для организации")
class QuotaInput:
    count: int
    municipality_id: str = ""
    school_id: str = ""

    def to_pb(self) -> pb.Quota:
        return pb.Quota(
            municipality_id=self.municipality_id, school_id=self.school_id, count=self.count
        )


@strawberry.input
class QuestionInput:
    text: str
    kind: QuestionKind
    options: list[str] = strawberry.field(default_factory=list)
    required: bool = False
    id: str = ""

    def to_pb(self) -> pb.Question:
        return pb.Question(
            id=self.id,
            text=self.text,
            kind=self.kind.value,
            options=self.options,
            required=self.required,
        )


@strawberry.input
class AnswerInput:
    question_id: str
    values: list[str]


@strawberry.input(description="Моя анкета")
class TeacherProfileInput:
    birth_year: int | None = None
    position: str = ""
    subjects: list[str] = strawberry.field(default_factory=list)
    qualification_category: str = ""
    last_training_on: str = ""
    last_training_topic: str = ""
    last_training_organisation: str = ""
    never_trained: bool = False
    last_retraining_on: str = ""
    last_retraining_year: int | None = None
    last_retraining_topic: str = ""
    no_retraining: bool = False
    teaching_since_year: int | None = None
    graduation_year: int | None = None
    phone: str = ""

    def to_pb(self) -> pb.TeacherProfile:
        return pb.TeacherProfile(
            birth_year=self.birth_year or 0,
            position=self.position,
            subjects=self.subjects,
            qualification_category=self.qualification_category,
            last_training_on=self.last_training_on,
            last_training_topic=self.last_training_topic,
            last_training_organisation=self.last_training_organisation,
            never_trained=self.never_trained,
            last_retraining_on=self.last_retraining_on,
            last_retraining_year=self.last_retraining_year or 0,
            last_retraining_topic=self.last_retraining_topic,
            no_retraining=self.no_retraining,
            teaching_since_year=self.teaching_since_year or 0,
            graduation_year=self.graduation_year or 0,
            phone=self.phone,
        )


@strawberry.input(description="Паспорт (хранится зашифрованным, операторам показывается маска)")
class PassportInput:
    series: str
    number: str
    issuer: str
    issued_on: str


@strawberry.input(description="Заявление педагога")
class RegionalApplicationInput:
    campaign_id: str
    basis: str = strawberry.field(description="budget или off_budget")
    passport: PassportInput | None = None
    phone: str = ""
    position: str = ""
    subject: str = ""
    qualification_category: str = ""
    course_id: str = ""
    group_ids: list[str] = strawberry.field(default_factory=list)

    def to_pb(self) -> pb.SaveApplicationRequest:
        basis = {
            "budget": pb.FUNDING_CHOICE_BUDGET,
            "off_budget": pb.FUNDING_CHOICE_OFF_BUDGET,
        }.get(self.basis.lower(), pb.FUNDING_CHOICE_UNSPECIFIED)
        request = pb.SaveApplicationRequest(
            campaign_id=self.campaign_id,
            basis=basis,
            phone=self.phone,
            position=self.position,
            subject=self.subject,
            qualification_category=self.qualification_category,
            course_id=self.course_id,
            group_ids=self.group_ids,
        )
        if self.passport is not None:
            request.passport.CopyFrom(
                pb.Passport(
                    series=self.passport.series,
                    number=self.passport.number,
                    issuer=self.passport.issuer,
                    issued_on=self.passport.issued_on,
                )
            )
        return request


@strawberry.input(description="Документ о прохождении ПК")
class CompletionInput:
    teacher_id: str
    document_type: str
    number: str
    issued_on: str
    hours: int
    organisation: str
    programme: str
    series: str = ""
    campaign_id: str = ""

    def to_pb(self) -> pb.RecordCompletionRequest:
        return pb.RecordCompletionRequest(
            teacher_id=self.teacher_id,
            campaign_id=self.campaign_id,
            document_type=self.document_type,
            series=self.series,
            number=self.number,
            issued_on=self.issued_on,
            hours=self.hours,
            organisation=self.organisation,
            programme=self.programme,
        )

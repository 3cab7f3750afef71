"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from datetime import date, datetime

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.allocation import REASON_TEXT, Decision, Reason
from pk_regional_svc.domain.application import parse_passport
from pk_regional_svc.domain.limits import bounded, bounded_all
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind
from pk_regional_svc.domain.numbers import (
    REFUSAL_TEXT,
    STATUS_TEXT,
    NumberStatus,
    RefusalReason,
    pool_message,
)
from pk_regional_svc.domain.structure import School, SchoolKind, TeacherProfile
from pk_regional_svc.service_layer import (
    applications,
    audit_log,
    campaign_cancel,
    campaigns,
    candidates,
    completions,
    my_status,
    numbers,
    queries,
    reports,
    structure,
)
from pk_regional_svc.service_layer.deps import Deps

_MUNICIPALITY_KIND = {
    MunicipalityKind.MUNICIPAL_DISTRICT: pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT,
    MunicipalityKind.URBAN_OKRUG: pb.MUNICIPALITY_KIND_URBAN_OKRUG,
    MunicipalityKind.CITY_DISTRICT: pb.MUNICIPALITY_KIND_CITY_DISTRICT,
}
_SCHOOL_KIND = {
    SchoolKind.PRESCHOOL: pb.SCHOOL_KIND_PRESCHOOL,
    SchoolKind.GENERAL: pb.SCHOOL_KIND_GENERAL,
    SchoolKind.ADDITIONAL: pb.SCHOOL_KIND_ADDITIONAL,
    SchoolKind.VOCATIONAL: pb.SCHOOL_KIND_VOCATIONAL,
}
_DECISION = {
    Decision.PENDING: pb.CANDIDATE_DECISION_PENDING,
    Decision.CONFIRMED: pb.CANDIDATE_DECISION_CONFIRMED,
    Decision.REMOVED: pb.CANDIDATE_DECISION_REMOVED,
}
_REASON = {
    Reason.GRANTED: pb.ALLOCATION_REASON_GRANTED,
    Reason.SCHOOL_QUOTA_EXHAUSTED: pb.ALLOCATION_REASON_SCHOOL_QUOTA_EXHAUSTED,
    Reason.MUNICIPALITY_QUOTA_EXHAUSTED: pb.ALLOCATION_REASON_MUNICIPALITY_QUOTA_EXHAUSTED,
    Reason.BUDGET_NUMBER_WITHIN_THREE_YEARS: pb.ALLOCATION_REASON_BUDGET_NUMBER_WITHIN_THREE_YEARS,
    Reason.NOT_CONFIRMED: pb.ALLOCATION_REASON_NOT_CONFIRMED,
    Reason.REMOVED: pb.ALLOCATION_REASON_REMOVED,
}
_STATUS = {
    NumberStatus.EXPECTED: pb.NUMBER_STATUS_EXPECTED,
    NumberStatus.ASSIGNED: pb.NUMBER_STATUS_ASSIGNED,
    NumberStatus.APPLICATION_DRAFT: pb.NUMBER_STATUS_APPLICATION_DRAFT,
    NumberStatus.APPLICATION_SUBMITTED: pb.NUMBER_STATUS_APPLICATION_SUBMITTED,
    NumberStatus.REFUSED: pb.NUMBER_STATUS_REFUSED,
    NumberStatus.COMPLETED: pb.NUMBER_STATUS_COMPLETED,
    NumberStatus.FREE: pb.NUMBER_STATUS_FREE,
}
_STATUS_BACK = {v: k for k, v in _STATUS.items()}
_REFUSAL = {
    RefusalReason.NOT_STATED: pb.REFUSAL_REASON_NOT_STATED,
    RefusalReason.LIQUIDATION_OR_RESIGNATION: pb.REFUSAL_REASON_LIQUIDATION_OR_RESIGNATION,
    RefusalReason.OFF_BUDGET_CHOSEN: pb.REFUSAL_REASON_OFF_BUDGET_CHOSEN,
    RefusalReason.MATERNITY_LEAVE: pb.REFUSAL_REASON_MATERNITY_LEAVE,
    RefusalReason.DISMISSAL: pb.REFUSAL_REASON_DISMISSAL,
    RefusalReason.ILLNESS: pb.REFUSAL_REASON_ILLNESS,
    RefusalReason.TRAINED_ELSEWHERE: pb.REFUSAL_REASON_TRAINED_ELSEWHERE,
    RefusalReason.OTHER: pb.REFUSAL_REASON_OTHER,
}
_REFUSAL_BACK = {v: k for k, v in _REFUSAL.items()}
_QUESTION_KIND = {
    campaigns.QuestionKind.TEXT: pb.QUESTION_KIND_TEXT,
    campaigns.QuestionKind.SINGLE_CHOICE: pb.QUESTION_KIND_SINGLE_CHOICE,
    campaigns.QuestionKind.MULTIPLE_CHOICE: pb.QUESTION_KIND_MULTIPLE_CHOICE,
}
_QUESTION_KIND_BACK = {v: k for k, v in _QUESTION_KIND.items()}
_APPLICATION_STATUS = {
    "draft": pb.APPLICATION_STATUS_DRAFT,
    "submitted": pb.APPLICATION_STATUS_SUBMITTED,
    "closed": pb.APPLICATION_STATUS_CLOSED,
}
_REPORT_KIND = {
    pb.REPORT_KIND_NUMBERS: reports.ReportKind.NUMBERS,
    pb.REPORT_KIND_TEACHERS: reports.ReportKind.TEACHERS,
    pb.REPORT_KIND_CANDIDATES: reports.ReportKind.CANDIDATES,
    pb.REPORT_KIND_APPLICATIONS: reports.ReportKind.APPLICATIONS,
    pb.REPORT_KIND_COMPLETIONS: reports.ReportKind.COMPLETIONS,
    pb.REPORT_KIND_ALLOCATION: reports.ReportKind.ALLOCATION,
}


def _dt(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def _d(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _parse_date(value: str, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidArgument("invalid_date", f"Поле {field}: нужна дата ГГГГ-ММ-ДД") from None


def _year(value: int) -> int | None:
    return value or None


def _municipality(m: Municipality) -> pb.Municipality:
    return pb.Municipality(
        id=m.id, region_code=m.region_code, name=m.name, kind=_MUNICIPALITY_KIND[m.kind]
    )


def _school(s: School) -> pb.School:
    return pb.School(
        id=s.id,
        municipality_id=s.municipality_id,
        region_code=s.region_code,
        code=s.code,
        name=s.name,
        kind=_SCHOOL_KIND[s.kind],
    )


def _profile(p: TeacherProfile) -> pb.TeacherProfile:
    return pb.TeacherProfile(
        birth_year=p.birth_year or 0,
        position=p.position,
        subjects=list(p.subjects),
        qualification_category=p.qualification_category,
        last_training_on=_d(p.last_training_on),
        last_training_year=p.training_year() or 0,
        last_training_topic=p.last_training_topic,
        last_training_organisation=p.last_training_organisation,
        never_trained=p.never_trained,
        last_retraining_on=_d(p.last_retraining_on),
        last_retraining_year=p.last_retraining_year or 0,
        last_retraining_topic=p.last_retraining_topic,
        no_retraining=p.no_retraining,
        teaching_since_year=p.teaching_since_year or 0,
        graduation_year=p.graduation_year or 0,
        phone=p.phone,
    )


def _profile_in(p: pb.TeacherProfile) -> TeacherProfile:
    subjects = bounded_all(p.subjects, "subject")
    return TeacherProfile(
        birth_year=_year(p.birth_year),
        position=bounded(p.position, "position"),
        subjects=subjects,
        qualification_category=bounded(p.qualification_category, "qualification_category"),
        last_training_on=_parse_date(p.last_training_on, "last_training_on"),
        last_training_year=_year(p.last_training_year),
        last_training_topic=bounded(p.last_training_topic, "last_training_topic"),
        last_training_organisation=bounded(
            p.last_training_organisation, "last_training_organisation"
        ),
        never_trained=p.never_trained,
        last_retraining_on=_parse_date(p.last_retraining_on, "last_retraining_on"),
        last_retraining_year=_year(p.last_retraining_year),
        last_retraining_topic=bounded(p.last_retraining_topic, "last_retraining_topic"),
        no_retraining=p.no_retraining,
        teaching_since_year=_year(p.teaching_since_year),
        graduation_year=_year(p.graduation_year),
        phone=bounded(p.phone, "phone"),
    )


def _teacher(v: structure.TeacherView) -> pb.Teacher:
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
        profile=_profile(t.profile),
        missing_profile_fields=v.missing,
        profile_complete=not v.missing,
        last_budget_number_year=t.last_budget_number_year or 0,
        profile_filled_by=t.profile_filled_by,
    )


def _campaign(c: campaigns.Campaign, now: datetime) -> pb.Campaign:
    return pb.Campaign(
        id=c.id,
        region_code=c.region_code,
        year=c.year,
        questionnaire_opens_at=_dt(c.questionnaire.opens_at),
        questionnaire_closes_at=_dt(c.questionnaire.closes_at),
        applications_open_at=_dt(c.applications.opens_at),
        applications_close_at=_dt(c.applications.closes_at),
        required_hours=c.required_hours,
        allocated_at=_dt(c.allocated_at),
        questionnaire_open_now=c.questionnaire.is_open(now),
        applications_open_now=c.applications.is_open(now),
    )


def _windows(w: pb.CampaignWindows) -> campaigns.WindowsInput:
    return campaigns.WindowsInput(
        w.questionnaire_opens_at,
        w.questionnaire_closes_at,
        w.applications_open_at,
        w.applications_close_at,
    )


def _quotas_in(items: list[pb.Quota]) -> list[campaigns.QuotaInput]:
    return [campaigns.QuotaInput(q.municipality_id, q.school_id, q.count) for q in items]


def _question(q: campaigns.Question) -> pb.Question:
    return pb.Question(
        id=q.id,
        text=q.text,
        kind=_QUESTION_KIND[q.kind],
        options=list(q.options),
        required=q.required,
    )


def _answers(a: campaigns.Answers) -> list[pb.Answer]:
    return [pb.Answer(question_id=k, values=v) for k, v in sorted(a.values.items())]


def _candidate(c: candidates.CandidateView) -> pb.Candidate:
    return pb.Candidate(
        teacher=_teacher(c.teacher),
        decision=_DECISION[c.decision],
        years_since_training=-1 if c.years_since_training is None else c.years_since_training,
        never_trained=c.years_since_training is None,
        budget_number_within_three_years=c.recent_budget_number,
        decided_by=c.decided_by,
        decided_at=_dt(c.decided_at),
        number_status=_STATUS[c.number_status] if c.number_status else pb.NUMBER_STATUS_UNSPECIFIED,
    )


def _summary(s: candidates.AllocationSummary) -> pb.AllocationSummary:
    return pb.AllocationSummary(
        campaign_id=s.campaign_id,
        granted=s.granted,
        not_granted=s.not_granted,
        allocated_at=_dt(s.allocated_at),
        ran_now=s.ran_now,
    )


def _holding(h: numbers.HoldingView) -> pb.NumberHolding:
    return pb.NumberHolding(
        number_id=h.number_id,
        number_code=h.number_code,
        campaign_id=h.campaign_id,
        year=h.year,
        school_id=h.school_id,
        municipality_id=h.municipality_id,
        teacher_id=h.teacher_id,
        teacher_name=h.teacher_name,
        status=_STATUS[h.status],
        status_text=STATUS_TEXT[h.status],
        refusal_reason=_REFUSAL[h.refusal_reason]
        if h.refusal_reason
        else pb.REFUSAL_REASON_UNSPECIFIED,
        refusal_text=REFUSAL_TEXT[h.refusal_reason] if h.refusal_reason else "",
        refusal_note=h.refusal_note,
        application_id=h.application_id,
        updated_at=_dt(h.updated_at),
        holding_id=h.holding_id,
    )


def _application(a: applications.ApplicationView) -> pb.Application:
    return pb.Application(
        id=a.id,
        campaign_id=a.campaign_id,
        teacher_id=a.teacher_id,
        holding_id=a.holding_id,
        number_code=a.number_code,
        basis=pb.FUNDING_CHOICE_BUDGET,
        status=_APPLICATION_STATUS[a.status.value],
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
        submitted_at=_dt(a.submitted_at),
        updated_at=_dt(a.updated_at),
        school_id=a.school_id,
        municipality_id=a.municipality_id,
        teacher_name=a.teacher_name,
    )


def _completion(c: completions.CompletionView) -> pb.CompletionDocument:
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
        recorded_at=_dt(c.recorded_at),
    )


def _filter(f: pb.ReportFilter) -> numbers.NumberFilter:
    status = None
    if f.status != pb.NUMBER_STATUS_UNSPECIFIED:
        status = _STATUS_BACK.get(f.status)
        if status is None:
            raise InvalidArgument("invalid_status", "Неизвестный статус")
    return numbers.NumberFilter(
        campaign_id=f.campaign_id,
        region_code=f.region_code,
        year=f.year,
        municipality_id=f.municipality_id,
        school_id=f.school_id,
        status=status,
        teacher_id=f.teacher_id,
    )


def _report(r: structure.ImportReport) -> pb.ImportReport:
    return pb.ImportReport(
        created=r.created,
        updated=r.updated,
        unchanged=r.unchanged,
        rejected=[pb.RejectedRow(row=x.row, code=x.code, reason=x.reason) for x in r.rejected],
    )


class PkRegionalServicer(pk_regional_pb2_grpc.PkRegionalServiceServicer):
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def ListMunicipalities(
        self, request: pb.ListMunicipalitiesRequest, context: object
    ) -> pb.ListMunicipalitiesResponse:
        found = await queries.list_municipalities(self._deps.uow(), request.region_code)
        return pb.ListMunicipalitiesResponse(municipalities=[_municipality(m) for m in found])

    async def CreateMunicipality(
        self, request: pb.CreateMunicipalityRequest, context: object
    ) -> pb.CreateMunicipalityResponse:
        kinds = {v: k for k, v in _MUNICIPALITY_KIND.items()}
        kind = kinds.get(request.kind)
        if kind is None:
            raise InvalidArgument(
                "invalid_municipality_kind", "Укажите вид муниципального образования"
            )
        found, created = await structure.create_municipality(
            self._deps, current_principal(), request.region_code, request.name, kind
        )
        return pb.CreateMunicipalityResponse(municipality=_municipality(found), created=created)

    async def ListSchools(
        self, request: pb.ListSchoolsRequest, context: object
    ) -> pb.ListSchoolsResponse:
        page = await structure.list_schools(
            self._deps,
            current_principal(),
            request.region_code,
            request.municipality_id,
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListSchoolsResponse(
            schools=[_school(s) for s in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def BatchGetSchools(
        self, request: pb.BatchGetSchoolsRequest, context: object
    ) -> pb.BatchGetSchoolsResponse:
        found = await structure.batch_get_schools(
            self._deps, current_principal(), list(request.ids)
        )
        return pb.BatchGetSchoolsResponse(schools=[_school(s) for s in found])

    async def ListTeachers(
        self, request: pb.ListTeachersRequest, context: object
    ) -> pb.ListTeachersResponse:
        page = await structure.list_teachers(
            self._deps,
            current_principal(),
            request.region_code,
            request.municipality_id,
            request.school_id,
            request.profile_incomplete_only,
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListTeachersResponse(
            teachers=[_teacher(t) for t in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def BatchGetTeachers(
        self, request: pb.BatchGetTeachersRequest, context: object
    ) -> pb.BatchGetTeachersResponse:
        found = await structure.batch_get_teachers(
            self._deps, current_principal(), list(request.ids)
        )
        return pb.BatchGetTeachersResponse(teachers=[_teacher(t) for t in found])

    async def ImportSchools(
        self, request: pb.ImportSchoolsRequest, context: object
    ) -> pb.ImportSchoolsResponse:
        report = await structure.import_schools(
            self._deps, current_principal(), request.region_code, request.csv
        )
        return pb.ImportSchoolsResponse(report=_report(report))

    async def ImportTeachers(
        self, request: pb.ImportTeachersRequest, context: object
    ) -> pb.ImportTeachersResponse:
        report = await structure.import_teachers(
            self._deps, current_principal(), request.region_code, request.csv
        )
        return pb.ImportTeachersResponse(report=_report(report))

    async def GetMyProfile(
        self, request: pb.GetMyProfileRequest, context: object
    ) -> pb.GetMyProfileResponse:
        return pb.GetMyProfileResponse(
            teacher=_teacher(await structure.get_my_profile(self._deps, current_principal()))
        )

    async def UpdateMyProfile(
        self, request: pb.UpdateMyProfileRequest, context: object
    ) -> pb.UpdateMyProfileResponse:
        view = await structure.update_my_profile(
            self._deps, current_principal(), _profile_in(request.profile), request.teacher_id
        )
        return pb.UpdateMyProfileResponse(teacher=_teacher(view))

    async def OpenCampaign(
        self, request: pb.OpenCampaignRequest, context: object
    ) -> pb.OpenCampaignResponse:
        found, created = await campaigns.open_campaign(
            self._deps,
            current_principal(),
            request.region_code,
            request.year,
            _windows(request.windows),
            request.required_hours,
            _quotas_in(list(request.quotas)),
        )
        return pb.OpenCampaignResponse(
            campaign=_campaign(found, self._deps.clock()), created=created
        )

    async def UpdateCampaign(
        self, request: pb.UpdateCampaignRequest, context: object
    ) -> pb.UpdateCampaignResponse:
        found = await campaigns.update_campaign(
            self._deps,
            current_principal(),
            request.campaign_id,
            _windows(request.windows) if request.HasField("windows") else None,
            request.required_hours,
        )
        return pb.UpdateCampaignResponse(campaign=_campaign(found, self._deps.clock()))

    async def CancelCampaign(
        self, request: pb.CancelCampaignRequest, context: object
    ) -> pb.CancelCampaignResponse:
        cancelled = await campaign_cancel.cancel_campaign(
            self._deps, current_principal(), request.campaign_id, request.reason
        )
        return pb.CancelCampaignResponse(campaign=_campaign(cancelled, self._deps.clock()))

    async def SetQuotas(
        self, request: pb.SetQuotasRequest, context: object
    ) -> pb.SetQuotasResponse:
        saved = await campaigns.set_quotas(
            self._deps, current_principal(), request.campaign_id, _quotas_in(list(request.quotas))
        )
        return pb.SetQuotasResponse(
            quotas=[
                pb.Quota(municipality_id=q.municipality_id, school_id=q.school_id, count=q.count)
                for q in saved
            ]
        )

    async def GetCampaign(
        self, request: pb.GetCampaignRequest, context: object
    ) -> pb.GetCampaignResponse:
        found = await campaigns.get_campaign(
            self._deps, current_principal(), request.campaign_id, request.region_code, request.year
        )
        return pb.GetCampaignResponse(campaign=_campaign(found, self._deps.clock()))

    async def ListCampaigns(
        self, request: pb.ListCampaignsRequest, context: object
    ) -> pb.ListCampaignsResponse:
        found = await campaigns.list_campaigns(self._deps, current_principal(), request.region_code)
        now = self._deps.clock()
        return pb.ListCampaignsResponse(campaigns=[_campaign(c, now) for c in found])

    async def ListQuotas(
        self, request: pb.ListQuotasRequest, context: object
    ) -> pb.ListQuotasResponse:
        found = await campaigns.list_quotas(
            self._deps, current_principal(), request.campaign_id, request.municipality_id
        )
        return pb.ListQuotasResponse(
            quotas=[
                pb.QuotaUsage(
                    quota=pb.Quota(
                        municipality_id=u.quota.municipality_id,
                        school_id=u.quota.school_id,
                        count=u.quota.count,
                    ),
                    used=u.used,
                )
                for u in found
            ]
        )

    async def SetQuestions(
        self, request: pb.SetQuestionsRequest, context: object
    ) -> pb.SetQuestionsResponse:
        items = []
        for q in request.questions:
            kind = _QUESTION_KIND_BACK.get(q.kind)
            if kind is None:
                raise InvalidArgument("invalid_question", "Укажите вид вопроса")
            items.append(campaigns.Question(q.id, q.text, kind, tuple(q.options), q.required))
        saved = await campaigns.set_questions(
            self._deps, current_principal(), request.campaign_id, items
        )
        return pb.SetQuestionsResponse(questions=[_question(q) for q in saved])

    async def GetQuestionnaire(
        self, request: pb.GetQuestionnaireRequest, context: object
    ) -> pb.GetQuestionnaireResponse:
        found, answers = await campaigns.get_questionnaire(
            self._deps, current_principal(), request.campaign_id
        )
        return pb.GetQuestionnaireResponse(
            questions=[_question(q) for q in found],
            my_answers=_answers(answers),
            answered_at=_dt(answers.answered_at),
        )

    async def AnswerQuestionnaire(
        self, request: pb.AnswerQuestionnaireRequest, context: object
    ) -> pb.AnswerQuestionnaireResponse:
        given: dict[str, list[str]] = {}
        for a in request.answers:
            given.setdefault(a.question_id, []).extend(a.values)
        answers = await campaigns.answer_questionnaire(
            self._deps, current_principal(), request.campaign_id, given, request.teacher_id
        )
        return pb.AnswerQuestionnaireResponse(
            answers=_answers(answers),
            answered_at=_dt(answers.answered_at),
            filled_by=answers.filled_by,
        )

    async def ListQuestionnaireResponses(
        self, request: pb.ListQuestionnaireResponsesRequest, context: object
    ) -> pb.ListQuestionnaireResponsesResponse:
        page, answered = await campaigns.list_responses(
            self._deps,
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            request.not_answered_only,
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListQuestionnaireResponsesResponse(
            responses=[
                pb.QuestionnaireResponse(
                    teacher=_teacher(r.teacher),
                    answered=r.answers.answered_at is not None,
                    answers=_answers(r.answers),
                    answered_at=_dt(r.answers.answered_at),
                    filled_by=r.answers.filled_by,
                )
                for r in page.items
            ],
            next_page_token=page.next_page_token,
            total=page.total,
            answered_total=answered,
        )

    async def ListCandidates(
        self, request: pb.ListCandidatesRequest, context: object
    ) -> pb.ListCandidatesResponse:
        decisions = {v: k for k, v in _DECISION.items()}
        page = await candidates.list_candidates(
            self._deps,
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            decisions.get(request.decision),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListCandidatesResponse(
            candidates=[_candidate(c) for c in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def DecideCandidates(
        self, request: pb.DecideCandidatesRequest, context: object
    ) -> pb.DecideCandidatesResponse:
        decisions = {v: k for k, v in _DECISION.items()}
        decision = decisions.get(request.decision)
        if decision is None:
            raise InvalidArgument("invalid_decision", "Укажите решение: подтвердить или исключить")
        found = await candidates.decide_candidates(
            self._deps,
            current_principal(),
            request.campaign_id,
            list(request.teacher_ids),
            decision,
        )
        return pb.DecideCandidatesResponse(candidates=[_candidate(c) for c in found])

    async def RunAllocation(
        self, request: pb.RunAllocationRequest, context: object
    ) -> pb.RunAllocationResponse:
        summary, _ = await candidates.run_allocation(
            self._deps, current_principal(), request.campaign_id
        )
        return pb.RunAllocationResponse(summary=_summary(summary))

    async def GetAllocationReport(
        self, request: pb.GetAllocationReportRequest, context: object
    ) -> pb.GetAllocationReportResponse:
        page, summary = await candidates.allocation_report(
            self._deps,
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            request.not_granted_only,
            request.page.page_size,
            request.page.page_token,
        )
        return pb.GetAllocationReportResponse(
            outcomes=[
                pb.AllocationOutcome(
                    teacher_id=o.teacher_id,
                    teacher_name=o.teacher_name,
                    school_id=o.school_id,
                    municipality_id=o.municipality_id,
                    granted=o.reason is Reason.GRANTED,
                    number_id=o.number_id,
                    number_code=o.number_code,
                    reason=_REASON[o.reason],
                    reason_text=REASON_TEXT[o.reason],
                    rank=o.rank,
                )
                for o in page.items
            ],
            next_page_token=page.next_page_token,
            total=page.total,
            summary=_summary(summary),
        )

    async def ListNumbers(
        self, request: pb.ListNumbersRequest, context: object
    ) -> pb.ListNumbersResponse:
        page = await numbers.list_numbers(
            self._deps,
            current_principal(),
            _filter(request.filter),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListNumbersResponse(
            holdings=[_holding(h) for h in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def RefuseNumber(
        self, request: pb.RefuseNumberRequest, context: object
    ) -> pb.RefuseNumberResponse:
        reason = _REFUSAL_BACK.get(request.reason)
        holding, free = await numbers.refuse_number(
            self._deps, current_principal(), request.holding_id, reason, request.note
        )
        return pb.RefuseNumberResponse(holding=_holding(holding), free_in_school_pool=free)

    async def ReassignNumber(
        self, request: pb.ReassignNumberRequest, context: object
    ) -> pb.ReassignNumberResponse:
        holding, free = await numbers.reassign_number(
            self._deps, current_principal(), request.number_id, request.teacher_id
        )
        return pb.ReassignNumberResponse(holding=_holding(holding), free_in_school_pool=free)

    async def GetSchoolPool(
        self, request: pb.GetSchoolPoolRequest, context: object
    ) -> pb.GetSchoolPoolResponse:
        free, items = await numbers.school_pool(
            self._deps, current_principal(), request.campaign_id, request.school_id
        )
        return pb.GetSchoolPoolResponse(
            free_count=free, message=pool_message(free), free_numbers=[_holding(h) for h in items]
        )

    async def GetMyCampaignStatus(
        self, request: pb.GetMyCampaignStatusRequest, context: object
    ) -> pb.GetMyCampaignStatusResponse:
        s = await my_status.my_campaign_status(self._deps, current_principal(), request.campaign_id)
        reply = pb.GetMyCampaignStatusResponse(
            teacher=_teacher(s.teacher),
            candidate=s.candidate,
            decision=_DECISION[s.decision],
            campaign=_campaign(s.campaign, self._deps.clock()),
        )
        if s.holding is not None:
            reply.holding.CopyFrom(_holding(s.holding))
        if s.application is not None:
            reply.application.CopyFrom(_application(s.application))
        return reply

    async def SaveApplication(
        self, request: pb.SaveApplicationRequest, context: object
    ) -> pb.SaveApplicationResponse:
        if request.basis == pb.FUNDING_CHOICE_UNSPECIFIED:
            raise InvalidArgument(
                "basis_required", "Выберите основу обучения: бюджет или внебюджет"
            )
        passport = None
        if request.HasField("passport"):
            p = request.passport
            passport = parse_passport(p.series, p.number, p.issuer, p.issued_on)
        data = applications.ApplicationInput(
            passport=passport,
            phone=request.phone,
            position=request.position,
            subject=request.subject,
            qualification_category=request.qualification_category,
            course_id=request.course_id,
            group_ids=tuple(request.group_ids),
        )
        view, holding = await applications.save_application(
            self._deps,
            current_principal(),
            request.campaign_id,
            request.basis == pb.FUNDING_CHOICE_OFF_BUDGET,
            data,
        )
        reply = pb.SaveApplicationResponse(holding=_holding(holding))
        if view is not None:
            reply.application.CopyFrom(_application(view))
        return reply

    async def SubmitApplication(
        self, request: pb.SubmitApplicationRequest, context: object
    ) -> pb.SubmitApplicationResponse:
        view = await applications.submit_application(
            self._deps, current_principal(), request.application_id
        )
        return pb.SubmitApplicationResponse(application=_application(view))

    async def CancelApplication(
        self, request: pb.CancelApplicationRequest, context: object
    ) -> pb.CancelApplicationResponse:
        view = await applications.cancel_application(
            self._deps, current_principal(), request.application_id
        )
        return pb.CancelApplicationResponse(application=_application(view))

    async def GetApplication(
        self, request: pb.GetApplicationRequest, context: object
    ) -> pb.GetApplicationResponse:
        view = await applications.get_application(
            self._deps, current_principal(), request.application_id
        )
        return pb.GetApplicationResponse(application=_application(view))

    async def ListApplications(
        self, request: pb.ListApplicationsRequest, context: object
    ) -> pb.ListApplicationsResponse:
        page = await applications.list_applications(
            self._deps,
            current_principal(),
            _filter(request.filter),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListApplicationsResponse(
            applications=[_application(a) for a in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def RecordCompletion(
        self, request: pb.RecordCompletionRequest, context: object
    ) -> pb.RecordCompletionResponse:
        data = completions.CompletionInput(
            document_type=request.document_type,
            series=request.series,
            number=request.number,
            issued_on=request.issued_on,
            hours=request.hours,
            organisation=request.organisation,
            programme=request.programme,
        )
        doc, created, closed = await completions.record_completion(
            self._deps, current_principal(), request.teacher_id, request.campaign_id, data
        )
        reply = pb.RecordCompletionResponse(document=_completion(doc), created=created)
        if closed is not None:
            reply.holding.CopyFrom(_holding(closed))
        return reply

    async def ListCompletions(
        self, request: pb.ListCompletionsRequest, context: object
    ) -> pb.ListCompletionsResponse:
        page = await completions.list_completions(
            self._deps,
            current_principal(),
            _filter(request.filter),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListCompletionsResponse(
            documents=[_completion(c) for c in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def ExportReport(
        self, request: pb.ExportReportRequest, context: object
    ) -> pb.ExportReportResponse:
        kind = _REPORT_KIND.get(request.kind)
        if kind is None:
            raise InvalidArgument("invalid_report_kind", "Укажите вид отчёта")
        fmt = (
            reports.ExportFormat.XLSX
            if request.format == pb.EXPORT_FORMAT_XLSX
            else reports.ExportFormat.CSV
        )
        out = await reports.export(
            self._deps, current_principal(), kind, fmt, _filter(request.filter)
        )
        return pb.ExportReportResponse(
            content=out.content,
            filename=out.filename,
            content_type=out.content_type,
            rows=out.rows,
        )

    async def ListAuditEvents(
        self, request: pb.ListAuditEventsRequest, context: object
    ) -> pb.ListAuditEventsResponse:
        page = await audit_log.list_audit_events(
            self._deps,
            current_principal(),
            request.region_code,
            request.municipality_id,
            request.school_id,
            request.actor_person_id,
            request.action,
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListAuditEventsResponse(
            events=[
                pb.AuditEvent(
                    id=e.id,
                    at=_dt(e.at),
                    actor_person_id=e.actor_person_id,
                    actor_subject=e.actor_subject,
                    action=e.action,
                    entity_type=e.entity_type,
                    entity_id=e.entity_id,
                    before_json=e.before_json,
                    after_json=e.after_json,
                    school_id=e.school_id,
                    municipality_id=e.municipality_id,
                    region_code=e.region_code,
                )
                for e in page.items
            ],
            next_page_token=page.next_page_token,
        )

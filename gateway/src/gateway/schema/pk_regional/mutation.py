"""Mutations of the regional model; expected failures are typed UserErrors."""

from __future__ import annotations

from typing import Annotated

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.schema.common import GatewayInfo, UserError, user_error_or
from gateway.schema.pk_regional.inputs import (
    AnswerInput,
    CampaignWindowsInput,
    CompletionInput,
    QuestionInput,
    QuotaInput,
    RegionalApplicationInput,
    TeacherProfileInput,
)
from gateway.schema.pk_regional.types import (
    AllocationSummary,
    AnswersPayload,
    CampaignPayload,
    Candidate,
    CandidateDecision,
    CandidateList,
    CompletionDocument,
    ImportReport,
    Municipality,
    MunicipalityKind,
    MunicipalityPayload,
    NumberChange,
    NumberHolding,
    Question,
    QuestionList,
    QuotaList,
    QuotaUsage,
    RecordCompletionPayload,
    RefusalReason,
    RegionalApplication,
    RegionalCampaign,
    RegionalTeacher,
    SaveApplicationPayload,
    answers_from_pb,
)

MunicipalityResult = Annotated[
    MunicipalityPayload | UserError, strawberry.union("MunicipalityResult")
]
ImportResult = Annotated[ImportReport | UserError, strawberry.union("RegionalImportResult")]
TeacherProfileResult = Annotated[
    RegionalTeacher | UserError, strawberry.union("TeacherProfileResult")
]
CampaignResult = Annotated[CampaignPayload | UserError, strawberry.union("CampaignResult")]
UpdateCampaignResult = Annotated[
    RegionalCampaign | UserError, strawberry.union("UpdateCampaignResult")
]
QuotasResult = Annotated[QuotaList | UserError, strawberry.union("QuotasResult")]
QuestionsResult = Annotated[QuestionList | UserError, strawberry.union("QuestionsResult")]
AnswersResult = Annotated[AnswersPayload | UserError, strawberry.union("AnswersResult")]
CandidatesResult = Annotated[CandidateList | UserError, strawberry.union("CandidatesResult")]
AllocationResult = Annotated[AllocationSummary | UserError, strawberry.union("AllocationResult")]
NumberChangeResult = Annotated[NumberChange | UserError, strawberry.union("NumberChangeResult")]
SaveApplicationResult = Annotated[
    SaveApplicationPayload | UserError, strawberry.union("SaveRegionalApplicationResult")
]
RegionalApplicationResult = Annotated[
    RegionalApplication | UserError, strawberry.union("RegionalApplicationResult")
]
CompletionResult = Annotated[
    RecordCompletionPayload | UserError, strawberry.union("CompletionResult")
]


@strawberry.type
class PkRegionalMutation:
    @strawberry.mutation(description="Региональный оператор: муниципальное образование")
    async def create_municipality(
        self, info: GatewayInfo, region_code: str, name: str, kind: MunicipalityKind
    ) -> MunicipalityResult:
        ctx = info.context

        async def run() -> MunicipalityPayload:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.CreateMunicipality,
                pb.CreateMunicipalityRequest(region_code=region_code, name=name, kind=kind.value),
                ctx.metadata,
            )
            return MunicipalityPayload(
                municipality=Municipality.from_pb(reply.municipality), created=reply.created
            )

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: импорт организаций (CSV)")
    async def import_regional_schools(
        self, info: GatewayInfo, region_code: str, csv: str
    ) -> ImportResult:
        ctx = info.context

        async def run() -> ImportReport:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.ImportSchools,
                pb.ImportSchoolsRequest(region_code=region_code, csv=csv.encode()),
                ctx.metadata,
            )
            return ImportReport.from_pb(reply.report)

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: импорт педагогов (CSV)")
    async def import_regional_teachers(
        self, info: GatewayInfo, region_code: str, csv: str
    ) -> ImportResult:
        ctx = info.context

        async def run() -> ImportReport:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.ImportTeachers,
                pb.ImportTeachersRequest(region_code=region_code, csv=csv.encode()),
                ctx.metadata,
            )
            return ImportReport.from_pb(reply.report)

        return await user_error_or(run())

    @strawberry.mutation(
        description="Педагог: заполнить «Мою анкету»; оператор организации — за педагога "
        "(teacherId)"
    )
    async def update_my_teacher_profile(
        self, info: GatewayInfo, profile: TeacherProfileInput, teacher_id: str | None = None
    ) -> TeacherProfileResult:
        ctx = info.context

        async def run() -> RegionalTeacher:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.UpdateMyProfile,
                pb.UpdateMyProfileRequest(profile=profile.to_pb(), teacher_id=teacher_id or ""),
                ctx.metadata,
            )
            return RegionalTeacher.from_pb(reply.teacher)

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: открыть кампанию года")
    async def open_regional_campaign(
        self,
        info: GatewayInfo,
        region_code: str,
        year: int,
        windows: CampaignWindowsInput,
        quotas: list[QuotaInput] | None = None,
        required_hours: int = 0,
    ) -> CampaignResult:
        ctx = info.context

        async def run() -> CampaignPayload:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.OpenCampaign,
                pb.OpenCampaignRequest(
                    region_code=region_code,
                    year=year,
                    windows=windows.to_pb(),
                    required_hours=required_hours,
                    quotas=[q.to_pb() for q in quotas or []],
                ),
                ctx.metadata,
            )
            return CampaignPayload(
                campaign=RegionalCampaign.from_pb(reply.campaign), created=reply.created
            )

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: изменить окна кампании")
    async def update_regional_campaign(
        self,
        info: GatewayInfo,
        campaign_id: str,
        windows: CampaignWindowsInput | None = None,
        required_hours: int = 0,
    ) -> UpdateCampaignResult:
        ctx = info.context

        async def run() -> RegionalCampaign:
            request = pb.UpdateCampaignRequest(
                campaign_id=campaign_id, required_hours=required_hours
            )
            if windows is not None:
                request.windows.CopyFrom(windows.to_pb())
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.UpdateCampaign, request, ctx.metadata
            )
            return RegionalCampaign.from_pb(reply.campaign)

        return await user_error_or(run())

    @strawberry.mutation(
        description="Региональный оператор: отменить кампанию, открытую по ошибке "
        "(пока номера не распределены)"
    )
    async def cancel_regional_campaign(
        self, info: GatewayInfo, campaign_id: str, reason: str | None = None
    ) -> UpdateCampaignResult:
        ctx = info.context

        async def run() -> RegionalCampaign:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.CancelCampaign,
                pb.CancelCampaignRequest(campaign_id=campaign_id, reason=reason or ""),
                ctx.metadata,
            )
            return RegionalCampaign.from_pb(reply.campaign)

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: квоты номеров")
    async def set_regional_quotas(
        self, info: GatewayInfo, campaign_id: str, quotas: list[QuotaInput]
    ) -> QuotasResult:
        ctx = info.context

        async def run() -> QuotaList:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.SetQuotas,
                pb.SetQuotasRequest(campaign_id=campaign_id, quotas=[q.to_pb() for q in quotas]),
                ctx.metadata,
            )
            return QuotaList(
                quotas=[
                    QuotaUsage(
                        municipality_id=q.municipality_id,
                        school_id=q.school_id,
                        count=q.count,
                        used=0,
                    )
                    for q in reply.quotas
                ]
            )

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: вопросы анкеты")
    async def set_questionnaire(
        self, info: GatewayInfo, campaign_id: str, questions: list[QuestionInput]
    ) -> QuestionsResult:
        ctx = info.context

        async def run() -> QuestionList:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.SetQuestions,
                pb.SetQuestionsRequest(
                    campaign_id=campaign_id, questions=[q.to_pb() for q in questions]
                ),
                ctx.metadata,
            )
            return QuestionList(questions=[Question.from_pb(q) for q in reply.questions])

        return await user_error_or(run())

    @strawberry.mutation(
        description="Педагог: ответить на анкету (в период анкетирования); оператор организации — "
        "за педагога (teacherId)"
    )
    async def answer_questionnaire(
        self,
        info: GatewayInfo,
        campaign_id: str,
        answers: list[AnswerInput],
        teacher_id: str | None = None,
    ) -> AnswersResult:
        ctx = info.context

        async def run() -> AnswersPayload:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.AnswerQuestionnaire,
                pb.AnswerQuestionnaireRequest(
                    campaign_id=campaign_id,
                    answers=[
                        pb.Answer(question_id=a.question_id, values=a.values) for a in answers
                    ],
                    teacher_id=teacher_id or "",
                ),
                ctx.metadata,
            )
            return AnswersPayload(
                answers=answers_from_pb(list(reply.answers)),
                answered_at=reply.answered_at,
                filled_by=reply.filled_by,
            )

        return await user_error_or(run())

    @strawberry.mutation(description="Оператор: подтвердить или исключить кандидатов")
    async def decide_candidates(
        self,
        info: GatewayInfo,
        campaign_id: str,
        teacher_ids: list[str],
        decision: CandidateDecision,
    ) -> CandidatesResult:
        ctx = info.context

        async def run() -> CandidateList:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.DecideCandidates,
                pb.DecideCandidatesRequest(
                    campaign_id=campaign_id, teacher_ids=teacher_ids, decision=decision.value
                ),
                ctx.metadata,
            )
            return CandidateList(items=[Candidate.from_pb(c) for c in reply.candidates])

        return await user_error_or(run())

    @strawberry.mutation(description="Региональный оператор: распределить уникальные номера")
    async def run_allocation(self, info: GatewayInfo, campaign_id: str) -> AllocationResult:
        ctx = info.context

        async def run() -> AllocationSummary:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.RunAllocation,
                pb.RunAllocationRequest(campaign_id=campaign_id),
                ctx.metadata,
            )
            return AllocationSummary.from_pb(reply.summary)

        return await user_error_or(run())

    @strawberry.mutation(description="Отказ от номера (педагог — от своего, оператор — в области)")
    async def refuse_number(
        self, info: GatewayInfo, holding_id: str, reason: RefusalReason, note: str = ""
    ) -> NumberChangeResult:
        ctx = info.context

        async def run() -> NumberChange:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.RefuseNumber,
                pb.RefuseNumberRequest(holding_id=holding_id, reason=reason.value, note=note),
                ctx.metadata,
            )
            return NumberChange(
                holding=NumberHolding.from_pb(reply.holding),
                free_in_school_pool=reply.free_in_school_pool,
            )

        return await user_error_or(run())

    @strawberry.mutation(description="Оператор: передать свободный номер подтверждённому кандидату")
    async def reassign_number(
        self, info: GatewayInfo, number_id: str, teacher_id: str
    ) -> NumberChangeResult:
        ctx = info.context

        async def run() -> NumberChange:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.ReassignNumber,
                pb.ReassignNumberRequest(number_id=number_id, teacher_id=teacher_id),
                ctx.metadata,
            )
            return NumberChange(
                holding=NumberHolding.from_pb(reply.holding),
                free_in_school_pool=reply.free_in_school_pool,
            )

        return await user_error_or(run())

    @strawberry.mutation(
        description="Педагог: сохранить заявление (черновик) или выбрать внебюджет"
    )
    async def save_regional_application(
        self, info: GatewayInfo, input: RegionalApplicationInput
    ) -> SaveApplicationResult:
        ctx = info.context

        async def run() -> SaveApplicationPayload:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.SaveApplication, input.to_pb(), ctx.metadata
            )
            return SaveApplicationPayload(
                application=(
                    RegionalApplication.from_pb(reply.application)
                    if reply.HasField("application")
                    else None
                ),
                holding=NumberHolding.from_pb(reply.holding),
            )

        return await user_error_or(run())

    @strawberry.mutation(description="Педагог: подать заявление (места бронируются атомарно)")
    async def submit_regional_application(
        self, info: GatewayInfo, application_id: str
    ) -> RegionalApplicationResult:
        ctx = info.context

        async def run() -> RegionalApplication:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.SubmitApplication,
                pb.SubmitApplicationRequest(application_id=application_id),
                ctx.metadata,
            )
            return RegionalApplication.from_pb(reply.application)

        return await user_error_or(run())

    @strawberry.mutation(description="Педагог: отозвать поданное заявление (места освобождаются)")
    async def cancel_regional_application(
        self, info: GatewayInfo, application_id: str
    ) -> RegionalApplicationResult:
        ctx = info.context

        async def run() -> RegionalApplication:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.CancelApplication,
                pb.CancelApplicationRequest(application_id=application_id),
                ctx.metadata,
            )
            return RegionalApplication.from_pb(reply.application)

        return await user_error_or(run())

    @strawberry.mutation(description="Оператор: подтверждение прохождения ПК")
    async def record_completion(
        self, info: GatewayInfo, input: CompletionInput
    ) -> CompletionResult:
        ctx = info.context

        async def run() -> RecordCompletionPayload:
            reply = await ctx.backends.call(
                ctx.backends.pk_regional.RecordCompletion, input.to_pb(), ctx.metadata
            )
            return RecordCompletionPayload(
                document=CompletionDocument.from_pb(reply.document),
                created=reply.created,
                closed_number=(
                    NumberHolding.from_pb(reply.holding) if reply.HasField("holding") else None
                ),
            )

        return await user_error_or(run())

"""Queries of the regional model: each role sees what pk-regional-svc lets it see."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.schema.common import GatewayInfo
from gateway.schema.pk_regional.inputs import DEFAULT_PAGE_SIZE, RegionalFilter, page
from gateway.schema.pk_regional.types import (
    AllocationOutcome,
    AllocationReport,
    AllocationSummary,
    ApplicationPage,
    AuditEvent,
    AuditPage,
    Candidate,
    CandidateDecision,
    CandidatePage,
    CompletionDocument,
    CompletionPage,
    ExportFormat,
    Municipality,
    MyCampaignStatus,
    NumberHolding,
    NumberPage,
    Question,
    Questionnaire,
    QuestionnaireResponse,
    QuestionnaireResponsePage,
    QuotaUsage,
    RegionalApplication,
    RegionalCampaign,
    RegionalSchool,
    RegionalTeacher,
    ReportExport,
    ReportKind,
    SchoolPage,
    SchoolPool,
    TeacherPage,
    answers_from_pb,
)


@strawberry.type
class PkRegionalQuery:
    @strawberry.field(description="Муниципальные образования субъекта РФ")
    async def municipalities(self, info: GatewayInfo, region_code: str) -> list[Municipality]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListMunicipalities,
            pb.ListMunicipalitiesRequest(region_code=region_code),
            ctx.metadata,
        )
        return [Municipality.from_pb(m) for m in reply.municipalities]

    @strawberry.field(description="Организации в моей области полномочий")
    async def regional_schools(
        self,
        info: GatewayInfo,
        region_code: str | None = None,
        municipality_id: str | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> SchoolPage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListSchools,
            pb.ListSchoolsRequest(
                region_code=region_code or "",
                municipality_id=municipality_id or "",
                page=page(first, after),
            ),
            ctx.metadata,
        )
        return SchoolPage(
            items=[RegionalSchool.from_pb(s) for s in reply.schools],
            next_page_token=reply.next_page_token,
            total=reply.total,
        )

    @strawberry.field(description="Педагоги в моей области полномочий")
    async def regional_teachers(
        self,
        info: GatewayInfo,
        region_code: str | None = None,
        municipality_id: str | None = None,
        school_id: str | None = None,
        profile_incomplete_only: bool | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> TeacherPage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListTeachers,
            pb.ListTeachersRequest(
                region_code=region_code or "",
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                profile_incomplete_only=bool(profile_incomplete_only),
                page=page(first, after),
            ),
            ctx.metadata,
        )
        return TeacherPage(
            items=[RegionalTeacher.from_pb(t) for t in reply.teachers],
            next_page_token=reply.next_page_token,
            total=reply.total,
        )

    @strawberry.field(description="Моя анкета педагога")
    async def my_teacher_profile(self, info: GatewayInfo) -> RegionalTeacher:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetMyProfile, pb.GetMyProfileRequest(), ctx.metadata
        )
        return RegionalTeacher.from_pb(reply.teacher)

    @strawberry.field(description="Кампания: по id или по региону и году")
    async def regional_campaign(
        self,
        info: GatewayInfo,
        id: str | None = None,
        region_code: str | None = None,
        year: int | None = None,
    ) -> RegionalCampaign:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetCampaign,
            pb.GetCampaignRequest(
                campaign_id=id or "", region_code=region_code or "", year=year or 0
            ),
            ctx.metadata,
        )
        return RegionalCampaign.from_pb(reply.campaign)

    @strawberry.field(description="Кампании региона")
    async def regional_campaigns(
        self, info: GatewayInfo, region_code: str
    ) -> list[RegionalCampaign]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListCampaigns,
            pb.ListCampaignsRequest(region_code=region_code),
            ctx.metadata,
        )
        return [RegionalCampaign.from_pb(c) for c in reply.campaigns]

    @strawberry.field(description="Квоты кампании и их использование")
    async def regional_quotas(
        self, info: GatewayInfo, campaign_id: str, municipality_id: str | None = None
    ) -> list[QuotaUsage]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListQuotas,
            pb.ListQuotasRequest(campaign_id=campaign_id, municipality_id=municipality_id or ""),
            ctx.metadata,
        )
        return [
            QuotaUsage(
                municipality_id=q.quota.municipality_id,
                school_id=q.quota.school_id,
                count=q.quota.count,
                used=q.used,
            )
            for q in reply.quotas
        ]

    @strawberry.field(description="Анкета кампании и мои ответы")
    async def questionnaire(self, info: GatewayInfo, campaign_id: str) -> Questionnaire:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetQuestionnaire,
            pb.GetQuestionnaireRequest(campaign_id=campaign_id),
            ctx.metadata,
        )
        return Questionnaire(
            questions=[Question.from_pb(q) for q in reply.questions],
            my_answers=answers_from_pb(list(reply.my_answers)),
            answered_at=reply.answered_at,
        )

    @strawberry.field(description="Ответы педагогов на анкету (и кто не ответил)")
    async def questionnaire_responses(
        self,
        info: GatewayInfo,
        campaign_id: str,
        municipality_id: str | None = None,
        school_id: str | None = None,
        not_answered_only: bool | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> QuestionnaireResponsePage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListQuestionnaireResponses,
            pb.ListQuestionnaireResponsesRequest(
                campaign_id=campaign_id,
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                not_answered_only=bool(not_answered_only),
                page=page(first, after),
            ),
            ctx.metadata,
        )
        return QuestionnaireResponsePage(
            items=[
                QuestionnaireResponse(
                    teacher=RegionalTeacher.from_pb(r.teacher),
                    answered=r.answered,
                    answers=answers_from_pb(list(r.answers)),
                    answered_at=r.answered_at,
                    filled_by=r.filled_by,
                )
                for r in reply.responses
            ],
            next_page_token=reply.next_page_token,
            total=reply.total,
            answered_total=reply.answered_total,
        )

    @strawberry.field(description="Кандидаты на уникальный номер")
    async def candidates(
        self,
        info: GatewayInfo,
        campaign_id: str,
        municipality_id: str | None = None,
        school_id: str | None = None,
        decision: CandidateDecision | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> CandidatePage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListCandidates,
            pb.ListCandidatesRequest(
                campaign_id=campaign_id,
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                decision=decision.value if decision else pb.CANDIDATE_DECISION_UNSPECIFIED,
                page=page(first, after),
            ),
            ctx.metadata,
        )
        return CandidatePage(
            items=[Candidate.from_pb(c) for c in reply.candidates],
            next_page_token=reply.next_page_token,
            total=reply.total,
        )

    @strawberry.field(description="Отчёт о распределении: кто получил номер и почему нет")
    async def allocation_report(
        self,
        info: GatewayInfo,
        campaign_id: str,
        municipality_id: str | None = None,
        school_id: str | None = None,
        not_granted_only: bool | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> AllocationReport:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetAllocationReport,
            pb.GetAllocationReportRequest(
                campaign_id=campaign_id,
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                not_granted_only=bool(not_granted_only),
                page=page(first, after),
            ),
            ctx.metadata,
        )
        return AllocationReport(
            items=[
                AllocationOutcome(
                    teacher_id=strawberry.ID(o.teacher_id),
                    teacher_name=o.teacher_name,
                    school_id=strawberry.ID(o.school_id),
                    municipality_id=strawberry.ID(o.municipality_id),
                    granted=o.granted,
                    number_code=o.number_code,
                    reason=pb.AllocationReason.Name(o.reason)
                    .removeprefix("ALLOCATION_REASON_")
                    .lower(),
                    reason_text=o.reason_text,
                    rank=o.rank,
                )
                for o in reply.outcomes
            ],
            next_page_token=reply.next_page_token,
            total=reply.total,
            summary=AllocationSummary.from_pb(reply.summary),
        )

    @strawberry.field(
        description="Уникальные номера (с фильтрами: год, организация, статус, педагог)"
    )
    async def unique_numbers(
        self,
        info: GatewayInfo,
        filter: RegionalFilter | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> NumberPage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListNumbers,
            pb.ListNumbersRequest(
                filter=(filter or RegionalFilter()).to_pb(), page=page(first, after)
            ),
            ctx.metadata,
        )
        return NumberPage(
            items=[NumberHolding.from_pb(h) for h in reply.holdings],
            next_page_token=reply.next_page_token,
            total=reply.total,
        )

    @strawberry.field(description="Свободные номера, закреплённые за организацией")
    async def school_pool(self, info: GatewayInfo, campaign_id: str, school_id: str) -> SchoolPool:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetSchoolPool,
            pb.GetSchoolPoolRequest(campaign_id=campaign_id, school_id=school_id),
            ctx.metadata,
        )
        return SchoolPool(
            free_count=reply.free_count,
            message=reply.message,
            free_numbers=[NumberHolding.from_pb(h) for h in reply.free_numbers],
        )

    @strawberry.field(description="Моё участие в кампании: номер, заявление")
    async def my_campaign_status(self, info: GatewayInfo, campaign_id: str) -> MyCampaignStatus:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetMyCampaignStatus,
            pb.GetMyCampaignStatusRequest(campaign_id=campaign_id),
            ctx.metadata,
        )
        return MyCampaignStatus(
            teacher=RegionalTeacher.from_pb(reply.teacher),
            campaign=RegionalCampaign.from_pb(reply.campaign),
            candidate=reply.candidate,
            decision=CandidateDecision(reply.decision or pb.CANDIDATE_DECISION_PENDING),
            holding=NumberHolding.from_pb(reply.holding) if reply.HasField("holding") else None,
            application=(
                RegionalApplication.from_pb(reply.application)
                if reply.HasField("application")
                else None
            ),
        )

    @strawberry.field(description="Заявление педагога")
    async def regional_application(self, info: GatewayInfo, id: str) -> RegionalApplication:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.GetApplication,
            pb.GetApplicationRequest(application_id=id),
            ctx.metadata,
        )
        return RegionalApplication.from_pb(reply.application)

    @strawberry.field(description="Заявления педагогов в моей области полномочий")
    async def regional_applications(
        self,
        info: GatewayInfo,
        filter: RegionalFilter | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> ApplicationPage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListApplications,
            pb.ListApplicationsRequest(
                filter=(filter or RegionalFilter()).to_pb(), page=page(first, after)
            ),
            ctx.metadata,
        )
        return ApplicationPage(
            items=[RegionalApplication.from_pb(a) for a in reply.applications],
            next_page_token=reply.next_page_token,
            total=reply.total,
        )

    @strawberry.field(description="Подтверждения прохождения ПК")
    async def completion_documents(
        self,
        info: GatewayInfo,
        filter: RegionalFilter | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> CompletionPage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListCompletions,
            pb.ListCompletionsRequest(
                filter=(filter or RegionalFilter()).to_pb(), page=page(first, after)
            ),
            ctx.metadata,
        )
        return CompletionPage(
            items=[CompletionDocument.from_pb(c) for c in reply.documents],
            next_page_token=reply.next_page_token,
            total=reply.total,
        )

    @strawberry.field(description="Выгрузка списка в CSV или XLSX")
    async def regional_export(
        self,
        info: GatewayInfo,
        kind: ReportKind,
        format: ExportFormat,
        filter: RegionalFilter | None = None,
    ) -> ReportExport:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ExportReport,
            pb.ExportReportRequest(
                kind=kind.value, format=format.value, filter=(filter or RegionalFilter()).to_pb()
            ),
            ctx.metadata,
        )
        return ReportExport.from_pb(reply)

    @strawberry.field(description="Журнал действий операторов")
    async def regional_audit(
        self,
        info: GatewayInfo,
        region_code: str | None = None,
        municipality_id: str | None = None,
        school_id: str | None = None,
        action: str | None = None,
        first: int | None = DEFAULT_PAGE_SIZE,
        after: str | None = None,
    ) -> AuditPage:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.pk_regional.ListAuditEvents,
            pb.ListAuditEventsRequest(
                region_code=region_code or "",
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                action=action or "",
                page=page(first, after),
            ),
            ctx.metadata,
        )
        return AuditPage(
            items=[AuditEvent.from_pb(e) for e in reply.events],
            next_page_token=reply.next_page_token,
        )

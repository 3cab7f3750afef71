"""Queries of the regional model: each role sees what pk-regional-svc lets it see."""

from __future__ import annotations

from typing import Annotated

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import (
    AfterCursor,
    Connection,
    PageSize,
    call,
    call_connection,
    call_list,
    call_one,
    page_of,
)
from gateway.schema.common import GatewayInfo
from gateway.schema.pk_regional.allocation import (
    AllocationOutcome,
    AllocationSummary,
    Candidate,
    RefusalCount,
)
from gateway.schema.pk_regional.applications import MyCampaignStatus, RegionalApplication
from gateway.schema.pk_regional.arguments import (
    CampaignId,
    MunicipalityFilter,
    RegionCode,
    RegionFilter,
    SchoolFilter,
)
from gateway.schema.pk_regional.campaigns import QuotaUsage, RegionalCampaign
from gateway.schema.pk_regional.completions import CompletionDocument
from gateway.schema.pk_regional.enums import CandidateDecision, ExportFormat, ReportKind
from gateway.schema.pk_regional.inputs import RegionalFilter, filter_pb, page_request
from gateway.schema.pk_regional.numbers import NumberHolding, SchoolPool
from gateway.schema.pk_regional.pages import (
    AllocationOutcomeConnection,
    AuditEventConnection,
    QuestionnaireResponseConnection,
)
from gateway.schema.pk_regional.places import Municipality, RegionalSchool
from gateway.schema.pk_regional.questionnaire import Questionnaire, QuestionnaireResponse
from gateway.schema.pk_regional.reports import AuditEvent, ReportExport
from gateway.schema.pk_regional.teachers import RegionalTeacher

ListFilter = Annotated[
    RegionalFilter | None,
    strawberry.argument(description="Which rows; null: everything in the caller's scope."),
]


@strawberry.type
class PkRegionalQuery:
    @strawberry.field(description="A region's municipalities, sorted by name.")
    async def municipalities(
        self, info: GatewayInfo, region_code: RegionCode
    ) -> list[Municipality]:
        return await call_list(
            info,
            info.context.backends.pk_regional.ListMunicipalities,
            pb.ListMunicipalitiesRequest(region_code=region_code),
            Municipality,
            "municipalities",
        )

    @strawberry.field(
        description="Municipalities by id, each with its region (a municipal operator's own, known "
        "from the grant, even before it has schools); unknown ids are left out."
    )
    async def municipalities_by_id(
        self,
        info: GatewayInfo,
        ids: Annotated[list[strawberry.ID], strawberry.argument(description="Municipalities.")],
    ) -> list[Municipality]:
        return await call_list(
            info,
            info.context.backends.pk_regional.BatchGetMunicipalities,
            pb.BatchGetMunicipalitiesRequest(municipality_ids=ids),
            Municipality,
            "municipalities",
        )

    @strawberry.field(description="Schools in the caller's scope, sorted by name.")
    async def regional_schools(
        self,
        info: GatewayInfo,
        region_code: RegionFilter = None,
        municipality_id: MunicipalityFilter = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> Connection[RegionalSchool]:
        return await call_connection(
            info,
            info.context.backends.pk_regional.ListSchools,
            pb.ListSchoolsRequest(
                region_code=region_code or "",
                municipality_id=municipality_id or "",
                page=page_request(first, after),
            ),
            RegionalSchool,
            "schools",
            after,
        )

    @strawberry.field(description="Teachers in the caller's scope, sorted by name.")
    async def regional_teachers(
        self,
        info: GatewayInfo,
        region_code: RegionFilter = None,
        municipality_id: MunicipalityFilter = None,
        school_id: SchoolFilter = None,
        profile_incomplete_only: Annotated[
            bool | None,
            strawberry.argument(
                description="Only teachers whose mandatory profile fields are not all filled."
            ),
        ] = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> Connection[RegionalTeacher]:
        return await call_connection(
            info,
            info.context.backends.pk_regional.ListTeachers,
            pb.ListTeachersRequest(
                region_code=region_code or "",
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                profile_incomplete_only=bool(profile_incomplete_only),
                page=page_request(first, after),
            ),
            RegionalTeacher,
            "teachers",
            after,
        )

    @strawberry.field(description="The calling teacher with their profile («Моя анкета»).")
    async def my_teacher_profile(self, info: GatewayInfo) -> RegionalTeacher:
        return await call_one(
            info,
            info.context.backends.pk_regional.GetMyProfile,
            pb.GetMyProfileRequest(),
            RegionalTeacher,
            "teacher",
        )

    @strawberry.field(
        description="A campaign by id, or by region and year, with its windows' open state now."
    )
    async def regional_campaign(
        self,
        info: GatewayInfo,
        id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The campaign; or null with regionCode and year."),
        ] = None,
        region_code: Annotated[
            str | None, strawberry.argument(description="With year, when id is null.")
        ] = None,
        year: Annotated[
            int | None, strawberry.argument(description="With regionCode, when id is null.")
        ] = None,
    ) -> RegionalCampaign:
        return await call_one(
            info,
            info.context.backends.pk_regional.GetCampaign,
            pb.GetCampaignRequest(
                campaign_id=id or "", region_code=region_code or "", year=year or 0
            ),
            RegionalCampaign,
            "campaign",
        )

    @strawberry.field(description="A region's campaigns, newest year first.")
    async def regional_campaigns(
        self, info: GatewayInfo, region_code: RegionCode
    ) -> list[RegionalCampaign]:
        return await call_list(
            info,
            info.context.backends.pk_regional.ListCampaigns,
            pb.ListCampaignsRequest(region_code=region_code),
            RegionalCampaign,
            "campaigns",
        )

    @strawberry.field(
        description="A campaign's quotas in the caller's scope and how much of each was given: "
        "municipal quotas first, then school quotas."
    )
    async def regional_quotas(
        self, info: GatewayInfo, campaign_id: CampaignId, municipality_id: MunicipalityFilter = None
    ) -> list[QuotaUsage]:
        reply = await call(
            info,
            info.context.backends.pk_regional.ListQuotas,
            pb.ListQuotasRequest(campaign_id=campaign_id, municipality_id=municipality_id or ""),
        )
        return [QuotaUsage.of(q.quota, q.used) for q in reply.quotas]

    @strawberry.field(description="A campaign's questionnaire and the calling teacher's answers.")
    async def questionnaire(self, info: GatewayInfo, campaign_id: CampaignId) -> Questionnaire:
        return await call_one(
            info,
            info.context.backends.pk_regional.GetQuestionnaire,
            pb.GetQuestionnaireRequest(campaign_id=campaign_id),
            Questionnaire,
        )

    @strawberry.field(
        description="Teachers' answers to a campaign's questionnaire (and who has not answered), "
        "sorted by name."
    )
    async def questionnaire_responses(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        municipality_id: MunicipalityFilter = None,
        school_id: SchoolFilter = None,
        not_answered_only: Annotated[
            bool | None, strawberry.argument(description="Only those who have not answered.")
        ] = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> QuestionnaireResponseConnection:
        reply = await call(
            info,
            info.context.backends.pk_regional.ListQuestionnaireResponses,
            pb.ListQuestionnaireResponsesRequest(
                campaign_id=campaign_id,
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                not_answered_only=bool(not_answered_only),
                page=page_request(first, after),
            ),
        )
        responses = [QuestionnaireResponse.from_pb(r) for r in reply.responses]
        return QuestionnaireResponseConnection(
            **page_of(responses, reply, after),
            total_count=reply.total,
            answered_total=reply.answered_total,
        )

    @strawberry.field(
        description="A campaign's candidates for unique numbers (3 or more years since the last "
        "training, or none), sorted by name."
    )
    async def candidates(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        municipality_id: MunicipalityFilter = None,
        school_id: SchoolFilter = None,
        decision: Annotated[
            CandidateDecision | None,
            strawberry.argument(description="Only this decision; null: all."),
        ] = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> Connection[Candidate]:
        return await call_connection(
            info,
            info.context.backends.pk_regional.ListCandidates,
            pb.ListCandidatesRequest(
                campaign_id=campaign_id,
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                decision=decision.value if decision else pb.CANDIDATE_DECISION_UNSPECIFIED,
                page=page_request(first, after),
            ),
            Candidate,
            "candidates",
            after,
        )

    @strawberry.field(
        description="The allocation report: who received a number and why others did not; by "
        "municipality, then rank (unranked last), then family name."
    )
    async def allocation_report(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        municipality_id: MunicipalityFilter = None,
        school_id: SchoolFilter = None,
        not_granted_only: Annotated[
            bool | None,
            strawberry.argument(description="Only the candidates who received no number."),
        ] = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> AllocationOutcomeConnection:
        reply = await call(
            info,
            info.context.backends.pk_regional.GetAllocationReport,
            pb.GetAllocationReportRequest(
                campaign_id=campaign_id,
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                not_granted_only=bool(not_granted_only),
                page=page_request(first, after),
            ),
        )
        outcomes = [AllocationOutcome.from_pb(o) for o in reply.outcomes]
        return AllocationOutcomeConnection(
            **page_of(outcomes, reply, after),
            total_count=reply.total,
            summary=AllocationSummary.from_pb(reply.summary),
            refusals_by_reason=[RefusalCount.from_pb(r) for r in reply.refusals_by_reason],
        )

    @strawberry.field(
        description="Unique numbers in the caller's scope: every holding (current and refused) "
        "and every free number; newest year first, then school, code, last change."
    )
    async def unique_numbers(
        self,
        info: GatewayInfo,
        filter: ListFilter = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> Connection[NumberHolding]:
        return await call_connection(
            info,
            info.context.backends.pk_regional.ListNumbers,
            pb.ListNumbersRequest(filter=filter_pb(filter), page=page_request(first, after)),
            NumberHolding,
            "holdings",
            after,
        )

    @strawberry.field(description="A school's pool of free numbers in a campaign.")
    async def school_pool(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        school_id: Annotated[strawberry.ID, strawberry.argument(description="The school.")],
    ) -> SchoolPool:
        return await call_one(
            info,
            info.context.backends.pk_regional.GetSchoolPool,
            pb.GetSchoolPoolRequest(campaign_id=campaign_id, school_id=school_id),
            SchoolPool,
        )

    @strawberry.field(
        description="The calling teacher's state in a campaign: candidacy, number, application."
    )
    async def my_campaign_status(
        self, info: GatewayInfo, campaign_id: CampaignId
    ) -> MyCampaignStatus:
        return await call_one(
            info,
            info.context.backends.pk_regional.GetMyCampaignStatus,
            pb.GetMyCampaignStatusRequest(campaign_id=campaign_id),
            MyCampaignStatus,
        )

    @strawberry.field(description="One teacher's application (the teacher's own, or in scope).")
    async def regional_application(
        self,
        info: GatewayInfo,
        id: Annotated[strawberry.ID, strawberry.argument(description="The application.")],
    ) -> RegionalApplication:
        return await call_one(
            info,
            info.context.backends.pk_regional.GetApplication,
            pb.GetApplicationRequest(application_id=id),
            RegionalApplication,
            "application",
        )

    @strawberry.field(
        description="Teachers' applications in the caller's scope, by school, family name, id."
    )
    async def regional_applications(
        self,
        info: GatewayInfo,
        filter: ListFilter = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> Connection[RegionalApplication]:
        return await call_connection(
            info,
            info.context.backends.pk_regional.ListApplications,
            pb.ListApplicationsRequest(filter=filter_pb(filter), page=page_request(first, after)),
            RegionalApplication,
            "applications",
            after,
        )

    @strawberry.field(description="Recorded documents of completed training in the caller's scope.")
    async def completion_documents(
        self,
        info: GatewayInfo,
        filter: ListFilter = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> Connection[CompletionDocument]:
        return await call_connection(
            info,
            info.context.backends.pk_regional.ListCompletions,
            pb.ListCompletionsRequest(filter=filter_pb(filter), page=page_request(first, after)),
            CompletionDocument,
            "documents",
            after,
        )

    @strawberry.field(
        description="The calling teacher's own completion documents, most recently recorded first."
    )
    async def my_completion_documents(self, info: GatewayInfo) -> list[CompletionDocument]:
        return await call_list(
            info,
            info.context.backends.pk_regional.ListMyCompletions,
            pb.ListMyCompletionsRequest(),
            CompletionDocument,
            "documents",
        )

    @strawberry.field(description="A list of the caller's scope as a CSV or XLSX file.")
    async def regional_export(
        self,
        info: GatewayInfo,
        kind: Annotated[ReportKind, strawberry.argument(description="Which list.")],
        format: Annotated[ExportFormat, strawberry.argument(description="CSV or XLSX.")],
        filter: ListFilter = None,
    ) -> ReportExport:
        return await call_one(
            info,
            info.context.backends.pk_regional.ExportReport,
            pb.ExportReportRequest(kind=kind.value, format=format.value, filter=filter_pb(filter)),
            ReportExport,
        )

    @strawberry.field(description="The operators' audit trail in the caller's scope, newest first.")
    async def regional_audit(
        self,
        info: GatewayInfo,
        region_code: RegionFilter = None,
        municipality_id: MunicipalityFilter = None,
        school_id: SchoolFilter = None,
        action: Annotated[
            str | None,
            strawberry.argument(description="Only this action (exact, e.g. refuse_number)."),
        ] = None,
        first: PageSize = 100,
        after: AfterCursor = None,
    ) -> AuditEventConnection:
        reply = await call(
            info,
            info.context.backends.pk_regional.ListAuditEvents,
            pb.ListAuditEventsRequest(
                region_code=region_code or "",
                municipality_id=municipality_id or "",
                school_id=school_id or "",
                action=action or "",
                page=page_request(first, after),
            ),
        )
        events = [AuditEvent.from_pb(e) for e in reply.events]
        return AuditEventConnection(**page_of(events, reply, after))

"""Mutations of the regional model; expected failures come back as typed UserErrors."""

from __future__ import annotations

from typing import Annotated

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import call_one_or_error, call_or_error, result_union
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.pk_regional.allocation import AllocationSummary, CandidateList
from gateway.schema.pk_regional.applications import RegionalApplication, SaveApplicationPayload
from gateway.schema.pk_regional.arguments import (
    ApplicationId,
    CampaignId,
    OnBehalfOfTeacher,
    RegionCode,
)
from gateway.schema.pk_regional.campaigns import (
    CampaignPayload,
    QuotaList,
    QuotaUsage,
    RegionalCampaign,
)
from gateway.schema.pk_regional.completions import RecordCompletionPayload
from gateway.schema.pk_regional.enums import CandidateDecision, MunicipalityKind, RefusalReason
from gateway.schema.pk_regional.inputs import (
    AnswerInput,
    CampaignWindowsInput,
    CompletionInput,
    QuestionInput,
    QuotaInput,
    RegionalApplicationInput,
    TeacherProfileInput,
)
from gateway.schema.pk_regional.numbers import NumberChange, NumberHolding
from gateway.schema.pk_regional.places import MunicipalityPayload
from gateway.schema.pk_regional.questionnaire import AnswersPayload, QuestionList
from gateway.schema.pk_regional.teachers import ImportReport, RegionalTeacher

MunicipalityResult = Annotated[
    MunicipalityPayload | UserError,
    result_union("MunicipalityResult", "The municipality created or found"),
]
ImportResult = Annotated[
    ImportReport | UserError,
    result_union(
        "RegionalImportResult", "What the CSV import did", "why it was refused as a whole"
    ),
]
TeacherProfileResult = Annotated[
    RegionalTeacher | UserError,
    result_union("TeacherProfileResult", "The teacher with the saved profile"),
]
CampaignResult = Annotated[
    CampaignPayload | UserError,
    result_union("CampaignResult", "The campaign opened or found"),
]
UpdateCampaignResult = Annotated[
    RegionalCampaign | UserError,
    result_union("UpdateCampaignResult", "The campaign after the change"),
]
QuotasResult = Annotated[
    QuotaList | UserError,
    result_union("QuotasResult", "The quotas stored", "why they were refused"),
]
QuestionsResult = Annotated[
    QuestionList | UserError,
    result_union("QuestionsResult", "The questionnaire stored"),
]
AnswersResult = Annotated[
    AnswersPayload | UserError,
    result_union("AnswersResult", "The answers stored", "why they were refused"),
]
CandidatesResult = Annotated[
    CandidateList | UserError,
    result_union("CandidatesResult", "The candidates after the decision"),
]
AllocationResult = Annotated[
    AllocationSummary | UserError,
    result_union("AllocationResult", "The allocation's counts", "why it could not run"),
]
NumberChangeResult = Annotated[
    NumberChange | UserError,
    result_union("NumberChangeResult", "The number's holding after the change"),
]
SaveApplicationResult = Annotated[
    SaveApplicationPayload | UserError,
    result_union("SaveRegionalApplicationResult", "The saved draft (or off-budget refusal)"),
]
RegionalApplicationResult = Annotated[
    RegionalApplication | UserError,
    result_union("RegionalApplicationResult", "The application after the change"),
]
CompletionResult = Annotated[
    RecordCompletionPayload | UserError,
    result_union("CompletionResult", "The recorded document"),
]

CsvFile = Annotated[
    str,
    strawberry.argument(
        description="UTF-8 CSV (comma or semicolon separated, at most 20 MB) with a header line; "
        "the columns are listed in pk-regional-svc's README."
    ),
]
Windows = Annotated[
    CampaignWindowsInput, strawberry.argument(description="The two windows of the campaign.")
]
RequiredHours = Annotated[
    int,
    strawberry.argument(
        description="Hours the groups of an application must add up to, 1..1000; 0 keeps the "
        "current value (a new campaign: 72, rule set eort-tatarstan-2024)."
    ),
]


def _number_change(reply: pb.RefuseNumberResponse | pb.ReassignNumberResponse) -> NumberChange:
    return NumberChange(  # type: ignore[call-arg]
        holding=NumberHolding.from_pb(reply.holding),
        free_in_school_pool=reply.free_in_school_pool,
    )


@strawberry.type
class PkRegionalMutation:
    @strawberry.mutation(
        description="Regional operator: creates a municipality of the region (or returns the "
        "existing one of that name)."
    )
    async def create_municipality(
        self,
        info: GatewayInfo,
        region_code: RegionCode,
        name: Annotated[
            str, strawberry.argument(description="2..300 characters; unique within the region.")
        ],
        kind: Annotated[MunicipalityKind, strawberry.argument(description="Its kind.")],
    ) -> MunicipalityResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.CreateMunicipality,
            pb.CreateMunicipalityRequest(region_code=region_code, name=name, kind=kind.value),
            MunicipalityPayload.from_pb,
        )

    @strawberry.mutation(
        description="Regional operator: imports the region's schools from CSV (columns "
        "municipality, code, name, kind)."
    )
    async def import_regional_schools(
        self, info: GatewayInfo, region_code: RegionCode, csv: CsvFile
    ) -> ImportResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.ImportSchools,
            pb.ImportSchoolsRequest(region_code=region_code, csv=csv.encode()),
            ImportReport,
            "report",
        )

    @strawberry.mutation(
        description="Regional operator: imports the region's teachers from CSV (school_code, "
        "snils, names, then optional profile columns)."
    )
    async def import_regional_teachers(
        self, info: GatewayInfo, region_code: RegionCode, csv: CsvFile
    ) -> ImportResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.ImportTeachers,
            pb.ImportTeachersRequest(region_code=region_code, csv=csv.encode()),
            ImportReport,
            "report",
        )

    @strawberry.mutation(
        description="A teacher fills in «Моя анкета»; an operator may fill it for a teacher in "
        "scope (teacherId)."
    )
    async def update_my_teacher_profile(
        self,
        info: GatewayInfo,
        profile: Annotated[
            TeacherProfileInput, strawberry.argument(description="The whole profile.")
        ],
        teacher_id: OnBehalfOfTeacher = None,
    ) -> TeacherProfileResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.UpdateMyProfile,
            pb.UpdateMyProfileRequest(profile=profile.to_pb(), teacher_id=teacher_id or ""),
            RegionalTeacher,
            "teacher",
        )

    @strawberry.mutation(
        description="Regional operator: opens the campaign of a year (or returns the existing "
        "one unchanged)."
    )
    async def open_regional_campaign(
        self,
        info: GatewayInfo,
        region_code: RegionCode,
        year: Annotated[int, strawberry.argument(description="The training year, 2000..2100.")],
        windows: Windows,
        quotas: Annotated[
            list[QuotaInput] | None,
            strawberry.argument(description="Initial quotas; null: none yet."),
        ] = None,
        required_hours: RequiredHours = 0,
    ) -> CampaignResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.OpenCampaign,
            pb.OpenCampaignRequest(
                region_code=region_code,
                year=year,
                windows=windows.to_pb(),
                required_hours=required_hours,
                quotas=[q.to_pb() for q in quotas or []],
            ),
            CampaignPayload.from_pb,
        )

    @strawberry.mutation(description="Regional operator: changes a campaign's windows or hours.")
    async def update_regional_campaign(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        windows: Annotated[
            CampaignWindowsInput | None,
            strawberry.argument(description="Replaces all four bounds; null keeps them."),
        ] = None,
        required_hours: RequiredHours = 0,
    ) -> UpdateCampaignResult:
        request = pb.UpdateCampaignRequest(campaign_id=campaign_id, required_hours=required_hours)
        if windows is not None:
            request.windows.CopyFrom(windows.to_pb())
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.UpdateCampaign,
            request,
            RegionalCampaign,
            "campaign",
        )

    @strawberry.mutation(
        description="Regional operator: cancels a campaign opened by mistake (while no numbers "
        "are allocated)."
    )
    async def cancel_regional_campaign(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        reason: Annotated[
            str | None,
            strawberry.argument(description="Why (for the audit trail), at most 500 characters."),
        ] = None,
    ) -> UpdateCampaignResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.CancelCampaign,
            pb.CancelCampaignRequest(campaign_id=campaign_id, reason=reason or ""),
            RegionalCampaign,
            "campaign",
        )

    @strawberry.mutation(
        description="Regional operator: sets quotas of unique numbers (each replaces its "
        "municipality's or school's count)."
    )
    async def set_regional_quotas(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        quotas: Annotated[
            list[QuotaInput],
            strawberry.argument(description="Quotas within the campaign's region."),
        ],
    ) -> QuotasResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.SetQuotas,
            pb.SetQuotasRequest(campaign_id=campaign_id, quotas=[q.to_pb() for q in quotas]),
            lambda reply: QuotaList(quotas=[QuotaUsage.of(q) for q in reply.quotas]),
        )

    @strawberry.mutation(description="Regional operator: sets a campaign's questionnaire.")
    async def set_questionnaire(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        questions: Annotated[
            list[QuestionInput],
            strawberry.argument(description="The whole questionnaire in display order."),
        ],
    ) -> QuestionsResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.SetQuestions,
            pb.SetQuestionsRequest(
                campaign_id=campaign_id, questions=[q.to_pb() for q in questions]
            ),
            QuestionList.from_pb,
        )

    @strawberry.mutation(
        description="A teacher answers the questionnaire within its window; an operator may "
        "answer for a teacher in scope (teacherId)."
    )
    async def answer_questionnaire(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        answers: Annotated[
            list[AnswerInput],
            strawberry.argument(
                description="All answers (replacing earlier ones); every required question "
                "answered."
            ),
        ],
        teacher_id: OnBehalfOfTeacher = None,
    ) -> AnswersResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.AnswerQuestionnaire,
            pb.AnswerQuestionnaireRequest(
                campaign_id=campaign_id,
                answers=[a.to_pb() for a in answers],
                teacher_id=teacher_id or "",
            ),
            AnswersPayload.from_pb,
        )

    @strawberry.mutation(
        description="An operator confirms or removes candidates of their scope (all or none)."
    )
    async def decide_candidates(
        self,
        info: GatewayInfo,
        campaign_id: CampaignId,
        teacher_ids: Annotated[
            list[strawberry.ID],
            strawberry.argument(description="Candidates of the campaign, no duplicates."),
        ],
        decision: Annotated[
            CandidateDecision,
            strawberry.argument(description="CONFIRMED, REMOVED, or PENDING to undo a decision."),
        ],
    ) -> CandidatesResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.DecideCandidates,
            pb.DecideCandidatesRequest(
                campaign_id=campaign_id, teacher_ids=teacher_ids, decision=decision.value
            ),
            CandidateList.from_pb,
        )

    @strawberry.mutation(
        description="Regional operator: allocates the campaign's unique numbers within the "
        "quotas (once; a repeat returns the stored result)."
    )
    async def run_allocation(self, info: GatewayInfo, campaign_id: CampaignId) -> AllocationResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.RunAllocation,
            pb.RunAllocationRequest(campaign_id=campaign_id),
            AllocationSummary,
            "summary",
        )

    @strawberry.mutation(
        description="Refuses a number (a teacher their own, an operator any in scope); it "
        "returns to the school's pool."
    )
    async def refuse_number(
        self,
        info: GatewayInfo,
        holding_id: Annotated[
            strawberry.ID, strawberry.argument(description="The holding being refused.")
        ],
        reason: Annotated[RefusalReason, strawberry.argument(description="From the list.")],
        note: Annotated[
            str, strawberry.argument(description="At most 500 characters; may be empty.")
        ] = "",
    ) -> NumberChangeResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.RefuseNumber,
            pb.RefuseNumberRequest(holding_id=holding_id, reason=reason.value, note=note),
            _number_change,
        )

    @strawberry.mutation(
        description="An operator gives a free number of a school's pool to a confirmed "
        "candidate of the same school."
    )
    async def reassign_number(
        self,
        info: GatewayInfo,
        number_id: Annotated[
            strawberry.ID, strawberry.argument(description="A free number of the pool.")
        ],
        teacher_id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description="A confirmed candidate without a number this campaign, who has not "
                "chosen off-budget training and used no budget number within 3 years."
            ),
        ],
    ) -> NumberChangeResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.ReassignNumber,
            pb.ReassignNumberRequest(number_id=number_id, teacher_id=teacher_id),
            _number_change,
        )

    @strawberry.mutation(
        description="A teacher saves their application as a draft (nothing is reserved) or "
        "chooses off-budget training (refusing the number for the year)."
    )
    async def save_regional_application(
        self,
        info: GatewayInfo,
        input: Annotated[
            RegionalApplicationInput, strawberry.argument(description="The application.")
        ],
    ) -> SaveApplicationResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.SaveApplication,
            input.to_pb(),
            SaveApplicationPayload.from_pb,
        )

    @strawberry.mutation(
        description="A teacher submits their complete draft within the application window; "
        "every group's seat is reserved atomically."
    )
    async def submit_regional_application(
        self, info: GatewayInfo, application_id: ApplicationId
    ) -> RegionalApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.SubmitApplication,
            pb.SubmitApplicationRequest(application_id=application_id),
            RegionalApplication,
            "application",
        )

    @strawberry.mutation(
        description="A teacher withdraws a submitted application back to a draft; the seats are "
        "released."
    )
    async def cancel_regional_application(
        self, info: GatewayInfo, application_id: ApplicationId
    ) -> RegionalApplicationResult:
        return await call_one_or_error(
            info,
            info.context.backends.pk_regional.CancelApplication,
            pb.CancelApplicationRequest(application_id=application_id),
            RegionalApplication,
            "application",
        )

    @strawberry.mutation(
        description="An operator records a teacher's document of completed training; it closes "
        "the campaign's number when one was submitted."
    )
    async def record_completion(
        self,
        info: GatewayInfo,
        input: Annotated[CompletionInput, strawberry.argument(description="The document.")],
    ) -> CompletionResult:
        return await call_or_error(
            info,
            info.context.backends.pk_regional.RecordCompletion,
            input.to_pb(),
            RecordCompletionPayload.from_pb,
        )

"""gRPC methods of campaigns, quotas, the questionnaire, candidates and the allocation: translation
only."""

from __future__ import annotations

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.auth import current_principal
from cpd_platform.page_replies import page_reply
from pk_regional_svc.domain.questionnaire import Question
from pk_regional_svc.entrypoints import translate
from pk_regional_svc.entrypoints.with_deps import WithDeps
from pk_regional_svc.service_layer import (
    allocation,
    campaign_cancel,
    campaigns,
    candidates,
    questionnaire,
)


class CampaignRpcs(WithDeps):
    """Campaigns, quotas, questionnaire, candidates, allocation."""

    async def OpenCampaign(
        self, request: pb.OpenCampaignRequest, context: object
    ) -> pb.OpenCampaignResponse:
        found, created = await campaigns.open_campaign(
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.year,
            translate.windows(request.windows),
            request.required_hours,
            translate.quotas_in(list(request.quotas)),
            authz=self._deps.authz,
        )
        return pb.OpenCampaignResponse(
            campaign=translate.campaign(found, self._deps.clock.now()), created=created
        )

    async def UpdateCampaign(
        self, request: pb.UpdateCampaignRequest, context: object
    ) -> pb.UpdateCampaignResponse:
        found = await campaigns.update_campaign(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            translate.windows(request.windows) if request.HasField("windows") else None,
            request.required_hours,
            authz=self._deps.authz,
        )
        return pb.UpdateCampaignResponse(campaign=translate.campaign(found, self._deps.clock.now()))

    async def CancelCampaign(
        self, request: pb.CancelCampaignRequest, context: object
    ) -> pb.CancelCampaignResponse:
        cancelled = await campaign_cancel.cancel_campaign(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.reason,
            authz=self._deps.authz,
        )
        return pb.CancelCampaignResponse(
            campaign=translate.campaign(cancelled, self._deps.clock.now())
        )

    async def SetQuotas(
        self, request: pb.SetQuotasRequest, context: object
    ) -> pb.SetQuotasResponse:
        saved = await campaigns.set_quotas(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            translate.quotas_in(list(request.quotas)),
            authz=self._deps.authz,
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
            self._deps.uow(), request.campaign_id, request.region_code, request.year
        )
        return pb.GetCampaignResponse(campaign=translate.campaign(found, self._deps.clock.now()))

    async def ListCampaigns(
        self, request: pb.ListCampaignsRequest, context: object
    ) -> pb.ListCampaignsResponse:
        found = await campaigns.list_campaigns(self._deps.uow(), request.region_code)
        now = self._deps.clock.now()
        return pb.ListCampaignsResponse(campaigns=[translate.campaign(c, now) for c in found])

    async def ListQuotas(
        self, request: pb.ListQuotasRequest, context: object
    ) -> pb.ListQuotasResponse:
        found = await campaigns.list_quotas(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            authz=self._deps.authz,
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
            kind = translate.question_kind_in(q.kind)
            items.append(Question(q.id, q.text, kind, tuple(q.options), q.required))
        saved = await questionnaire.set_questions(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            items,
            authz=self._deps.authz,
        )
        return pb.SetQuestionsResponse(questions=[translate.question(q) for q in saved])

    async def GetQuestionnaire(
        self, request: pb.GetQuestionnaireRequest, context: object
    ) -> pb.GetQuestionnaireResponse:
        found, answers = await questionnaire.get_questionnaire(
            self._deps.uow(), current_principal(), request.campaign_id
        )
        return pb.GetQuestionnaireResponse(
            questions=[translate.question(q) for q in found],
            my_answers=translate.answers(answers),
            answered_at=translate.dt(answers.answered_at),
        )

    async def AnswerQuestionnaire(
        self, request: pb.AnswerQuestionnaireRequest, context: object
    ) -> pb.AnswerQuestionnaireResponse:
        given: dict[str, list[str]] = {}
        for a in request.answers:
            given.setdefault(a.question_id, []).extend(a.values)
        answers = await questionnaire.answer_questionnaire(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            given,
            request.teacher_id,
            authz=self._deps.authz,
            clock=self._deps.clock,
        )
        return pb.AnswerQuestionnaireResponse(
            answers=translate.answers(answers),
            answered_at=translate.dt(answers.answered_at),
            filled_by=answers.filled_by,
        )

    async def ListQuestionnaireResponses(
        self, request: pb.ListQuestionnaireResponsesRequest, context: object
    ) -> pb.ListQuestionnaireResponsesResponse:
        page, answered = await questionnaire.list_responses(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            request.not_answered_only,
            request.page.page_size,
            request.page.page_token,
            authz=self._deps.authz,
        )
        return pb.ListQuestionnaireResponsesResponse(
            responses=[
                pb.QuestionnaireResponse(
                    teacher=translate.teacher(r.teacher),
                    answered=r.answers.answered_at is not None,
                    answers=translate.answers(r.answers),
                    answered_at=translate.dt(r.answers.answered_at),
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
        page = await candidates.list_candidates(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            translate.DECISION.get(request.decision),
            request.page.page_size,
            request.page.page_token,
            authz=self._deps.authz,
        )
        return page_reply(pb.ListCandidatesResponse, "candidates", page, translate.candidate)

    async def DecideCandidates(
        self, request: pb.DecideCandidatesRequest, context: object
    ) -> pb.DecideCandidatesResponse:
        decision = translate.decision_in(request.decision)
        found = await candidates.decide_candidates(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            list(request.teacher_ids),
            decision,
            authz=self._deps.authz,
        )
        return pb.DecideCandidatesResponse(candidates=[translate.candidate(c) for c in found])

    async def RunAllocation(
        self, request: pb.RunAllocationRequest, context: object
    ) -> pb.RunAllocationResponse:
        summary, _ = await allocation.run_allocation(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            authz=self._deps.authz,
            clock=self._deps.clock,
        )
        return pb.RunAllocationResponse(summary=translate.summary(summary))

    async def GetAllocationReport(
        self, request: pb.GetAllocationReportRequest, context: object
    ) -> pb.GetAllocationReportResponse:
        page, summary = await allocation.allocation_report(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            request.not_granted_only,
            request.page.page_size,
            request.page.page_token,
            authz=self._deps.authz,
        )
        refusals = await allocation.refusals_by_reason(
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.municipality_id,
            request.school_id,
            authz=self._deps.authz,
        )
        return pb.GetAllocationReportResponse(
            refusals_by_reason=[translate.refusal_count(r) for r in refusals],
            outcomes=[translate.outcome(o) for o in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
            summary=translate.summary(summary),
        )

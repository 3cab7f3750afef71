"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.allocation import REASON_TEXT, Reason
from pk_regional_svc.domain.application import parse_passport
from pk_regional_svc.domain.numbers import (
    pool_message,
)
from pk_regional_svc.entrypoints import translate
from pk_regional_svc.service_layer import (
    allocation,
    applications,
    audit_log,
    campaign_cancel,
    campaigns,
    candidates,
    completions,
    my_status,
    numbers,
    queries,
    questionnaire,
    reports,
    structure,
)
from pk_regional_svc.service_layer.deps import Deps


class PkRegionalServicer(pk_regional_pb2_grpc.PkRegionalServiceServicer):
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def ListMunicipalities(
        self, request: pb.ListMunicipalitiesRequest, context: object
    ) -> pb.ListMunicipalitiesResponse:
        found = await queries.list_municipalities(self._deps.uow(), request.region_code)
        return pb.ListMunicipalitiesResponse(
            municipalities=[translate.municipality(m) for m in found]
        )

    async def CreateMunicipality(
        self, request: pb.CreateMunicipalityRequest, context: object
    ) -> pb.CreateMunicipalityResponse:
        kind = translate.municipality_kind_in(request.kind)
        found, created = await structure.create_municipality(
            self._deps, current_principal(), request.region_code, request.name, kind
        )
        return pb.CreateMunicipalityResponse(
            municipality=translate.municipality(found), created=created
        )

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
            schools=[translate.school(s) for s in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def BatchGetSchools(
        self, request: pb.BatchGetSchoolsRequest, context: object
    ) -> pb.BatchGetSchoolsResponse:
        found = await structure.batch_get_schools(
            self._deps, current_principal(), list(request.ids)
        )
        return pb.BatchGetSchoolsResponse(schools=[translate.school(s) for s in found])

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
            teachers=[translate.teacher(t) for t in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def BatchGetTeachers(
        self, request: pb.BatchGetTeachersRequest, context: object
    ) -> pb.BatchGetTeachersResponse:
        found = await structure.batch_get_teachers(
            self._deps, current_principal(), list(request.ids)
        )
        return pb.BatchGetTeachersResponse(teachers=[translate.teacher(t) for t in found])

    async def ImportSchools(
        self, request: pb.ImportSchoolsRequest, context: object
    ) -> pb.ImportSchoolsResponse:
        report = await structure.import_schools(
            self._deps, current_principal(), request.region_code, request.csv
        )
        return pb.ImportSchoolsResponse(report=translate.report(report))

    async def ImportTeachers(
        self, request: pb.ImportTeachersRequest, context: object
    ) -> pb.ImportTeachersResponse:
        report = await structure.import_teachers(
            self._deps, current_principal(), request.region_code, request.csv
        )
        return pb.ImportTeachersResponse(report=translate.report(report))

    async def GetMyProfile(
        self, request: pb.GetMyProfileRequest, context: object
    ) -> pb.GetMyProfileResponse:
        return pb.GetMyProfileResponse(
            teacher=translate.teacher(
                await structure.get_my_profile(self._deps, current_principal())
            )
        )

    async def UpdateMyProfile(
        self, request: pb.UpdateMyProfileRequest, context: object
    ) -> pb.UpdateMyProfileResponse:
        view = await structure.update_my_profile(
            self._deps,
            current_principal(),
            translate.profile_in(request.profile),
            request.teacher_id,
        )
        return pb.UpdateMyProfileResponse(teacher=translate.teacher(view))

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
            kind = translate.question_kind_in(q.kind)
            items.append(questionnaire.Question(q.id, q.text, kind, tuple(q.options), q.required))
        saved = await questionnaire.set_questions(
            self._deps, current_principal(), request.campaign_id, items
        )
        return pb.SetQuestionsResponse(questions=[translate.question(q) for q in saved])

    async def GetQuestionnaire(
        self, request: pb.GetQuestionnaireRequest, context: object
    ) -> pb.GetQuestionnaireResponse:
        found, answers = await questionnaire.get_questionnaire(
            self._deps, current_principal(), request.campaign_id
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
            self._deps, current_principal(), request.campaign_id, given, request.teacher_id
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
        decisions = {v: k for k, v in translate.DECISION.items()}
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
            candidates=[translate.candidate(c) for c in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

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
                    reason=translate.REASON[o.reason],
                    reason_text=REASON_TEXT[o.reason],
                    rank=o.rank,
                )
                for o in page.items
            ],
            next_page_token=page.next_page_token,
            total=page.total,
            summary=translate.summary(summary),
        )

    async def ListNumbers(
        self, request: pb.ListNumbersRequest, context: object
    ) -> pb.ListNumbersResponse:
        page = await numbers.list_numbers(
            self._deps,
            current_principal(),
            translate.number_filter(request.filter),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListNumbersResponse(
            holdings=[translate.holding(h) for h in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def RefuseNumber(
        self, request: pb.RefuseNumberRequest, context: object
    ) -> pb.RefuseNumberResponse:
        reason = translate.REFUSAL_BACK.get(request.reason)
        holding, free = await numbers.refuse_number(
            self._deps.uow(),
            current_principal(),
            request.holding_id,
            reason,
            request.note,
            authz=self._deps.authz,
            catalog=self._deps.catalog,
            clock=self._deps.clock,
        )
        return pb.RefuseNumberResponse(holding=translate.holding(holding), free_in_school_pool=free)

    async def ReassignNumber(
        self, request: pb.ReassignNumberRequest, context: object
    ) -> pb.ReassignNumberResponse:
        holding, free = await numbers.reassign_number(
            self._deps.uow(),
            current_principal(),
            request.number_id,
            request.teacher_id,
            authz=self._deps.authz,
        )
        return pb.ReassignNumberResponse(
            holding=translate.holding(holding), free_in_school_pool=free
        )

    async def GetSchoolPool(
        self, request: pb.GetSchoolPoolRequest, context: object
    ) -> pb.GetSchoolPoolResponse:
        free, items = await numbers.school_pool(
            self._deps, current_principal(), request.campaign_id, request.school_id
        )
        return pb.GetSchoolPoolResponse(
            free_count=free,
            message=pool_message(free),
            free_numbers=[translate.holding(h) for h in items],
        )

    async def GetMyCampaignStatus(
        self, request: pb.GetMyCampaignStatusRequest, context: object
    ) -> pb.GetMyCampaignStatusResponse:
        s = await my_status.my_campaign_status(
            self._deps.uow(), current_principal(), request.campaign_id
        )
        reply = pb.GetMyCampaignStatusResponse(
            teacher=translate.teacher(s.teacher),
            candidate=s.candidate,
            decision=translate.DECISION[s.decision],
            campaign=translate.campaign(s.campaign, self._deps.clock.now()),
        )
        if s.holding is not None:
            reply.holding.CopyFrom(translate.holding(s.holding))
        if s.application is not None:
            reply.application.CopyFrom(translate.application(s.application))
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
            passport = parse_passport(
                p.series, p.number, p.issuer, p.issued_on, today=self._deps.clock.today()
            )
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
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.basis == pb.FUNDING_CHOICE_OFF_BUDGET,
            data,
            catalog=self._deps.catalog,
            cipher=self._deps.cipher,
            clock=self._deps.clock,
        )
        reply = pb.SaveApplicationResponse(holding=translate.holding(holding))
        if view is not None:
            reply.application.CopyFrom(translate.application(view))
        return reply

    async def SubmitApplication(
        self, request: pb.SubmitApplicationRequest, context: object
    ) -> pb.SubmitApplicationResponse:
        view = await applications.submit_application(
            self._deps.uow(),
            current_principal(),
            request.application_id,
            catalog=self._deps.catalog,
            clock=self._deps.clock,
        )
        return pb.SubmitApplicationResponse(application=translate.application(view))

    async def CancelApplication(
        self, request: pb.CancelApplicationRequest, context: object
    ) -> pb.CancelApplicationResponse:
        view = await applications.cancel_application(
            self._deps.uow(),
            current_principal(),
            request.application_id,
            catalog=self._deps.catalog,
            clock=self._deps.clock,
        )
        return pb.CancelApplicationResponse(application=translate.application(view))

    async def GetApplication(
        self, request: pb.GetApplicationRequest, context: object
    ) -> pb.GetApplicationResponse:
        view = await applications.get_application(
            self._deps.uow(), current_principal(), request.application_id, authz=self._deps.authz
        )
        return pb.GetApplicationResponse(application=translate.application(view))

    async def ListApplications(
        self, request: pb.ListApplicationsRequest, context: object
    ) -> pb.ListApplicationsResponse:
        page = await applications.list_applications(
            self._deps,
            current_principal(),
            translate.number_filter(request.filter),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListApplicationsResponse(
            applications=[translate.application(a) for a in page.items],
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
        reply = pb.RecordCompletionResponse(document=translate.completion(doc), created=created)
        if closed is not None:
            reply.holding.CopyFrom(translate.holding(closed))
        return reply

    async def ListCompletions(
        self, request: pb.ListCompletionsRequest, context: object
    ) -> pb.ListCompletionsResponse:
        page = await completions.list_completions(
            self._deps,
            current_principal(),
            translate.number_filter(request.filter),
            request.page.page_size,
            request.page.page_token,
        )
        return pb.ListCompletionsResponse(
            documents=[translate.completion(c) for c in page.items],
            next_page_token=page.next_page_token,
            total=page.total,
        )

    async def ExportReport(
        self, request: pb.ExportReportRequest, context: object
    ) -> pb.ExportReportResponse:
        kind = translate.report_kind_in(request.kind)
        fmt = (
            reports.ExportFormat.XLSX
            if request.format == pb.EXPORT_FORMAT_XLSX
            else reports.ExportFormat.CSV
        )
        out = await reports.export(
            self._deps, current_principal(), kind, fmt, translate.number_filter(request.filter)
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
                    at=translate.dt(e.at),
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

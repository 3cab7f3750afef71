"""gRPC entrypoint: translation between protobuf and the service layer, nothing else. The
methods are grouped by area (structure_rpcs, campaign_rpcs, and numbers, applications,
completions, reports and audit here)."""

from __future__ import annotations

from typing import TypeVar

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.errors import InvalidArgument
from cpd_platform.mapping import same_named
from cpd_platform.page_replies import page_reply
from pk_regional_svc.domain.application import parse_passport
from pk_regional_svc.domain.completion import DOCUMENT_FIELDS, CompletionInput
from pk_regional_svc.domain.numbers import pool_message
from pk_regional_svc.entrypoints import translate
from pk_regional_svc.entrypoints.campaign_rpcs import CampaignRpcs
from pk_regional_svc.entrypoints.structure_rpcs import StructureRpcs
from pk_regional_svc.entrypoints.with_deps import WithDeps
from pk_regional_svc.service_layer import (
    applications,
    audit_log,
    completions,
    my_status,
    numbers,
    reports,
)
from pk_regional_svc.service_layer.listing import FilteredList
from pk_regional_svc.service_layer.paging import PageOf

T = TypeVar("T")


class NumberRpcs(WithDeps):
    """Numbers, the teacher's status and applications, completions, reports, audit."""

    async def _filtered_page(
        self, list_rows: FilteredList[T], f: pb.ReportFilter, page: pb.Page
    ) -> PageOf[T]:
        return await list_rows(
            self._deps.uow(),
            current_principal(),
            translate.number_filter(f),
            page.page_size,
            page.page_token,
            authz=self._deps.authz,
        )

    async def ListNumbers(
        self, request: pb.ListNumbersRequest, context: object
    ) -> pb.ListNumbersResponse:
        page = await self._filtered_page(numbers.list_numbers, request.filter, request.page)
        return page_reply(pb.ListNumbersResponse, "holdings", page, translate.holding)

    async def RefuseNumber(
        self, request: pb.RefuseNumberRequest, context: object
    ) -> pb.RefuseNumberResponse:
        reason = translate.REFUSAL.get(request.reason)
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
            self._deps.uow(),
            current_principal(),
            request.campaign_id,
            request.school_id,
            authz=self._deps.authz,
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
            decision=translate.DECISION.to_pb(s.decision),
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
            **same_named(request, "phone position subject qualification_category course_id"),
            passport=passport,
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
        page = await self._filtered_page(
            applications.list_applications, request.filter, request.page
        )
        return page_reply(pb.ListApplicationsResponse, "applications", page, translate.application)

    async def RecordCompletion(
        self, request: pb.RecordCompletionRequest, context: object
    ) -> pb.RecordCompletionResponse:
        data = CompletionInput(**same_named(request, DOCUMENT_FIELDS))
        doc, created, closed = await completions.record_completion(
            self._deps.uow(),
            current_principal(),
            request.teacher_id,
            request.campaign_id,
            data,
            authz=self._deps.authz,
            clock=self._deps.clock,
        )
        reply = pb.RecordCompletionResponse(document=translate.completion(doc), created=created)
        if closed is not None:
            reply.holding.CopyFrom(translate.holding(closed))
        return reply

    async def ListCompletions(
        self, request: pb.ListCompletionsRequest, context: object
    ) -> pb.ListCompletionsResponse:
        page = await self._filtered_page(completions.list_completions, request.filter, request.page)
        return page_reply(pb.ListCompletionsResponse, "documents", page, translate.completion)

    async def ListMyCompletions(
        self, request: pb.ListMyCompletionsRequest, context: object
    ) -> pb.ListMyCompletionsResponse:
        documents = await completions.my_completions(self._deps.uow(), current_principal())
        return pb.ListMyCompletionsResponse(documents=[translate.completion(c) for c in documents])

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
            self._deps.uow(),
            current_principal(),
            request.region_code,
            request.municipality_id,
            request.school_id,
            request.actor_person_id,
            request.action,
            request.page.page_size,
            request.page.page_token,
            authz=self._deps.authz,
        )
        return pb.ListAuditEventsResponse(
            events=[translate.audit_event(e) for e in page.items],
            next_page_token=page.next_page_token,
        )


class PkRegionalServicer(
    StructureRpcs, CampaignRpcs, NumberRpcs, pk_regional_pb2_grpc.PkRegionalServiceServicer
):
    pass

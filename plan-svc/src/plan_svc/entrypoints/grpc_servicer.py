"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from collections.abc import Callable

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform.access import Access
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import (
    EnumMapping,
    date_to_pb,
    required_date_from_pb,
    timestamp_to_pb,
)
from plan_svc.adapters.frmr import parse_extract
from plan_svc.adapters.portfolio_pdf import PortfolioRenderer
from plan_svc.adapters.services import (
    CatalogClient,
    IdentityClient,
    NomenclatureCache,
    PortfolioSources,
)
from plan_svc.domain.applications import (
    APPLICATION_NOTE,
    Application,
    ApplicationStatus,
    EventRegistration,
    parse_form,
)
from plan_svc.domain.cycle import Document, DocumentKind
from plan_svc.domain.frmr import FRMR_NOTES, FrmrStatus
from plan_svc.domain.plan import STATUS_LABELS, PlanItemStatus
from plan_svc.domain.progress import Progress
from plan_svc.domain.result_wait import OverdueResult, ResultWait, SupportRequestDraft
from plan_svc.domain.rule_sets import RULE_SETS, RuleSet
from plan_svc.domain.suggestions import Suggestion
from plan_svc.service_layer import (
    applications,
    documents,
    plans,
    portfolio,
    queries,
    results,
    suggestions,
)
from plan_svc.service_layer.ports import PlanUnitOfWorkPort
from plan_svc.service_layer.queries import CycleView, PlanItemView

DOCUMENT_KINDS = EnumMapping(
    DocumentKind,
    plan_pb2.DocumentKind,
    invalid_code="invalid_document_kind",
    message="Укажите вид документа",
)
FRMR = EnumMapping(FrmrStatus, plan_pb2.FrmrStatus, invalid_code="invalid_frmr_status")
PLAN_STATUSES = EnumMapping(
    PlanItemStatus, plan_pb2.PlanItemStatus, invalid_code="invalid_plan_item_status"
)
# A seat still being claimed shows as submitted; a client's "submitted" filter means submitted.
APPLICATION_STATUSES = EnumMapping(
    ApplicationStatus,
    plan_pb2.ApplicationStatus,
    invalid_code="invalid_application_status",
    overrides={ApplicationStatus.PENDING_SEAT: plan_pb2.APPLICATION_STATUS_SUBMITTED},
)

__all__ = ["APPLICATION_NOTE", "PlanServicer"]


def _document(document: Document, frmr: FrmrStatus) -> plan_pb2.Document:
    return plan_pb2.Document(
        id=document.id,
        person_id=document.person_id,
        kind=DOCUMENT_KINDS.to_pb(document.kind),
        specialty_code=document.specialty_code,
        series=document.series,
        number=document.number,
        issued_on=date_to_pb(document.issued_on),
        frmr_status=FRMR.to_pb(frmr),
        frmr_note=FRMR_NOTES[frmr],
    )


def _rule_set(rule_set: RuleSet) -> plan_pb2.RuleSet:
    return plan_pb2.RuleSet(
        code=rule_set.code,
        version=rule_set.version,
        title=rule_set.title,
        source=rule_set.source,
        effective_from=date_to_pb(rule_set.effective_from),
        cycle_years=rule_set.cycle_years,
        target_zet=rule_set.target_zet,
        yearly_program_zet=rule_set.yearly.program_zet if rule_set.yearly else 0,
        yearly_event_and_module_zet=(
            rule_set.yearly.event_and_module_zet if rule_set.yearly else 0
        ),
        program_min_zet=rule_set.program_min_zet,
        event_and_module_cap_zet=rule_set.event_and_module_cap_zet or 0,
    )


def _cycle(view: CycleView) -> plan_pb2.Cycle:
    cycle = view.cycle
    message = plan_pb2.Cycle(
        id=cycle.id,
        person_id=cycle.person_id,
        specialty_code=cycle.specialty_code,
        starts_on=date_to_pb(cycle.starts_on),
        ends_on=date_to_pb(cycle.ends_on),
        rule_set=cycle.rule_set,
        state=view.state.value,
        rule_set_title=RULE_SETS[cycle.rule_set].title,
        rule_set_details=_rule_set(RULE_SETS[cycle.rule_set]),
    )
    if view.document is not None:
        message.document.CopyFrom(_document(view.document, view.frmr))
    return message


def _progress(progress: Progress) -> plan_pb2.Progress:
    return plan_pb2.Progress(
        cycle_id=progress.cycle_id,
        total_zet=progress.total_zet,
        target_zet=progress.target_zet,
        by_kind=[plan_pb2.KindTotal(kind=t.kind.value, zet=t.zet) for t in progress.by_kind],
        credits=[
            plan_pb2.CountedCredit(
                credit_id=c.credit_id,
                element_id=c.element_id,
                kind=c.kind.value,
                zet=c.zet,
                completed_on=date_to_pb(c.completed_on),
                status=c.status.value,
                counted_zet=c.counted_zet,
                cycle_ids=list(c.cycle_ids),
                cycle_year=c.cycle_year,
            )
            for c in progress.credits
        ],
        rule_set=progress.rule_set,
        by_group=[
            plan_pb2.KindGroupProgress(
                group=g.group.value,
                actual_zet=g.actual_zet,
                counted_zet=g.counted_zet,
                recommended_zet=g.recommended_zet,
                missing_zet=g.missing_zet,
                cap_zet=g.cap_zet or 0,
            )
            for g in progress.by_group
        ],
        by_year=[
            plan_pb2.YearProgress(
                year=y.year.number,
                starts_on=date_to_pb(y.year.starts_on),
                ends_on=date_to_pb(y.year.ends_on),
                program_zet=y.program_zet,
                event_and_module_zet=y.event_and_module_zet,
                total_zet=y.total_zet,
                recommended_program_zet=y.recommendation.program_zet if y.recommendation else 0,
                recommended_event_and_module_zet=(
                    y.recommendation.event_and_module_zet if y.recommendation else 0
                ),
                recommended_total_zet=y.recommendation.total_zet if y.recommendation else 0,
                recommendation_met=y.recommendation_met,
                state=y.state.value,
            )
            for y in progress.by_year
        ],
        missing_zet=progress.missing_zet,
        expected_to_date_zet=progress.expected_to_date_zet,
        on_track=progress.on_track,
        complete=progress.complete,
        actual_zet=progress.actual_zet,
        as_of=date_to_pb(progress.as_of),
    )


def _result_wait(wait: ResultWait, draft: SupportRequestDraft | None) -> plan_pb2.ResultWait:
    message = plan_pb2.ResultWait(
        provider_id=wait.provider_id,
        ends_on=date_to_pb(wait.ends_on),
        deadline=date_to_pb(wait.deadline),
        overdue=wait.overdue,
        days_overdue=wait.days_overdue,
    )
    if draft is not None:
        message.support_request.CopyFrom(
            plan_pb2.SupportRequestDraft(
                topic=draft.topic,
                subject=draft.subject,
                text=draft.text,
                context_reference=draft.context_reference,
            )
        )
    return message


def _plan_item(view: PlanItemView, draft: SupportRequestDraft | None = None) -> plan_pb2.PlanItem:
    message = plan_pb2.PlanItem(
        id=view.item.id,
        cycle_id=view.item.cycle_id,
        element_id=view.item.element.element_id,
        element_kind=view.item.element.kind.value,
        status=PLAN_STATUSES.to_pb(view.status),
        status_label=STATUS_LABELS[view.status],
        eligible_cycle_ids=list(view.eligible_cycle_ids),
        planned_cycle_ids=list(view.planned_cycle_ids),
        added_at=timestamp_to_pb(view.item.added_at),
    )
    if view.wait is not None:
        message.result_wait.CopyFrom(_result_wait(view.wait, draft))
    return message


def _application(a: Application) -> plan_pb2.Application:
    return plan_pb2.Application(
        id=a.id,
        person_id=a.person_id,
        program_cycle_id=a.program_cycle_id,
        element_id=a.element_id,
        provider_id=a.provider_id,
        specialty_code=a.specialty_code,
        employment=plan_pb2.Employment(
            kind=a.employment.kind.value,
            organization=a.employment.organization,
            position=a.employment.position,
        ),
        funding_basis=a.funding_basis.value,
        consent_to_share=a.consent_to_share,
        status=APPLICATION_STATUSES.to_pb(a.status),
        decision_reason=a.decision_reason,
        submitted_at=timestamp_to_pb(a.submitted_at),
        decided_at=timestamp_to_pb(a.decided_at),
        starts_on=date_to_pb(a.starts_on),
        ends_on=date_to_pb(a.ends_on),
        reservation_id=a.reservation_id,
    )


def _overdue(result: OverdueResult) -> plan_pb2.OverdueResult:
    wait = result.wait
    message = plan_pb2.OverdueResult(
        deadline=date_to_pb(wait.deadline),
        days_overdue=wait.days_overdue,
        person_id=result.person_id,
        element_id=wait.element_id,
        element_kind=wait.kind.value,
        ends_on=date_to_pb(wait.ends_on),
    )
    if result.application is not None:
        message.application.CopyFrom(_application(result.application))
    if result.registration is not None:
        message.registration.CopyFrom(_registration(result.registration, []))
    return message


def _registration(r: EventRegistration, cycle_ids: list[str]) -> plan_pb2.EventRegistration:
    return plan_pb2.EventRegistration(
        id=r.id,
        person_id=r.person_id,
        element_id=r.element_id,
        status=r.status.value,
        reservation_id=r.reservation_id,
        registered_at=timestamp_to_pb(r.registered_at),
        cycle_ids=cycle_ids,
    )


def _suggestion(s: Suggestion) -> plan_pb2.Suggestion:
    return plan_pb2.Suggestion(
        element_id=s.candidate.element_id,
        kind=s.candidate.kind.value,
        score=s.score,
        reasons=list(s.reasons),
        program_cycle_id=s.candidate.program_cycle_id,
        starts_on=date_to_pb(s.candidate.starts_on),
    )


class PlanServicer(plan_pb2_grpc.PlanServiceServicer):
    def __init__(
        self,
        uow: Callable[[], PlanUnitOfWorkPort],
        catalog: CatalogClient,
        identity: IdentityClient,
        access: Access,
        nomenclature: NomenclatureCache,
        clock: Clock,
        portfolio_sources: PortfolioSources,
        portfolio_renderer: PortfolioRenderer,
    ) -> None:
        self._portfolio_sources = portfolio_sources
        self._portfolio_renderer = portfolio_renderer
        self._uow = uow
        self._catalog = catalog
        self._nomenclature = nomenclature
        self._identity = identity
        self._access = access
        self._clock = clock

    async def ListMyCycles(
        self, request: plan_pb2.ListMyCyclesRequest, context: object
    ) -> plan_pb2.ListMyCyclesResponse:
        views = await queries.list_my_cycles(self._uow(), current_principal(), clock=self._clock)
        return plan_pb2.ListMyCyclesResponse(cycles=[_cycle(v) for v in views])

    async def BatchGetProgress(
        self, request: plan_pb2.BatchGetProgressRequest, context: object
    ) -> plan_pb2.BatchGetProgressResponse:
        progress = await queries.batch_get_progress(
            self._uow(), current_principal(), list(request.cycle_ids), clock=self._clock
        )
        return plan_pb2.BatchGetProgressResponse(progress=[_progress(p) for p in progress])

    async def AddDocument(
        self, request: plan_pb2.AddDocumentRequest, context: object
    ) -> plan_pb2.AddDocumentResponse:
        kind = DOCUMENT_KINDS.from_pb(request.kind)
        _, cycle = await documents.add_document(
            self._uow(),
            current_principal(),
            nomenclature=self._nomenclature,
            clock=self._clock,
            kind=kind,
            specialty_code=request.specialty_code,
            series=request.series,
            number=request.number,
            issued_on=required_date_from_pb(request.issued_on, "issued_on"),
            rule_set_code=request.rule_set,
        )
        # Read back through the same view as ListMyCycles (with the ФРМР status).
        views = await queries.list_my_cycles(self._uow(), current_principal(), clock=self._clock)
        view = next(v for v in views if v.cycle.id == cycle.id)
        assert view.document is not None
        return plan_pb2.AddDocumentResponse(
            document=_document(view.document, view.frmr), cycle=_cycle(view)
        )

    async def LoadRegisterExtract(
        self, request: plan_pb2.LoadRegisterExtractRequest, context: object
    ) -> plan_pb2.LoadRegisterExtractResponse:
        principal = current_principal()
        principal.require_role("admin")
        records = parse_extract(request.content, request.format)
        count = await documents.load_register_extract(self._uow(), principal, records)
        return plan_pb2.LoadRegisterExtractResponse(records=count)

    async def BatchGetPlanItems(
        self, request: plan_pb2.BatchGetPlanItemsRequest, context: object
    ) -> plan_pb2.BatchGetPlanItemsResponse:
        found, drafts = await results.plan_items_with_support_drafts(
            self._uow(),
            current_principal(),
            list(request.cycle_ids),
            catalog=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.BatchGetPlanItemsResponse(
            plans=[
                plan_pb2.CyclePlan(
                    cycle_id=cycle_id,
                    items=[_plan_item(v, drafts.get(v.item.id)) for v in views],
                )
                for cycle_id, views in found.items()
            ]
        )

    async def AddPlanItem(
        self, request: plan_pb2.AddPlanItemRequest, context: object
    ) -> plan_pb2.AddPlanItemResponse:
        view = await plans.add_plan_item(
            self._uow(),
            current_principal(),
            request.cycle_id,
            request.element_id,
            catalog=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.AddPlanItemResponse(item=_plan_item(view))

    async def RemovePlanItem(
        self, request: plan_pb2.RemovePlanItemRequest, context: object
    ) -> plan_pb2.RemovePlanItemResponse:
        removed = await plans.remove_plan_item(
            self._uow(), current_principal(), request.cycle_id, request.element_id
        )
        return plan_pb2.RemovePlanItemResponse(removed=removed)

    async def IsElementPlanned(
        self, request: plan_pb2.IsElementPlannedRequest, context: object
    ) -> plan_pb2.IsElementPlannedResponse:
        cycle_ids = await queries.is_element_planned(
            self._uow(), current_principal(), request.element_id
        )
        return plan_pb2.IsElementPlannedResponse(planned=bool(cycle_ids), cycle_ids=cycle_ids)

    async def SubmitApplication(
        self, request: plan_pb2.SubmitApplicationRequest, context: object
    ) -> plan_pb2.SubmitApplicationResponse:
        form = parse_form(
            program_cycle_id=request.program_cycle_id,
            specialty_code=request.specialty_code,
            employment_kind=request.employment.kind,
            organization=request.employment.organization,
            position=request.employment.position,
            funding_basis=request.funding_basis,
            consent_to_share=request.consent_to_share,
        )
        application = await applications.submit_application(
            self._uow(), current_principal(), form, catalog=self._catalog, clock=self._clock
        )
        return plan_pb2.SubmitApplicationResponse(application=_application(application))

    async def WithdrawApplication(
        self, request: plan_pb2.WithdrawApplicationRequest, context: object
    ) -> plan_pb2.WithdrawApplicationResponse:
        application = await applications.withdraw_application(
            self._uow(),
            current_principal(),
            request.application_id,
            catalog=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.WithdrawApplicationResponse(application=_application(application))

    async def ListMyApplications(
        self, request: plan_pb2.ListMyApplicationsRequest, context: object
    ) -> plan_pb2.ListMyApplicationsResponse:
        found = await applications.list_my_applications(self._uow(), current_principal())
        return plan_pb2.ListMyApplicationsResponse(applications=[_application(a) for a in found])

    async def ListProviderApplications(
        self, request: plan_pb2.ListProviderApplicationsRequest, context: object
    ) -> plan_pb2.ListProviderApplicationsResponse:
        found = await applications.list_provider_applications(
            self._uow(),
            current_principal(),
            request.provider_id,
            APPLICATION_STATUSES.get(request.status),
            access=self._access,
            providers=self._catalog,
        )
        return plan_pb2.ListProviderApplicationsResponse(
            applications=[_application(a) for a in found]
        )

    async def AcceptApplication(
        self, request: plan_pb2.AcceptApplicationRequest, context: object
    ) -> plan_pb2.AcceptApplicationResponse:
        application = await applications.decide_application(
            self._uow(),
            current_principal(),
            request.application_id,
            accept=True,
            reason="",
            catalog=self._catalog,
            access=self._access,
            providers=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.AcceptApplicationResponse(application=_application(application))

    async def RejectApplication(
        self, request: plan_pb2.RejectApplicationRequest, context: object
    ) -> plan_pb2.RejectApplicationResponse:
        application = await applications.decide_application(
            self._uow(),
            current_principal(),
            request.application_id,
            accept=False,
            reason=request.reason,
            catalog=self._catalog,
            access=self._access,
            providers=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.RejectApplicationResponse(application=_application(application))

    async def ListOverdueResults(
        self, request: plan_pb2.ListOverdueResultsRequest, context: object
    ) -> plan_pb2.ListOverdueResultsResponse:
        found = await results.list_overdue_results(
            self._uow(),
            current_principal(),
            request.provider_id,
            access=self._access,
            providers=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.ListOverdueResultsResponse(results=[_overdue(r) for r in found])

    async def RegisterForEvent(
        self, request: plan_pb2.RegisterForEventRequest, context: object
    ) -> plan_pb2.RegisterForEventResponse:
        registration, cycle_ids = await applications.register_for_event(
            self._uow(),
            current_principal(),
            request.element_id,
            list(request.cycle_ids),
            catalog=self._catalog,
            clock=self._clock,
        )
        return plan_pb2.RegisterForEventResponse(
            registration=_registration(registration, cycle_ids)
        )

    async def CancelEventRegistration(
        self, request: plan_pb2.CancelEventRegistrationRequest, context: object
    ) -> plan_pb2.CancelEventRegistrationResponse:
        registration = await applications.cancel_event_registration(
            self._uow(), current_principal(), request.element_id, catalog=self._catalog
        )
        return plan_pb2.CancelEventRegistrationResponse(
            registration=_registration(registration, [])
        )

    async def GetSuggestions(
        self, request: plan_pb2.GetSuggestionsRequest, context: object
    ) -> plan_pb2.GetSuggestionsResponse:
        found = await suggestions.suggestions_for_cycle(
            self._uow(),
            current_principal(),
            request.cycle_id,
            request.limit or 10,
            catalog=self._catalog,
            identity=self._identity,
            clock=self._clock,
        )
        return plan_pb2.GetSuggestionsResponse(
            cycle_id=request.cycle_id, suggestions=[_suggestion(s) for s in found]
        )

    async def GetPortfolio(
        self, request: plan_pb2.GetPortfolioRequest, context: object
    ) -> plan_pb2.GetPortfolioResponse:
        file_name, content = await portfolio.accreditation_portfolio(
            self._uow(),
            current_principal(),
            request.cycle_id,
            catalog=self._catalog,
            sources=self._portfolio_sources,
            specialties=self._nomenclature,
            renderer=self._portfolio_renderer,
            clock=self._clock,
        )
        return plan_pb2.GetPortfolioResponse(
            file_name=file_name, content_type="application/pdf", content=content
        )

    async def ListRuleSets(
        self, request: plan_pb2.ListRuleSetsRequest, context: object
    ) -> plan_pb2.ListRuleSetsResponse:
        current_principal()
        return plan_pb2.ListRuleSetsResponse(
            rule_sets=[_rule_set(r) for r in sorted(RULE_SETS.values(), key=lambda r: r.code)]
        )

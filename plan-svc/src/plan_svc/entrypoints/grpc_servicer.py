"""gRPC entrypoint: translation between protobuf and the service layer, nothing else (the
messages are built in `translate.py`)."""

from __future__ import annotations

from collections.abc import Callable

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform.access import Access
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import required_date_from_pb
from plan_svc.adapters.frmr import parse_extract
from plan_svc.adapters.portfolio_pdf import PortfolioRenderer
from plan_svc.adapters.services import (
    CatalogClient,
    IdentityClient,
    NomenclatureCache,
    PortfolioSources,
)
from plan_svc.domain.applications import Application, parse_form
from plan_svc.domain.rule_sets import RULE_SETS
from plan_svc.entrypoints import translate
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

__all__ = ["PlanServicer"]


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
        found, drafts = await results.my_cycles_with_support_drafts(
            self._uow(),
            current_principal(),
            catalog=self._catalog,
            clock=self._clock,
            include_progress=request.include_progress,
            include_plans=request.include_plans,
        )
        return plan_pb2.ListMyCyclesResponse(
            cycles=[translate.cycle_to_pb(v) for v in found.views],
            progress=[translate.progress_to_pb(p) for p in found.progress or ()],
            plans=translate.cycle_plans_to_pb(found.plans or {}, drafts),
        )

    async def BatchGetProgress(
        self, request: plan_pb2.BatchGetProgressRequest, context: object
    ) -> plan_pb2.BatchGetProgressResponse:
        progress = await queries.batch_get_progress(
            self._uow(), current_principal(), list(request.cycle_ids), clock=self._clock
        )
        return plan_pb2.BatchGetProgressResponse(
            progress=[translate.progress_to_pb(p) for p in progress]
        )

    async def AddDocument(
        self, request: plan_pb2.AddDocumentRequest, context: object
    ) -> plan_pb2.AddDocumentResponse:
        kind = translate.DOCUMENT_KINDS.from_pb(request.kind)
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
            document=translate.document_to_pb(view.document, view.frmr),
            cycle=translate.cycle_to_pb(view),
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
        return plan_pb2.BatchGetPlanItemsResponse(plans=translate.cycle_plans_to_pb(found, drafts))

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
        return plan_pb2.AddPlanItemResponse(item=translate.plan_item_to_pb(view))

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
        return plan_pb2.SubmitApplicationResponse(
            application=translate.application_to_pb(application)
        )

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
        return plan_pb2.WithdrawApplicationResponse(
            application=translate.application_to_pb(application)
        )

    async def ListMyApplications(
        self, request: plan_pb2.ListMyApplicationsRequest, context: object
    ) -> plan_pb2.ListMyApplicationsResponse:
        found = await applications.list_my_applications(self._uow(), current_principal())
        return plan_pb2.ListMyApplicationsResponse(
            applications=[translate.application_to_pb(a) for a in found]
        )

    async def ListProviderApplications(
        self, request: plan_pb2.ListProviderApplicationsRequest, context: object
    ) -> plan_pb2.ListProviderApplicationsResponse:
        found = await applications.list_provider_applications(
            self._uow(),
            current_principal(),
            request.provider_id,
            translate.APPLICATION_STATUSES.get(request.status),
            access=self._access,
            providers=self._catalog,
        )
        return plan_pb2.ListProviderApplicationsResponse(
            applications=[translate.application_to_pb(a) for a in found]
        )

    async def _decide(self, application_id: str, *, accept: bool, reason: str) -> Application:
        return await applications.decide_application(
            self._uow(),
            current_principal(),
            application_id,
            accept=accept,
            reason=reason,
            catalog=self._catalog,
            access=self._access,
            providers=self._catalog,
            clock=self._clock,
        )

    async def AcceptApplication(
        self, request: plan_pb2.AcceptApplicationRequest, context: object
    ) -> plan_pb2.AcceptApplicationResponse:
        application = await self._decide(request.application_id, accept=True, reason="")
        return plan_pb2.AcceptApplicationResponse(
            application=translate.application_to_pb(application)
        )

    async def RejectApplication(
        self, request: plan_pb2.RejectApplicationRequest, context: object
    ) -> plan_pb2.RejectApplicationResponse:
        application = await self._decide(
            request.application_id, accept=False, reason=request.reason
        )
        return plan_pb2.RejectApplicationResponse(
            application=translate.application_to_pb(application)
        )

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
        return plan_pb2.ListOverdueResultsResponse(
            results=[translate.overdue_to_pb(r) for r in found]
        )

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
            registration=translate.registration_to_pb(registration, cycle_ids)
        )

    async def CancelEventRegistration(
        self, request: plan_pb2.CancelEventRegistrationRequest, context: object
    ) -> plan_pb2.CancelEventRegistrationResponse:
        registration = await applications.cancel_event_registration(
            self._uow(), current_principal(), request.element_id, catalog=self._catalog
        )
        return plan_pb2.CancelEventRegistrationResponse(
            registration=translate.registration_to_pb(registration, [])
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
            cycle_id=request.cycle_id, suggestions=[translate.suggestion_to_pb(s) for s in found]
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
            rule_sets=[
                translate.rule_set_to_pb(r)
                for r in sorted(RULE_SETS.values(), key=lambda r: r.code)
            ]
        )

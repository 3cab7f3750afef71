"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from collections.abc import Callable

from catalog_svc.entrypoints.feedback_rpcs import FeedbackRpcs
from catalog_svc.entrypoints.translate import (
    KINDS,
    LEVELS,
    REFERENCE_KINDS,
    SORTS,
    claim_from_pb,
    claim_to_pb,
    cycle_from_pb,
    cycle_to_pb,
    element_from_pb,
    element_to_pb,
    filters_from_pb,
    provider_from_pb,
    provider_to_pb,
    specialty_to_pb,
)
from catalog_svc.service_layer import elements, queries, seats
from catalog_svc.service_layer.authz import Editors
from catalog_svc.service_layer.ports import CatalogUnitOfWorkPort, CreditLedger
from catalog_svc.service_layer.search import search_elements
from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock, SystemClock


class CatalogServicer(FeedbackRpcs, catalog_pb2_grpc.CatalogServiceServicer):
    def __init__(
        self,
        uow: Callable[[], CatalogUnitOfWorkPort],
        editors: Editors,
        *,
        credits: CreditLedger,
        seat_agents: frozenset[str] = frozenset(),
        clock: Clock | None = None,
    ) -> None:
        super().__init__(uow, editors, credits, clock or SystemClock())
        self._uow = uow
        self._editors = editors
        self._seat_agents = seat_agents
        self._known_specialties: set[str] = set()

    async def ListSpecialties(
        self, request: catalog_pb2.ListSpecialtiesRequest, context: object
    ) -> catalog_pb2.ListSpecialtiesResponse:
        # EDUCATION_LEVEL_UNSPECIFIED (or an unknown value) means "every level".
        level = LEVELS.get(request.level)
        specialties = await queries.list_specialties(self._uow(), level)
        return catalog_pb2.ListSpecialtiesResponse(
            specialties=[specialty_to_pb(s) for s in specialties]
        )

    async def BatchGetSpecialties(
        self, request: catalog_pb2.BatchGetSpecialtiesRequest, context: object
    ) -> catalog_pb2.BatchGetSpecialtiesResponse:
        specialties = await queries.batch_get_specialties(self._uow(), list(request.codes))
        return catalog_pb2.BatchGetSpecialtiesResponse(
            specialties=[specialty_to_pb(s) for s in specialties]
        )

    async def ListReference(
        self, request: catalog_pb2.ListReferenceRequest, context: object
    ) -> catalog_pb2.ListReferenceResponse:
        kind = REFERENCE_KINDS.from_pb(request.kind)
        items = await queries.list_reference(self._uow(), kind)
        return catalog_pb2.ListReferenceResponse(
            items=[catalog_pb2.ReferenceItem(code=i.code, name=i.name) for i in items]
        )

    async def BatchGetElements(
        self, request: catalog_pb2.BatchGetElementsRequest, context: object
    ) -> catalog_pb2.BatchGetElementsResponse:
        elements = await queries.batch_get_elements(self._uow(), list(request.ids))
        return catalog_pb2.BatchGetElementsResponse(elements=[element_to_pb(e) for e in elements])

    async def BatchGetProgramCycles(
        self, request: catalog_pb2.BatchGetProgramCyclesRequest, context: object
    ) -> catalog_pb2.BatchGetProgramCyclesResponse:
        cycles = await queries.batch_get_program_cycles(self._uow(), list(request.ids))
        return catalog_pb2.BatchGetProgramCyclesResponse(cycles=[cycle_to_pb(c) for c in cycles])

    async def SearchElements(
        self, request: catalog_pb2.SearchElementsRequest, context: object
    ) -> catalog_pb2.SearchElementsResponse:
        sort = SORTS.get(request.sort)
        page = await search_elements(
            self._uow(),
            filters_from_pb(request),
            sort,
            request.page_size,
            request.page_token,
            known_specialties=self._known_specialties,
        )
        return catalog_pb2.SearchElementsResponse(
            elements=[element_to_pb(e) for e in page.elements],
            next_page_token=page.next_page_token,
            counts=[
                catalog_pb2.KindCount(kind=KINDS.to_pb(kind), count=page.counts.get(kind, 0))
                for kind in KINDS
            ],
            total=page.total,
            counts_capped=page.counts_capped,
        )

    async def GetProviderByClient(
        self, request: catalog_pb2.GetProviderByClientRequest, context: object
    ) -> catalog_pb2.GetProviderByClientResponse:
        provider = await queries.get_provider_by_client(
            self._uow(), current_principal(), request.client_id
        )
        return catalog_pb2.GetProviderByClientResponse(provider=provider_to_pb(provider))

    async def BatchGetProviders(
        self, request: catalog_pb2.BatchGetProvidersRequest, context: object
    ) -> catalog_pb2.BatchGetProvidersResponse:
        providers = await queries.batch_get_providers(self._uow(), list(request.ids))
        return catalog_pb2.BatchGetProvidersResponse(
            providers=[provider_to_pb(p) for p in providers]
        )

    async def SaveProvider(
        self, request: catalog_pb2.SaveProviderRequest, context: object
    ) -> catalog_pb2.SaveProviderResponse:
        provider = await elements.save_provider(
            self._uow(), current_principal(), provider_from_pb(request.provider)
        )
        return catalog_pb2.SaveProviderResponse(provider=provider_to_pb(provider, with_client=True))

    async def CreateElement(
        self, request: catalog_pb2.CreateElementRequest, context: object
    ) -> catalog_pb2.CreateElementResponse:
        element = await elements.create_element(
            self._uow(),
            current_principal(),
            element_from_pb(request.element),
            editors=self._editors,
        )
        return catalog_pb2.CreateElementResponse(element=element_to_pb(element))

    async def UpdateElement(
        self, request: catalog_pb2.UpdateElementRequest, context: object
    ) -> catalog_pb2.UpdateElementResponse:
        element = await elements.update_element(
            self._uow(),
            current_principal(),
            element_from_pb(request.element, kind_required=False),
            editors=self._editors,
        )
        return catalog_pb2.UpdateElementResponse(element=element_to_pb(element))

    async def PublishElement(
        self, request: catalog_pb2.PublishElementRequest, context: object
    ) -> catalog_pb2.PublishElementResponse:
        element = await elements.publish_element(
            self._uow(), current_principal(), request.element_id, editors=self._editors
        )
        return catalog_pb2.PublishElementResponse(element=element_to_pb(element))

    async def WithdrawElement(
        self, request: catalog_pb2.WithdrawElementRequest, context: object
    ) -> catalog_pb2.WithdrawElementResponse:
        element = await elements.withdraw_element(
            self._uow(), current_principal(), request.element_id, editors=self._editors
        )
        return catalog_pb2.WithdrawElementResponse(element=element_to_pb(element))

    async def SaveProgramCycle(
        self, request: catalog_pb2.SaveProgramCycleRequest, context: object
    ) -> catalog_pb2.SaveProgramCycleResponse:
        cycle = await elements.save_program_cycle(
            self._uow(), current_principal(), cycle_from_pb(request.cycle), editors=self._editors
        )
        return catalog_pb2.SaveProgramCycleResponse(cycle=cycle_to_pb(cycle))

    async def UpsertElements(
        self, request: catalog_pb2.UpsertElementsRequest, context: object
    ) -> catalog_pb2.UpsertElementsResponse:
        items = [(element_from_pb(i.element), i.publish) for i in request.items]
        outcomes = await elements.upsert_elements(self._uow(), current_principal(), items)
        return catalog_pb2.UpsertElementsResponse(
            outcomes=[
                catalog_pb2.UpsertOutcome(
                    external_id=o.external_id,
                    element_id=o.element_id,
                    created=o.created,
                    error_code=o.error.code if o.error else "",
                    error_message=o.error.message if o.error else "",
                )
                for o in outcomes
            ]
        )

    async def ReserveSeats(
        self, request: catalog_pb2.ReserveSeatsRequest, context: object
    ) -> catalog_pb2.ReserveSeatsResponse:
        reservation = await seats.reserve(
            self._uow(),
            current_principal(),
            [claim_from_pb(c) for c in request.claims],
            request.holder,
            request.idempotency_key,
        )
        return catalog_pb2.ReserveSeatsResponse(
            reservation_id=reservation.id, claims=[claim_to_pb(c) for c in reservation.claims]
        )

    async def ReleaseSeats(
        self, request: catalog_pb2.ReleaseSeatsRequest, context: object
    ) -> catalog_pb2.ReleaseSeatsResponse:
        released = await seats.release(
            self._uow(),
            current_principal(),
            request.idempotency_key,
            editors=self._editors,
            seat_agents=self._seat_agents,
        )
        return catalog_pb2.ReleaseSeatsResponse(released=released)

"""Catalog queries: reference data, the search with filters and tabs, one element."""

from __future__ import annotations

import strawberry

from cpd.catalog.v1 import catalog_pb2
from gateway.errors import GatewayError
from gateway.schema.catalog.types import (
    CatalogConnection,
    CatalogEdge,
    CatalogFilters,
    CatalogSort,
    EducationLevel,
    Element,
    ElementKind,
    KindCount,
    PageInfo,
    ReferenceItem,
    ReferenceKind,
    Specialty,
)
from gateway.schema.common import GatewayInfo


def search_request(
    query: str,
    filters: CatalogFilters | None,
    sort: CatalogSort | None,
    first: int,
    after: str | None,
) -> catalog_pb2.SearchElementsRequest:
    request = catalog_pb2.SearchElementsRequest(
        query=query,
        sort=sort.value if sort else catalog_pb2.SEARCH_SORT_UNSPECIFIED,
        page_size=first,
        page_token=after or "",
    )
    if filters is None:
        return request
    request.kind = filters.kind.value if filters.kind else catalog_pb2.ELEMENT_KIND_UNSPECIFIED
    request.specialty_code = filters.specialty_code or ""
    request.region_code = filters.region_code or ""
    request.provider_id = str(filters.provider_id or "")
    request.starts_from = filters.starts_from.isoformat() if filters.starts_from else ""
    request.starts_to = filters.starts_to.isoformat() if filters.starts_to else ""
    request.form_of_study = filters.form_of_study or ""
    request.funding_basis = (
        filters.funding_basis.value
        if filters.funding_basis
        else catalog_pb2.FUNDING_BASIS_UNSPECIFIED
    )
    if filters.zet_min is not None:
        request.zet_min = filters.zet_min
    if filters.zet_max is not None:
        request.zet_max = filters.zet_max
    request.min_rating = filters.min_rating or 0.0
    request.price = filters.price.value if filters.price else catalog_pb2.PRICE_FILTER_UNSPECIFIED
    request.with_free_seats = filters.with_free_seats
    request.audience = filters.audience or ""
    request.subject_code = filters.subject_code or ""
    return request


@strawberry.type
class CatalogQuery:
    @strawberry.field(description="Справочник специальностей")
    async def specialties(
        self, info: GatewayInfo, level: EducationLevel | None = None
    ) -> list[Specialty]:
        ctx = info.context
        request = catalog_pb2.ListSpecialtiesRequest(
            level=level.value if level else catalog_pb2.EDUCATION_LEVEL_UNSPECIFIED
        )
        reply = await ctx.backends.call(ctx.backends.catalog.ListSpecialties, request, ctx.metadata)
        for specialty in reply.specialties:
            ctx.loaders.specialty.prime(specialty.code, specialty)
        return [Specialty.from_pb(s) for s in reply.specialties]

    @strawberry.field(
        description="Справочники: регионы, источники финансирования, формы обучения, форматы"
        " мероприятий, виды модулей, предметы педагогов"
    )
    async def reference(self, info: GatewayInfo, kind: ReferenceKind) -> list[ReferenceItem]:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.catalog.ListReference,
            catalog_pb2.ListReferenceRequest(kind=kind.value),
            ctx.metadata,
        )
        return [ReferenceItem(code=i.code, name=i.name) for i in reply.items]

    @strawberry.field(
        description="Поиск по каталогу: полнотекстовый (русская морфология, опечатки в"
        " названиях), фильтры, сортировка, постраничный курсор, число элементов по видам"
    )
    async def catalog(
        self,
        info: GatewayInfo,
        query: str = "",
        filters: CatalogFilters | None = None,
        sort: CatalogSort | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> CatalogConnection:
        ctx = info.context
        reply = await ctx.backends.call(
            ctx.backends.catalog.SearchElements,
            search_request(query, filters, sort, first, after),
            ctx.metadata,
        )
        for element in reply.elements:
            ctx.loaders.element.prime(element.id, element)
        last = len(reply.elements) - 1
        return CatalogConnection(
            edges=[
                # The service's keyset cursor points after the page: only the last edge has one.
                CatalogEdge(
                    cursor=reply.next_page_token if i == last else "", node=Element.from_pb(e)
                )
                for i, e in enumerate(reply.elements)
            ],
            page_info=PageInfo(
                has_next_page=bool(reply.next_page_token),
                end_cursor=reply.next_page_token or None,
            ),
            counts_by_kind=[
                KindCount(kind=ElementKind(c.kind), count=c.count) for c in reply.counts
            ],
            total_count=reply.total,
            counts_capped=reply.counts_capped,
        )

    @strawberry.field(description="Элемент обучения (в том числе снятый с публикации)")
    async def element(self, info: GatewayInfo, id: strawberry.ID) -> Element:
        found = await info.context.loaders.element.load(str(id))
        if found is None:
            raise GatewayError("element_not_found", "Элемент не найден")
        return Element.from_pb(found)

"""Catalog queries: reference data, the search with filters and tabs, one element."""

from __future__ import annotations

from typing import Annotated

import strawberry

from cpd.catalog.v1 import catalog_pb2
from gateway.errors import GatewayError
from gateway.mapping import AfterCursor, call, call_list, page_of, to_message
from gateway.schema.catalog.arguments import ElementId
from gateway.schema.catalog.types import (
    CatalogConnection,
    CatalogFilters,
    CatalogSort,
    EducationLevel,
    Element,
    KindCount,
    ReferenceItem,
    ReferenceKind,
    Specialty,
)
from gateway.schema.common import GatewayInfo

DEFAULT_PAGE_SIZE = 20


def search_request(
    query: str,
    filters: CatalogFilters | None,
    sort: CatalogSort | None,
    first: int,
    after: str | None,
) -> catalog_pb2.SearchElementsRequest:
    return to_message(
        filters or CatalogFilters(),
        catalog_pb2.SearchElementsRequest,
        query=query,
        sort=sort.value if sort else catalog_pb2.SEARCH_SORT_UNSPECIFIED,
        page_size=first,
        page_token=after or "",
    )


@strawberry.type
class CatalogQuery:
    @strawberry.field(description="The nomenclature of specialties, by code.")
    async def specialties(
        self,
        info: GatewayInfo,
        level: Annotated[
            EducationLevel | None,
            strawberry.argument(description="Only this level of education; both when null."),
        ] = None,
    ) -> list[Specialty]:
        request = catalog_pb2.ListSpecialtiesRequest(
            level=level.value if level else catalog_pb2.EDUCATION_LEVEL_UNSPECIFIED
        )
        reply = await call(info, info.context.backends.catalog.ListSpecialties, request)
        for specialty in reply.specialties:
            info.context.loaders.specialty.prime(specialty.code, specialty)
        return [Specialty.from_pb(s) for s in reply.specialties]

    @strawberry.field(
        description="A reference list (regions, funding bases, forms of study, event formats,"
        " module kinds, teachers' subjects): the codes other fields and filters use."
    )
    async def reference(
        self,
        info: GatewayInfo,
        kind: Annotated[ReferenceKind, strawberry.argument(description="Which list.")],
    ) -> list[ReferenceItem]:
        return await call_list(
            info,
            info.context.backends.catalog.ListReference,
            catalog_pb2.ListReferenceRequest(kind=kind.value),
            ReferenceItem,
            "items",
        )

    @strawberry.field(
        description="The catalog search over published elements: Russian full-text search"
        " (morphology, typos in titles), filters, order, pages, and counts per kind for tabs."
    )
    async def catalog(
        self,
        info: GatewayInfo,
        query: Annotated[
            str,
            strawberry.argument(
                description="Free text (websearch syntax: quotes, OR, -word), at most 200"
                " characters; empty lists everything that matches the filters."
            ),
        ] = "",
        filters: Annotated[
            CatalogFilters | None, strawberry.argument(description="Filters; none when null.")
        ] = None,
        sort: Annotated[
            CatalogSort | None, strawberry.argument(description="Order; relevance when null.")
        ] = None,
        first: Annotated[
            int, strawberry.argument(description="Page size, 1 to 100.")
        ] = DEFAULT_PAGE_SIZE,
        after: AfterCursor = None,
    ) -> CatalogConnection:
        reply = await call(
            info,
            info.context.backends.catalog.SearchElements,
            search_request(query, filters, sort, first, after),
        )
        for element in reply.elements:
            info.context.loaders.element.prime(element.id, element)
        return CatalogConnection(
            **page_of([Element.from_pb(e) for e in reply.elements], reply, after),
            total_count=reply.total,
            counts_by_kind=[KindCount.from_pb(c) for c in reply.counts],
            counts_capped=reply.counts_capped,
        )

    @strawberry.field(description="One element by id, withdrawn ones included.")
    async def element(
        self,
        info: GatewayInfo,
        id: ElementId,
    ) -> Element:
        found = await info.context.loaders.element.load(str(id))
        if found is None:
            raise GatewayError("element_not_found", "Элемент не найден")
        return Element.from_pb(found)

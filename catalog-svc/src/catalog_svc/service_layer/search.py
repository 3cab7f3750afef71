"""Catalog search: checks the request, finds a page of published elements (the SQL lives in
`adapters/search_repository.py`) and loads them."""

from __future__ import annotations

from dataclasses import dataclass

from catalog_svc.domain.element import Element, ElementKind
from catalog_svc.domain.search import (
    COUNT_CAP,
    SearchFilters,
    SearchSort,
    effective_sort,
    page_size_of,
)
from catalog_svc.service_layer.ports import CatalogUnitOfWorkPort
from cpd_platform.errors import InvalidArgument


@dataclass(frozen=True, slots=True)
class SearchPage:
    elements: list[Element]
    next_page_token: str
    counts: dict[ElementKind, int]
    total: int
    counts_capped: bool = False


async def search_elements(
    uow: CatalogUnitOfWorkPort,
    filters: SearchFilters,
    sort: SearchSort | None,
    page_size: int,
    page_token: str,
    *,
    known_specialties: set[str],
) -> SearchPage:
    """`known_specialties` remembers the codes already checked (reference data never loses a
    code), so a repeated filter costs no query."""
    filters.validate()
    size = page_size_of(page_size)
    order = effective_sort(sort, filters.query)
    async with uow:
        code = filters.specialty_code
        if code and code not in known_specialties:
            if await uow.specialties.unknown([code]):
                raise InvalidArgument("unknown_specialty", f"Неизвестная специальность: {code}")
            known_specialties.add(code)
        hits = await uow.search.find(filters, order, size, page_token)
        found = {e.id: e for e in await uow.elements.get_many(hits.ids)}
    counts = hits.counts
    total = counts.get(filters.kind, 0) if filters.kind else sum(counts.values())
    return SearchPage(
        elements=[found[i] for i in hits.ids if i in found],
        next_page_token=hits.next_cursor.encode() if hits.next_cursor else "",
        counts=counts,
        total=total,
        counts_capped=sum(counts.values()) > COUNT_CAP,
    )

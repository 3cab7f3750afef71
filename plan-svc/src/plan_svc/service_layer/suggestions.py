"""What to take next in a cycle: candidates from catalog-svc's search, ranked here."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence

from cpd.catalog.v1 import catalog_pb2
from cpd_platform.clock import Clock
from cpd_platform.principal import Principal
from plan_svc.adapters.services import (
    CatalogClient,
    CatalogElement,
    IdentityClient,
    candidates_from,
)
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.progress import Progress
from plan_svc.domain.rule_sets import KindGroup
from plan_svc.domain.suggestions import Suggestion, SuggestionContext, rank
from plan_svc.service_layer.ports import PlanUnitOfWorkPort
from plan_svc.service_layer.queries import batch_get_progress, own_cycle

SEARCH_PAGE = 50
MAX_LIMIT = 50


async def suggestions_for_cycle(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    cycle_id: str,
    limit: int,
    *,
    catalog: CatalogClient,
    identity: IdentityClient,
    clock: Clock,
) -> list[Suggestion]:
    today = clock.today()
    async with uow:
        cycle = await own_cycle(uow, principal, cycle_id)
        items = await uow.plans.for_persons([cycle.person_id])
        applications = await uow.applications.for_persons([cycle.person_id])
    (progress,) = await batch_get_progress(uow, principal, [cycle_id], clock=clock)
    missing = missing_by_group(progress)
    if not any(missing.values()):
        return []
    kinds = [kind for kind in CreditKind if missing.get(kind.group, 0) > 0]
    searches: list[Awaitable[Sequence[tuple[CatalogElement, catalog_pb2.Element | None]]]] = [
        catalog.search_programs_with_cycles(cycle.specialty_code, today, SEARCH_PAGE)
        if kind == CreditKind.PROGRAM
        else _without_pb(
            catalog.search(
                specialty_code=cycle.specialty_code,
                kind=kind,
                starts_from=today if kind == CreditKind.EVENT else None,
                page_size=SEARCH_PAGE,
            )
        )
        for kind in kinds
    ]
    found, region = await asyncio.gather(asyncio.gather(*searches), identity.my_region())
    elements = [pair for batch in found for pair in batch]
    preferred = {a.provider_id for a in applications} | {
        i.element.provider_id for i in items if i.element.provider_id
    }
    context = SuggestionContext(
        missing=missing,
        person_region=region,
        preferred_providers=frozenset(preferred),
        excluded_elements=frozenset(i.element.element_id for i in items if i.cycle_id == cycle_id)
        | frozenset(c.element_id for c in progress.credits),
        today=today,
    )
    return rank(candidates_from(elements, today), context, min(max(limit, 1), MAX_LIMIT))


async def _without_pb(
    search: Awaitable[list[CatalogElement]],
) -> list[tuple[CatalogElement, catalog_pb2.Element | None]]:
    elements = await search
    return [(e, None) for e in elements]


def missing_by_group(progress: Progress) -> dict[KindGroup, int]:
    return {g.group: g.missing_zet for g in progress.by_group}

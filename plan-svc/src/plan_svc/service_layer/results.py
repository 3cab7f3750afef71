"""Use cases around results people wait for: the support request of an overdue plan item and
the provider's list of overdue results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cpd_platform.access import Access
from cpd_platform.clock import Clock
from cpd_platform.principal import Principal
from plan_svc.domain.result_wait import (
    OverdueResult,
    ResultWait,
    SupportRequestDraft,
    overdue_candidates_ended_by,
    overdue_results,
    support_request_draft,
)
from plan_svc.service_layer.applications import wanted_providers
from plan_svc.service_layer.ports import ElementCatalog, PlanUnitOfWorkPort, ProviderDirectory
from plan_svc.service_layer.queries import (
    MyCycles,
    PlanItemView,
    batch_get_plan_items,
    my_cycles,
)

MAX_OVERDUE = 1000


async def support_drafts(
    waits: Sequence[tuple[str, ResultWait]], *, catalog: ElementCatalog
) -> dict[str, SupportRequestDraft]:
    """Drafts for the overdue waits among (plan item id, wait), by plan item id; the catalog
    names the element and its provider (ids stand in when it no longer has the element)."""
    overdue = [(item_id, wait) for item_id, wait in waits if wait.overdue]
    if not overdue:
        return {}
    elements = await catalog.elements({wait.element_id for _, wait in overdue})
    drafts = {}
    for item_id, wait in overdue:
        element = elements.get(wait.element_id)
        drafts[item_id] = support_request_draft(
            wait,
            element_title=element.title if element else "",
            provider_name=element.provider_name if element else "",
            context_reference=f"plan_item:{item_id}",
        )
    return drafts


async def _drafts_of_plans(
    plans: Mapping[str, Sequence[PlanItemView]], *, catalog: ElementCatalog
) -> dict[str, SupportRequestDraft]:
    """The drafts of the overdue items of plans (lists of plan items by cycle id)."""
    waits = [(v.item.id, v.wait) for views in plans.values() for v in views if v.wait]
    return await support_drafts(waits, catalog=catalog)


async def plan_items_with_support_drafts(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    cycle_ids: list[str],
    *,
    catalog: ElementCatalog,
    clock: Clock,
) -> tuple[dict[str, list[PlanItemView]], dict[str, SupportRequestDraft]]:
    """BatchGetPlanItems: the plans of the cycles and the drafts of their overdue items."""
    plans = await batch_get_plan_items(uow, principal, cycle_ids, clock=clock)
    return plans, await _drafts_of_plans(plans, catalog=catalog)


async def my_cycles_with_support_drafts(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    *,
    catalog: ElementCatalog,
    clock: Clock,
    include_progress: bool,
    include_plans: bool,
) -> tuple[MyCycles, dict[str, SupportRequestDraft]]:
    """ListMyCycles: the caller's cycles (with their progress and plans when asked) and the
    drafts of their overdue plan items."""
    found = await my_cycles(
        uow,
        principal,
        clock=clock,
        include_progress=include_progress,
        include_plans=include_plans,
    )
    return found, await _drafts_of_plans(found.plans or {}, catalog=catalog)


async def list_overdue_results(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    provider_id: str,
    *,
    access: Access,
    providers: ProviderDirectory,
    clock: Clock,
) -> list[OverdueResult]:
    """Results the caller's providers owe past the posting deadline, oldest end first."""
    wanted = await wanted_providers(principal, provider_id, access=access, providers=providers)
    today = clock.today()
    ended_by = overdue_candidates_ended_by(today)
    async with uow:
        programs = await uow.awaited.programs(wanted, ended_by, MAX_OVERDUE)
        events = await uow.awaited.events(wanted, ended_by, MAX_OVERDUE)
    return overdue_results(programs, events, today)[:MAX_OVERDUE]

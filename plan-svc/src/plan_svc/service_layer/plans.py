"""Use cases of plan items."""

from __future__ import annotations

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition
from cpd_platform.principal import Principal
from plan_svc.adapters.services import CatalogElement
from plan_svc.domain.plan import check_can_plan
from plan_svc.service_layer.ports import PlanUnitOfWorkPort, SeatCatalog
from plan_svc.service_layer.queries import PlanItemView, batch_get_plan_items, own_cycle


def check_plannable(element: CatalogElement) -> None:
    if element.status == "withdrawn":
        raise FailedPrecondition("element_withdrawn", "Элемент снят с публикации")


async def add_plan_item(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    cycle_id: str,
    element_id: str,
    *,
    catalog: SeatCatalog,
    clock: Clock,
) -> PlanItemView:
    element = await catalog.element(element_id)
    check_plannable(element)
    async with uow:
        person_id = principal.require_person()
        await uow.lock_person(person_id)
        cycle = await own_cycle(uow, principal, cycle_id)
        check_can_plan(cycle, element.facts, clock.today())
        await uow.plans.add_if_absent(cycle, element.facts)
        await uow.commit()
    views = await batch_get_plan_items(uow, principal, [cycle_id], clock=clock)
    return next(v for v in views[cycle_id] if v.item.element.element_id == element_id)


async def remove_plan_item(
    uow: PlanUnitOfWorkPort, principal: Principal, cycle_id: str, element_id: str
) -> bool:
    async with uow:
        await own_cycle(uow, principal, cycle_id)
        removed = await uow.plans.remove(cycle_id, element_id)
        await uow.commit()
    return removed

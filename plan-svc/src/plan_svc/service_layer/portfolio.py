"""The accreditation portfolio of one of the caller's cycles, rendered as a PDF."""

from __future__ import annotations

import asyncio
from typing import Protocol

from cpd_platform.clock import Clock
from cpd_platform.errors import NotFound
from cpd_platform.principal import Principal
from plan_svc.domain.portfolio import ElementDetails, Portfolio, PortfolioPerson, build_portfolio
from plan_svc.domain.rule_sets import RULE_SETS
from plan_svc.domain.specialties import NomenclatureSpecialty
from plan_svc.service_layer.ports import ElementCatalog, PlanUnitOfWorkPort
from plan_svc.service_layer.queries import batch_get_progress, list_my_cycles


class PortfolioSources(Protocol):
    """identity-svc and credits-svc, asked with the caller's token."""

    async def person(self) -> PortfolioPerson: ...

    async def document_numbers(self) -> dict[str, str]: ...


class Specialties(Protocol):
    async def specialty(self, code: str) -> NomenclatureSpecialty | None: ...


class PortfolioRendering(Protocol):
    def render(self, portfolio: Portfolio) -> bytes: ...


async def accreditation_portfolio(
    uow: PlanUnitOfWorkPort,
    principal: Principal,
    cycle_id: str,
    *,
    catalog: ElementCatalog,
    sources: PortfolioSources,
    specialties: Specialties,
    renderer: PortfolioRendering,
    clock: Clock,
) -> tuple[str, bytes]:
    """(file name, PDF) of the caller's cycle; NotFound for another person's or an unknown one."""
    views = await list_my_cycles(uow, principal, clock=clock)
    view = next((v for v in views if v.cycle.id == cycle_id), None)
    if view is None:
        raise NotFound("cycle_not_found", "Цикл не найден")
    (progress,) = await batch_get_progress(uow, principal, [cycle_id], clock=clock)
    found = await catalog.elements({c.element_id for c in progress.credits})
    specialty = await specialties.specialty(view.cycle.specialty_code)
    portfolio = build_portfolio(
        person=await sources.person(),
        specialty_name=specialty.name if specialty else "",
        cycle=view.cycle,
        document=view.document,
        frmr=view.frmr,
        rule_set=RULE_SETS[view.cycle.rule_set],
        progress=progress,
        elements={
            element_id: ElementDetails(e.title, e.provider_name, e.facts.starts_on, e.facts.ends_on)
            for element_id, e in found.items()
        },
        document_numbers=await sources.document_numbers(),
    )
    # Setting a PDF is CPU work: off the event loop.
    return portfolio.file_name, await asyncio.to_thread(renderer.render, portfolio)

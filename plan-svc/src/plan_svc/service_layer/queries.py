"""Use cases that read cycles and progress. Authorisation is decided here, by the data's owner."""

from __future__ import annotations

from cpd_platform.auth import Principal
from cpd_platform.db import UnitOfWork
from cpd_platform.errors import PermissionDenied
from plan_svc.adapters.repository import CycleCreditRepository, CycleRepository
from plan_svc.domain.cycle import Cycle, may_read_cycle
from plan_svc.domain.progress import Progress, compute_progress
from plan_svc.domain.rule_sets import RULE_SETS

MAX_BATCH = 1000


async def list_my_cycles(uow: UnitOfWork, principal: Principal) -> list[Cycle]:
    person_id = principal.require_person()
    async with uow:
        return await CycleRepository(uow.session).list_for_person(person_id)


async def batch_get_progress(
    uow: UnitOfWork, principal: Principal, cycle_ids: list[str]
) -> list[Progress]:
    """Progress of the known cycles among `cycle_ids`, in the order asked; unknown ids are skipped."""
    wanted = list(dict.fromkeys(cycle_ids[:MAX_BATCH]))
    async with uow:
        cycles = {c.id: c for c in await CycleRepository(uow.session).get_many(wanted)}
        if any(not may_read_cycle(principal, cycle) for cycle in cycles.values()):
            raise PermissionDenied("forbidden", "Можно просматривать только свои циклы")
        credits = await CycleCreditRepository(uow.session).for_cycles(list(cycles))
    return [
        compute_progress(cycle, RULE_SETS[cycle.rule_set], credits[cycle.id])
        for cycle in (cycles[cycle_id] for cycle_id in wanted if cycle_id in cycles)
    ]

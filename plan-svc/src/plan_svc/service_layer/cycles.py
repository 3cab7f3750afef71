"""Use cases that open cycles."""

from __future__ import annotations

from datetime import date

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import InvalidArgument
from plan_svc.adapters.repository import CycleRepository
from plan_svc.domain.cycle import Cycle, DocumentKind, open_cycle
from plan_svc.domain.rule_sets import RULE_SETS


async def open_cycle_if_absent(
    uow: UnitOfWork,
    *,
    cycle_id: str,
    person_id: str,
    specialty_code: str,
    document_kind: DocumentKind,
    document_date: date,
    rule_set_code: str,
) -> Cycle:
    rule_set = RULE_SETS.get(rule_set_code)
    if rule_set is None:
        raise InvalidArgument("unknown_rule_set", "Неизвестный набор правил")
    cycle = open_cycle(
        cycle_id=cycle_id,
        person_id=person_id,
        specialty_code=specialty_code,
        document_kind=document_kind,
        document_date=document_date,
        rule_set=rule_set,
    )
    async with uow:
        await CycleRepository(uow.session).add_if_absent(cycle)
        await uow.commit()
    return cycle

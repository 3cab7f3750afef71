"""Demo data for the local run: the demo specialist's cycle."""

from __future__ import annotations

from cpd_platform import demo
from plan_svc.domain.cycle import DocumentKind
from plan_svc.domain.rule_sets import NMO_250
from plan_svc.service_layer.documents import open_cycle_if_absent
from plan_svc.service_layer.ports import PlanUnitOfWorkPort


async def seed_demo(uow: PlanUnitOfWorkPort) -> None:
    await open_cycle_if_absent(
        uow,
        cycle_id=demo.SPECIALIST_CYCLE_ID,
        person_id=demo.SPECIALIST_PERSON_ID,
        specialty_code=demo.SPECIALIST_SPECIALTY,
        document_kind=DocumentKind.ACCREDITATION_PRIMARY,
        document_date=demo.SPECIALIST_CYCLE_STARTS_ON,
        rule_set_code=NMO_250.code,
    )

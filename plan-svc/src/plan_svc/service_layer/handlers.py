"""Event handlers: keep the credit projection in step with credits-svc's ledger.

Each handler claims the event id in the same transaction as its change, so a redelivered
event is applied once (and applying it twice would change nothing anyway).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from plan_svc.domain.credits import RecordedCredit
from plan_svc.service_layer.messages import CreditEventConsumer, CreditVoided
from plan_svc.service_layer.ports import PlanUnitOfWorkPort

CONSUMER_GROUP = "plan-svc"


class CreditEventHandler(CreditEventConsumer):
    log = logging.getLogger("plan_svc.handlers")

    def __init__(self, uow: Callable[[], PlanUnitOfWorkPort]) -> None:
        self._uow = uow

    async def recorded(self, event_id: str, credit: RecordedCredit) -> None:
        async with self._uow() as uow:
            await uow.projection.lock(exclusive=False)
            if not await uow.projection.claim_event(CONSUMER_GROUP, event_id):
                return
            await uow.projection.record(credit)
            await uow.commit()

    async def voided(self, event_id: str, voided: CreditVoided) -> None:
        async with self._uow() as uow:
            await uow.projection.lock(exclusive=False)
            if not await uow.projection.claim_event(CONSUMER_GROUP, event_id):
                return
            await uow.projection.void(voided.credit_id, voided.person_id)
            await uow.commit()

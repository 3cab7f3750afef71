"""Event handlers: keep the credit projection in step with credits-svc's ledger.

Each handler claims the event id in the same transaction as its change, so a redelivered
event is applied once (and applying it twice would change nothing anyway).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from cpd_platform.consumer import Event
from plan_svc.domain.credits import RecordedCredit
from plan_svc.service_layer.messages import (
    CREDITS_RECORDED,
    CREDITS_VOIDED,
    CreditVoided,
    InvalidPayload,
    parse_credit_recorded,
    parse_credit_voided,
)
from plan_svc.service_layer.ports import PlanUnitOfWorkPort

CONSUMER_GROUP = "plan-svc"

log = logging.getLogger("plan_svc.handlers")


class CreditEventHandler:
    def __init__(self, uow: Callable[[], PlanUnitOfWorkPort]) -> None:
        self._uow = uow

    async def __call__(self, event: Event) -> None:
        try:
            if event.event_type == CREDITS_RECORDED:
                await self.credit_recorded(event.event_id, parse_credit_recorded(event.payload))
            elif event.event_type == CREDITS_VOIDED:
                await self.credit_voided(event.event_id, parse_credit_voided(event.payload))
        except InvalidPayload:
            # Retrying cannot fix a malformed payload: log it and let the message be acknowledged.
            log.exception("malformed event skipped", extra={"event_id": event.event_id})

    async def credit_recorded(self, event_id: str, credit: RecordedCredit) -> None:
        async with self._uow() as uow:
            await uow.projection.lock(exclusive=False)
            if not await uow.projection.claim_event(CONSUMER_GROUP, event_id):
                return
            await uow.projection.record(credit)
            await uow.commit()

    async def credit_voided(self, event_id: str, voided: CreditVoided) -> None:
        async with self._uow() as uow:
            await uow.projection.lock(exclusive=False)
            if not await uow.projection.claim_event(CONSUMER_GROUP, event_id):
                return
            await uow.projection.void(voided.credit_id, voided.person_id)
            await uow.commit()

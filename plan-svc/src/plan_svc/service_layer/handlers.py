"""Event handlers: keep the progress projection in step with credits-svc's ledger.

Each handler claims the event id in the same transaction as its change, so a redelivered
event is applied once.
"""

from __future__ import annotations

import logging

from cpd_platform.consumer import Event, claim_event
from cpd_platform.db import UnitOfWorkFactory
from plan_svc.adapters.orm import processed_events
from plan_svc.adapters.repository import CycleCreditRepository, CycleRepository
from plan_svc.domain.credits import RecordedCredit, cycles_for_credit
from plan_svc.service_layer.messages import (
    CREDITS_RECORDED,
    CREDITS_VOIDED,
    CreditVoided,
    InvalidPayload,
    parse_credit_recorded,
    parse_credit_voided,
)

CONSUMER_GROUP = "plan-svc"

log = logging.getLogger("plan_svc.handlers")


class CreditEventHandler:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
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
            if not await claim_event(uow.session, processed_events, CONSUMER_GROUP, event_id):
                return
            credits = CycleCreditRepository(uow.session)
            await credits.lock_credit(credit.credit_id)
            if not await credits.is_voided(credit.credit_id):
                cycles = await CycleRepository(uow.session).list_for_person(credit.person_id)
                targets = cycles_for_credit(cycles, credit)
                await credits.count(credit.counted, [cycle.id for cycle in targets])
            await uow.commit()

    async def credit_voided(self, event_id: str, voided: CreditVoided) -> None:
        async with self._uow() as uow:
            if not await claim_event(uow.session, processed_events, CONSUMER_GROUP, event_id):
                return
            credits = CycleCreditRepository(uow.session)
            await credits.lock_credit(voided.credit_id)
            await credits.void(voided.credit_id)
            await uow.commit()

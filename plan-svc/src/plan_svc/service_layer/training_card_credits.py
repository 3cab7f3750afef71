"""Courses posted by providers count on training cards: credits-svc's `credits.recorded`
confirms the trainee's submitted course entries naming the credit's element, and
`credits.voided` puts entries confirmed by that credit back to waiting. A consumer group of its
own, so that the NMO projection's handler stays as it is; each event is claimed once."""

from __future__ import annotations

import logging
from collections.abc import Callable

from cpd_platform.clock import Clock
from plan_svc.domain.credits import RecordedCredit
from plan_svc.domain.training_card.card import (
    POSTING_PREFIX,
    confirmed_by_posting,
    unconfirmed_by_void,
)
from plan_svc.service_layer.messages import CreditEventConsumer, CreditVoided
from plan_svc.service_layer.training_card_ports import TrainingCardUnitOfWork

CARD_CONSUMER_GROUP = "plan-svc-smk-cards"


class CardCreditHandler(CreditEventConsumer):
    log = logging.getLogger("plan_svc.training_card_credits")

    def __init__(self, uow: Callable[[], TrainingCardUnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def recorded(self, event_id: str, credit: RecordedCredit) -> None:
        """Under the trainee's lock: their waiting courses of the element are confirmed, and
        the projection has the credit, so that a course recorded later finds it whichever of
        plan-svc's consumers reads the event first."""
        async with self._uow() as uow:
            if not await uow.claim_card_event(CARD_CONSUMER_GROUP, event_id):
                return
            await uow.training_cards.lock_person(credit.person_id)
            await uow.project_credit(credit)
            now = self._clock.now()
            for entry in await uow.training_cards.awaiting_posting(
                credit.person_id, credit.element_id
            ):
                posted = confirmed_by_posting(entry, credit.element_id, credit.credit_id, now)
                await uow.training_cards.update_entry(posted)
            await uow.commit()

    async def voided(self, event_id: str, voided: CreditVoided) -> None:
        credit_id = voided.credit_id
        async with self._uow() as uow:
            if not await uow.claim_card_event(CARD_CONSUMER_GROUP, event_id):
                return
            for entry in await uow.training_cards.decided_by(POSTING_PREFIX + credit_id):
                await uow.training_cards.update_entry(unconfirmed_by_void(entry, credit_id))
            await uow.commit()

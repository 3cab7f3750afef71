"""Verification of pending code redemptions: by the event's attendance list, or accepted
automatically after a delay; an accepted redemption becomes a credit record and a
`credits.recorded` event. A background job (`Verifier`), also run after an attendance upload."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, timedelta

from cpd_platform.clock import Clock
from cpd_platform.lifecycle import sleep_unless_stopped
from credits_svc.domain.code_records import RedemptionRow
from credits_svc.domain.codes import (
    RedemptionStatus,
    Verdict,
    credit_date,
    redemption_rejection,
    verify,
)
from credits_svc.domain.events import CREDITS_RECORDED, recorded_payload_of
from credits_svc.domain.ids import time_ordered_uuid
from credits_svc.domain.records import (
    CreditRecord,
    CreditSource,
    CreditStatus,
    ElementKind,
    content_hash,
)
from credits_svc.service_layer.ports import CreditsUnitOfWorkPort

log = logging.getLogger("cpd.credits.codes")

VERIFY_BATCH_SIZE = 500


async def decide_pending(
    uow: CreditsUnitOfWorkPort,
    *,
    auto_accept_after: timedelta,
    clock: Clock,
    event_id: str | None = None,
    batch_size: int = VERIFY_BATCH_SIZE,
) -> int:
    """Decides up to `batch_size` pending redemptions (of one event, or any); how many."""
    decided = 0
    async with uow:
        pending = await uow.codes.pending(batch_size, event_id)
        if not pending:
            return 0
        with_list, present = await uow.codes.attendance_of(sorted({p.event_id for p in pending}))
        now = clock.now()
        for redemption in pending:
            verdict = verify(
                has_attendance_list=redemption.event_id in with_list,
                attended=(redemption.event_id, redemption.snils) in present,
                entered_at=redemption.entered_at,
                now=now,
                auto_accept_after=auto_accept_after,
            )
            if verdict is Verdict.ACCEPT:
                record = _credit_of(redemption, clock.today())
                # The person who entered the code is who recorded the credit.
                await uow.ledger.add(record, batch_id="", recorded_by=redemption.person_id)
                await uow.emit(CREDITS_RECORDED, recorded_payload_of(record))
                await uow.codes.decide(redemption, RedemptionStatus.ACCEPTED, credit_id=record.id)
                decided += 1
            elif verdict is Verdict.REJECT:
                reason = redemption_rejection("not_in_attendance_list")
                await uow.codes.decide(
                    redemption,
                    RedemptionStatus.REJECTED,
                    reason_code=reason.code,
                    reason_message=reason.message,
                )
                decided += 1
        await uow.commit()
    return decided


async def decide_all_pending(
    uow: CreditsUnitOfWorkPort,
    *,
    auto_accept_after: timedelta,
    clock: Clock,
    event_id: str | None = None,
    batch_size: int = VERIFY_BATCH_SIZE,
) -> None:
    """Batch after batch until a batch comes back short."""
    while (
        await decide_pending(
            uow,
            auto_accept_after=auto_accept_after,
            clock=clock,
            event_id=event_id,
            batch_size=batch_size,
        )
        >= batch_size
    ):
        pass


class Verifier:
    """The background job: decides pending redemptions every `interval_seconds`."""

    def __init__(
        self,
        uow: Callable[[], CreditsUnitOfWorkPort],
        *,
        auto_accept_after: timedelta,
        interval_seconds: float,
        clock: Clock,
    ) -> None:
        self._uow = uow
        self._auto_accept_after = auto_accept_after
        self._interval = interval_seconds
        self._clock = clock

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await decide_all_pending(
                    self._uow(), auto_accept_after=self._auto_accept_after, clock=self._clock
                )
            except Exception:
                log.exception("code verification failed; retrying")
            await sleep_unless_stopped(stop, self._interval)


def _credit_of(redemption: RedemptionRow, recorded_on: date) -> CreditRecord:
    completed_on = credit_date(redemption.completed_on, redemption.entered_at.date(), recorded_on)
    return CreditRecord(
        id=time_ordered_uuid(),
        provider_id=redemption.provider_id,
        external_id=f"code:{redemption.code}",
        person_id=redemption.person_id,
        element_id=redemption.event_id,
        element_kind=ElementKind(redemption.element_kind),
        zet=redemption.zet,
        completed_on=completed_on,
        status=CreditStatus.ACCEPTED,
        content_hash=content_hash(
            redemption.snils, redemption.event_id, redemption.zet, completed_on
        ),
        snils=redemption.snils,
        main_specialty_code=redemption.main_specialty_code,
        additional_specialty_codes=redemption.additional_specialty_codes,
        source=CreditSource.CODE,
    )

"""Verification of pending code redemptions: by the event's attendance list, or accepted
automatically after a delay; an accepted redemption becomes a credit record and a
`credits.recorded` event. A background job, also run after an attendance upload."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from cpd_platform.db import UnitOfWorkFactory
from cpd_platform.lifecycle import sleep_unless_stopped
from credits_svc.adapters.codes_repository import CodesRepository, RedemptionRow
from credits_svc.adapters.repository import LedgerRepository
from credits_svc.domain.codes import (
    RedemptionStatus,
    Verdict,
    credit_date,
    redemption_rejection,
    verify,
)
from credits_svc.domain.ids import time_ordered_uuid
from credits_svc.domain.records import (
    CreditRecord,
    CreditSource,
    CreditStatus,
    ElementKind,
    content_hash,
    recorded_event,
)
from credits_svc.service_layer.posting import MOSCOW

log = logging.getLogger("cpd.credits.codes")


class Verifier:
    """Decides pending redemptions; a background job, also run after an attendance upload."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        auto_accept_after: timedelta,
        interval_seconds: float,
        now: Callable[[], datetime],
        batch_size: int = 500,
        zone: ZoneInfo = MOSCOW,
    ) -> None:
        self._zone = zone
        self._uow = uow
        self._auto_accept_after = auto_accept_after
        self._interval = interval_seconds
        self._now = now
        self._batch_size = batch_size

    async def run_once(self, event_id: str | None = None) -> int:
        decided = 0
        async with self._uow() as uow:
            codes = CodesRepository(uow.session)
            pending = await codes.pending(self._batch_size, event_id)
            if not pending:
                return 0
            with_list, present = await codes.attendance_of(sorted({p.event_id for p in pending}))
            ledger = LedgerRepository(uow.session)
            now = self._now()
            for redemption in pending:
                verdict = verify(
                    has_attendance_list=redemption.event_id in with_list,
                    attended=(redemption.event_id, redemption.snils) in present,
                    entered_at=redemption.entered_at,
                    now=now,
                    auto_accept_after=self._auto_accept_after,
                )
                if verdict is Verdict.ACCEPT:
                    record = _credit_of(redemption, now.astimezone(self._zone).date())
                    # The person who entered the code is who recorded the credit.
                    await ledger.add(record, batch_id="", recorded_by=redemption.person_id)
                    await uow.emit("credits.recorded", recorded_event(record))
                    await codes.decide(redemption, RedemptionStatus.ACCEPTED, credit_id=record.id)
                    decided += 1
                elif verdict is Verdict.REJECT:
                    reason = redemption_rejection("not_in_attendance_list")
                    await codes.decide(
                        redemption,
                        RedemptionStatus.REJECTED,
                        reason_code=reason.code,
                        reason_message=reason.message,
                    )
                    decided += 1
            await uow.commit()
        return decided

    async def run_all(self, event_id: str | None = None) -> None:
        while await self.run_once(event_id) >= self._batch_size:
            pass

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_all()
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

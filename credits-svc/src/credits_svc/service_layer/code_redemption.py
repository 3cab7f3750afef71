"""Redemption of a confirmation code by a person: checks, attempt limits, the pending
redemption that `code_verification` later decides."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Protocol

from sqlalchemy.exc import IntegrityError

from cpd_platform.db import UnitOfWorkFactory
from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Principal
from credits_svc.adapters.attempt_limiter import AttemptLimiter, FailureCounter, Limit
from credits_svc.adapters.codes_repository import (
    CodesRepository,
    NewRedemption,
    RedemptionRow,
)
from credits_svc.domain.codes import (
    AttemptLimits,
    RedemptionRejection,
    RedemptionStatus,
    attempt_counters,
    check_code,
    ensure_over,
    is_well_formed,
    last_day,
    normalised_code,
    redemption_rejection,
    usable_address,
)
from credits_svc.domain.limits import MAX_ENTERED_CODE_LENGTH, looks_like_id
from credits_svc.domain.records import Element
from credits_svc.service_layer.code_issuing import Elements


class Plans(Protocol):
    async def is_planned(self, element_id: str) -> bool: ...


def failure_counter(uow: UnitOfWorkFactory) -> FailureCounter:
    """Failed attempts PostgreSQL holds for a limit key (re-seeds a counter Redis lost)."""

    async def failures_since(key: str, window_seconds: int) -> int:
        async with uow() as work:
            return await CodesRepository(work.session).failures_since(key, window_seconds)

    return failures_since


class Redemptions:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        catalog: Elements,
        plans: Plans,
        limiter: AttemptLimiter,
        limits: AttemptLimits,
        today: Callable[[], date],
    ) -> None:
        self._uow = uow
        self._catalog = catalog
        self._plans = plans
        self._limiter = limiter
        self._limits = limits
        self._today = today

    def _limit_keys(self, person_id: str, event_hint: str, address: str) -> list[Limit]:
        # An event id that cannot name an event does not get a counter of its own.
        event_id = event_hint if looks_like_id(event_hint) else ""
        return [
            Limit(key, maximum)
            for key, maximum in attempt_counters(self._limits, person_id, event_id, address)
        ]

    async def redeem(
        self, principal: Principal, entered: str, event_hint: str, address: str
    ) -> RedemptionRow:
        person_id = principal.require_person()
        if len(entered) > MAX_ENTERED_CODE_LENGTH:
            # Bad input, not a guess: refused before it counts as an attempt.
            raise InvalidArgument(
                "code_too_long",
                f"Код длиннее {MAX_ENTERED_CODE_LENGTH} символов: код состоит из 12 символов",
            )
        address = usable_address(address)
        limits = self._limit_keys(person_id, event_hint, address)
        await self._limiter.acquire(limits)
        code = normalised_code(entered)
        try:
            redemption, failed = await self._redeem(
                principal, person_id, code, event_hint, address, limits
            )
        except BaseException:
            await self._limiter.release(limits)
            raise
        if not failed:
            await self._limiter.release(limits)
        return redemption

    async def _redeem(
        self,
        principal: Principal,
        person_id: str,
        code: str,
        event_hint: str,
        address: str,
        limits: list[Limit],
    ) -> tuple[RedemptionRow, bool]:
        async with self._uow() as uow:
            found = (
                await CodesRepository(uow.session).find_code(code) if is_well_formed(code) else None
            )
        reason = check_code(
            found, person_id=person_id, person_snils=principal.snils, event_id=event_hint
        )
        event: Element | None = None
        if reason is None and found is not None:
            event = (await self._catalog.elements([found.event_id])).get(found.event_id)
            if event is None:
                reason = redemption_rejection("code_not_found")
            else:
                # Raised, not recorded: not a failed attempt (the reservation is given back)
                # and the code stays unused until the event is over.
                ensure_over(event, self._today())
                if not await self._plans.is_planned(found.event_id):
                    reason = redemption_rejection("event_not_in_plan")
        base = NewRedemption(
            id=str(uuid.uuid4()),
            person_id=person_id,
            snils=principal.snils or "",
            code=code,
            event_id=found.event_id if found is not None else None,
            status=RedemptionStatus.REJECTED,
            client_address=address,
        )
        if reason is None and found is not None and event is not None:
            taken = await self._take(base, found.event_id, event)
            if isinstance(taken, RedemptionRow):
                return taken, False
            reason = taken
        assert reason is not None
        return await self._reject(base, reason, limits), True

    async def _take(
        self, base: NewRedemption, event_id: str, event: Element
    ) -> RedemptionRow | RedemptionRejection:
        pending = replace(
            base,
            status=RedemptionStatus.PENDING,
            provider_id=event.provider_id,
            element_kind=event.kind.value,
            zet=event.zet,
            main_specialty_code=event.main_specialty_code,
            additional_specialty_codes=event.additional_specialty_codes,
            completed_on=min(last_day(event) or self._today(), self._today()),
        )
        try:
            async with self._uow() as uow:
                codes = CodesRepository(uow.session)
                if await codes.live_redemption(base.person_id, event_id):
                    return redemption_rejection("event_already_redeemed")
                if not await codes.take_code(base.code, base.person_id):
                    return redemption_rejection("code_already_used")
                await codes.add_redemption(pending)
                await uow.commit()
        except IntegrityError:
            # A concurrent attempt of the same person for the same event won.
            return redemption_rejection("event_already_redeemed")
        return await self._get(pending.id)

    async def _reject(
        self, base: NewRedemption, reason: RedemptionRejection, limits: list[Limit]
    ) -> RedemptionRow:
        rejected = replace(base, reason_code=reason.code, reason_message=reason.message)
        async with self._uow() as uow:
            codes = CodesRepository(uow.session)
            await codes.add_redemption(rejected)
            await codes.record_failures([limit.key for limit in limits])
            await uow.commit()
        return await self._get(rejected.id)

    async def _get(self, redemption_id: str) -> RedemptionRow:
        async with self._uow() as uow:
            found = await CodesRepository(uow.session).get_redemption(redemption_id)
        assert found is not None
        return found

    async def mine(self, principal: Principal) -> list[RedemptionRow]:
        person_id = principal.require_person()
        async with self._uow() as uow:
            return await CodesRepository(uow.session).redemptions_of(person_id)

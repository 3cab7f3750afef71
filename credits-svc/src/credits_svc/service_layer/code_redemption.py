"""Redemption of a confirmation code by a person: checks, attempt limits, the pending
redemption that `code_verification` later decides."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.exc import IntegrityError

from cpd_platform.clock import Clock
from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Principal
from credits_svc.domain.code_records import NewRedemption, RedemptionRow
from credits_svc.domain.codes import (
    AttemptLimits,
    Limit,
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
from credits_svc.service_layer.ports import AttemptGate, CreditsUnitOfWorkPort, Elements, Plans


def failure_counter(
    uow: Callable[[], CreditsUnitOfWorkPort],
) -> Callable[[str, int], Awaitable[int]]:
    """Failed attempts PostgreSQL holds for a limit key (re-seeds a counter Redis lost)."""

    async def failures_since(key: str, window_seconds: int) -> int:
        work = uow()
        async with work:
            return await work.codes.failures_since(key, window_seconds)

    return failures_since


def _limits(limits: AttemptLimits, person_id: str, event_hint: str, address: str) -> list[Limit]:
    # An event id that cannot name an event does not get a counter of its own.
    event_id = event_hint if looks_like_id(event_hint) else ""
    return [
        Limit(key, maximum)
        for key, maximum in attempt_counters(limits, person_id, event_id, address)
    ]


async def redeem_code(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    entered: str,
    event_hint: str,
    address: str,
    *,
    catalog: Elements,
    plans: Plans,
    limiter: AttemptGate,
    limits: AttemptLimits,
    clock: Clock,
) -> RedemptionRow:
    """`event_hint`: the event the person entered the code for (its page), or empty;
    `address`: the client address a trusted gateway vouches for, or empty."""
    person_id = principal.require_person()
    if len(entered) > MAX_ENTERED_CODE_LENGTH:
        # Bad input, not a guess: refused before it counts as an attempt.
        raise InvalidArgument(
            "code_too_long",
            f"Код длиннее {MAX_ENTERED_CODE_LENGTH} символов: код состоит из 12 символов",
        )
    address = usable_address(address)
    counters = _limits(limits, person_id, event_hint, address)
    await limiter.acquire(counters)
    base = NewRedemption(
        id=str(uuid.uuid4()),
        person_id=person_id,
        snils=principal.snils or "",
        code=normalised_code(entered),
        event_id=None,
        status=RedemptionStatus.REJECTED,
        client_address=address,
    )
    try:
        redemption, failed = await _attempt(
            uow, base, event_hint, counters, catalog=catalog, plans=plans, clock=clock
        )
    except BaseException:
        await limiter.release(counters)
        raise
    if not failed:
        await limiter.release(counters)
    return redemption


async def my_redemptions(uow: CreditsUnitOfWorkPort, principal: Principal) -> list[RedemptionRow]:
    person_id = principal.require_person()
    async with uow:
        return await uow.codes.redemptions_of(person_id)


async def _attempt(
    uow: CreditsUnitOfWorkPort,
    base: NewRedemption,
    event_hint: str,
    counters: list[Limit],
    *,
    catalog: Elements,
    plans: Plans,
    clock: Clock,
) -> tuple[RedemptionRow, bool]:
    """The stored redemption, and whether it is a failed attempt."""
    code = base.code
    async with uow:
        found = await uow.codes.find_code(code) if is_well_formed(code) else None
    reason = check_code(
        found, person_id=base.person_id, person_snils=base.snils or None, event_id=event_hint
    )
    event: Element | None = None
    if reason is None and found is not None:
        event = (await catalog.elements([found.event_id])).get(found.event_id)
        if event is None:
            reason = redemption_rejection("code_not_found")
        else:
            # Raised, not recorded: not a failed attempt (the reservation is given back)
            # and the code stays unused until the event is over.
            ensure_over(event, clock.today())
            if not await plans.is_planned(found.event_id):
                reason = redemption_rejection("event_not_in_plan")
    if found is not None:
        base = replace(base, event_id=found.event_id)
    if reason is None and found is not None and event is not None:
        taken = await _take(uow, base, found.event_id, event, clock.today())
        if isinstance(taken, RedemptionRow):
            return taken, False
        reason = taken
    assert reason is not None
    return await _reject(uow, base, reason, counters), True


async def _take(
    uow: CreditsUnitOfWorkPort, base: NewRedemption, event_id: str, event: Element, today: date
) -> RedemptionRow | RedemptionRejection:
    pending = replace(
        base,
        status=RedemptionStatus.PENDING,
        provider_id=event.provider_id,
        element_kind=event.kind.value,
        zet=event.zet,
        main_specialty_code=event.main_specialty_code,
        additional_specialty_codes=event.additional_specialty_codes,
        completed_on=min(last_day(event) or today, today),
    )
    try:
        async with uow:
            if await uow.codes.live_redemption(base.person_id, event_id):
                return redemption_rejection("event_already_redeemed")
            if not await uow.codes.take_code(base.code, base.person_id):
                return redemption_rejection("code_already_used")
            await uow.codes.add_redemption(pending)
            await uow.commit()
    except IntegrityError:
        # A concurrent attempt of the same person for the same event won.
        return redemption_rejection("event_already_redeemed")
    return await _get(uow, pending.id)


async def _reject(
    uow: CreditsUnitOfWorkPort,
    base: NewRedemption,
    reason: RedemptionRejection,
    counters: list[Limit],
) -> RedemptionRow:
    rejected = replace(base, reason_code=reason.code, reason_message=reason.message)
    async with uow:
        await uow.codes.add_redemption(rejected)
        await uow.codes.record_failures([limit.key for limit in counters])
        await uow.commit()
    return await _get(uow, rejected.id)


async def _get(uow: CreditsUnitOfWorkPort, redemption_id: str) -> RedemptionRow:
    async with uow:
        found = await uow.codes.get_redemption(redemption_id)
    assert found is not None
    return found

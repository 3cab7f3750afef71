"""Seat reservation: the one place seats are counted.

All or none: each claim takes a seat with a conditional decrement (`free > 0`) in one transaction,
in a consistent order of targets; any claim without a seat rolls everything back. Idempotent by
key: the reservation row is unique on its key, a replay returns the stored reservation, and a
concurrent duplicate loses the insert, rolls back its own decrements and returns the winner's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from catalog_svc.domain.access import is_seat_agent, may_reserve_for
from catalog_svc.domain.seats import (
    Reservation,
    SeatClaim,
    check_reservation_keys,
    ordered_claims,
)
from catalog_svc.service_layer.authz import Editors
from catalog_svc.service_layer.ports import SeatStore, SeatsUnitOfWork
from cpd_platform.context import calling_service
from cpd_platform.errors import Conflict, FailedPrecondition, NotFound, PermissionDenied
from cpd_platform.principal import Principal

_FAILURES = {
    "no_seats_left": FailedPrecondition("no_seats_left", "Свободных мест не осталось"),
    "element_not_published": FailedPrecondition(
        "element_not_published", "Запись закрыта: элемент не опубликован"
    ),
    "seats_not_found": NotFound(
        "seats_not_found", "Таких мест нет: проверьте цикл и основу обучения"
    ),
}

FOREIGN_HOLDER = PermissionDenied(
    "not_your_reservation", "Бронировать и освобождать места можно только для себя"
)


def _raise(code: str) -> None:
    error = _FAILURES[code]
    raise type(error)(error.code, error.message)


async def reserve(
    uow: SeatsUnitOfWork,
    principal: Principal,
    claims: Sequence[SeatClaim],
    holder: str,
    idempotency_key: str,
) -> Reservation:
    check_reservation_keys(holder, idempotency_key)
    ordered = ordered_claims(claims)
    if not may_reserve_for(principal, holder):
        raise PermissionDenied(FOREIGN_HOLDER.code, FOREIGN_HOLDER.message)
    async with uow:
        repo = uow.seats
        existing = await repo.find_reservation(idempotency_key)
        if existing is not None:
            return _replayed(existing, holder, ordered)
        emptied = []
        for claim in ordered:
            element_id = await repo.take(claim)
            if element_id:
                emptied.append(element_id)
            if element_id is None:
                # A concurrent call with the same key may have taken the last seat for us.
                committed = await repo.find_reservation(idempotency_key)
                if committed is not None:
                    return _replayed(committed, holder, ordered)
                _raise(await repo.why_not_taken(claim))
        await repo.refresh_summary(emptied)
        reservation_id = str(uuid.uuid4())
        if await repo.add_reservation(reservation_id, idempotency_key, holder, ordered):
            await uow.emit(
                "catalog.seats_reserved",
                {
                    "reservation_id": reservation_id,
                    "holder": holder,
                    "claims": [c.as_json() for c in ordered],
                },
            )
            await uow.commit()
            return Reservation(reservation_id, holder, tuple(ordered), released=False)
    # A concurrent call with the same key committed first: our decrements were rolled back.
    async with uow:
        winner = await uow.seats.find_reservation(idempotency_key)
    if winner is None:  # the winner was rolled back after all: let the caller retry
        raise Conflict(
            "reservation_retry", "Бронь не удалась из-за параллельного запроса: повторите"
        )
    return _replayed(winner, holder, ordered)


def _replayed(found: Reservation, holder: str, claims: list[SeatClaim]) -> Reservation:
    if found.holder != holder or list(found.claims) != claims:
        raise Conflict(
            "idempotency_key_reused",
            "Этот ключ уже использован для другой брони",
        )
    return found


async def release(
    uow: SeatsUnitOfWork,
    principal: Principal,
    idempotency_key: str,
    *,
    editors: Editors,
    seat_agents: Iterable[str] = (),
) -> bool:
    """True when the reservation exists and is now released (by this call or an earlier one).

    The holder may release, and so may the staff of the providers whose seats it holds (a
    provider rejecting an application gives the seat back), and a seat agent (pk-regional-svc,
    by its verified service token) on behalf of the operator whose token it forwards (the
    principal, recorded in the event)."""
    if not idempotency_key:
        return False
    service = calling_service()
    agent = is_seat_agent(service, seat_agents)
    async with uow:
        repo = uow.seats
        found = await repo.find_reservation(idempotency_key, for_update=True)
        if found is None:
            return False
        if (
            not agent
            and not may_reserve_for(principal, found.holder)
            and not await _provider_may_release(uow, principal, repo, found, editors)
        ):
            raise PermissionDenied(FOREIGN_HOLDER.code, FOREIGN_HOLDER.message)
        if found.released:
            return True
        reopened = [await repo.give_back(claim) for claim in sorted(found.claims)]
        await repo.refresh_summary(e for e in reopened if e)
        await repo.mark_released(idempotency_key)
        await uow.emit(
            "catalog.seats_released",
            {
                "reservation_id": found.id,
                "holder": found.holder,
                "released_by": principal.person_id or principal.subject,
                "agent": service if agent else "",
            },
        )
        await uow.commit()
        return True


async def _provider_may_release(
    uow: SeatsUnitOfWork,
    principal: Principal,
    repo: SeatStore,
    found: Reservation,
    editors: Editors,
) -> bool:
    providers = await repo.providers_of(found.claims)
    return bool(providers) and all(
        [await editors.allows(uow, principal, provider) for provider in providers]
    )

"""Seat reservation and release decided in memory: all or none, idempotent by key, released by
the holder or the provider's staff, never by a stranger."""

from __future__ import annotations

import uuid

import pytest
from catalog_memory import SeatsMemoryUnitOfWork
from catalog_principals import principal as person
from catalog_principals import staff_editors

from catalog_svc.domain.reference import FundingBasis
from catalog_svc.domain.seats import SeatClaim
from catalog_svc.service_layer.seats import release, reserve
from cpd_platform.errors import (
    Conflict,
    DomainError,
    FailedPrecondition,
    NotFound,
    PermissionDenied,
)
from cpd_platform.principal import Role

PROVIDER = str(uuid.UUID(int=1))
PROGRAM = str(uuid.UUID(int=10))
CYCLE_A = str(uuid.UUID(int=11))
CYCLE_B = str(uuid.UUID(int=12))
DRAFT = str(uuid.UUID(int=20))
DRAFT_CYCLE = str(uuid.UUID(int=21))
BUDGET = FundingBasis.BUDGET
CONTRACT = FundingBasis.CONTRACT


STAFF = person("staff")
EDITORS = staff_editors(PROVIDER)


@pytest.fixture
def uow() -> SeatsMemoryUnitOfWork:
    uow = SeatsMemoryUnitOfWork()
    uow.seats.add_element(
        PROGRAM, PROVIDER, {(CYCLE_A, BUDGET): 2, (CYCLE_A, CONTRACT): 1, (CYCLE_B, BUDGET): 0}
    )
    uow.seats.add_element(DRAFT, PROVIDER, {(DRAFT_CYCLE, BUDGET): 5}, status="draft")
    return uow


async def test_a_reservation_takes_one_seat_per_claim_and_announces_it(
    uow: SeatsMemoryUnitOfWork,
) -> None:
    claims = [SeatClaim(CYCLE_A, CONTRACT), SeatClaim(CYCLE_A, BUDGET)]
    reservation = await reserve(uow, person("p1"), claims, "p1", "key-1")
    assert (uow.seats.free(CYCLE_A, BUDGET), uow.seats.free(CYCLE_A, CONTRACT)) == (1, 0)
    assert reservation.holder == "p1"
    assert list(reservation.claims) == sorted(claims)
    # The contract basis lost its last seat: the program's seat summary is recomputed.
    assert uow.seats.summaries_refreshed == [PROGRAM]
    [event] = uow.events
    assert event.event_type == "catalog.seats_reserved"
    assert event.payload["reservation_id"] == reservation.id
    assert event.payload["holder"] == "p1"


async def test_a_claim_without_a_seat_rolls_back_every_other_claim(
    uow: SeatsMemoryUnitOfWork,
) -> None:
    claims = [SeatClaim(CYCLE_A, BUDGET), SeatClaim(CYCLE_B, BUDGET)]
    with pytest.raises(FailedPrecondition) as refused:
        await reserve(uow, person("p1"), claims, "p1", "key-1")
    assert refused.value.code == "no_seats_left"
    assert uow.seats.free(CYCLE_A, BUDGET) == 2
    assert uow.seats.reservations == {}
    assert uow.events == []


@pytest.mark.parametrize(
    ("claim", "error", "code"),
    [
        (SeatClaim(DRAFT_CYCLE, BUDGET), FailedPrecondition, "element_not_published"),
        (SeatClaim(CYCLE_A, FundingBasis.OMS), NotFound, "seats_not_found"),
    ],
)
async def test_why_a_seat_was_not_taken_is_named(
    uow: SeatsMemoryUnitOfWork, claim: SeatClaim, error: type[DomainError], code: str
) -> None:
    with pytest.raises(error) as refused:
        await reserve(uow, person("p1"), [claim], "p1", "key-1")
    assert refused.value.code == code
    assert uow.seats.free(DRAFT_CYCLE, BUDGET) == 5


async def test_a_replayed_key_returns_the_stored_reservation_without_taking_again(
    uow: SeatsMemoryUnitOfWork,
) -> None:
    claims = [SeatClaim(CYCLE_A, BUDGET)]
    first = await reserve(uow, person("p1"), claims, "p1", "key-1")
    again = await reserve(uow, person("p1"), claims, "p1", "key-1")
    assert again == first
    assert uow.seats.free(CYCLE_A, BUDGET) == 1
    assert len(uow.events) == 1


async def test_a_key_reused_for_other_seats_is_a_conflict(uow: SeatsMemoryUnitOfWork) -> None:
    await reserve(uow, person("p1"), [SeatClaim(CYCLE_A, BUDGET)], "p1", "key-1")
    with pytest.raises(Conflict) as refused:
        await reserve(uow, person("p1"), [SeatClaim(CYCLE_A, CONTRACT)], "p1", "key-1")
    assert refused.value.code == "idempotency_key_reused"
    assert uow.seats.free(CYCLE_A, CONTRACT) == 1


async def test_nobody_but_an_admin_reserves_for_someone_else(uow: SeatsMemoryUnitOfWork) -> None:
    claims = [SeatClaim(CYCLE_A, BUDGET)]
    with pytest.raises(PermissionDenied):
        await reserve(uow, person("p1"), claims, "p2", "key-1")
    reservation = await reserve(uow, person("a", Role.ADMIN), claims, "p2", "key-1")
    assert reservation.holder == "p2"


async def test_the_holder_releases_once_and_the_seats_come_back(
    uow: SeatsMemoryUnitOfWork,
) -> None:
    claims = [SeatClaim(CYCLE_A, BUDGET), SeatClaim(CYCLE_A, CONTRACT)]
    await reserve(uow, person("p1"), claims, "p1", "key-1")
    assert await release(uow, person("p1"), "key-1", editors=EDITORS)
    assert (uow.seats.free(CYCLE_A, BUDGET), uow.seats.free(CYCLE_A, CONTRACT)) == (2, 1)
    assert uow.seats.reservations["key-1"].released
    assert await release(uow, person("p1"), "key-1", editors=EDITORS)
    assert uow.seats.free(CYCLE_A, BUDGET) == 2
    assert [e.event_type for e in uow.events] == [
        "catalog.seats_reserved",
        "catalog.seats_released",
    ]
    assert uow.events[-1].payload["released_by"] == "p1"


async def test_an_unknown_key_releases_nothing(uow: SeatsMemoryUnitOfWork) -> None:
    assert not await release(uow, person("p1"), "never-used", editors=EDITORS)
    assert not await release(uow, person("p1"), "", editors=EDITORS)


async def test_the_providers_staff_may_release_and_a_stranger_may_not(
    uow: SeatsMemoryUnitOfWork,
) -> None:
    await reserve(uow, person("p1"), [SeatClaim(CYCLE_A, BUDGET)], "p1", "key-1")
    with pytest.raises(PermissionDenied):
        await release(uow, person("stranger"), "key-1", editors=EDITORS)
    assert uow.seats.free(CYCLE_A, BUDGET) == 1
    assert await release(uow, STAFF, "key-1", editors=EDITORS)
    assert uow.seats.free(CYCLE_A, BUDGET) == 2

"""Seat counts and reservations: the one place seats are counted."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.orm import ElementRow, reservations, seats
from catalog_svc.domain.element import SeatCount
from catalog_svc.domain.seats import Reservation, SeatClaim, resized_free
from cpd_platform.errors import FailedPrecondition


def _reservation(row: Any) -> Reservation:
    return Reservation(
        id=str(row.id),
        holder=row.holder,
        claims=tuple(SeatClaim.from_json(c) for c in row.claims),
        released=row.status == "released",
    )


class SeatRepository:
    """Seat counts and reservations. Reserving is a conditional decrement (`free > 0`) under the
    row lock, so two transactions never take the last seat twice."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def providers_of(self, claims: Iterable[SeatClaim]) -> set[str]:
        """The providers whose elements the claimed seats belong to."""
        targets = {uuid.UUID(c.target_id) for c in claims}
        rows = await self._session.execute(
            select(ElementRow.provider_id)
            .join(seats, seats.c.element_id == ElementRow.id)
            .where(seats.c.target_id.in_(targets))
            .distinct()
        )
        return {str(provider_id) for (provider_id,) in rows}

    async def set_seats(self, target_id: str, element_id: str, wanted: Iterable[SeatCount]) -> None:
        target = uuid.UUID(target_id)
        current = {
            row.basis: row
            for row in await self._session.execute(
                select(seats).where(seats.c.target_id == target).with_for_update()
            )
        }
        wanted_by_basis = {seat.basis.value: seat for seat in wanted}
        for basis, row in current.items():
            if basis not in wanted_by_basis:
                if row.total != row.free:
                    raise FailedPrecondition(
                        "seats_below_taken", "Места этого вида уже заняты: удалить их нельзя"
                    )
                await self._session.execute(
                    delete(seats).where(seats.c.target_id == target, seats.c.basis == basis)
                )
        for basis, seat in wanted_by_basis.items():
            existing = current.get(basis)
            free = (
                seat.total
                if existing is None
                else resized_free(existing.total, existing.free, seat.total)
            )
            values = {"total": seat.total, "free": free, "price_kopecks": seat.price_kopecks}
            await self._session.execute(
                insert(seats)
                .values(target_id=target, basis=basis, element_id=uuid.UUID(element_id), **values)
                .on_conflict_do_update(
                    index_elements=[seats.c.target_id, seats.c.basis], set_=values
                )
            )
        await self.refresh_summary([element_id])

    async def _first_of_claim(self, sql: str, claim: SeatClaim) -> Any:
        """The first row `sql` gives for the claim's seats (its `:target` and `:basis`)."""
        result = await self._session.execute(
            text(sql), {"target": uuid.UUID(claim.target_id), "basis": claim.basis.value}
        )
        return result.first()

    async def take(self, claim: SeatClaim) -> str | None:
        """Takes one free seat of a published element; returns the element's id when that was
        its last free seat of the basis, "" otherwise; None when there was no seat to take."""
        taken = await self._first_of_claim(
            "UPDATE catalog.seats AS s SET free = s.free - 1"
            " FROM catalog.elements AS e"
            " WHERE s.target_id = :target AND s.basis = :basis AND s.free > 0"
            " AND e.id = s.element_id AND e.status = 'published'"
            " RETURNING s.free, s.element_id",
            claim,
        )
        if taken is None:
            return None
        return str(taken.element_id) if taken.free == 0 else ""

    async def why_not_taken(self, claim: SeatClaim) -> str:
        row = await self._first_of_claim(
            "SELECT e.status FROM catalog.seats AS s"
            " JOIN catalog.elements AS e ON e.id = s.element_id"
            " WHERE s.target_id = :target AND s.basis = :basis",
            claim,
        )
        if row is None:
            return "seats_not_found"
        if row.status != "published":
            return "element_not_published"
        return "no_seats_left"

    async def give_back(self, claim: SeatClaim) -> str:
        """Returns a seat; the element's id when it was the first free seat again, else ""."""
        returned = await self._first_of_claim(
            "UPDATE catalog.seats SET free = free + 1"
            " WHERE target_id = :target AND basis = :basis AND free < total"
            " RETURNING free, element_id",
            claim,
        )
        return str(returned.element_id) if returned is not None and returned.free == 1 else ""

    async def refresh_summary(self, element_ids: Iterable[str]) -> None:
        """Recomputes the elements' seat bases, in id order (after every seat lock is held, so
        reservations never wait on each other in a cycle)."""
        for element_id in sorted(set(element_ids)):
            await self._session.execute(
                text(
                    "UPDATE catalog.elements e SET"
                    " seat_bases = COALESCE((SELECT array_agg(DISTINCT s.basis ORDER BY s.basis)"
                    " FROM catalog.seats s WHERE s.element_id = e.id), '{}'),"
                    " free_seat_bases = COALESCE((SELECT array_agg(DISTINCT s.basis"
                    " ORDER BY s.basis) FROM catalog.seats s"
                    " WHERE s.element_id = e.id AND s.free > 0), '{}')"
                    " WHERE e.id = :id"
                ),
                {"id": uuid.UUID(element_id)},
            )

    async def find_reservation(self, key: str, *, for_update: bool = False) -> Reservation | None:
        query = select(reservations).where(reservations.c.idempotency_key == key)
        if for_update:
            query = query.with_for_update()
        row = (await self._session.execute(query)).first()
        return None if row is None else _reservation(row)

    async def add_reservation(
        self, reservation_id: str, key: str, holder: str, claims: list[SeatClaim]
    ) -> bool:
        inserted = await self._session.scalar(
            insert(reservations)
            .values(
                id=uuid.UUID(reservation_id),
                idempotency_key=key,
                holder=holder,
                claims=[c.as_json() for c in claims],
            )
            .on_conflict_do_nothing(index_elements=[reservations.c.idempotency_key])
            .returning(reservations.c.id)
        )
        return inserted is not None

    async def mark_released(self, key: str) -> None:
        await self._session.execute(
            update(reservations)
            .where(reservations.c.idempotency_key == key)
            .values(status="released", released_at=func.now())
        )

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import any_, bindparam, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY, UUID, insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.orm import (
    ElementRow,
    ProviderRow,
    ReferenceItemRow,
    SpecialtyRow,
    program_cycles,
    reservations,
    seats,
)
from catalog_svc.domain.element import (
    Element,
    ElementKind,
    ElementStatus,
    ProgramCycle,
    SeatCount,
)
from catalog_svc.domain.reference import (
    Audience,
    EducationLevel,
    EventFormat,
    FormOfStudy,
    FundingBasis,
    ModuleKind,
    Provider,
    ReferenceItem,
    ReferenceKind,
    Specialty,
)
from catalog_svc.domain.seats import SeatClaim, resized_free
from cpd_platform.errors import FailedPrecondition
from cpd_platform.ids import valid_uuids


def _specialty(row: SpecialtyRow) -> Specialty:
    return Specialty(code=row.code, name=row.name, level=EducationLevel(row.level))


def _provider(row: ProviderRow) -> Provider:
    return Provider(
        id=str(row.id),
        name=row.name,
        region_code=row.region_code,
        client_id=row.client_id,
        email=row.email,
        phone=row.phone,
        website=row.website,
        address=row.address,
        inn=row.inn,
        license_number=row.license_number,
        license_date=row.license_date,
        accreditation=row.accreditation,
    )


def _any_id(ids: Sequence[uuid.UUID]) -> Any:
    """`= ANY($1)` with one array parameter: the same statement (and prepared plan) for any
    number of ids, unlike an IN list."""
    return any_(bindparam(None, list(ids), type_=ARRAY(UUID(as_uuid=True))))


def _seat(row: Any) -> SeatCount:
    return SeatCount(FundingBasis(row.basis), row.total, row.free, row.price_kopecks)


def _element(
    row: ElementRow,
    cycles: Sequence[ProgramCycle] = (),
    tickets: SeatCount | None = None,
    provider_name: str = "",
) -> Element:
    return Element(
        id=str(row.id),
        kind=ElementKind(row.kind),
        title=row.title,
        provider_id=str(row.provider_id),
        zet=row.zet,
        main_specialty_code=row.main_specialty_code,
        additional_specialty_codes=tuple(row.additional_specialty_codes),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        status=ElementStatus(row.status),
        region_code=row.region_code,
        audience=Audience(row.audience),
        annotation=row.annotation,
        form_of_study=FormOfStudy(row.form_of_study) if row.form_of_study else None,
        distance_learning=row.distance_learning,
        rating=row.rating,
        free=row.free,
        price_kopecks=row.price_kopecks,
        event_format=EventFormat(row.event_format) if row.event_format else None,
        attendance_control=row.attendance_control,
        confirmation_requirements=row.confirmation_requirements,
        module_kind=ModuleKind(row.module_kind) if row.module_kind else None,
        subject_codes=tuple(row.subject_codes),
        external_id=row.external_id,
        cycles=tuple(cycles),
        tickets=tickets,
        provider_name=provider_name,
    )


def _element_values(element: Element) -> dict[str, Any]:
    return {
        "kind": element.kind.value,
        "title": element.title,
        "provider_id": uuid.UUID(element.provider_id),
        "zet": element.zet,
        "main_specialty_code": element.main_specialty_code or None,
        "additional_specialty_codes": list(element.additional_specialty_codes),
        "starts_on": element.starts_on,
        "ends_on": element.ends_on,
        "status": element.status.value,
        "region_code": element.region_code,
        "audience": element.audience.value,
        "annotation": element.annotation,
        "form_of_study": element.form_of_study.value if element.form_of_study else None,
        "distance_learning": element.distance_learning,
        "rating": element.rating,
        "free": element.free,
        "price_kopecks": element.price_kopecks,
        "event_format": element.event_format.value if element.event_format else None,
        "attendance_control": element.attendance_control,
        "confirmation_requirements": element.confirmation_requirements,
        "module_kind": element.module_kind.value if element.module_kind else None,
        "subject_codes": list(element.subject_codes),
        "external_id": element.external_id,
    }


class SpecialtyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_by_level(self, level: EducationLevel | None) -> list[Specialty]:
        query = select(SpecialtyRow).order_by(SpecialtyRow.name, SpecialtyRow.code)
        if level is not None:
            query = query.where(SpecialtyRow.level == level.value)
        return [_specialty(row) for row in await self._session.scalars(query)]

    async def get_many(self, codes: Iterable[str]) -> list[Specialty]:
        rows = await self._session.scalars(
            select(SpecialtyRow)
            .where(SpecialtyRow.code.in_(list(codes)))
            .order_by(SpecialtyRow.code)
        )
        return [_specialty(row) for row in rows]

    async def unknown(self, codes: Iterable[str]) -> list[str]:
        wanted = sorted(set(codes))
        if not wanted:
            return []
        known = set(
            await self._session.scalars(
                select(SpecialtyRow.code).where(SpecialtyRow.code.in_(wanted))
            )
        )
        return [code for code in wanted if code not in known]


class ReferenceRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def items(self, kind: ReferenceKind) -> list[ReferenceItem]:
        rows = await self._session.scalars(
            select(ReferenceItemRow)
            .where(ReferenceItemRow.kind == kind.value)
            .order_by(ReferenceItemRow.position)
        )
        return [ReferenceItem(row.code, row.name) for row in rows]

    async def unknown(self, kind: ReferenceKind, codes: Iterable[str]) -> list[str]:
        wanted = sorted(set(codes))
        if not wanted:
            return []
        known = set(
            await self._session.scalars(
                select(ReferenceItemRow.code).where(
                    ReferenceItemRow.kind == kind.value, ReferenceItemRow.code.in_(wanted)
                )
            )
        )
        return [code for code in wanted if code not in known]


class ProviderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find_by_client(self, client_id: str) -> Provider | None:
        row = await self._session.scalar(
            select(ProviderRow).where(ProviderRow.client_id == client_id)
        )
        return None if row is None else _provider(row)

    async def get_many(self, ids: Iterable[str]) -> list[Provider]:
        rows = await self._session.scalars(
            select(ProviderRow).where(ProviderRow.id.in_(valid_uuids(ids))).order_by(ProviderRow.id)
        )
        return [_provider(row) for row in rows]

    async def save(self, provider: Provider) -> None:
        values = {
            "name": provider.name,
            "region_code": provider.region_code,
            "client_id": provider.client_id or None,
            "email": provider.email,
            "phone": provider.phone,
            "website": provider.website,
            "address": provider.address,
            "inn": provider.inn,
            "license_number": provider.license_number,
            "license_date": provider.license_date,
            "accreditation": provider.accreditation,
        }
        await self._session.execute(
            insert(ProviderRow)
            .values(id=uuid.UUID(provider.id), **values)
            .on_conflict_do_update(index_elements=[ProviderRow.id], set_=values)
        )

    async def add_if_absent(self, provider: Provider) -> None:
        await self._session.execute(
            insert(ProviderRow)
            .values(
                id=uuid.UUID(provider.id),
                name=provider.name,
                region_code=provider.region_code,
                client_id=provider.client_id,
                email=provider.email,
                phone=provider.phone,
                website=provider.website,
                address=provider.address,
                inn=provider.inn,
                license_number=provider.license_number,
                license_date=provider.license_date,
                accreditation=provider.accreditation,
            )
            .on_conflict_do_nothing()
        )


class ElementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, ids: Iterable[str]) -> list[Element]:
        uuids = valid_uuids(ids)
        if not uuids:
            return []
        rows = list(
            await self._session.execute(
                select(ElementRow, ProviderRow.name)
                .join(ProviderRow, ProviderRow.id == ElementRow.provider_id)
                .where(ElementRow.id == _any_id(uuids))
                .order_by(ElementRow.id)
            )
        )
        return await self._assemble([(row, name) for row, name in rows])

    async def get(self, element_id: str, *, for_update: bool = False) -> Element | None:
        uuids = valid_uuids([element_id])
        if not uuids:
            return None
        query = (
            select(ElementRow, ProviderRow.name)
            .join(ProviderRow, ProviderRow.id == ElementRow.provider_id)
            .where(ElementRow.id == uuids[0])
        )
        if for_update:
            query = query.with_for_update(of=ElementRow)
        found = (await self._session.execute(query)).first()
        if found is None:
            return None
        [element] = await self._assemble([(found[0], found[1])])
        return element

    async def find_by_external_id(self, provider_id: str, external_id: str) -> Element | None:
        element_id = await self._session.scalar(
            select(ElementRow.id).where(
                ElementRow.provider_id == uuid.UUID(provider_id),
                ElementRow.external_id == external_id,
            )
        )
        return None if element_id is None else await self.get(str(element_id), for_update=True)

    async def _assemble(self, rows: list[tuple[ElementRow, str]]) -> list[Element]:
        # Only programs have cycles and only events tickets: no query for a kind not there.
        programs = [row.id for row, _ in rows if row.kind == ElementKind.PROGRAM.value]
        events = [row.id for row, _ in rows if row.kind == ElementKind.EVENT.value]
        cycles = await CycleRepository(self._session).of_elements(programs)
        tickets = await self._tickets(events)
        return [
            _element(row, cycles.get(row.id, ()), tickets.get(row.id), name) for row, name in rows
        ]

    async def _tickets(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, SeatCount]:
        if not ids:
            return {}
        rows = await self._session.execute(
            select(seats).where(seats.c.target_id == _any_id(ids), seats.c.basis == "ticket")
        )
        return {row.target_id: _seat(row) for row in rows}

    async def insert(self, element: Element) -> bool:
        """Inserts a new element; False when one with this id exists already."""
        inserted = await self._session.scalar(
            insert(ElementRow)
            .values(id=uuid.UUID(element.id), **_element_values(element))
            .on_conflict_do_nothing(index_elements=[ElementRow.id])
            .returning(ElementRow.id)
        )
        return inserted is not None

    async def update(self, element: Element) -> None:
        await self._session.execute(
            update(ElementRow)
            .where(ElementRow.id == uuid.UUID(element.id))
            .values(**_element_values(element), updated_at=func.now())
        )

    async def save_tickets(self, element: Element) -> None:
        await SeatRepository(self._session).set_seats(
            element.id, element.id, [element.tickets] if element.tickets else []
        )

    async def add_if_absent(self, element: Element) -> None:
        if await self.insert(element):
            cycles = CycleRepository(self._session)
            for cycle in element.cycles:
                await cycles.save(cycle)
            await self.save_tickets(element)


class CycleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def of_elements(
        self, element_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, list[ProgramCycle]]:
        if not element_ids:
            return {}
        rows = list(
            await self._session.execute(
                select(program_cycles)
                .where(program_cycles.c.element_id == _any_id(element_ids))
                .order_by(program_cycles.c.starts_on, program_cycles.c.id)
            )
        )
        return await self._with_seats(rows, key=lambda row: row.element_id)

    async def get_many(self, ids: Iterable[str]) -> list[ProgramCycle]:
        uuids = valid_uuids(ids)
        if not uuids:
            return []
        rows = list(
            await self._session.execute(
                select(program_cycles)
                .where(program_cycles.c.id.in_(uuids))
                .order_by(program_cycles.c.id)
            )
        )
        grouped = await self._with_seats(rows, key=lambda row: row.id)
        return [cycle for cycles in grouped.values() for cycle in cycles]

    async def _with_seats(self, rows: list[Any], key: Any) -> dict[uuid.UUID, list[ProgramCycle]]:
        seat_rows: Any = (
            await self._session.execute(
                select(seats)
                .where(seats.c.target_id == _any_id([row.id for row in rows]))
                .order_by(seats.c.basis)
            )
            if rows
            else []
        )
        by_target: dict[uuid.UUID, list[SeatCount]] = defaultdict(list)
        for seat in seat_rows:
            by_target[seat.target_id].append(_seat(seat))
        result: dict[uuid.UUID, list[ProgramCycle]] = defaultdict(list)
        for row in rows:
            result[key(row)].append(
                ProgramCycle(
                    id=str(row.id),
                    element_id=str(row.element_id),
                    starts_on=row.starts_on,
                    ends_on=row.ends_on,
                    seats=tuple(by_target.get(row.id, ())),
                    place=row.place,
                    curator=row.curator,
                    department=row.department,
                    external_id=row.external_id,
                )
            )
        return result

    async def find_id_by_external_id(self, element_id: str, external_id: str) -> str | None:
        found = await self._session.scalar(
            select(program_cycles.c.id).where(
                program_cycles.c.element_id == uuid.UUID(element_id),
                program_cycles.c.external_id == external_id,
            )
        )
        return None if found is None else str(found)

    async def element_of(self, cycle_id: str) -> str | None:
        uuids = valid_uuids([cycle_id])
        if not uuids:
            return None
        found = await self._session.scalar(
            select(program_cycles.c.element_id).where(program_cycles.c.id == uuids[0])
        )
        return None if found is None else str(found)

    async def save(self, cycle: ProgramCycle) -> None:
        values = {
            "element_id": uuid.UUID(cycle.element_id),
            "external_id": cycle.external_id,
            "starts_on": cycle.starts_on,
            "ends_on": cycle.ends_on,
            "place": cycle.place,
            "curator": cycle.curator,
            "department": cycle.department,
        }
        await self._session.execute(
            insert(program_cycles)
            .values(id=uuid.UUID(cycle.id), **values)
            .on_conflict_do_update(index_elements=[program_cycles.c.id], set_=values)
        )
        await SeatRepository(self._session).set_seats(cycle.id, cycle.element_id, cycle.seats)


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

    async def take(self, claim: SeatClaim) -> str | None:
        """Takes one free seat of a published element; returns the element's id when that was
        its last free seat of the basis, "" otherwise; None when there was no seat to take."""
        taken = (
            await self._session.execute(
                text(
                    "UPDATE catalog.seats AS s SET free = s.free - 1"
                    " FROM catalog.elements AS e"
                    " WHERE s.target_id = :target AND s.basis = :basis AND s.free > 0"
                    " AND e.id = s.element_id AND e.status = 'published'"
                    " RETURNING s.free, s.element_id"
                ),
                {"target": uuid.UUID(claim.target_id), "basis": claim.basis.value},
            )
        ).first()
        if taken is None:
            return None
        return str(taken.element_id) if taken.free == 0 else ""

    async def why_not_taken(self, claim: SeatClaim) -> str:
        row = (
            await self._session.execute(
                text(
                    "SELECT e.status FROM catalog.seats AS s"
                    " JOIN catalog.elements AS e ON e.id = s.element_id"
                    " WHERE s.target_id = :target AND s.basis = :basis"
                ),
                {"target": uuid.UUID(claim.target_id), "basis": claim.basis.value},
            )
        ).first()
        if row is None:
            return "seats_not_found"
        if row.status != "published":
            return "element_not_published"
        return "no_seats_left"

    async def give_back(self, claim: SeatClaim) -> str:
        """Returns a seat; the element's id when it was the first free seat again, else ""."""
        returned = (
            await self._session.execute(
                text(
                    "UPDATE catalog.seats SET free = free + 1"
                    " WHERE target_id = :target AND basis = :basis AND free < total"
                    " RETURNING free, element_id"
                ),
                {"target": uuid.UUID(claim.target_id), "basis": claim.basis.value},
            )
        ).first()
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

    async def find_reservation(self, key: str, *, for_update: bool = False) -> Any | None:
        query = select(reservations).where(reservations.c.idempotency_key == key)
        if for_update:
            query = query.with_for_update()
        return (await self._session.execute(query)).first()

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

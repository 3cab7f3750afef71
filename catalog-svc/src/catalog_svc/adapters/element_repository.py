"""Elements and the cycles of programs, with their seat counts."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import any_, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY, JSON, UUID, aggregate_order_by, insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.orm import ElementRow, ProviderRow, program_cycles, seats
from catalog_svc.adapters.seat_repository import SeatRepository
from catalog_svc.domain.element import (
    Element,
    ElementKind,
    ElementStatus,
    ProgramCycle,
    SeatCount,
)
from catalog_svc.domain.reference import (
    Audience,
    EventFormat,
    FormOfStudy,
    FundingBasis,
    ModuleKind,
)
from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named

# The columns of an element's and a cycle's rows that hold their fields as they are.
_ELEMENT_COLUMNS = (
    "title zet starts_on ends_on region_code annotation distance_learning free price_kopecks"
    " attendance_control confirmation_requirements external_id"
)
_CYCLE_COLUMNS = "external_id starts_on ends_on place curator department"


def _any_id(ids: Sequence[uuid.UUID]) -> Any:
    """`= ANY($1)` with one array parameter: the same statement (and prepared plan) for any
    number of ids, unlike an IN list."""
    return any_(bindparam(None, list(ids), type_=ARRAY(UUID(as_uuid=True))))


def _seat(row: Any) -> SeatCount:
    return SeatCount(FundingBasis(row.basis), row.total, row.free, row.price_kopecks)


def _element(
    row: Any,
    cycles: Sequence[ProgramCycle] = (),
    tickets: SeatCount | None = None,
    provider_name: str = "",
) -> Element:
    return Element(
        **same_named(row, _ELEMENT_COLUMNS + " main_specialty_code rating rating_count"),
        id=str(row.id),
        kind=ElementKind(row.kind),
        provider_id=str(row.provider_id),
        additional_specialty_codes=tuple(row.additional_specialty_codes),
        status=ElementStatus(row.status),
        audience=Audience(row.audience),
        form_of_study=FormOfStudy(row.form_of_study) if row.form_of_study else None,
        event_format=EventFormat(row.event_format) if row.event_format else None,
        module_kind=ModuleKind(row.module_kind) if row.module_kind else None,
        subject_codes=tuple(row.subject_codes),
        cycles=tuple(cycles),
        tickets=tickets,
        provider_name=provider_name,
    )


def _seat_json(table: Any) -> Any:
    return func.json_build_array(
        table.c.basis, table.c.total, table.c.free, table.c.price_kopecks, type_=JSON
    )


def _seat_of(values: list[Any]) -> SeatCount:
    basis, total, free, price_kopecks = values
    return SeatCount(FundingBasis(basis), total, free, price_kopecks)


# An element with its provider's name, its cycles with their seats (programs) and its tickets
# (events) in one statement: BatchGetElements answers every dashboard and list of the portal.
_cycle_seats = seats.alias("cycle_seats")
_ELEMENT_CYCLES = (
    select(
        func.json_agg(
            aggregate_order_by(
                func.json_build_array(
                    program_cycles.c.id,
                    program_cycles.c.starts_on,
                    program_cycles.c.ends_on,
                    program_cycles.c.place,
                    program_cycles.c.curator,
                    program_cycles.c.department,
                    program_cycles.c.external_id,
                    select(
                        func.json_agg(
                            aggregate_order_by(_seat_json(_cycle_seats), _cycle_seats.c.basis)
                        )
                    )
                    .where(_cycle_seats.c.target_id == program_cycles.c.id)
                    .scalar_subquery(),
                ),
                program_cycles.c.starts_on,
                program_cycles.c.id,
            ),
            type_=JSON,
        )
    )
    .where(
        program_cycles.c.element_id == ElementRow.id,
        ElementRow.kind == ElementKind.PROGRAM.value,
    )
    .scalar_subquery()
)
_ELEMENT_TICKETS = (
    select(_seat_json(seats))
    .where(
        seats.c.target_id == ElementRow.id,
        seats.c.basis == "ticket",
        ElementRow.kind == ElementKind.EVENT.value,
    )
    .scalar_subquery()
)
# The columns an Element has: not the search vector, the seat summaries or the timestamps.
_WHOLE_ELEMENTS = select(
    *(
        ElementRow.__table__.c[name]
        for name in (
            "id",
            "kind",
            "title",
            "provider_id",
            "zet",
            "main_specialty_code",
            "additional_specialty_codes",
            "starts_on",
            "ends_on",
            "status",
            "region_code",
            "audience",
            "annotation",
            "form_of_study",
            "distance_learning",
            "rating",
            "rating_count",
            "free",
            "price_kopecks",
            "event_format",
            "attendance_control",
            "confirmation_requirements",
            "module_kind",
            "subject_codes",
            "external_id",
        )
    ),
    ProviderRow.name.label("provider_name"),
    _ELEMENT_CYCLES.label("cycles"),
    _ELEMENT_TICKETS.label("tickets"),
).join(ProviderRow, ProviderRow.id == ElementRow.provider_id)


def _whole_element(row: Any) -> Element:
    element_id = str(row.id)
    cycles = [
        ProgramCycle(
            id=cycle_id,
            element_id=element_id,
            starts_on=date.fromisoformat(starts_on),
            ends_on=date.fromisoformat(ends_on),
            seats=tuple(_seat_of(seat) for seat in cycle_seats or ()),
            place=place,
            curator=curator,
            department=department,
            external_id=external_id,
        )
        for (
            cycle_id,
            starts_on,
            ends_on,
            place,
            curator,
            department,
            external_id,
            cycle_seats,
        ) in row.cycles or ()
    ]
    tickets = _seat_of(row.tickets) if row.tickets else None
    return _element(row, cycles, tickets, row.provider_name)


def _element_values(element: Element) -> dict[str, Any]:
    return {
        **same_named(element, _ELEMENT_COLUMNS),
        "kind": element.kind.value,
        "provider_id": uuid.UUID(element.provider_id),
        "main_specialty_code": element.main_specialty_code or None,
        "additional_specialty_codes": list(element.additional_specialty_codes),
        "status": element.status.value,
        "audience": element.audience.value,
        "form_of_study": element.form_of_study.value if element.form_of_study else None,
        "event_format": element.event_format.value if element.event_format else None,
        "module_kind": element.module_kind.value if element.module_kind else None,
        "subject_codes": list(element.subject_codes),
    }


class ElementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, ids: Iterable[str]) -> list[Element]:
        uuids = valid_uuids(ids)
        if not uuids:
            return []
        rows = await self._session.execute(
            _WHOLE_ELEMENTS.where(ElementRow.id == _any_id(uuids)).order_by(ElementRow.id)
        )
        return [_whole_element(row) for row in rows]

    async def get(self, element_id: str, *, for_update: bool = False) -> Element | None:
        uuids = valid_uuids([element_id])
        if not uuids:
            return None
        query = _WHOLE_ELEMENTS.where(ElementRow.id == uuids[0])
        if for_update:
            query = query.with_for_update(of=ElementRow)
        found = (await self._session.execute(query)).first()
        return None if found is None else _whole_element(found)

    async def find_by_external_id(self, provider_id: str, external_id: str) -> Element | None:
        element_id = await self._session.scalar(
            select(ElementRow.id).where(
                ElementRow.provider_id == uuid.UUID(provider_id),
                ElementRow.external_id == external_id,
            )
        )
        return None if element_id is None else await self.get(str(element_id), for_update=True)

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
                    **same_named(row, _CYCLE_COLUMNS),
                    id=str(row.id),
                    element_id=str(row.element_id),
                    seats=tuple(by_target.get(row.id, ())),
                )
            )
        return result

    async def element_of(self, cycle_id: str) -> str | None:
        uuids = valid_uuids([cycle_id])
        if not uuids:
            return None
        found = await self._session.scalar(
            select(program_cycles.c.element_id).where(program_cycles.c.id == uuids[0])
        )
        return None if found is None else str(found)

    async def save(self, cycle: ProgramCycle) -> None:
        values = {"element_id": uuid.UUID(cycle.element_id), **same_named(cycle, _CYCLE_COLUMNS)}
        await self._session.execute(
            insert(program_cycles)
            .values(id=uuid.UUID(cycle.id), **values)
            .on_conflict_do_update(index_elements=[program_cycles.c.id], set_=values)
        )
        await SeatRepository(self._session).set_seats(cycle.id, cycle.element_id, cycle.seats)

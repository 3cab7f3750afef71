"""Unique numbers and their holdings in PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, exists, func, literal, null, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.errors import NotFound
from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters.bulk import copy_records
from pk_regional_svc.adapters.listing import counted_page
from pk_regional_svc.adapters.orm import applications, campaigns, holdings, teachers, unique_numbers
from pk_regional_svc.adapters.visibility import number_filter, scope_clause, uuid_texts
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberFilter,
    NumberStatus,
    RefusalCount,
    RefusalReason,
    UniqueNumber,
)
from pk_regional_svc.domain.scope import ListScope


def _ids(value: str) -> list[str]:
    return uuid_texts([value])


HOLDING_NOT_FOUND = ("holding_not_found", "Номер не найден")
NUMBER_NOT_FOUND = ("number_not_found", "Номер не найден")

TEACHER_NAME = func.concat_ws(
    " ", teachers.c.family_name, teachers.c.given_name, func.nullif(teachers.c.middle_name, "")
)
_NOT_REFUSED = holdings.c.status != NumberStatus.REFUSED.value


def holdings_select() -> Any:
    """Holdings with their number, teacher and application, as `holding_from_row` reads them."""
    n = unique_numbers
    return select(
        holdings.c.id.label("holding_id"),
        n.c.id.label("number_id"),
        n.c.code,
        n.c.campaign_id,
        holdings.c.year,
        n.c.region_code,
        n.c.school_id,
        n.c.municipality_id,
        holdings.c.teacher_id,
        TEACHER_NAME.label("teacher_name"),
        holdings.c.status,
        holdings.c.refusal_reason,
        holdings.c.refusal_note,
        applications.c.id.label("application_id"),
        holdings.c.updated_at,
        teachers.c.person_id,
    ).select_from(
        holdings.join(n, n.c.id == holdings.c.number_id)
        .join(teachers, teachers.c.id == holdings.c.teacher_id)
        .outerjoin(applications, applications.c.holding_id == holdings.c.id)
    )


def _unheld() -> Any:
    return ~exists().where(holdings.c.number_id == unique_numbers.c.id, _NOT_REFUSED)


def free_numbers_select() -> Any:
    """Numbers in their school's pool, in the columns of `holdings_select`."""
    n = unique_numbers
    return (
        select(
            null().label("holding_id"),
            n.c.id.label("number_id"),
            n.c.code,
            n.c.campaign_id,
            campaigns.c.year,
            n.c.region_code,
            n.c.school_id,
            n.c.municipality_id,
            null().label("teacher_id"),
            literal("").label("teacher_name"),
            literal(NumberStatus.FREE.value).label("status"),
            null().label("refusal_reason"),
            literal("").label("refusal_note"),
            null().label("application_id"),
            n.c.created_at.label("updated_at"),
            null().label("person_id"),
        )
        .select_from(n.join(campaigns, campaigns.c.id == n.c.campaign_id))
        .where(_unheld())
    )


def holding_from_row(m: Any) -> Holding:
    return Holding(
        holding_id=str(m["holding_id"]) if m["holding_id"] else "",
        number_id=str(m["number_id"]),
        number_code=m["code"],
        campaign_id=str(m["campaign_id"]),
        year=m["year"],
        region_code=m["region_code"],
        school_id=str(m["school_id"]),
        municipality_id=str(m["municipality_id"]),
        teacher_id=str(m["teacher_id"]) if m["teacher_id"] else "",
        teacher_name=m["teacher_name"] or "",
        status=NumberStatus(m["status"]),
        refusal_reason=RefusalReason(m["refusal_reason"]) if m["refusal_reason"] else None,
        refusal_note=m["refusal_note"] or "",
        application_id=str(m["application_id"]) if m["application_id"] else "",
        updated_at=m["updated_at"],
        holder_person_id=str(m["person_id"]) if m["person_id"] else "",
    )


class NumberRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def holding(self, holding_id: str, *, lock: bool = False) -> Holding:
        if not valid_uuids([holding_id]):
            raise NotFound(*HOLDING_NOT_FOUND)
        if lock:
            await self._session.execute(
                select(holdings.c.id).where(holdings.c.id == holding_id).with_for_update()
            )
        row = (
            await self._session.execute(holdings_select().where(holdings.c.id == holding_id))
        ).one_or_none()
        if row is None:
            raise NotFound(*HOLDING_NOT_FOUND)
        return holding_from_row(row._mapping)

    async def live_holding_of(
        self, campaign_id: str, teacher_id: str, *, lock: bool = False
    ) -> Holding | None:
        query = select(holdings.c.id).where(
            holdings.c.campaign_id == campaign_id, holdings.c.teacher_id == teacher_id, _NOT_REFUSED
        )
        if lock:
            query = query.with_for_update()
        found = await self._session.scalar(query)
        return await self.holding(str(found)) if found is not None else None

    async def latest_holding_of(self, campaign_id: str, teacher_id: str) -> Holding | None:
        """The live holding, else the latest refused one (so the teacher sees the refusal)."""
        found = await self._session.scalar(
            select(holdings.c.id)
            .where(holdings.c.campaign_id == campaign_id, holdings.c.teacher_id == teacher_id)
            .order_by(
                (holdings.c.status == NumberStatus.REFUSED.value).asc(),
                holdings.c.updated_at.desc(),
            )
            .limit(1)
        )
        return await self.holding(str(found)) if found is not None else None

    async def save_holding(self, holding: Holding) -> None:
        await self._session.execute(
            update(holdings)
            .where(holdings.c.id == holding.holding_id)
            .values(
                status=holding.status.value,
                refusal_reason=holding.refusal_reason.value if holding.refusal_reason else None,
                refusal_note=holding.refusal_note,
                updated_at=func.now(),
            )
        )

    async def add_holding(self, holding: Holding) -> None:
        await self._session.execute(
            holdings.insert().values(
                id=holding.holding_id,
                number_id=holding.number_id,
                campaign_id=holding.campaign_id,
                year=holding.year,
                region_code=holding.region_code,
                municipality_id=holding.municipality_id,
                school_id=holding.school_id,
                teacher_id=holding.teacher_id,
                status=holding.status.value,
            )
        )

    async def number(self, number_id: str, *, lock: bool = False) -> UniqueNumber:
        if not valid_uuids([number_id]):
            raise NotFound(*NUMBER_NOT_FOUND)
        query = select(unique_numbers).where(unique_numbers.c.id == number_id)
        if lock:
            query = query.with_for_update()
        row = (await self._session.execute(query)).one_or_none()
        if row is None:
            raise NotFound(*NUMBER_NOT_FOUND)
        return UniqueNumber(
            id=str(row.id),
            campaign_id=str(row.campaign_id),
            region_code=row.region_code,
            municipality_id=str(row.municipality_id),
            school_id=str(row.school_id),
            code=row.code,
        )

    async def is_held(self, number_id: str) -> bool:
        return bool(
            await self._session.scalar(
                select(exists().where(holdings.c.number_id == number_id, _NOT_REFUSED))
            )
        )

    async def free_in_pool(self, campaign_id: str, school_id: str) -> int:
        n = unique_numbers
        return (
            await self._session.scalar(
                select(func.count())
                .select_from(n)
                .where(n.c.campaign_id == campaign_id, n.c.school_id == school_id, _unheld())
            )
            or 0
        )

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[Holding], int]:
        """Holdings and free numbers, newest year first."""
        rows = union_all(holdings_select(), free_numbers_select()).subquery("numbers")
        where = and_(
            scope_clause(scope, rows.c.region_code, rows.c.municipality_id, rows.c.school_id),
            *number_filter(
                f,
                campaign_col=rows.c.campaign_id,
                year=rows.c.year,
                status_col=rows.c.status,
                teacher_col=rows.c.teacher_id,
                person_col=rows.c.person_id,
            ),
        )
        found, total = await counted_page(
            self._session,
            select(rows).where(where),
            (rows.c.year.desc(), rows.c.school_id, rows.c.code, rows.c.updated_at),
            limit,
            offset,
        )
        return [holding_from_row(r._mapping) for r in found], total

    async def refusals_by_reason(self, campaign_id: str, scope: ListScope) -> list[RefusalCount]:
        n = unique_numbers
        reason = func.coalesce(holdings.c.refusal_reason, RefusalReason.NOT_STATED.value)
        counted = func.count().label("count")
        found = await self._session.execute(
            select(reason.label("reason"), counted)
            .select_from(holdings.join(n, n.c.id == holdings.c.number_id))
            .where(
                n.c.campaign_id.in_(_ids(campaign_id)),
                holdings.c.status == NumberStatus.REFUSED.value,
                scope_clause(scope, n.c.region_code, n.c.municipality_id, n.c.school_id),
            )
            .group_by(reason)
            .order_by(counted.desc(), reason)
        )
        return [RefusalCount(RefusalReason(r.reason), r.count) for r in found]

    async def free_numbers(self, campaign_id: str, scope: ListScope) -> list[Holding]:
        n = unique_numbers
        found = await self._session.execute(
            free_numbers_select()
            .where(
                scope_clause(scope, n.c.region_code, n.c.municipality_id, n.c.school_id),
                n.c.campaign_id == campaign_id,
            )
            .order_by(n.c.code)
        )
        return [holding_from_row(r._mapping) for r in found]

    async def add_allocation(
        self, numbers: Sequence[UniqueNumber], new_holdings: Sequence[Holding]
    ) -> None:
        """COPY, set-based: an allocation writes a region's numbers at once. Ids go as text:
        asyncpg encodes a UUID's text in C, where building uuid.UUID objects costs ~2 µs each."""
        connection = await self._session.connection()
        await copy_records(
            connection,
            unique_numbers,
            [
                "id",
                "campaign_id",
                "region_code",
                "municipality_id",
                "school_id",
                "sequence",
                "code",
            ],
            [
                (
                    n.id,
                    n.campaign_id,
                    n.region_code,
                    n.municipality_id,
                    n.school_id,
                    n.sequence,
                    n.code,
                )
                for n in numbers
            ],
        )
        await copy_records(
            connection,
            holdings,
            [
                "id",
                "number_id",
                "campaign_id",
                "year",
                "region_code",
                "municipality_id",
                "school_id",
                "teacher_id",
                "status",
            ],
            [
                (
                    h.holding_id,
                    h.number_id,
                    h.campaign_id,
                    h.year,
                    h.region_code,
                    h.municipality_id,
                    h.school_id,
                    h.teacher_id,
                    h.status.value,
                )
                for h in new_holdings
            ],
        )

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from plan_svc.adapters.orm import CycleCreditRow, CycleRow, VoidedCreditRow
from plan_svc.domain.credits import CountedCredit, CreditKind
from plan_svc.domain.cycle import Cycle, DocumentKind


def _cycle(row: CycleRow) -> Cycle:
    return Cycle(
        id=str(row.id),
        person_id=str(row.person_id),
        specialty_code=row.specialty_code,
        document_kind=DocumentKind(row.document_kind),
        document_date=row.document_date,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        rule_set=row.rule_set,
    )


def _counted(row: CycleCreditRow) -> CountedCredit:
    return CountedCredit(
        credit_id=str(row.credit_id),
        element_id=row.element_id,
        kind=CreditKind(row.kind),
        zet=row.zet,
        completed_on=row.completed_on,
    )


class CycleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, ids: Iterable[str]) -> list[Cycle]:
        rows = await self._session.scalars(
            select(CycleRow).where(CycleRow.id.in_(valid_uuids(ids)))
        )
        return [_cycle(row) for row in rows]

    async def list_for_person(self, person_id: str) -> list[Cycle]:
        person = valid_uuids([person_id])
        if not person:
            return []
        rows = await self._session.scalars(
            select(CycleRow)
            .where(CycleRow.person_id == person[0])
            .order_by(CycleRow.starts_on, CycleRow.specialty_code)
        )
        return [_cycle(row) for row in rows]

    async def add_if_absent(self, cycle: Cycle) -> None:
        await self._session.execute(
            insert(CycleRow)
            .values(
                id=uuid.UUID(cycle.id),
                person_id=uuid.UUID(cycle.person_id),
                specialty_code=cycle.specialty_code,
                document_kind=cycle.document_kind.value,
                document_date=cycle.document_date,
                starts_on=cycle.starts_on,
                ends_on=cycle.ends_on,
                rule_set=cycle.rule_set,
            )
            .on_conflict_do_nothing()
        )


class CycleCreditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock_credit(self, credit_id: str) -> None:
        """Serialises the handlers of one credit (recorded vs voided) until the transaction ends."""
        await self._session.execute(
            select(func.pg_advisory_xact_lock(func.hashtextextended(credit_id, 0)))
        )

    async def for_cycles(self, cycle_ids: Sequence[str]) -> dict[str, list[CountedCredit]]:
        rows = await self._session.scalars(
            select(CycleCreditRow).where(CycleCreditRow.cycle_id.in_(valid_uuids(cycle_ids)))
        )
        found: dict[str, list[CountedCredit]] = {cycle_id: [] for cycle_id in cycle_ids}
        for row in rows:
            found[str(row.cycle_id)].append(_counted(row))
        return found

    async def count(self, credit: CountedCredit, cycle_ids: Sequence[str]) -> None:
        if not cycle_ids:
            return
        await self._session.execute(
            insert(CycleCreditRow)
            .values(
                [
                    {
                        "cycle_id": uuid.UUID(cycle_id),
                        "credit_id": uuid.UUID(credit.credit_id),
                        "element_id": credit.element_id,
                        "kind": credit.kind.value,
                        "zet": credit.zet,
                        "completed_on": credit.completed_on,
                    }
                    for cycle_id in cycle_ids
                ]
            )
            .on_conflict_do_nothing()
        )

    async def is_voided(self, credit_id: str) -> bool:
        found = await self._session.scalar(
            select(VoidedCreditRow.credit_id).where(
                VoidedCreditRow.credit_id == uuid.UUID(credit_id)
            )
        )
        return found is not None

    async def void(self, credit_id: str) -> None:
        credit = uuid.UUID(credit_id)
        await self._session.execute(
            insert(VoidedCreditRow).values(credit_id=credit).on_conflict_do_nothing()
        )
        await self._session.execute(
            delete(CycleCreditRow).where(CycleCreditRow.credit_id == credit)
        )

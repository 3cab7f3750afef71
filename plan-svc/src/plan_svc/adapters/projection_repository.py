"""The person-level credit projection kept from credits-svc's events."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.consumer import claim_event
from cpd_platform.ids import valid_uuids
from plan_svc.adapters.orm import (
    PersonCreditRow,
    processed_events,
)
from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.projection import PersonCredit

# The advisory lock of the projection: `rebuild` takes it exclusive, event handlers shared.
PROJECTION_LOCK = 7_340_001


_KINDS = {kind.value: kind for kind in CreditKind}


def _person_credit(row: Any) -> PersonCredit:
    """From an ORM object or a Core row of person_credits (every progress read maps all of a
    person's credits: ids converted once, kinds looked up)."""
    credit_id = str(row.credit_id)
    person_id = str(row.person_id)
    facts = None
    if row.kind is not None and row.completed_on is not None:
        facts = RecordedCredit(
            credit_id=credit_id,
            person_id=person_id,
            element_id=row.element_id or "",
            kind=_KINDS[row.kind],
            main_specialty_code=row.main_specialty_code or "",
            additional_specialty_codes=tuple(row.additional_specialty_codes or ()),
            zet=row.zet or 0,
            completed_on=row.completed_on,
        )
    return PersonCredit(credit_id, person_id, facts, row.voided)


def _facts_values(credit: RecordedCredit) -> dict[str, object]:
    return {
        "element_id": credit.element_id,
        "kind": credit.kind.value,
        "main_specialty_code": credit.main_specialty_code,
        "additional_specialty_codes": list(credit.additional_specialty_codes),
        "zet": credit.zet,
        "completed_on": credit.completed_on,
    }


class PersonCreditRepository:
    """The ledger projection; the same semantics as domain/projection.py, in SQL."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock(self, *, exclusive: bool) -> None:
        """Held until the transaction ends: a rebuild excludes every event handler."""
        lock = func.pg_advisory_xact_lock if exclusive else func.pg_advisory_xact_lock_shared
        await self._session.execute(select(lock(PROJECTION_LOCK)))

    async def claim_event(self, consumer: str, event_id: str) -> bool:
        """True the first time this consumer applies the event."""
        return await claim_event(self._session, processed_events, consumer, event_id)

    async def record(self, credit: RecordedCredit) -> None:
        table = cast(Table, PersonCreditRow.__table__)
        stmt = insert(table).values(
            credit_id=uuid.UUID(credit.credit_id),
            person_id=uuid.UUID(credit.person_id),
            **_facts_values(credit),
        )
        # Facts are written once; a void that came first keeps its tombstone.
        await self._session.execute(
            stmt.on_conflict_do_update(
                index_elements=[table.c.credit_id],
                set_={
                    **{k: stmt.excluded[k] for k in _facts_values(credit)},
                    "updated_at": func.now(),
                },
                where=table.c.kind.is_(None),
            )
        )

    async def void(self, credit_id: str, person_id: str) -> None:
        table = cast(Table, PersonCreditRow.__table__)
        await self._session.execute(
            insert(table)
            .values(credit_id=uuid.UUID(credit_id), person_id=uuid.UUID(person_id), voided=True)
            .on_conflict_do_update(
                index_elements=[table.c.credit_id],
                set_={"voided": True, "updated_at": func.now()},
                where=table.c.voided.is_(False),
            )
        )

    async def for_persons(self, person_ids: Iterable[str]) -> dict[str, list[PersonCredit]]:
        # Core rows, not ORM objects: every progress read loads all of a person's credits.
        table = cast(Table, PersonCreditRow.__table__)
        rows = await self._session.execute(
            select(table).where(table.c.person_id.in_(valid_uuids(person_ids)))
        )
        found: dict[str, list[PersonCredit]] = {}
        for row in rows:
            found.setdefault(str(row.person_id), []).append(_person_credit(row))
        return found

    async def all(self) -> list[PersonCredit]:
        rows = await self._session.scalars(select(PersonCreditRow))
        return [_person_credit(row) for row in rows]

    async def replace_all(self, credits: Sequence[PersonCredit]) -> None:
        await self._session.execute(delete(PersonCreditRow))
        values = [
            {
                "credit_id": uuid.UUID(c.credit_id),
                "person_id": uuid.UUID(c.person_id),
                "voided": c.voided,
                **(
                    _facts_values(c.facts)
                    if c.facts is not None
                    else dict.fromkeys(
                        (
                            "element_id",
                            "kind",
                            "main_specialty_code",
                            "additional_specialty_codes",
                            "zet",
                            "completed_on",
                        )
                    )
                ),
            }
            for c in credits
        ]
        for start in range(0, len(values), 1000):
            await self._session.execute(insert(PersonCreditRow), values[start : start + 1000])

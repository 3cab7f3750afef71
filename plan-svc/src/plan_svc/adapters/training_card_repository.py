"""SMK training cards, entries, module completions and exam applications (SQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from sqlalchemy import Table, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named
from plan_svc.adapters.orm import PersonCreditRow
from plan_svc.adapters.training_card_orm import (
    smk_card_entries,
    smk_cards,
    smk_exam_applications,
    smk_module_completions,
)
from plan_svc.domain.training_card.card import (
    Card,
    Entry,
    EntryDraft,
    EntryKind,
    EntryStatus,
    ModuleCompletion,
    TrainingMode,
)
from plan_svc.domain.training_card.exam import ExamApplication, ExamStatus, parse_session
from plan_svc.domain.training_card.programme import (
    ModuleSpec,
    ProgrammeSnapshot,
    Requirement,
    RequirementKind,
)

# Fields stored as they are in the columns of the same names: a card's, an entry's draft, and
# the decision on an entry or an exam application.
_CARD_COLUMNS = "unit_name started_on opened_at rule_set"
_DRAFT_COLUMNS = "module_code element_code quantity performed_on patient_code catalog_element_id"
_DECISION_COLUMNS = "return_reason decided_by decided_at"
_EXAM_COLUMNS = f"specialty submitted_at idempotency_key {_DECISION_COLUMNS}"


def programme_to_json(programme: ProgrammeSnapshot) -> dict[str, Any]:
    return asdict(programme)


def programme_from_json(data: dict[str, Any]) -> ProgrammeSnapshot:
    return ProgrammeSnapshot(
        specialty=data["specialty"],
        version=data["version"],
        title=data["title"],
        modules=tuple(
            ModuleSpec(
                m["code"],
                m["title"],
                m["kind"],
                tuple(
                    Requirement(RequirementKind(r["kind"]), r["code"], r["title"], r["required"])
                    for r in m["requirements"]
                ),
            )
            for m in data["modules"]
        ),
    )


def _card(row: Any, completions: list[ModuleCompletion]) -> Card:
    return Card(
        id=str(row.id),
        trainee_person_id=str(row.person_id),
        unit_id=str(row.unit_id),
        **same_named(row, _CARD_COLUMNS),
        mode=TrainingMode(row.mode),
        programme=programme_from_json(row.programme),
        completions=tuple(sorted(completions, key=lambda c: c.confirmed_at)),
    )


def _entry(row: Any) -> Entry:
    return Entry(
        id=str(row.id),
        card_id=str(row.card_id),
        draft=EntryDraft(**same_named(row, _DRAFT_COLUMNS), kind=EntryKind(row.kind)),
        status=EntryStatus(row.status),
        **same_named(row, f"created_at idempotency_key {_DECISION_COLUMNS}"),
    )


def _decision_values(decided: Entry | ExamApplication) -> dict[str, Any]:
    """The columns an entry's review or an exam application's decision changes."""
    return {"status": decided.status.value, **same_named(decided, _DECISION_COLUMNS)}


async def _insert_if_new(
    session: AsyncSession, table: Table, values: dict[str, Any], conflict: list[str] | None = None
) -> bool:
    """INSERT … ON CONFLICT DO NOTHING (on the `conflict` columns' index when named): False
    when a row of the same key was there already."""
    statement = (
        insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=conflict)
        .returning(table.c.id)
    )
    return (await session.execute(statement)).first() is not None


class TrainingCardRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _cards(self, condition: Any, *, for_update: bool = False) -> list[Card]:
        query = select(smk_cards).where(condition).order_by(smk_cards.c.opened_at.desc())
        if for_update:
            query = query.with_for_update()
        rows = (await self._session.execute(query)).all()
        if not rows:
            return []
        completions: dict[uuid.UUID, list[ModuleCompletion]] = {}
        for c in await self._session.execute(
            select(smk_module_completions).where(
                smk_module_completions.c.card_id.in_([r.id for r in rows])
            )
        ):
            completions.setdefault(c.card_id, []).append(
                ModuleCompletion(c.module_code, c.confirmed_by, c.confirmed_at)
            )
        return [_card(r, completions.get(r.id, [])) for r in rows]

    async def get(self, card_id: str, *, for_update: bool = False) -> Card | None:
        ids = valid_uuids([card_id])
        if not ids:
            return None
        cards = await self._cards(smk_cards.c.id == ids[0], for_update=for_update)
        return cards[0] if cards else None

    async def of_person(self, person_id: str, specialty: str | None = None) -> list[Card]:
        condition = smk_cards.c.person_id == uuid.UUID(person_id)
        if specialty is not None:
            condition = condition & (smk_cards.c.specialty == specialty)
        return await self._cards(condition)

    async def of_unit(self, unit_id: str, *, pending_only: bool) -> list[Card]:
        ids = valid_uuids([unit_id])
        if not ids:
            return []
        condition = smk_cards.c.unit_id == ids[0]
        if pending_only:
            condition = condition & exists().where(
                (smk_card_entries.c.card_id == smk_cards.c.id)
                & (smk_card_entries.c.status == EntryStatus.SUBMITTED.value)
            )
        return await self._cards(condition)

    async def add(self, card: Card) -> bool:
        """False when the trainee has a card of the specialty already."""
        values = dict(
            id=uuid.UUID(card.id),
            person_id=uuid.UUID(card.trainee_person_id),
            unit_id=uuid.UUID(card.unit_id),
            **same_named(card, f"specialty {_CARD_COLUMNS}"),
            programme_version=card.programme.version,
            programme=programme_to_json(card.programme),
            mode=card.mode.value,
        )
        return await _insert_if_new(self._session, smk_cards, values)

    async def add_completion(self, card_id: str, completion: ModuleCompletion) -> None:
        await self._session.execute(
            insert(smk_module_completions)
            .values(
                card_id=uuid.UUID(card_id),
                module_code=completion.module_code,
                confirmed_by=completion.confirmed_by,
                confirmed_at=completion.confirmed_at,
            )
            .on_conflict_do_nothing()
        )

    async def entries(self, card_ids: Iterable[str]) -> dict[str, list[Entry]]:
        """Each card's entries, oldest first."""
        ids = valid_uuids(card_ids)
        found: dict[str, list[Entry]] = {str(i): [] for i in ids}
        if not ids:
            return found
        rows = await self._session.execute(
            select(smk_card_entries)
            .where(smk_card_entries.c.card_id.in_(ids))
            .order_by(smk_card_entries.c.created_at, smk_card_entries.c.id)
        )
        for row in rows:
            found[str(row.card_id)].append(_entry(row))
        return found

    async def entry(self, card_id: str, entry_id: str, *, for_update: bool = False) -> Entry | None:
        ids = valid_uuids([card_id, entry_id])
        if len(ids) != 2:
            return None
        query = select(smk_card_entries).where(
            smk_card_entries.c.card_id == ids[0], smk_card_entries.c.id == ids[1]
        )
        if for_update:
            query = query.with_for_update()
        row = (await self._session.execute(query)).first()
        return None if row is None else _entry(row)

    async def entry_by_key(self, card_id: str, key: str) -> Entry | None:
        row = (
            await self._session.execute(
                select(smk_card_entries).where(
                    smk_card_entries.c.card_id == uuid.UUID(card_id),
                    smk_card_entries.c.idempotency_key == key,
                )
            )
        ).first()
        return None if row is None else _entry(row)

    async def add_entry(self, entry: Entry) -> bool:
        """False when the card has an entry of this idempotency key already."""
        values = dict(
            id=uuid.UUID(entry.id),
            card_id=uuid.UUID(entry.card_id),
            idempotency_key=entry.idempotency_key,
            **same_named(entry.draft, _DRAFT_COLUMNS),
            kind=entry.draft.kind.value,
            created_at=entry.created_at,
            **_decision_values(entry),
        )
        return await _insert_if_new(self._session, smk_card_entries, values)

    async def update_entry(self, entry: Entry) -> None:
        await self._session.execute(
            update(smk_card_entries)
            .where(smk_card_entries.c.id == uuid.UUID(entry.id))
            .values(**_decision_values(entry))
        )

    async def awaiting_posting(self, person_id: str, element_id: str) -> list[Entry]:
        """The person's submitted course entries naming the element, locked."""
        rows = await self._session.execute(
            select(smk_card_entries)
            .join(smk_cards, smk_cards.c.id == smk_card_entries.c.card_id)
            .where(
                smk_cards.c.person_id == uuid.UUID(person_id),
                smk_card_entries.c.catalog_element_id == element_id,
                smk_card_entries.c.status == EntryStatus.SUBMITTED.value,
            )
            .with_for_update(of=smk_card_entries)
        )
        return [_entry(r) for r in rows]

    async def lock_person(self, person_id: str) -> None:
        """Serialises a trainee's entries with the postings of their courses until the
        transaction ends."""
        key = func.hashtextextended(f"smk-card:{person_id}", 0)
        await self._session.execute(select(func.pg_advisory_xact_lock(key)))

    async def posted_credit(self, person_id: str, element_id: str) -> str | None:
        """A credit of the person for the element that counts (the ledger's projection), if the
        provider posted one already."""
        row = (
            await self._session.execute(
                select(PersonCreditRow.credit_id)
                .where(
                    PersonCreditRow.person_id == uuid.UUID(person_id),
                    PersonCreditRow.element_id == element_id,
                    PersonCreditRow.voided.is_(False),
                )
                .order_by(PersonCreditRow.credit_id)
                .limit(1)
            )
        ).first()
        return None if row is None else str(row.credit_id)

    async def decided_by(self, decider: str) -> list[Entry]:
        rows = await self._session.execute(
            select(smk_card_entries)
            .where(smk_card_entries.c.decided_by == decider)
            .with_for_update()
        )
        return [_entry(r) for r in rows]


def _application(row: Any) -> ExamApplication:
    return ExamApplication(
        id=str(row.id),
        card_id=str(row.card_id),
        trainee_person_id=str(row.person_id),
        **same_named(row, _EXAM_COLUMNS),
        session=parse_session(row.session),
        status=ExamStatus(row.status),
    )


class ExamApplicationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _list(self, condition: Any, *, for_update: bool = False) -> list[ExamApplication]:
        query = (
            select(smk_exam_applications)
            .where(condition)
            .order_by(smk_exam_applications.c.submitted_at, smk_exam_applications.c.id)
        )
        if for_update:
            query = query.with_for_update()
        return [_application(r) for r in await self._session.execute(query)]

    async def get(self, application_id: str, *, for_update: bool = False) -> ExamApplication | None:
        ids = valid_uuids([application_id])
        if not ids:
            return None
        found = await self._list(smk_exam_applications.c.id == ids[0], for_update=for_update)
        return found[0] if found else None

    async def by_key(self, person_id: str, key: str) -> ExamApplication | None:
        found = await self._list(
            (smk_exam_applications.c.person_id == uuid.UUID(person_id))
            & (smk_exam_applications.c.idempotency_key == key)
        )
        return found[0] if found else None

    async def active_for_card(self, card_id: str) -> list[ExamApplication]:
        return await self._list(
            (smk_exam_applications.c.card_id == uuid.UUID(card_id))
            & (smk_exam_applications.c.status != ExamStatus.RETURNED.value)
        )

    async def listed(
        self, session: str | None, status: ExamStatus | None, person_id: str | None
    ) -> list[ExamApplication]:
        condition: Any = smk_exam_applications.c.id.isnot(None)
        if session:
            condition = condition & (smk_exam_applications.c.session == session)
        if status is not None:
            condition = condition & (smk_exam_applications.c.status == status.value)
        if person_id is not None:
            condition = condition & (smk_exam_applications.c.person_id == uuid.UUID(person_id))
        return await self._list(condition)

    async def add(self, application: ExamApplication) -> bool:
        """False when the person used the idempotency key already."""
        values = dict(
            id=uuid.UUID(application.id),
            card_id=uuid.UUID(application.card_id),
            person_id=uuid.UUID(application.trainee_person_id),
            **same_named(application, _EXAM_COLUMNS),
            session=str(application.session),
            status=application.status.value,
        )
        return await _insert_if_new(
            self._session, smk_exam_applications, values, ["person_id", "idempotency_key"]
        )

    async def update(self, application: ExamApplication) -> None:
        await self._session.execute(
            update(smk_exam_applications)
            .where(smk_exam_applications.c.id == uuid.UUID(application.id))
            .values(**_decision_values(application))
        )

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from plan_svc.adapters.orm import (
    ApplicationRow,
    CycleRow,
    DocumentRow,
    EventRegistrationRow,
    PersonCreditRow,
    PlanItemRow,
    RegisterExtractRow,
    RegisterRecordRow,
)
from plan_svc.domain.applications import (
    Application,
    ApplicationStatus,
    Employment,
    EmploymentKind,
    EventRegistration,
    FundingBasis,
    RegistrationStatus,
)
from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.cycle import Cycle, Document, DocumentKind, normalise_document_number
from plan_svc.domain.frmr import RegisterRecord
from plan_svc.domain.plan import ElementFacts, PlanItem
from plan_svc.domain.projection import PersonCredit


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
        document_id=str(row.document_id) if row.document_id else None,
    )


def _document(row: DocumentRow) -> Document:
    return Document(
        id=str(row.id),
        person_id=str(row.person_id),
        kind=DocumentKind(row.kind),
        specialty_code=row.specialty_code,
        series=row.series,
        number=row.number,
        issued_on=row.issued_on,
    )


def _uuid_or_none(value: str) -> uuid.UUID | None:
    found = valid_uuids([value])
    return found[0] if found else None


async def lock_person(session: AsyncSession, person_id: str) -> None:
    """Serialises the writes of one person's cycles and plans until the transaction ends."""
    await session.execute(
        select(func.pg_advisory_xact_lock(func.hashtextextended(f"plan:{person_id}", 0)))
    )


class DocumentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find(
        self, person_id: str, kind: DocumentKind, series: str, number: str
    ) -> tuple[Document, str | None] | None:
        row = await self._session.scalar(
            select(DocumentRow).where(
                DocumentRow.person_id == uuid.UUID(person_id),
                DocumentRow.kind == kind.value,
                DocumentRow.series_key == normalise_document_number(series),
                DocumentRow.number_key == normalise_document_number(number),
            )
        )
        return None if row is None else (_document(row), row.snils)

    async def get_many(self, ids: Iterable[str]) -> dict[str, tuple[Document, str | None]]:
        rows = await self._session.scalars(
            select(DocumentRow).where(DocumentRow.id.in_(valid_uuids(ids)))
        )
        return {str(row.id): (_document(row), row.snils) for row in rows}

    async def add(self, document: Document, snils: str | None) -> None:
        self._session.add(
            DocumentRow(
                id=uuid.UUID(document.id),
                person_id=uuid.UUID(document.person_id),
                kind=document.kind.value,
                specialty_code=document.specialty_code,
                series=document.series,
                number=document.number,
                series_key=normalise_document_number(document.series),
                number_key=normalise_document_number(document.number),
                issued_on=document.issued_on,
                snils=snils,
            )
        )
        await self._session.flush()


class CycleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, cycle_id: str) -> Cycle | None:
        found = await self.get_many([cycle_id])
        return found[0] if found else None

    async def get_many(self, ids: Iterable[str]) -> list[Cycle]:
        rows = await self._session.scalars(
            select(CycleRow).where(CycleRow.id.in_(valid_uuids(ids)))
        )
        return [_cycle(row) for row in rows]

    async def list_for_person(self, person_id: str) -> list[Cycle]:
        return (await self.list_for_persons([person_id])).get(person_id, [])

    async def list_for_persons(self, person_ids: Iterable[str]) -> dict[str, list[Cycle]]:
        rows = await self._session.scalars(
            select(CycleRow)
            .where(CycleRow.person_id.in_(valid_uuids(person_ids)))
            .order_by(CycleRow.starts_on, CycleRow.specialty_code)
        )
        found: dict[str, list[Cycle]] = {}
        for row in rows:
            found.setdefault(str(row.person_id), []).append(_cycle(row))
        return found

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
                document_id=uuid.UUID(cycle.document_id) if cycle.document_id else None,
            )
            .on_conflict_do_nothing()
        )

    async def by_document(self, document_id: str) -> Cycle | None:
        row = await self._session.scalar(
            select(CycleRow).where(CycleRow.document_id == uuid.UUID(document_id))
        )
        return None if row is None else _cycle(row)


def _person_credit(row: Any) -> PersonCredit:
    """From an ORM object or a Core row of person_credits."""
    facts = None
    if row.kind is not None and row.completed_on is not None:
        facts = RecordedCredit(
            credit_id=str(row.credit_id),
            person_id=str(row.person_id),
            element_id=row.element_id or "",
            kind=CreditKind(row.kind),
            main_specialty_code=row.main_specialty_code or "",
            additional_specialty_codes=tuple(row.additional_specialty_codes or ()),
            zet=row.zet or 0,
            completed_on=row.completed_on,
        )
    return PersonCredit(str(row.credit_id), str(row.person_id), facts, row.voided)


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


class RegisterRepository:
    """The local ФРМР extract."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def loaded(self) -> bool:
        return (
            await self._session.scalar(select(func.count()).select_from(RegisterExtractRow))
        ) != 0

    async def records_for(self, documents: Iterable[Document]) -> list[RegisterRecord]:
        keys = {normalise_document_number(d.number) for d in documents}
        if not keys:
            return []
        rows = await self._session.scalars(
            select(RegisterRecordRow).where(RegisterRecordRow.number_key.in_(keys))
        )
        return [
            RegisterRecord(
                snils=row.snils,
                document_kind=DocumentKind(row.document_kind) if row.document_kind else None,
                series=row.series,
                number=row.number,
                specialty_code=row.specialty_code,
                issued_on=row.issued_on,
            )
            for row in rows
        ]

    async def replace(self, records: Sequence[RegisterRecord]) -> None:
        await self._session.execute(delete(RegisterRecordRow))
        values = [
            {
                "snils": r.snils,
                "document_kind": r.document_kind.value if r.document_kind else None,
                "series": r.series,
                "number": r.number,
                "number_key": normalise_document_number(r.number),
                "specialty_code": r.specialty_code,
                "issued_on": r.issued_on,
            }
            for r in records
        ]
        for start in range(0, len(values), 1000):
            await self._session.execute(insert(RegisterRecordRow), values[start : start + 1000])
        self._session.add(RegisterExtractRow(records=len(values)))
        await self._session.flush()


def _plan_item(row: PlanItemRow) -> PlanItem:
    return PlanItem(
        id=str(row.id),
        cycle_id=str(row.cycle_id),
        person_id=str(row.person_id),
        element=ElementFacts(
            element_id=row.element_id,
            kind=CreditKind(row.element_kind),
            provider_id=row.provider_id,
            main_specialty_code=row.main_specialty_code,
            additional_specialty_codes=tuple(row.additional_specialty_codes),
            starts_on=row.starts_on,
            ends_on=row.ends_on,
        ),
        added_at=row.added_at,
    )


class PlanItemRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def for_persons(self, person_ids: Iterable[str]) -> list[PlanItem]:
        rows = await self._session.scalars(
            select(PlanItemRow)
            .where(PlanItemRow.person_id.in_(valid_uuids(person_ids)))
            .order_by(PlanItemRow.added_at, PlanItemRow.element_id)
        )
        return [_plan_item(row) for row in rows]

    async def for_person_element(self, person_id: str, element_id: str) -> list[PlanItem]:
        rows = await self._session.scalars(
            select(PlanItemRow).where(
                PlanItemRow.person_id == uuid.UUID(person_id),
                PlanItemRow.element_id == element_id,
            )
        )
        return [_plan_item(row) for row in rows]

    async def add_if_absent(self, cycle: Cycle, element: ElementFacts) -> None:
        await self._session.execute(
            insert(PlanItemRow)
            .values(
                id=uuid.uuid4(),
                cycle_id=uuid.UUID(cycle.id),
                person_id=uuid.UUID(cycle.person_id),
                element_id=element.element_id,
                element_kind=element.kind.value,
                provider_id=element.provider_id,
                main_specialty_code=element.main_specialty_code,
                additional_specialty_codes=list(element.additional_specialty_codes),
                starts_on=element.starts_on,
                ends_on=element.ends_on,
            )
            .on_conflict_do_nothing()
        )

    async def remove(self, cycle_id: str, element_id: str) -> bool:
        result = await self._session.execute(
            delete(PlanItemRow)
            .where(
                PlanItemRow.cycle_id == uuid.UUID(cycle_id), PlanItemRow.element_id == element_id
            )
            .returning(PlanItemRow.id)
        )
        return result.first() is not None


def _application(row: ApplicationRow) -> Application:
    return Application(
        id=str(row.id),
        person_id=str(row.person_id),
        program_cycle_id=row.program_cycle_id,
        element_id=row.element_id,
        provider_id=row.provider_id,
        specialty_code=row.specialty_code,
        employment=Employment(EmploymentKind(row.employment_kind), row.organization, row.position),
        funding_basis=FundingBasis(row.funding_basis),
        consent_to_share=row.consent_to_share,
        status=ApplicationStatus(row.status),
        decision_reason=row.decision_reason,
        submitted_at=row.submitted_at,
        decided_at=row.decided_at,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        reservation_id=row.reservation_id,
    )


class ApplicationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, application_id: str, *, for_update: bool = False) -> Application | None:
        key = _uuid_or_none(application_id)
        if key is None:
            return None
        query = select(ApplicationRow).where(ApplicationRow.id == key)
        if for_update:
            query = query.with_for_update()
        row = await self._session.scalar(query)
        return None if row is None else _application(row)

    async def active_for(self, person_id: str, program_cycle_id: str) -> Application | None:
        row = await self._session.scalar(
            select(ApplicationRow).where(
                ApplicationRow.person_id == uuid.UUID(person_id),
                ApplicationRow.program_cycle_id == program_cycle_id,
                ApplicationRow.status.in_(["pending_seat", "submitted", "accepted"]),
            )
        )
        return None if row is None else _application(row)

    async def add(self, application: Application) -> None:
        self._session.add(
            ApplicationRow(
                id=uuid.UUID(application.id),
                person_id=uuid.UUID(application.person_id),
                program_cycle_id=application.program_cycle_id,
                element_id=application.element_id,
                provider_id=application.provider_id,
                specialty_code=application.specialty_code,
                employment_kind=application.employment.kind.value,
                organization=application.employment.organization,
                position=application.employment.position,
                funding_basis=application.funding_basis.value,
                consent_to_share=application.consent_to_share,
                status=application.status.value,
                decision_reason=application.decision_reason,
                reservation_id=application.reservation_id,
                starts_on=application.starts_on,
                ends_on=application.ends_on,
                submitted_at=application.submitted_at,
                decided_at=application.decided_at,
            )
        )
        await self._session.flush()

    async def save(self, application: Application) -> None:
        await self._session.execute(
            update(ApplicationRow)
            .where(ApplicationRow.id == uuid.UUID(application.id))
            .values(
                status=application.status.value,
                decision_reason=application.decision_reason,
                reservation_id=application.reservation_id,
                decided_at=application.decided_at,
            )
        )

    async def for_persons(self, person_ids: Iterable[str]) -> list[Application]:
        rows = await self._session.scalars(
            select(ApplicationRow)
            .where(ApplicationRow.person_id.in_(valid_uuids(person_ids)))
            .order_by(ApplicationRow.submitted_at)
        )
        return [_application(row) for row in rows]

    async def for_providers(
        self, provider_ids: Iterable[str] | None, status: ApplicationStatus | None
    ) -> list[Application]:
        query = select(ApplicationRow).where(ApplicationRow.status != "pending_seat")
        if provider_ids is not None:
            query = query.where(ApplicationRow.provider_id.in_(list(provider_ids)))
        if status is not None:
            query = query.where(ApplicationRow.status == status.value)
        rows = await self._session.scalars(query.order_by(ApplicationRow.submitted_at).limit(1000))
        return [_application(row) for row in rows]


def _registration(row: EventRegistrationRow) -> EventRegistration:
    return EventRegistration(
        id=str(row.id),
        person_id=str(row.person_id),
        element_id=row.element_id,
        status=RegistrationStatus(row.status),
        reservation_id=row.reservation_id,
        registered_at=row.registered_at,
    )


class RegistrationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def active_for(self, person_id: str, element_id: str) -> EventRegistration | None:
        row = await self._session.scalar(
            select(EventRegistrationRow).where(
                EventRegistrationRow.person_id == uuid.UUID(person_id),
                EventRegistrationRow.element_id == element_id,
                EventRegistrationRow.status.in_(["pending_ticket", "registered"]),
            )
        )
        return None if row is None else _registration(row)

    async def add(self, registration: EventRegistration) -> None:
        self._session.add(
            EventRegistrationRow(
                id=uuid.UUID(registration.id),
                person_id=uuid.UUID(registration.person_id),
                element_id=registration.element_id,
                status=registration.status.value,
                reservation_id=registration.reservation_id,
                registered_at=registration.registered_at,
            )
        )
        await self._session.flush()

    async def save(self, registration: EventRegistration) -> None:
        await self._session.execute(
            update(EventRegistrationRow)
            .where(EventRegistrationRow.id == uuid.UUID(registration.id))
            .values(status=registration.status.value, reservation_id=registration.reservation_id)
        )

    async def for_persons(self, person_ids: Iterable[str]) -> list[EventRegistration]:
        rows = await self._session.scalars(
            select(EventRegistrationRow)
            .where(EventRegistrationRow.person_id.in_(valid_uuids(person_ids)))
            .order_by(EventRegistrationRow.registered_at)
        )
        return [_registration(row) for row in rows]

"""Plan items, applications to program cycles and event registrations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from plan_svc.adapters.orm import (
    ApplicationRow,
    EventRegistrationRow,
    PlanItemRow,
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
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.cycle import Cycle
from plan_svc.domain.plan import ElementFacts, PlanItem


def _uuid_or_none(value: str) -> uuid.UUID | None:
    found = valid_uuids([value])
    return found[0] if found else None


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


def application_from_row(row: ApplicationRow) -> Application:
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
        return None if row is None else application_from_row(row)

    async def active_for(self, person_id: str, program_cycle_id: str) -> Application | None:
        row = await self._session.scalar(
            select(ApplicationRow).where(
                ApplicationRow.person_id == uuid.UUID(person_id),
                ApplicationRow.program_cycle_id == program_cycle_id,
                ApplicationRow.status.in_(["pending_seat", "submitted", "accepted"]),
            )
        )
        return None if row is None else application_from_row(row)

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
        return [application_from_row(row) for row in rows]

    async def for_providers(
        self, provider_ids: Iterable[str] | None, status: ApplicationStatus | None
    ) -> list[Application]:
        query = select(ApplicationRow).where(ApplicationRow.status != "pending_seat")
        if provider_ids is not None:
            query = query.where(ApplicationRow.provider_id.in_(list(provider_ids)))
        if status is not None:
            query = query.where(ApplicationRow.status == status.value)
        rows = await self._session.scalars(query.order_by(ApplicationRow.submitted_at).limit(1000))
        return [application_from_row(row) for row in rows]


def registration_from_row(row: EventRegistrationRow) -> EventRegistration:
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
        return None if row is None else registration_from_row(row)

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
        return [registration_from_row(row) for row in rows]

"""Plan items, applications to program cycles and event registrations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named
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

# Fields stored as they are in the columns of the same names: a planned element's facts (in
# plan_items), an application's and an event registration's.
_ELEMENT_COLUMNS = "element_id provider_id main_specialty_code starts_on ends_on"
_APPLICATION_COLUMNS = (
    "program_cycle_id element_id provider_id specialty_code consent_to_share decision_reason "
    "reservation_id starts_on ends_on submitted_at decided_at"
)
_REGISTRATION_COLUMNS = "element_id reservation_id registered_at"


def _uuid_or_none(value: str) -> uuid.UUID | None:
    found = valid_uuids([value])
    return found[0] if found else None


def _plan_item(row: PlanItemRow) -> PlanItem:
    return PlanItem(
        id=str(row.id),
        cycle_id=str(row.cycle_id),
        person_id=str(row.person_id),
        element=ElementFacts(
            **same_named(row, _ELEMENT_COLUMNS),
            kind=CreditKind(row.element_kind),
            additional_specialty_codes=tuple(row.additional_specialty_codes),
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
                **same_named(element, _ELEMENT_COLUMNS),
                element_kind=element.kind.value,
                additional_specialty_codes=list(element.additional_specialty_codes),
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
        **same_named(row, _APPLICATION_COLUMNS),
        employment=Employment(EmploymentKind(row.employment_kind), row.organization, row.position),
        funding_basis=FundingBasis(row.funding_basis),
        status=ApplicationStatus(row.status),
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
                **same_named(application, _APPLICATION_COLUMNS),
                employment_kind=application.employment.kind.value,
                **same_named(application.employment, "organization position"),
                funding_basis=application.funding_basis.value,
                status=application.status.value,
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
        **same_named(row, _REGISTRATION_COLUMNS),
        status=RegistrationStatus(row.status),
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
                **same_named(registration, _REGISTRATION_COLUMNS),
                status=registration.status.value,
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

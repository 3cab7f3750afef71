"""Results providers owe: accepted applications and event registrations whose training ended by
a day while the person has no live credit for the element (the posting deadline itself is the
domain's, `domain/result_wait.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from plan_svc.adapters.orm import (
    ApplicationRow,
    EventRegistrationRow,
    PersonCreditRow,
    PlanItemRow,
)
from plan_svc.adapters.plan_repository import application_from_row, registration_from_row
from plan_svc.domain.applications import Application
from plan_svc.domain.result_wait import AwaitedEvent


def _credited(
    person_id: QueryableAttribute[uuid.UUID], element_id: QueryableAttribute[str]
) -> ColumnElement[bool]:
    """The person has a live credit for the element."""
    return exists().where(
        PersonCreditRow.person_id == person_id,
        PersonCreditRow.element_id == element_id,
        PersonCreditRow.voided.is_(False),
    )


class AwaitedResultRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def programs(
        self, provider_ids: Iterable[str] | None, ended_by: date, limit: int
    ) -> list[Application]:
        """Accepted applications whose program cycle ended by `ended_by`, without a live
        credit for the program; oldest end first."""
        query = select(ApplicationRow).where(
            ApplicationRow.status == "accepted",
            ApplicationRow.ends_on <= ended_by,
            ~_credited(ApplicationRow.person_id, ApplicationRow.element_id),
        )
        if provider_ids is not None:
            query = query.where(ApplicationRow.provider_id.in_(list(provider_ids)))
        rows = await self._session.scalars(
            query.order_by(ApplicationRow.ends_on, ApplicationRow.id).limit(limit)
        )
        return [application_from_row(row) for row in rows]

    async def events(
        self, provider_ids: Iterable[str] | None, ended_by: date, limit: int
    ) -> list[AwaitedEvent]:
        """Registrations for events that ended by `ended_by` (dates and provider as planned),
        without a live credit for the event; oldest end first."""
        planned = select(
            PlanItemRow.person_id,
            PlanItemRow.element_id,
            PlanItemRow.provider_id,
            func.max(PlanItemRow.ends_on).label("ends_on"),
        ).where(PlanItemRow.element_kind == "event", PlanItemRow.ends_on <= ended_by)
        if provider_ids is not None:
            planned = planned.where(PlanItemRow.provider_id.in_(list(provider_ids)))
        events = planned.group_by(
            PlanItemRow.person_id, PlanItemRow.element_id, PlanItemRow.provider_id
        ).subquery()
        query = (
            select(EventRegistrationRow, events.c.provider_id, events.c.ends_on)
            .join(
                events,
                and_(
                    events.c.person_id == EventRegistrationRow.person_id,
                    events.c.element_id == EventRegistrationRow.element_id,
                ),
            )
            .where(
                EventRegistrationRow.status == "registered",
                ~_credited(EventRegistrationRow.person_id, EventRegistrationRow.element_id),
            )
            .order_by(events.c.ends_on, EventRegistrationRow.id)
            .limit(limit)
        )
        rows = await self._session.execute(query)
        return [
            AwaitedEvent(registration_from_row(row), provider_id, ends_on)
            for row, provider_id, ends_on in rows
        ]

"""Teachers' applications in PostgreSQL (passport data only sealed)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.errors import NotFound
from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters.listing import counted_page
from pk_regional_svc.adapters.number_repository import TEACHER_NAME
from pk_regional_svc.adapters.orm import applications, holdings, teachers, unique_numbers
from pk_regional_svc.adapters.passport_cipher import Sealed
from pk_regional_svc.adapters.visibility import number_filter, scope_clause
from pk_regional_svc.domain.application import Application, ApplicationStatus
from pk_regional_svc.domain.numbers import NumberFilter
from pk_regional_svc.domain.scope import ListScope

APPLICATION_NOT_FOUND = ("application_not_found", "Заявление не найдено")


def applications_select() -> Any:
    """Applications with their number's code and the teacher's name."""
    return select(
        applications, unique_numbers.c.code, TEACHER_NAME.label("teacher_name")
    ).select_from(
        applications.join(holdings, holdings.c.id == applications.c.holding_id)
        .join(unique_numbers, unique_numbers.c.id == holdings.c.number_id)
        .join(teachers, teachers.c.id == applications.c.teacher_id)
    )


def application_from_row(m: Any) -> Application:
    return Application(
        id=str(m["id"]),
        campaign_id=str(m["campaign_id"]),
        teacher_id=str(m["teacher_id"]),
        teacher_name=m["teacher_name"],
        holding_id=str(m["holding_id"]),
        number_code=m["code"],
        region_code=m["region_code"],
        school_id=str(m["school_id"]),
        municipality_id=str(m["municipality_id"]),
        status=ApplicationStatus(m["status"]),
        passport_masked=m["passport_masked"],
        passport_filled=m["passport_sealed"] is not None,
        phone=m["phone"],
        position=m["position"],
        subject=m["subject"],
        qualification_category=m["qualification_category"],
        course_id=m["course_id"],
        group_ids=tuple(m["group_ids"] or ()),
        total_hours=m["total_hours"],
        reservation_id=m["reservation_id"],
        submitted_at=m["submitted_at"],
        updated_at=m["updated_at"],
        submission_no=m["submission_no"],
    )


def _values(a: Application, passport: Sealed | None) -> dict[str, Any]:
    values: dict[str, Any] = {
        "status": a.status.value,
        "phone": a.phone,
        "position": a.position,
        "subject": a.subject,
        "qualification_category": a.qualification_category,
        "course_id": a.course_id,
        "group_ids": list(a.group_ids),
        "total_hours": a.total_hours,
        "reservation_id": a.reservation_id,
        "submitted_at": a.submitted_at,
        "submission_no": a.submission_no,
        "updated_at": a.updated_at or func.now(),
    }
    if passport is not None:
        values.update(
            passport_key_id=passport.key_id,
            passport_sealed=passport.blob,
            passport_masked=a.passport_masked,
        )
    return values


class ApplicationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, application_id: str, *, lock: bool = False) -> Application:
        if not valid_uuids([application_id]):
            raise NotFound(*APPLICATION_NOT_FOUND)
        if lock:
            await self._session.execute(
                select(applications.c.id)
                .where(applications.c.id == application_id)
                .with_for_update()
            )
        row = (
            await self._session.execute(
                applications_select().where(applications.c.id == application_id)
            )
        ).one_or_none()
        if row is None:
            raise NotFound(*APPLICATION_NOT_FOUND)
        return application_from_row(row._mapping)

    async def of_holding(self, holding_id: str) -> Application | None:
        row = (
            await self._session.execute(
                applications_select().where(applications.c.holding_id == holding_id)
            )
        ).one_or_none()
        return application_from_row(row._mapping) if row is not None else None

    async def add(self, application: Application, passport: Sealed | None) -> None:
        await self._session.execute(
            insert(applications).values(
                id=application.id,
                campaign_id=application.campaign_id,
                holding_id=application.holding_id,
                teacher_id=application.teacher_id,
                region_code=application.region_code,
                municipality_id=application.municipality_id,
                school_id=application.school_id,
                **_values(application, passport),
            )
        )

    async def save(self, application: Application, passport: Sealed | None = None) -> None:
        await self._session.execute(
            update(applications)
            .where(applications.c.id == application.id)
            .values(**_values(application, passport))
        )

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[Application], int]:
        a = applications
        where = and_(
            scope_clause(scope, a.c.region_code, a.c.municipality_id, a.c.school_id),
            *number_filter(
                f,
                campaign_col=a.c.campaign_id,
                year=holdings.c.year,
                status_col=holdings.c.status,
                teacher_col=a.c.teacher_id,
                person_col=teachers.c.person_id,
            ),
        )
        found, total = await counted_page(
            self._session,
            applications_select().where(where),
            (a.c.school_id, teachers.c.family_name, a.c.id),
            limit,
            offset,
        )
        return [application_from_row(r._mapping) for r in found], total

"""Ratings with reviews, and error reports (SQL)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, true, tuple_, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.orm import ElementRow, element_ratings, error_reports
from catalog_svc.domain.feedback import (
    ErrorReport,
    PageCursor,
    RatingChange,
    ReportStatus,
    Review,
    average,
)
from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named

# The columns of a rating's and an error report's rows that hold their fields as they are (the
# ones written when the row is added).
_REVIEW_COLUMNS = "score text created_at updated_at"
_REPORT_COLUMNS = "idempotency_key text created_at"


def _review(row: Any) -> Review:
    return Review(
        **same_named(row, _REVIEW_COLUMNS + " hidden answer answered_at"),
        id=str(row.id),
        element_id=str(row.element_id),
        author_person_id=str(row.person_id),
    )


def _after(cursor: PageCursor | None, at: Any, id_: Any) -> Any:
    """Rows after the cursor in a newest-first (at DESC, id DESC) order."""
    if cursor is None:
        return true()
    return tuple_(at, id_) < tuple_(cursor.at, uuid.UUID(cursor.id))


class RatingRepository:
    """People's ratings of elements and the element's aggregate, changed together: the caller
    holds the element's row lock (ElementStore.get(for_update=True)), so concurrent ratings of
    one element add up."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, review_id: str, *, for_update: bool = False) -> Review | None:
        uuids = valid_uuids([review_id])
        if not uuids:
            return None
        query = select(element_ratings).where(element_ratings.c.id == uuids[0])
        if for_update:
            query = query.with_for_update()
        row = (await self._session.execute(query)).first()
        return None if row is None else _review(row)

    async def of_person(self, element_id: str, person_id: str) -> Review | None:
        row = (
            await self._session.execute(
                select(element_ratings).where(
                    element_ratings.c.element_id == uuid.UUID(element_id),
                    element_ratings.c.person_id == uuid.UUID(person_id),
                )
            )
        ).first()
        return None if row is None else _review(row)

    async def save(self, review: Review, change: RatingChange) -> tuple[float, int]:
        """Stores the person's score and text and moves the element's aggregate by `change`;
        returns the element's new rating and count."""
        values = {
            "id": uuid.UUID(review.id),
            "element_id": uuid.UUID(review.element_id),
            "person_id": uuid.UUID(review.author_person_id),
            **same_named(review, _REVIEW_COLUMNS),
        }
        statement = insert(element_ratings).values(**values)
        await self._session.execute(
            statement.on_conflict_do_update(
                index_elements=[element_ratings.c.id],
                set_={
                    "score": statement.excluded.score,
                    "text": statement.excluded.text,
                    "updated_at": statement.excluded.updated_at,
                },
            )
        )
        row = (
            await self._session.execute(
                update(ElementRow)
                .where(ElementRow.id == uuid.UUID(review.element_id))
                .values(
                    rating_total=ElementRow.rating_total + change.total_delta,
                    rating_count=ElementRow.rating_count + change.count_delta,
                )
                .returning(ElementRow.rating_total, ElementRow.rating_count)
            )
        ).one()
        rating = average(row.rating_total, row.rating_count)
        await self._session.execute(
            update(ElementRow)
            .where(ElementRow.id == uuid.UUID(review.element_id))
            .values(rating=rating)
        )
        return rating, row.rating_count

    async def moderate(
        self,
        review_id: str,
        *,
        hidden: bool | None = None,
        answer: str | None = None,
        answered_at: datetime | None = None,
    ) -> Review | None:
        changes: dict[str, Any] = {}
        if hidden is not None:
            changes["hidden"] = hidden
        if answer is not None:
            changes["answer"] = answer
            changes["answered_at"] = answered_at if answer else None
        uuids = valid_uuids([review_id])
        if not uuids:
            return None
        row = (
            await self._session.execute(
                update(element_ratings)
                .where(element_ratings.c.id == uuids[0])
                .values(**changes)
                .returning(*element_ratings.c)
            )
        ).first()
        return None if row is None else _review(row)

    async def page(
        self,
        element_id: str,
        *,
        with_hidden_of: str | None,
        all_hidden: bool,
        after: PageCursor | None,
        size: int,
    ) -> tuple[list[Review], int]:
        """Reviews with text, newest change first: visible ones, and hidden ones of the person
        `with_hidden_of` (or every hidden one with `all_hidden`), with how many there are in
        all. One row more than `size` tells the caller there is a next page."""
        r = element_ratings.c
        visible: Any = r.hidden.is_(False)
        if all_hidden:
            visible = true()
        elif with_hidden_of:
            visible = or_(visible, r.person_id == uuid.UUID(with_hidden_of))
        where = (r.element_id == uuid.UUID(element_id), r.text != "", visible)
        rows = await self._session.execute(
            select(element_ratings)
            .where(*where, _after(after, r.updated_at, r.id))
            .order_by(r.updated_at.desc(), r.id.desc())
            .limit(size + 1)
        )
        total = await self._session.scalar(select(func.count()).where(*where))
        return [_review(row) for row in rows], total or 0


def _report(row: Any) -> ErrorReport:
    return ErrorReport(
        **same_named(row, _REPORT_COLUMNS + " closed_at closed_by resolution"),
        id=str(row.id),
        element_id=str(row.element_id),
        provider_id=str(row.provider_id),
        reporter_person_id=str(row.person_id),
        status=ReportStatus(row.status),
        element_title=row.title,
    )


def _with_title() -> Any:
    return select(error_reports, ElementRow.title).join(
        ElementRow, ElementRow.id == error_reports.c.element_id
    )


class ErrorReportRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, report: ErrorReport) -> bool:
        """False when the person already has a report with this idempotency key."""
        inserted = await self._session.scalar(
            insert(error_reports)
            .values(
                id=uuid.UUID(report.id),
                element_id=uuid.UUID(report.element_id),
                provider_id=uuid.UUID(report.provider_id),
                person_id=uuid.UUID(report.reporter_person_id),
                status=report.status.value,
                **same_named(report, _REPORT_COLUMNS),
            )
            .on_conflict_do_nothing(constraint="uq_error_reports_person_key")
            .returning(error_reports.c.id)
        )
        return inserted is not None

    async def by_key(self, person_id: str, key: str) -> ErrorReport | None:
        row = (
            await self._session.execute(
                _with_title().where(
                    error_reports.c.person_id == uuid.UUID(person_id),
                    error_reports.c.idempotency_key == key,
                )
            )
        ).first()
        return None if row is None else _report(row)

    async def get(self, report_id: str, *, for_update: bool = False) -> ErrorReport | None:
        uuids = valid_uuids([report_id])
        if not uuids:
            return None
        query = _with_title().where(error_reports.c.id == uuids[0])
        if for_update:
            query = query.with_for_update(of=error_reports)
        row = (await self._session.execute(query)).first()
        return None if row is None else _report(row)

    async def close(self, report_id: str, at: datetime, by: str, resolution: str) -> None:
        await self._session.execute(
            update(error_reports)
            .where(error_reports.c.id == uuid.UUID(report_id))
            .values(
                status=ReportStatus.CLOSED.value, closed_at=at, closed_by=by, resolution=resolution
            )
        )

    async def page(
        self, provider_id: str, status: ReportStatus | None, after: PageCursor | None, size: int
    ) -> tuple[list[ErrorReport], int]:
        """A provider's reports, newest first, and how many match in all."""
        c = error_reports.c
        where = [c.provider_id == uuid.UUID(provider_id)]
        if status is not None:
            where.append(c.status == status.value)
        rows = await self._session.execute(
            _with_title()
            .where(*where, _after(after, c.created_at, c.id))
            .order_by(c.created_at.desc(), c.id.desc())
            .limit(size + 1)
        )
        total = await self._session.scalar(select(func.count()).where(*where))
        return [_report(row) for row in rows], total or 0

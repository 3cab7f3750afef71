"""In-memory twins of the ratings and error-report repositories (and the elements they read),
for the feedback use cases' unit tests; the same rules as the SQL ones: one rating per person and
element moving the element's aggregate, one report per person and idempotency key."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from catalog_memory import MemoryProviders

from catalog_svc.domain.element import Element
from catalog_svc.domain.feedback import (
    ErrorReport,
    PageCursor,
    RatingChange,
    ReportStatus,
    Review,
    average,
)
from cpd_platform.testing import InMemoryUnitOfWork


class MemoryElements:
    def __init__(self) -> None:
        self.by_id: dict[str, Element] = {}
        self.totals: dict[str, int] = {}

    def add(self, element: Element) -> None:
        self.by_id[element.id] = element

    async def get(self, element_id: str, *, for_update: bool = False) -> Element | None:
        return self.by_id.get(element_id)

    async def get_many(self, ids: Iterable[str]) -> list[Element]:
        return [self.by_id[i] for i in sorted(set(ids)) if i in self.by_id]


Row = TypeVar("Row", Review, ErrorReport)


def _page(
    matching: list[Row], at: Callable[[Row], datetime], after: PageCursor | None, size: int
) -> tuple[list[Row], int]:
    """The matching rows newest first (at, id) after the cursor, one beyond `size` as the SQL
    reads them, and how many match in all."""
    ordered = sorted(matching, key=lambda r: (at(r), r.id), reverse=True)
    if after is not None:
        ordered = [r for r in ordered if (at(r), r.id) < (after.at, after.id)]
    return ordered[: size + 1], len(matching)


class MemoryRatings:
    def __init__(self, elements: Callable[[], MemoryElements]) -> None:
        # A function, not the repository: a rollback restores each repository on its own.
        self._elements = elements
        self.by_id: dict[str, Review] = {}

    async def get(self, review_id: str, *, for_update: bool = False) -> Review | None:
        return self.by_id.get(review_id)

    async def of_person(self, element_id: str, person_id: str) -> Review | None:
        return next(
            (
                r
                for r in self.by_id.values()
                if (r.element_id, r.author_person_id) == (element_id, person_id)
            ),
            None,
        )

    async def save(self, review: Review, change: RatingChange) -> tuple[float, int]:
        stored = self.by_id.get(review.id)
        self.by_id[review.id] = (
            review
            if stored is None
            else dataclasses.replace(
                stored, score=review.score, text=review.text, updated_at=review.updated_at
            )
        )
        elements = self._elements()
        element = elements.by_id[review.element_id]
        total = elements.totals.get(element.id, 0) + change.total_delta
        count = element.rating_count + change.count_delta
        elements.totals[element.id] = total
        elements.by_id[element.id] = dataclasses.replace(
            element, rating=average(total, count), rating_count=count
        )
        return average(total, count), count

    async def moderate(
        self,
        review_id: str,
        *,
        hidden: bool | None = None,
        answer: str | None = None,
        answered_at: datetime | None = None,
    ) -> Review | None:
        review = self.by_id.get(review_id)
        if review is None:
            return None
        if hidden is not None:
            review = dataclasses.replace(review, hidden=hidden)
        if answer is not None:
            review = dataclasses.replace(
                review, answer=answer, answered_at=answered_at if answer else None
            )
        self.by_id[review_id] = review
        return review

    async def page(
        self,
        element_id: str,
        *,
        with_hidden_of: str | None,
        all_hidden: bool,
        after: PageCursor | None,
        size: int,
    ) -> tuple[list[Review], int]:
        matching = [
            r
            for r in self.by_id.values()
            if r.element_id == element_id
            and r.text
            and (not r.hidden or all_hidden or r.author_person_id == with_hidden_of)
        ]
        return _page(matching, lambda r: r.updated_at, after, size)


class MemoryErrorReports:
    def __init__(self) -> None:
        self.by_id: dict[str, ErrorReport] = {}

    async def add(self, report: ErrorReport) -> bool:
        if await self.by_key(report.reporter_person_id, report.idempotency_key):
            return False
        self.by_id[report.id] = report
        return True

    async def by_key(self, person_id: str, key: str) -> ErrorReport | None:
        return next(
            (
                r
                for r in self.by_id.values()
                if (r.reporter_person_id, r.idempotency_key) == (person_id, key)
            ),
            None,
        )

    async def get(self, report_id: str, *, for_update: bool = False) -> ErrorReport | None:
        return self.by_id.get(report_id)

    async def close(self, report_id: str, at: datetime, by: str, resolution: str) -> None:
        self.by_id[report_id] = dataclasses.replace(
            self.by_id[report_id],
            status=ReportStatus.CLOSED,
            closed_at=at,
            closed_by=by,
            resolution=resolution,
        )

    async def page(
        self, provider_id: str, status: ReportStatus | None, after: PageCursor | None, size: int
    ) -> tuple[list[ErrorReport], int]:
        matching = [
            r
            for r in self.by_id.values()
            if r.provider_id == provider_id and (status is None or r.status is status)
        ]
        return _page(matching, lambda r: r.created_at, after, size)


class FeedbackMemoryUnitOfWork(InMemoryUnitOfWork):
    """Satisfies `FeedbackUnitOfWork`."""

    def __init__(self) -> None:
        super().__init__()
        self.providers = MemoryProviders()
        self.elements = MemoryElements()
        self.ratings = MemoryRatings(lambda: self.elements)
        self.error_reports = MemoryErrorReports()


class Credits:
    """credits-svc's answer for the calling person: the elements they have a credit for."""

    def __init__(self, *element_ids: str) -> None:
        self.element_ids = set(element_ids)

    async def has_credit(self, element_id: str) -> bool:
        return element_id in self.element_ids

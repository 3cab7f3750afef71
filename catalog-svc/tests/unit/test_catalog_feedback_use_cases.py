"""Ratings, reviews and error reports decided in memory: one rating per person moving the
element's aggregate, a credit required, moderation by role, reports idempotent by key."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from catalog_principals import principal, staff_editors
from feedback_memory import Credits, FeedbackMemoryUnitOfWork

from catalog_svc.domain.element import Element, ElementKind, ElementStatus
from catalog_svc.domain.feedback import PageCursor, RatingChange, average
from catalog_svc.service_layer.error_reports import close_report, list_reports, report_error
from catalog_svc.service_layer.reviews import answer_review, hide_review, list_reviews, rate_element
from cpd_platform.errors import (
    Conflict,
    DomainError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
)
from cpd_platform.principal import Principal, Role
from cpd_platform.testing import FixedClock

PROVIDER = str(uuid.UUID(int=1))
MODULE = str(uuid.UUID(int=10))
DRAFT = str(uuid.UUID(int=11))
WITHDRAWN = str(uuid.UUID(int=12))
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def person(person_id: str, *roles: str) -> Principal:
    """A specialist unless other roles are given."""
    return principal(person_id, *(roles or (Role.SPECIALIST,)))


ADMIN = Principal("sub-admin", "web", frozenset({Role.ADMIN}), None, None, "t")
STAFF = person("staff", Role.PROVIDER_STAFF)
EDITORS = staff_editors(PROVIDER)


def element(element_id: str, status: ElementStatus) -> Element:
    return Element(
        id=element_id,
        kind=ElementKind.MODULE,
        title="Разбор случая",
        provider_id=PROVIDER,
        zet=2,
        main_specialty_code="31.08.36",
        additional_specialty_codes=(),
        starts_on=None,
        ends_on=None,
        status=status,
    )


@pytest.fixture
def uow() -> FeedbackMemoryUnitOfWork:
    uow = FeedbackMemoryUnitOfWork()
    uow.elements.add(element(MODULE, ElementStatus.PUBLISHED))
    uow.elements.add(element(DRAFT, ElementStatus.DRAFT))
    uow.elements.add(element(WITHDRAWN, ElementStatus.WITHDRAWN))
    return uow


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


CREDITED = Credits(MODULE, DRAFT, WITHDRAWN)


async def test_each_person_rates_once_and_the_element_keeps_the_average(
    uow: FeedbackMemoryUnitOfWork, clock: FixedClock
) -> None:
    first = await rate_element(uow, person("a"), MODULE, 10, "", credits=CREDITED, clock=clock)
    second = await rate_element(uow, person("b"), MODULE, 7, "", credits=CREDITED, clock=clock)
    assert (first.rating, first.rating_count) == (10.0, 1)
    assert (second.rating, second.rating_count) == (8.5, 2)
    clock.advance(timedelta(hours=1))
    changed = await rate_element(uow, person("a"), MODULE, 4, "", credits=CREDITED, clock=clock)
    assert (changed.rating, changed.rating_count) == (5.5, 2)
    assert changed.review.id == first.review.id
    assert (changed.review.created_at, changed.review.updated_at) == (NOW, clock.now())
    assert (uow.elements.by_id[MODULE].rating, uow.elements.by_id[MODULE].rating_count) == (5.5, 2)


async def test_a_repeated_rating_changes_nothing(
    uow: FeedbackMemoryUnitOfWork, clock: FixedClock
) -> None:
    first = await rate_element(uow, person("a"), MODULE, 8, "Хорошо", credits=CREDITED, clock=clock)
    clock.advance(timedelta(minutes=5))
    again = await rate_element(uow, person("a"), MODULE, 8, "Хорошо", credits=CREDITED, clock=clock)
    assert again.review == first.review
    assert (again.rating, again.rating_count) == (8.0, 1)


@pytest.mark.parametrize(
    ("who", "element_id", "score", "text", "credits", "error", "code"),
    [
        (person("a"), MODULE, 8, "", Credits(), FailedPrecondition, "no_credit_for_element"),
        (ADMIN, MODULE, 8, "", CREDITED, PermissionDenied, "not_a_person"),
        (person("a"), MODULE, 0, "", CREDITED, InvalidArgument, "invalid_score"),
        (person("a"), MODULE, 11, "", CREDITED, InvalidArgument, "invalid_score"),
        (person("a"), MODULE, 5, "я" * 2001, CREDITED, InvalidArgument, "review_too_long"),
        (person("a"), DRAFT, 5, "", CREDITED, NotFound, "element_not_found"),
        (person("a"), str(uuid.uuid4()), 5, "", CREDITED, NotFound, "element_not_found"),
        (person("a"), WITHDRAWN, 5, "", CREDITED, FailedPrecondition, "element_withdrawn"),
    ],
)
async def test_ratings_refused_with_stable_codes(
    uow: FeedbackMemoryUnitOfWork,
    clock: FixedClock,
    who: Principal,
    element_id: str,
    score: int,
    text: str,
    credits: Credits,
    error: type[DomainError],
    code: str,
) -> None:
    with pytest.raises(error) as caught:
        await rate_element(uow, who, element_id, score, text, credits=credits, clock=clock)
    assert caught.value.code == code
    assert uow.elements.by_id[MODULE].rating_count == 0 and not uow.ratings.by_id


async def test_hidden_reviews_are_seen_by_admins_and_their_author_only(
    uow: FeedbackMemoryUnitOfWork, clock: FixedClock
) -> None:
    rated = await rate_element(uow, person("a"), MODULE, 2, "Плохо", credits=CREDITED, clock=clock)
    await rate_element(uow, person("b"), MODULE, 9, "", credits=CREDITED, clock=clock)
    for who in (STAFF, person("b")):
        with pytest.raises(PermissionDenied):
            await hide_review(uow, who, rated.review.id, True)
    assert (await hide_review(uow, ADMIN, rated.review.id, True)).hidden

    async def seen_by(who: Principal) -> list[str]:
        page = await list_reviews(uow, who, MODULE, 0, "")
        return [r.text for r in page.reviews]

    assert await seen_by(person("b")) == []
    assert await seen_by(person("a")) == ["Плохо"]
    assert await seen_by(ADMIN) == ["Плохо"]
    page = await list_reviews(uow, person("b"), MODULE, 0, "")
    # The hidden review's score still counts; b's rating without text is not a review.
    assert (page.rating, page.rating_count, page.total) == (5.5, 2, 0)
    assert page.mine is not None and page.mine.score == 9


async def test_the_providers_staff_answer_others_may_not(
    uow: FeedbackMemoryUnitOfWork, clock: FixedClock
) -> None:
    rated = await rate_element(uow, person("a"), MODULE, 6, "Средне", credits=CREDITED, clock=clock)
    with pytest.raises(PermissionDenied) as caught:
        await answer_review(uow, person("a"), rated.review.id, "Я", editors=EDITORS, clock=clock)
    assert caught.value.code == "not_your_provider"
    answered = await answer_review(
        uow, STAFF, rated.review.id, "Спасибо", editors=EDITORS, clock=clock
    )
    assert (answered.answer, answered.answered_at) == ("Спасибо", NOW)
    removed = await answer_review(uow, ADMIN, rated.review.id, "", editors=EDITORS, clock=clock)
    assert (removed.answer, removed.answered_at) == ("", None)
    with pytest.raises(NotFound):
        await answer_review(uow, STAFF, str(uuid.uuid4()), "?", editors=EDITORS, clock=clock)


async def test_reviews_page_newest_first(uow: FeedbackMemoryUnitOfWork, clock: FixedClock) -> None:
    for i in range(5):
        clock.advance(timedelta(minutes=1))
        await rate_element(uow, person(f"p{i}"), MODULE, 5, f"№{i}", credits=CREDITED, clock=clock)
    first = await list_reviews(uow, person("x"), MODULE, 3, "")
    assert [r.text for r in first.reviews] == ["№4", "№3", "№2"]
    assert first.next_cursor is not None
    rest = await list_reviews(uow, person("x"), MODULE, 3, first.next_cursor.encode())
    assert ([r.text for r in rest.reviews], rest.next_cursor) == (["№1", "№0"], None)
    for size in (-1, 101):
        with pytest.raises(InvalidArgument):
            await list_reviews(uow, person("x"), MODULE, size, "")


async def test_error_reports_are_idempotent_and_closed_by_the_providers_staff(
    uow: FeedbackMemoryUnitOfWork, clock: FixedClock
) -> None:
    reporter = person("r")
    report = await report_error(uow, reporter, MODULE, " Опечатка ", "k1", clock=clock)
    assert (report.text, report.provider_id, report.element_title) == (
        "Опечатка",
        PROVIDER,
        "Разбор случая",
    )
    assert await report_error(uow, reporter, MODULE, "Опечатка", "k1", clock=clock) == report
    with pytest.raises(Conflict):
        await report_error(uow, reporter, MODULE, "Другое", "k1", clock=clock)
    for text, key, code in (
        ("", "k2", "report_text_required"),
        ("x", "", "invalid_idempotency_key"),
    ):
        with pytest.raises(InvalidArgument) as caught:
            await report_error(uow, reporter, MODULE, text, key, clock=clock)
        assert caught.value.code == code

    with pytest.raises(PermissionDenied):
        await list_reports(uow, reporter, PROVIDER, None, 0, "", editors=EDITORS)
    listed = await list_reports(uow, STAFF, PROVIDER, None, 0, "", editors=EDITORS)
    assert ([r.id for r in listed.reports], listed.total) == ([report.id], 1)
    with pytest.raises(PermissionDenied):
        await close_report(uow, reporter, report.id, "", editors=EDITORS, clock=clock)
    closed = await close_report(uow, STAFF, report.id, "Исправлено", editors=EDITORS, clock=clock)
    assert (closed.status.value, closed.closed_by, closed.closed_at) == ("closed", "staff", NOW)
    clock.advance(timedelta(days=1))
    assert await close_report(uow, ADMIN, report.id, "", editors=EDITORS, clock=clock) == closed


def test_the_aggregate_moves_by_the_change_of_one_persons_score() -> None:
    assert RatingChange.of(None, 7) == RatingChange(7, 1)
    assert RatingChange.of(7, 3) == RatingChange(-4, 0)
    assert (average(0, 0), average(29, 3)) == (0.0, 9.7)


def test_page_cursors_round_trip_and_reject_garbage() -> None:
    cursor = PageCursor(NOW, str(uuid.UUID(int=5)))
    assert PageCursor.decode(cursor.encode()) == cursor
    assert PageCursor.decode("") is None
    for token in ("не курсор", "YWJj", cursor.encode()[:-4]):
        with pytest.raises(InvalidArgument):
            PageCursor.decode(token)

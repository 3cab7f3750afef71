"""Ratings, reviews and error reports over gRPC, with credits-svc answering whether a person has
a credit: who may rate, answer, hide, report, list and close (every role), the aggregate kept
with concurrent ratings, paging, and the search's rating filter."""

from __future__ import annotations

import asyncio
import uuid

import grpc
from catalog_steps import refused
from feedback_platform import FeedbackWorld, Rater

from cpd.catalog.v1 import catalog_pb2, feedback_pb2
from cpd_platform import demo
from cpd_platform.principal import Role
from cpd_platform.testing import bearer


def rate(
    world: FeedbackWorld, who: list[tuple[str, str]], element_id: str, score: int, text: str = ""
) -> object:
    return world.stub.RateElement(
        feedback_pb2.RateElementRequest(element_id=element_id, score=score, text=text),
        metadata=who,
    )


async def test_only_a_person_with_a_credit_rates_once_and_may_change_it(
    world: FeedbackWorld,
) -> None:
    element = await world.module()
    rater, stranger = await world.rater(), await world.rater()
    await world.credit(element, rater)

    assert await refused(rate(world, stranger.metadata, element, 8)) == (
        grpc.StatusCode.FAILED_PRECONDITION,
        "no_credit_for_element",
    )
    for token in (world.provider_token, world.admin_token):
        assert await refused(rate(world, bearer(token), element, 8)) == (
            grpc.StatusCode.PERMISSION_DENIED,
            "not_a_person",
        )
    assert (await refused(rate(world, rater.metadata, element, 0)))[1] == "invalid_score"
    assert (await refused(rate(world, rater.metadata, element, 5, "я" * 2001)))[1] == (
        "review_too_long"
    )
    assert (await refused(rate(world, rater.metadata, str(uuid.uuid4()), 5)))[1] == (
        "element_not_found"
    )

    first = await rate(world, rater.metadata, element, 10, "Отлично")  # type: ignore[misc]
    assert (first.rating, first.rating_count, first.review.score) == (10.0, 1, 10)
    retried = await rate(world, rater.metadata, element, 10, "Отлично")  # type: ignore[misc]
    assert (retried.rating_count, retried.review.updated_at) == (1, first.review.updated_at)
    changed = await rate(world, rater.metadata, element, 6, "Передумал")  # type: ignore[misc]
    assert (changed.rating, changed.rating_count, changed.review.id) == (6.0, 1, first.review.id)

    [stored] = (
        await world.stub.BatchGetElements(
            catalog_pb2.BatchGetElementsRequest(ids=[element]), metadata=stranger.metadata
        )
    ).elements
    assert (stored.rating, stored.rating_count) == (6.0, 1)


async def test_concurrent_ratings_of_one_element_all_count(world: FeedbackWorld) -> None:
    element = await world.module("Конкурентные оценки")
    raters: list[Rater] = [await world.rater() for _ in range(6)]
    await world.credit(element, *raters)
    scores = [10, 9, 8, 7, 6, 5]
    await asyncio.gather(
        *(rate(world, r.metadata, element, s) for r, s in zip(raters, scores, strict=True))  # type: ignore[misc]
    )
    page = await world.stub.ListElementReviews(
        feedback_pb2.ListElementReviewsRequest(element_id=element), metadata=raters[0].metadata
    )
    assert (page.rating, page.rating_count) == (7.5, 6)
    # Ratings without text are not reviews; the caller's own comes apart.
    assert (page.total, list(page.reviews), page.my_review.score) == (0, [], 10)

    found = await world.stub.SearchElements(
        catalog_pb2.SearchElementsRequest(
            query="Конкурентные оценки", min_rating=7.5, page_size=50
        ),
        metadata=raters[0].metadata,
    )
    assert element in [e.id for e in found.elements]
    above = await world.stub.SearchElements(
        catalog_pb2.SearchElementsRequest(
            query="Конкурентные оценки", min_rating=7.6, page_size=50
        ),
        metadata=raters[0].metadata,
    )
    assert element not in [e.id for e in above.elements]


async def test_moderation_by_role(world: FeedbackWorld, make_staff, new_provider) -> None:  # type: ignore[no-untyped-def]
    element = await world.module()
    author, reader = await world.rater(), await world.rater()
    await world.credit(element, author)
    rated = await rate(world, author.metadata, element, 3, "Много ошибок в слайдах")  # type: ignore[misc]
    review_id = rated.review.id
    staff = await make_staff(demo.PROVIDER_ID)
    provider_admin = await make_staff(demo.PROVIDER_ID, Role.PROVIDER_ADMIN)
    other_staff = await make_staff(await new_provider("Другая организация"))

    def answer(who: list[tuple[str, str]], text: str) -> object:
        return world.stub.AnswerReview(
            feedback_pb2.AnswerReviewRequest(review_id=review_id, answer=text), metadata=who
        )

    for who in (other_staff.metadata, reader.metadata, author.metadata):
        assert await refused(answer(who, "Нет")) == (
            grpc.StatusCode.PERMISSION_DENIED,
            "not_your_provider",
        )
    for who, text in (
        (staff.metadata, "Исправим"),
        (provider_admin.metadata, "Исправили"),
        (bearer(world.provider_token), "Исправили слайды"),
        (bearer(world.admin_token), "Исправили слайды 3, 7"),
    ):
        answered = await answer(who, text)  # type: ignore[misc]
        assert answered.review.answer == text and answered.review.answered_at
    assert (await refused(answer(staff.metadata, "я" * 2001)))[1] == "answer_too_long"
    missing = world.stub.AnswerReview(
        feedback_pb2.AnswerReviewRequest(review_id=str(uuid.uuid4()), answer="?"),
        metadata=staff.metadata,
    )
    assert (await refused(missing))[1] == "review_not_found"

    def hide(who: list[tuple[str, str]], hidden: bool = True) -> object:
        return world.stub.HideReview(
            feedback_pb2.HideReviewRequest(review_id=review_id, hidden=hidden), metadata=who
        )

    for who in (staff.metadata, bearer(world.provider_token), author.metadata):
        assert await refused(hide(who)) == (grpc.StatusCode.PERMISSION_DENIED, "forbidden")
    assert (await hide(bearer(world.admin_token))).review.hidden  # type: ignore[attr-defined]

    async def visible_to(who: list[tuple[str, str]]) -> list[str]:
        page = await world.stub.ListElementReviews(
            feedback_pb2.ListElementReviewsRequest(element_id=element), metadata=who
        )
        return [r.id for r in page.reviews]

    assert await visible_to(reader.metadata) == []
    assert await visible_to(staff.metadata) == []
    assert await visible_to(author.metadata) == [review_id]
    assert await visible_to(bearer(world.admin_token)) == [review_id]
    # Editing a hidden review keeps it hidden.
    await rate(world, author.metadata, element, 4, "Исправили, но не всё")  # type: ignore[misc]
    assert await visible_to(reader.metadata) == []
    await hide(bearer(world.admin_token), hidden=False)  # type: ignore[misc]
    assert await visible_to(reader.metadata) == [review_id]


async def test_reviews_come_in_pages_newest_first(world: FeedbackWorld) -> None:
    element = await world.module()
    raters = [await world.rater() for _ in range(5)]
    await world.credit(element, *raters)
    for i, r in enumerate(raters):
        await rate(world, r.metadata, element, 5 + i, f"Отзыв {i}")  # type: ignore[misc]
    texts: list[str] = []
    token = ""
    while True:
        page = await world.stub.ListElementReviews(
            feedback_pb2.ListElementReviewsRequest(
                element_id=element, page_size=2, page_token=token
            ),
            metadata=raters[0].metadata,
        )
        assert page.total == 5
        texts += [r.text for r in page.reviews]
        token = page.next_page_token
        if not token:
            break
    assert texts == [f"Отзыв {i}" for i in reversed(range(5))]
    bad = world.stub.ListElementReviews(
        feedback_pb2.ListElementReviewsRequest(element_id=element, page_token="не курсор"),
        metadata=raters[0].metadata,
    )
    assert (await refused(bad))[1] == "invalid_cursor"


async def test_error_reports_by_role(world: FeedbackWorld, make_staff, new_provider) -> None:  # type: ignore[no-untyped-def]
    element = await world.module("Модуль с опечаткой")
    reporter = await world.rater()
    staff = await make_staff(demo.PROVIDER_ID)
    other_staff = await make_staff(await new_provider("Третья организация"))
    key = uuid.uuid4().hex

    def report(text: str, idempotency_key: str = key) -> object:
        return world.stub.ReportElementError(
            feedback_pb2.ReportElementErrorRequest(
                element_id=element, text=text, idempotency_key=idempotency_key
            ),
            metadata=reporter.metadata,
        )

    first = (await report("Опечатка в названии")).report  # type: ignore[attr-defined]
    assert (first.status, first.provider_id, first.element_title) == (
        feedback_pb2.ERROR_REPORT_STATUS_OPEN,
        demo.PROVIDER_ID,
        "Модуль с опечаткой",
    )
    assert (await report("Опечатка в названии")).report.id == first.id  # type: ignore[attr-defined]
    assert await refused(report("Другой текст")) == (
        grpc.StatusCode.ABORTED,
        "idempotency_key_reused",
    )
    assert (await refused(report("  ", uuid.uuid4().hex)))[1] == "report_text_required"
    assert (await refused(report("Текст", "")))[1] == "invalid_idempotency_key"
    system = world.stub.ReportElementError(
        feedback_pb2.ReportElementErrorRequest(element_id=element, text="x", idempotency_key="k"),
        metadata=bearer(world.provider_token),
    )
    assert (await refused(system))[1] == "not_a_person"

    def listed(who: list[tuple[str, str]], status: int = 0) -> object:
        return world.stub.ListErrorReports(
            feedback_pb2.ListErrorReportsRequest(
                provider_id=demo.PROVIDER_ID,
                status=status,
                page_size=100,  # type: ignore[arg-type]
            ),
            metadata=who,
        )

    for who in (staff.metadata, bearer(world.provider_token), bearer(world.admin_token)):
        assert first.id in [r.id for r in (await listed(who)).reports]  # type: ignore[attr-defined]
    for who in (other_staff.metadata, reporter.metadata):
        assert await refused(listed(who)) == (
            grpc.StatusCode.PERMISSION_DENIED,
            "not_your_provider",
        )

    def close(who: list[tuple[str, str]]) -> object:
        return world.stub.CloseErrorReport(
            feedback_pb2.CloseErrorReportRequest(report_id=first.id, resolution="Исправлено"),
            metadata=who,
        )

    for who in (other_staff.metadata, reporter.metadata):
        assert (await refused(close(who)))[1] == "not_your_provider"
    closed = (await close(staff.metadata)).report  # type: ignore[attr-defined]
    assert (closed.status, closed.closed_by, closed.resolution) == (
        feedback_pb2.ERROR_REPORT_STATUS_CLOSED,
        staff.person_id,
        "Исправлено",
    )
    # Closing again changes nothing.
    assert (await close(bearer(world.admin_token))).report == closed  # type: ignore[attr-defined]
    open_now = await listed(staff.metadata, feedback_pb2.ERROR_REPORT_STATUS_OPEN)
    assert first.id not in [r.id for r in open_now.reports]  # type: ignore[attr-defined]

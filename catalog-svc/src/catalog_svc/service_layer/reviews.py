"""Ratings and reviews: a person with a credit rates an element (again: changes the rating), the
provider answers, an admin hides. The element's aggregate changes in the rating's transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace

from catalog_svc.domain.element import ElementStatus
from catalog_svc.domain.feedback import (
    PageCursor,
    RatingChange,
    Review,
    check_score,
    check_text,
    newest_first_page,
    page_size,
    review_id_for,
)
from catalog_svc.service_layer.authz import Editors
from catalog_svc.service_layer.elements import ELEMENT_NOT_FOUND
from catalog_svc.service_layer.ports import CreditLedger, FeedbackUnitOfWork
from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.principal import Principal, Role

REVIEW_NOT_FOUND = ("review_not_found", "Отзыв не найден")
NO_CREDIT = (
    "no_credit_for_element",
    "Оценить можно только элемент, который вам зачтён (для мероприятия — после принятого кода)",
)


@dataclass(frozen=True, slots=True)
class RatedElement:
    review: Review
    rating: float
    rating_count: int


async def rate_element(
    uow: FeedbackUnitOfWork,
    principal: Principal,
    element_id: str,
    score: int,
    text: str,
    *,
    credits: CreditLedger,
    clock: Clock,
) -> RatedElement:
    person_id = principal.require_person()
    check_score(score)
    text = check_text(text, "review_too_long", "Отзыв")
    async with uow:
        element = await uow.elements.get(element_id)
    if element is None or element.status is ElementStatus.DRAFT:
        raise NotFound(*ELEMENT_NOT_FOUND)
    if element.status is ElementStatus.WITHDRAWN:
        raise FailedPrecondition("element_withdrawn", "Элемент снят с публикации")
    # Asked outside the transaction: no row lock is held while credits-svc answers.
    if not await credits.has_credit(element.id):
        raise FailedPrecondition(*NO_CREDIT)
    now = clock.now()
    async with uow:
        # The element's row lock orders concurrent ratings of one element.
        await uow.elements.get(element.id, for_update=True)
        previous = await uow.ratings.of_person(element.id, person_id)
        review = Review(
            id=review_id_for(element.id, person_id),
            element_id=element.id,
            author_person_id=person_id,
            score=score,
            text=text,
            hidden=False,
            answer="",
            answered_at=None,
            created_at=now,
            updated_at=now,
        )
        if previous is not None:
            if (previous.score, previous.text) == (score, text):
                # A retry: nothing changes, not even the time of the last change.
                review = previous
            else:
                review = replace(previous, score=score, text=text, updated_at=now)
        change = RatingChange.of(previous.score if previous else None, score)
        rating, count = await uow.ratings.save(review, change)
        await uow.commit()
    return RatedElement(review, rating, count)


@dataclass(frozen=True, slots=True)
class ReviewPage:
    reviews: list[Review]
    next_cursor: PageCursor | None
    mine: Review | None
    rating: float
    rating_count: int
    total: int


async def list_reviews(
    uow: FeedbackUnitOfWork, principal: Principal, element_id: str, size: int, page_token: str
) -> ReviewPage:
    size = page_size(size)
    after = PageCursor.decode(page_token)
    async with uow:
        element = await uow.elements.get(element_id)
        if element is None:
            raise NotFound(*ELEMENT_NOT_FOUND)
        rows, total = await uow.ratings.page(
            element.id,
            with_hidden_of=principal.person_id,
            all_hidden=principal.has_role(Role.ADMIN),
            after=after,
            size=size,
        )
        mine = (
            await uow.ratings.of_person(element.id, principal.person_id)
            if principal.person_id
            else None
        )
    reviews, cursor = newest_first_page(rows, size, lambda review: review.updated_at)
    return ReviewPage(reviews, cursor, mine, element.rating, element.rating_count, total)


async def answer_review(
    uow: FeedbackUnitOfWork,
    principal: Principal,
    review_id: str,
    answer: str,
    *,
    editors: Editors,
    clock: Clock,
) -> Review:
    answer = check_text(answer, "answer_too_long", "Ответ")
    async with uow:
        review = await uow.ratings.get(review_id, for_update=True)
        if review is None:
            raise NotFound(*REVIEW_NOT_FOUND)
        element = await uow.elements.get(review.element_id)
        assert element is not None  # a rating refers to its element (foreign key)
        await editors.require(uow, principal, element.provider_id)
        if review.answer == answer:
            return review
        answered = await uow.ratings.moderate(review.id, answer=answer, answered_at=clock.now())
        await uow.commit()
    assert answered is not None
    return answered


async def hide_review(
    uow: FeedbackUnitOfWork, principal: Principal, review_id: str, hidden: bool
) -> Review:
    principal.require_role(Role.ADMIN)
    async with uow:
        review = await uow.ratings.moderate(review_id, hidden=hidden)
        if review is None:
            raise NotFound(*REVIEW_NOT_FOUND)
        await uow.commit()
    return review

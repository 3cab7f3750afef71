"""Ratings, reviews and error reports of elements (catalog-svc decides who may), and for which of
the caller's cycles an element counts ("x2").

catalog-svc checks that a rating person has a credit for the element (asking credits-svc with
their token), keeps the element's aggregate rating, lets the provider's staff answer and admins
hide reviews, and shows error reports to the provider's staff."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry

from cpd.catalog.v1 import feedback_pb2
from gateway.mapping import (
    AfterCursor,
    Connection,
    MessageType,
    PageSize,
    call,
    call_connection,
    call_one_or_error,
    call_or_error,
    connection_of,
    protobuf_enum,
    protobuf_type,
    result_union,
)
from gateway.schema.catalog.arguments import ElementId
from gateway.schema.common import GatewayInfo, UserError

if TYPE_CHECKING:
    from gateway.schema.plan.cycles import Cycle

ReviewId = Annotated[strawberry.ID, strawberry.argument(description="The review's id.")]
ReportId = Annotated[strawberry.ID, strawberry.argument(description="The error report's id.")]
ELIGIBLE_CYCLE_STATES = ("active", "upcoming")


@protobuf_type
class Review(MessageType[feedback_pb2.ElementReview]):
    id: strawberry.ID
    answered_at: datetime | None = strawberry.field(
        description="When the provider answered; null when it did not."
    )
    created_at: datetime = strawberry.field(description="When the person first rated.")
    updated_at: datetime = strawberry.field(
        description="When the person last changed the score or the text."
    )


@protobuf_type
class RatedElement(MessageType[feedback_pb2.RateElementResponse]):
    """The caller's rating as stored and the element's rating after it."""


@protobuf_enum(feedback_pb2.ErrorReportStatus)
class ErrorReportStatus(Enum):
    pass


@protobuf_type
class ErrorReport(MessageType[feedback_pb2.ErrorReport]):
    id: strawberry.ID
    created_at: datetime = strawberry.field(description="When it was reported.")
    closed_at: datetime | None = strawberry.field(
        description="When it was closed; null while open."
    )


RateElementResult = Annotated[
    RatedElement | UserError,
    result_union("RateElementResult", "The stored rating"),
]
ReviewResult = Annotated[
    Review | UserError,
    result_union("ReviewResult", "The review as stored"),
]
ErrorReportResult = Annotated[
    ErrorReport | UserError,
    result_union("ErrorReportResult", "The error report as stored"),
]


async def reviews_page(
    info: GatewayInfo, element_id: str, first: int, after: str | None
) -> feedback_pb2.ListElementReviewsResponse:
    return await call(
        info,
        info.context.backends.catalog.ListElementReviews,
        feedback_pb2.ListElementReviewsRequest(
            element_id=element_id, page_size=first, page_token=after or ""
        ),
    )


async def element_reviews(
    info: GatewayInfo, element_id: str, first: int, after: str | None
) -> Connection[Review]:
    reply = await reviews_page(info, element_id, first, after)
    return connection_of([Review.from_pb(r) for r in reply.reviews], reply, after)


async def my_review(info: GatewayInfo, element_id: str) -> Review | None:
    reply = await reviews_page(info, element_id, 1, None)
    return Review.from_pb(reply.my_review) if reply.HasField("my_review") else None


async def counting_cycles(
    info: GatewayInfo, specialty_codes: list[str]
) -> list[Annotated[Cycle, strawberry.lazy("gateway.schema.plan.cycles")]]:
    """The caller's unfinished cycles whose specialty the element has (main or additional), the
    rule plan-svc counts credits by; one ListMyCycles per request (a DataLoader)."""
    from gateway.schema.plan.cycles import Cycle

    if not specialty_codes:
        return []
    cycles = await info.context.loaders.my_cycles.load("")
    return [
        Cycle.from_pb(c)
        for c in cycles
        if c.state in ELIGIBLE_CYCLE_STATES and c.specialty_code in specialty_codes
    ]


@strawberry.type
class FeedbackQuery:
    @strawberry.field(
        description="Error reports on the descriptions of a provider's elements, newest first:"
        " for its staff and admins."
    )
    async def error_reports(
        self,
        info: GatewayInfo,
        provider_id: Annotated[strawberry.ID, strawberry.argument(description="The provider.")],
        status: Annotated[
            ErrorReportStatus | None,
            strawberry.argument(description="Only reports with this status; all when null."),
        ] = None,
        first: PageSize = 20,
        after: AfterCursor = None,
    ) -> Connection[ErrorReport]:
        return await call_connection(
            info,
            info.context.backends.catalog.ListErrorReports,
            feedback_pb2.ListErrorReportsRequest(
                provider_id=str(provider_id),
                status=status.value if status else feedback_pb2.ERROR_REPORT_STATUS_UNSPECIFIED,
                page_size=first,
                page_token=after or "",
            ),
            ErrorReport,
            "reports",
            after,
        )


@strawberry.type
class FeedbackMutation:
    @strawberry.mutation(
        description="Rate an element one has a credit for, 1 to 10, with an optional review;"
        " rating again changes the rating and the review."
    )
    async def rate_element(
        self,
        info: GatewayInfo,
        element_id: ElementId,
        score: Annotated[int, strawberry.argument(description="The score, 1 to 10.")],
        text: Annotated[
            str,
            strawberry.argument(
                description="The review, at most 2000 characters; empty for a rating alone."
            ),
        ] = "",
    ) -> RateElementResult:
        return await call_or_error(
            info,
            info.context.backends.catalog.RateElement,
            feedback_pb2.RateElementRequest(element_id=str(element_id), score=score, text=text),
            RatedElement.from_pb,
        )

    @strawberry.mutation(
        description="The provider's answer to a review of its element (staff of the provider);"
        " an empty answer removes it."
    )
    async def answer_review(
        self,
        info: GatewayInfo,
        review_id: ReviewId,
        answer: Annotated[
            str, strawberry.argument(description="The answer, at most 2000 characters.")
        ],
    ) -> ReviewResult:
        return await call_one_or_error(
            info,
            info.context.backends.catalog.AnswerReview,
            feedback_pb2.AnswerReviewRequest(review_id=str(review_id), answer=answer),
            Review,
            "review",
        )

    @strawberry.mutation(
        description="Hide a review from everyone but admins and its author, or show it again"
        " (admins)."
    )
    async def hide_review(
        self,
        info: GatewayInfo,
        review_id: ReviewId,
        hidden: Annotated[
            bool, strawberry.argument(description="True hides it, false shows it again.")
        ] = True,
    ) -> ReviewResult:
        return await call_one_or_error(
            info,
            info.context.backends.catalog.HideReview,
            feedback_pb2.HideReviewRequest(review_id=str(review_id), hidden=hidden),
            Review,
            "review",
        )

    @strawberry.mutation(
        description="Report an error in an element's description («Нашли ошибку? Сообщить»)."
    )
    async def report_element_error(
        self,
        info: GatewayInfo,
        element_id: ElementId,
        text: Annotated[
            str, strawberry.argument(description="What is wrong, 1 to 2000 characters.")
        ],
        idempotency_key: Annotated[
            str,
            strawberry.argument(
                description="The client's key for this report (1 to 100 characters): a retry"
                " with the same key returns the stored report."
            ),
        ],
    ) -> ErrorReportResult:
        return await call_one_or_error(
            info,
            info.context.backends.catalog.ReportElementError,
            feedback_pb2.ReportElementErrorRequest(
                element_id=str(element_id), text=text, idempotency_key=idempotency_key
            ),
            ErrorReport,
            "report",
        )

    @strawberry.mutation(
        description="Close an error report on one's provider's element, with a note for the"
        " reporter."
    )
    async def close_error_report(
        self,
        info: GatewayInfo,
        report_id: ReportId,
        resolution: Annotated[
            str, strawberry.argument(description="A note, at most 2000 characters.")
        ] = "",
    ) -> ErrorReportResult:
        return await call_one_or_error(
            info,
            info.context.backends.catalog.CloseErrorReport,
            feedback_pb2.CloseErrorReportRequest(report_id=str(report_id), resolution=resolution),
            ErrorReport,
            "report",
        )

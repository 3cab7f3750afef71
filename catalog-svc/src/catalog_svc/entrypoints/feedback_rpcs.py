"""gRPC entrypoint of ratings, reviews and error reports: translation only."""

from __future__ import annotations

from collections.abc import Callable

from catalog_svc.domain.feedback import ErrorReport, ReportStatus, Review
from catalog_svc.service_layer import error_reports, reviews
from catalog_svc.service_layer.authz import Editors
from catalog_svc.service_layer.ports import CreditLedger, FeedbackUnitOfWork
from cpd.catalog.v1 import catalog_pb2_grpc, feedback_pb2
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import EnumMapping, same_named, timestamp_to_pb

REPORT_STATUSES = EnumMapping(
    ReportStatus, feedback_pb2.ErrorReportStatus, invalid_code="invalid_report_status"
)


def review_to_pb(review: Review) -> feedback_pb2.ElementReview:
    return feedback_pb2.ElementReview(
        **same_named(review, "id element_id author_person_id score text hidden answer"),
        answered_at=timestamp_to_pb(review.answered_at),
        created_at=timestamp_to_pb(review.created_at),
        updated_at=timestamp_to_pb(review.updated_at),
    )


def report_to_pb(report: ErrorReport) -> feedback_pb2.ErrorReport:
    return feedback_pb2.ErrorReport(
        **same_named(
            report,
            "id element_id provider_id reporter_person_id text closed_by resolution element_title",
        ),
        status=REPORT_STATUSES.to_pb(report.status),
        created_at=timestamp_to_pb(report.created_at),
        closed_at=timestamp_to_pb(report.closed_at),
    )


class FeedbackRpcs(catalog_pb2_grpc.CatalogServiceServicer):
    def __init__(
        self,
        uow: Callable[[], FeedbackUnitOfWork],
        editors: Editors,
        credits: CreditLedger,
        clock: Clock,
    ) -> None:
        self._feedback_uow = uow
        self._feedback_editors = editors
        self._credits = credits
        self._clock = clock

    async def RateElement(
        self, request: feedback_pb2.RateElementRequest, context: object
    ) -> feedback_pb2.RateElementResponse:
        rated = await reviews.rate_element(
            self._feedback_uow(),
            current_principal(),
            request.element_id,
            request.score,
            request.text,
            credits=self._credits,
            clock=self._clock,
        )
        return feedback_pb2.RateElementResponse(
            review=review_to_pb(rated.review), rating=rated.rating, rating_count=rated.rating_count
        )

    async def ListElementReviews(
        self, request: feedback_pb2.ListElementReviewsRequest, context: object
    ) -> feedback_pb2.ListElementReviewsResponse:
        page = await reviews.list_reviews(
            self._feedback_uow(),
            current_principal(),
            request.element_id,
            request.page_size,
            request.page_token,
        )
        return feedback_pb2.ListElementReviewsResponse(
            reviews=[review_to_pb(r) for r in page.reviews],
            next_page_token=page.next_cursor.encode() if page.next_cursor else "",
            my_review=review_to_pb(page.mine) if page.mine else None,
            rating=page.rating,
            rating_count=page.rating_count,
            total=page.total,
        )

    async def AnswerReview(
        self, request: feedback_pb2.AnswerReviewRequest, context: object
    ) -> feedback_pb2.AnswerReviewResponse:
        review = await reviews.answer_review(
            self._feedback_uow(),
            current_principal(),
            request.review_id,
            request.answer,
            editors=self._feedback_editors,
            clock=self._clock,
        )
        return feedback_pb2.AnswerReviewResponse(review=review_to_pb(review))

    async def HideReview(
        self, request: feedback_pb2.HideReviewRequest, context: object
    ) -> feedback_pb2.HideReviewResponse:
        review = await reviews.hide_review(
            self._feedback_uow(), current_principal(), request.review_id, request.hidden
        )
        return feedback_pb2.HideReviewResponse(review=review_to_pb(review))

    async def ReportElementError(
        self, request: feedback_pb2.ReportElementErrorRequest, context: object
    ) -> feedback_pb2.ReportElementErrorResponse:
        report = await error_reports.report_error(
            self._feedback_uow(),
            current_principal(),
            request.element_id,
            request.text,
            request.idempotency_key,
            clock=self._clock,
        )
        return feedback_pb2.ReportElementErrorResponse(report=report_to_pb(report))

    async def ListErrorReports(
        self, request: feedback_pb2.ListErrorReportsRequest, context: object
    ) -> feedback_pb2.ListErrorReportsResponse:
        page = await error_reports.list_reports(
            self._feedback_uow(),
            current_principal(),
            request.provider_id,
            REPORT_STATUSES.optional_from_pb(request.status),
            request.page_size,
            request.page_token,
            editors=self._feedback_editors,
        )
        return feedback_pb2.ListErrorReportsResponse(
            reports=[report_to_pb(r) for r in page.reports],
            next_page_token=page.next_cursor.encode() if page.next_cursor else "",
            total=page.total,
        )

    async def CloseErrorReport(
        self, request: feedback_pb2.CloseErrorReportRequest, context: object
    ) -> feedback_pb2.CloseErrorReportResponse:
        report = await error_reports.close_report(
            self._feedback_uow(),
            current_principal(),
            request.report_id,
            request.resolution,
            editors=self._feedback_editors,
            clock=self._clock,
        )
        return feedback_pb2.CloseErrorReportResponse(report=report_to_pb(report))

"""Issue 15, ratings, reviews, error reports and x2 in search, as their users walk them: a
specialist with two specialties finds a module that counts for both cycles (x2) and one that
counts for one; they may not rate before the provider posts their credit, then rate, change the
rating and write a review; the catalog's rating filter and sort use the aggregate; the
provider's staff answer, an admin hides the review from others (the author still sees it); any
person reports an error in the description, the provider's staff see and close it, and staff of
no provider are refused."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from typing import Any

import grpc
import pytest
from tests.e2e.conftest import Tokens, graphql
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_specialist_journey import (
    ADD_DOCUMENT,
    demo_provider_staff,
    gql,
    post_results,
)

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

CARDIOLOGY, THERAPY = demo.CARDIOLOGY, demo.THERAPY
SEARCH = """
query Search($text: String!, $filters: CatalogFilters, $sort: CatalogSort) {
  catalog(query: $text, filters: $filters, sort: $sort, first: 10) {
    edges { node { id title rating ratingCount multiplier countsForCycles { id specialtyCode } } }
  }
}"""
RATE = """
mutation Rate($id: ID!, $score: Int!, $text: String!) {
  rateElement(elementId: $id, score: $score, text: $text) {
    __typename
    ... on RatedElement { rating ratingCount review { id score text hidden } }
    ... on UserError { code message }
  }
}"""
REVIEWS = """
query Reviews($id: ID!) {
  element(id: $id) {
    rating ratingCount
    myReview { id score text }
    reviews { totalCount edges { node { id score text hidden answer authorPersonId } } }
  }
}"""
ANSWER = """
mutation Answer($id: ID!, $answer: String!) {
  answerReview(reviewId: $id, answer: $answer) {
    __typename
    ... on Review { answer answeredAt }
    ... on UserError { code }
  }
}"""
HIDE = """
mutation Hide($id: ID!) {
  hideReview(reviewId: $id) { __typename ... on Review { hidden } ... on UserError { code } }
}"""
REPORT = """
mutation Report($id: ID!, $text: String!, $key: String!) {
  reportElementError(elementId: $id, text: $text, idempotencyKey: $key) {
    __typename
    ... on ErrorReport { id status elementTitle }
    ... on UserError { code }
  }
}"""
REPORTS = """
query Reports($providerId: ID!, $status: ErrorReportStatus) {
  errorReports(providerId: $providerId, status: $status) {
    totalCount edges { node { id text status elementId resolution } }
  }
}"""
CLOSE = """
mutation Close($id: ID!) {
  closeErrorReport(reportId: $id, resolution: "Описание исправлено") {
    __typename
    ... on ErrorReport { status resolution closedAt }
    ... on UserError { code }
  }
}"""


def published_module(platform: DevStack, provider: str, title: str, specialties: list[str]) -> str:
    """The demo provider's system publishes a free module of these specialties."""
    with grpc.insecure_channel(platform.target("catalog")) as channel:
        reply = catalog_pb2_grpc.CatalogServiceStub(channel).UpsertElements(
            catalog_pb2.UpsertElementsRequest(
                items=[
                    catalog_pb2.ElementUpsert(
                        element=catalog_pb2.Element(
                            external_id=f"e2e-reviews-{uuid.uuid4().hex[:10]}",
                            kind=catalog_pb2.ELEMENT_KIND_MODULE,
                            title=title,
                            zet=2,
                            main_specialty_code=specialties[0],
                            additional_specialty_codes=specialties[1:],
                            audience="medical",
                            region_code="16",
                            module_kind="clinical_case",
                            free=True,
                        ),
                        publish=True,
                    )
                ]
            ),
            metadata=bearer(provider),
            timeout=10,
        )
    [outcome] = reply.outcomes
    assert not outcome.error_code, outcome
    return str(outcome.element_id)


def search(platform: DevStack, token: str, text: str, **variables: Any) -> dict[str, Any]:
    edges = gql(platform, SEARCH, token, text=text, **variables)["catalog"]["edges"]
    return {e["node"]["id"]: e["node"] for e in edges}


def test_rate_after_a_credit_moderate_report_errors_and_x2_in_search(
    platform: DevStack, tokens: Tokens
) -> None:
    idp = RunningIdp(platform.idp_url)
    admin = asyncio.run(idp.person_token(roles=["admin"]))
    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    staff = demo_provider_staff(platform, admin)
    snils, me = registered_and_verified(platform)
    _, other = registered_and_verified(platform)
    word = f"отзывы{uuid.uuid4().hex[:8]}"
    both = published_module(platform, provider, f"Разбор случая {word} x2", [CARDIOLOGY, THERAPY])
    one = published_module(platform, provider, f"Разбор случая {word} один", [CARDIOLOGY])
    cycles: dict[str, str] = {}
    for specialty, kind, number, issued in [
        (CARDIOLOGY, "ACCREDITATION_PRIMARY", "7724 031234568", "2024-03-15"),
        (THERAPY, "CERTIFICATE", "0116 240012346", "2023-01-10"),
    ]:
        added = gql(
            platform,
            ADD_DOCUMENT,
            me,
            document={
                "kind": kind,
                "specialtyCode": specialty,
                "number": number,
                "issuedOn": issued,
            },
        )["addDocument"]
        assert added["__typename"] == "Cycle", added
        cycles[specialty] = added["id"]

    # x2 in search: the module of both specialties counts for both cycles, the other for one;
    # a person without cycles sees no multiplier.
    found = search(platform, me, word)
    assert found[both]["multiplier"] == 2
    assert {c["id"] for c in found[both]["countsForCycles"]} == set(cycles.values())
    assert found[one]["multiplier"] == 1
    assert [c["specialtyCode"] for c in found[one]["countsForCycles"]] == [CARDIOLOGY]
    assert search(platform, other, word)[both]["multiplier"] == 0

    # No credit, no rating.
    refused = gql(platform, RATE, me, id=both, score=9, text="")["rateElement"]
    assert (refused["__typename"], refused["code"]) == ("UserError", "NO_CREDIT_FOR_ELEMENT")
    assert gql(platform, REVIEWS, me, id=both)["element"]["ratingCount"] == 0

    # The provider posts the credit; the person rates, retries, then changes the rating.
    post_results(
        platform,
        provider,
        [
            credits_pb2.ResultRecord(
                external_id=f"e2e-reviews-{uuid.uuid4().hex[:10]}",
                snils=snils,
                element_id=both,
                zet=2,
                completed_on=(date.today() - timedelta(days=1)).isoformat(),
            )
        ],
    )
    out_of_range = gql(platform, RATE, me, id=both, score=11, text="")["rateElement"]
    assert out_of_range["code"] == "INVALID_SCORE"
    rated = gql(platform, RATE, me, id=both, score=9, text="Полезный разбор")["rateElement"]
    assert rated["__typename"] == "RatedElement", rated
    assert (rated["rating"], rated["ratingCount"]) == (9.0, 1)
    again = gql(platform, RATE, me, id=both, score=9, text="Полезный разбор")["rateElement"]
    assert (again["rating"], again["ratingCount"]) == (9.0, 1)
    changed = gql(platform, RATE, me, id=both, score=7, text="Полезный, но длинный")["rateElement"]
    assert (changed["rating"], changed["ratingCount"]) == (7.0, 1)
    review_id = changed["review"]["id"]
    assert review_id == rated["review"]["id"]

    # The catalog's "рейтинг от" and sort by rating read the aggregate.
    assert set(search(platform, me, word, filters={"minRating": 7})) == {both}
    assert search(platform, me, word, filters={"minRating": 7.5}) == {}
    by_rating = gql(platform, SEARCH, me, text=word, sort="RATING")["catalog"]["edges"]
    assert [e["node"]["id"] for e in by_rating] == [both, one]
    assert (by_rating[0]["node"]["rating"], by_rating[0]["node"]["ratingCount"]) == (7.0, 1)

    # The provider's staff answer; another person reads the review with the answer.
    answered = gql(platform, ANSWER, staff, id=review_id, answer="Спасибо, сократим")
    assert answered["answerReview"]["answer"] == "Спасибо, сократим"
    foreign = gql(platform, ANSWER, other, id=review_id, answer="Я не провайдер")["answerReview"]
    assert foreign["code"] == "NOT_YOUR_PROVIDER"
    seen = gql(platform, REVIEWS, other, id=both)["element"]
    assert [(r["node"]["text"], r["node"]["answer"]) for r in seen["reviews"]["edges"]] == [
        ("Полезный, но длинный", "Спасибо, сократим")
    ]
    assert seen["myReview"] is None

    # Only an admin hides; then the others no longer see it, the author and admins do.
    assert gql(platform, HIDE, staff, id=review_id)["hideReview"]["code"] == "FORBIDDEN"
    assert gql(platform, HIDE, admin, id=review_id)["hideReview"]["hidden"] is True
    assert gql(platform, REVIEWS, other, id=both)["element"]["reviews"]["totalCount"] == 0
    mine = gql(platform, REVIEWS, me, id=both)["element"]
    assert [r["node"]["hidden"] for r in mine["reviews"]["edges"]] == [True]
    assert mine["myReview"]["score"] == 7
    assert gql(platform, REVIEWS, admin, id=both)["element"]["reviews"]["totalCount"] == 1
    # The hidden review's score still counts.
    assert gql(platform, REVIEWS, other, id=both)["element"]["rating"] == 7.0

    # «Нашли ошибку? Сообщить»: any person reports (a retry returns the same report), the
    # provider's staff see and close it, a person of no provider may not read them.
    key = uuid.uuid4().hex
    text = "В аннотации указана неверная длительность"
    report = gql(platform, REPORT, other, id=one, text=text, key=key)["reportElementError"]
    assert (report["status"], report["elementTitle"]) == ("OPEN", f"Разбор случая {word} один")
    retried = gql(platform, REPORT, other, id=one, text=text, key=key)["reportElementError"]
    assert retried["id"] == report["id"]
    open_reports = gql(platform, REPORTS, staff, providerId=demo.PROVIDER_ID, status="OPEN")
    assert report["id"] in [e["node"]["id"] for e in open_reports["errorReports"]["edges"]]
    refused_list = graphql(platform, REPORTS, other, providerId=demo.PROVIDER_ID).json()
    assert refused_list["errors"][0]["extensions"]["code"] == "not_your_provider"
    not_staff = gql(platform, CLOSE, other, id=report["id"])["closeErrorReport"]
    assert not_staff["code"] == "NOT_YOUR_PROVIDER"
    closed = gql(platform, CLOSE, staff, id=report["id"])["closeErrorReport"]
    assert (closed["status"], closed["resolution"]) == ("CLOSED", "Описание исправлено")
    assert closed["closedAt"]
    still_open = gql(platform, REPORTS, staff, providerId=demo.PROVIDER_ID, status="OPEN")
    assert report["id"] not in [e["node"]["id"] for e in still_open["errorReports"]["edges"]]

"""Reviews and x2 in the catalog against fake backends: a page of results asks for the caller's
cycles once, an element counts for the unfinished cycles of its specialties, a caller without
cycles (or plan-svc down) sees none; a refused rating is a UserError."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, execute

from cpd.catalog.v1 import catalog_pb2, feedback_pb2
from cpd.plan.v1 import plan_pb2
from gateway.errors import GatewayError

CARDIOLOGY, THERAPY, PEDIATRICS = "31.08.36", "31.08.49", "31.08.19"
BOTH = catalog_pb2.Element(
    id="e1",
    kind=catalog_pb2.ELEMENT_KIND_MODULE,
    title="Разбор",
    provider_id="p1",
    main_specialty_code=CARDIOLOGY,
    additional_specialty_codes=[THERAPY],
    status="published",
    rating=9.7,
    rating_count=3,
)
ONE = catalog_pb2.Element(
    id="e2",
    kind=catalog_pb2.ELEMENT_KIND_MODULE,
    title="Педиатрия",
    provider_id="p1",
    main_specialty_code=PEDIATRICS,
    additional_specialty_codes=[CARDIOLOGY],
    status="published",
)


def cycle(cycle_id: str, specialty: str, state: str) -> plan_pb2.Cycle:
    return plan_pb2.Cycle(
        id=cycle_id,
        specialty_code=specialty,
        state=state,
        starts_on="2024-03-15",
        ends_on="2029-03-14",
        rule_set_details=plan_pb2.RuleSet(code="nmo-250", effective_from="2016-01-01"),
    )


CYCLES = plan_pb2.ListMyCyclesResponse(
    cycles=[
        cycle("c1", CARDIOLOGY, "active"),
        cycle("c2", THERAPY, "upcoming"),
        cycle("c0", PEDIATRICS, "finished"),
    ]
)
SEARCH = """{
  catalog(first: 10) {
    edges { node { id rating ratingCount multiplier countsForCycles { id specialtyCode } } }
  }
}"""


def search_backends(cycles: object) -> FakeBackends:
    return FakeBackends(
        {
            "SearchElements": catalog_pb2.SearchElementsResponse(elements=[BOTH, ONE], total=2),
            "ListMyCycles": cycles,  # type: ignore[dict-item]
        }
    )


async def test_a_page_of_results_says_for_which_cycles_each_counts_with_one_call() -> None:
    backends = search_backends(CYCLES)
    edges = data(await execute(backends, SEARCH))["catalog"]["edges"]
    assert [e["node"] for e in edges] == [
        {
            "id": "e1",
            "rating": 9.7,
            "ratingCount": 3,
            "multiplier": 2,
            "countsForCycles": [
                {"id": "c1", "specialtyCode": CARDIOLOGY},
                {"id": "c2", "specialtyCode": THERAPY},
            ],
        },
        {
            "id": "e2",
            "rating": 0.0,
            "ratingCount": 0,
            "multiplier": 1,
            "countsForCycles": [{"id": "c1", "specialtyCode": CARDIOLOGY}],
        },
    ]
    assert [m for m, _ in backends.requests].count("ListMyCycles") == 1


async def test_no_cycles_when_the_caller_is_not_a_person_or_plan_does_not_answer() -> None:
    refused = search_backends(GatewayError("not_a_person", "Только для пользователей"))
    edges = data(await execute(refused, SEARCH))["catalog"]["edges"]
    assert [(e["node"]["multiplier"], e["node"]["countsForCycles"]) for e in edges] == [
        (0, []),
        (0, []),
    ]


RATE = """mutation {
  rateElement(elementId: "e1", score: 9, text: "Полезно") {
    __typename
    ... on RatedElement { rating ratingCount review { id score text hidden answeredAt } }
    ... on UserError { code message }
  }
}"""


async def test_a_rating_is_stored_or_refused_as_a_user_error() -> None:
    stored = FakeBackends(
        {
            "RateElement": feedback_pb2.RateElementResponse(
                review=feedback_pb2.ElementReview(
                    id="r1",
                    element_id="e1",
                    score=9,
                    text="Полезно",
                    created_at="2026-03-02T10:00:00+00:00",
                    updated_at="2026-03-02T10:00:00+00:00",
                ),
                rating=9.0,
                rating_count=1,
            )
        }
    )
    rated = data(await execute(stored, RATE))["rateElement"]
    assert rated == {
        "__typename": "RatedElement",
        "rating": 9.0,
        "ratingCount": 1,
        "review": {"id": "r1", "score": 9, "text": "Полезно", "hidden": False, "answeredAt": None},
    }
    [(_, request)] = stored.requests
    assert (request.element_id, request.score, request.text) == ("e1", 9, "Полезно")  # type: ignore[attr-defined]

    refused = FakeBackends(
        {"RateElement": GatewayError("no_credit_for_element", "Оценить можно только зачтённое")}
    )
    assert data(await execute(refused, RATE))["rateElement"] == {
        "__typename": "UserError",
        "code": "NO_CREDIT_FOR_ELEMENT",
        "message": "Оценить можно только зачтённое",
    }

"""The catalog's part of the schema against fake backends: the search as a Relay connection,
enums instead of strings, elements from the loaders and refusals as UserErrors."""

from __future__ import annotations

from gateway_fakes import FakeBackends, data, data_when_refused, execute, user_error

from cpd.catalog.v1 import catalog_pb2

EVENT = catalog_pb2.Element(
    id="e1",
    kind=catalog_pb2.ELEMENT_KIND_EVENT,
    title="Кардиология 2026",
    provider_id="p1",
    zet=6,
    starts_on="2026-05-01",
    status="published",
    price_kopecks=5_000_000_000,
)
PROGRAM = catalog_pb2.Element(
    id="e2",
    kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
    title="Терапия",
    provider_id="p1",
    zet=36,
    status="draft",
    form_of_study="full_time",
    cycles=[
        catalog_pb2.ProgramCycle(
            id="c1",
            element_id="e2",
            starts_on="2026-03-01",
            ends_on="2026-03-30",
            seats=[catalog_pb2.SeatCount(basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=10, free=4)],
        )
    ],
)

SEARCH = """query($after: String) {
  catalog(query: "кардио", first: 2, after: $after, filters: {kind: EVENT, zetMin: 1}) {
    totalCount countsCapped countsByKind { kind count }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id kind status startsOn endsOn formOfStudy priceKopecks } }
  }
}"""


async def test_the_search_is_a_connection_with_enums_and_the_page_token_as_cursor() -> None:
    backends = FakeBackends(
        {
            "SearchElements": catalog_pb2.SearchElementsResponse(
                elements=[EVENT, PROGRAM],
                next_page_token="tok2",
                total=7,
                counts=[catalog_pb2.KindCount(kind=catalog_pb2.ELEMENT_KIND_EVENT, count=7)],
            )
        }
    )
    found = data(await execute(backends, SEARCH, {"after": "tok1"}))["catalog"]
    assert found["totalCount"] == 7
    assert found["countsCapped"] is False
    assert found["countsByKind"] == [{"kind": "EVENT", "count": 7}]
    assert found["pageInfo"] == {
        "hasNextPage": True,
        "hasPreviousPage": True,
        "endCursor": "tok2",
    }
    assert [edge["cursor"] for edge in found["edges"]] == ["", "tok2"]
    assert [edge["node"] for edge in found["edges"]] == [
        {
            "id": "e1",
            "kind": "EVENT",
            "status": "PUBLISHED",
            "startsOn": "2026-05-01",
            "endsOn": None,
            "formOfStudy": None,
            "priceKopecks": 5_000_000_000,
        },
        {
            "id": "e2",
            "kind": "PROGRAM",
            "status": "DRAFT",
            "startsOn": None,
            "endsOn": None,
            "formOfStudy": "full_time",
            "priceKopecks": 0,
        },
    ]
    ((rpc, request),) = backends.requests
    assert rpc == "SearchElements"
    assert request == catalog_pb2.SearchElementsRequest(
        query="кардио",
        kind=catalog_pb2.ELEMENT_KIND_EVENT,
        zet_min=1,
        page_size=2,
        page_token="tok1",
    )


async def test_an_element_with_its_cycles_and_a_missing_one_as_an_error() -> None:
    backends = FakeBackends(
        {
            "BatchGetElements": lambda request: catalog_pb2.BatchGetElementsResponse(
                elements=[e for e in (EVENT, PROGRAM) if e.id in request.ids]
            )
        }
    )
    query = """query($id: ID!) { element(id: $id) {
      id cycles { id elementId startsOn endsOn seats { basis total free priceKopecks } } } }"""
    assert data(await execute(backends, query, {"id": "e2"}))["element"] == {
        "id": "e2",
        "cycles": [
            {
                "id": "c1",
                "elementId": "e2",
                "startsOn": "2026-03-01",
                "endsOn": "2026-03-30",
                "seats": [{"basis": "BUDGET", "total": 10, "free": 4, "priceKopecks": 0}],
            }
        ],
    }
    missing = await execute(backends, query, {"id": "nope"})
    assert missing.errors is not None
    assert missing.errors[0].extensions == {"code": "element_not_found"}


PUBLISH = """mutation($id: ID!) { publishElement(id: $id) {
  __typename ... on Element { id status } ... on UserError { code message field } } }"""


async def test_publishing_returns_the_element_or_the_refusal_as_a_user_error() -> None:
    published = catalog_pb2.Element()
    published.CopyFrom(PROGRAM)
    published.status = "published"
    backends = FakeBackends(
        {"PublishElement": catalog_pb2.PublishElementResponse(element=published)}
    )
    assert data(await execute(backends, PUBLISH, {"id": "e2"}))["publishElement"] == {
        "__typename": "Element",
        "id": "e2",
        "status": "PUBLISHED",
    }
    assert backends.requests == [
        ("PublishElement", catalog_pb2.PublishElementRequest(element_id="e2"))
    ]
    refusal = await data_when_refused(
        "PublishElement", "permission_denied", "Нет прав", PUBLISH, {"id": "e2"}
    )
    assert refusal["publishElement"] == user_error("permission_denied", "Нет прав", field=None)


async def test_creating_a_program_sends_the_element_with_its_cycles() -> None:
    backends = FakeBackends(
        {"CreateElement": lambda request: catalog_pb2.CreateElementResponse(element=PROGRAM)}
    )
    mutation = """mutation { createProgram(providerId: "p1", program: {title: "Терапия",
      zet: 36, cycles: [{startsOn: "2026-03-01", endsOn: "2026-03-30",
      seats: [{basis: BUDGET, total: 10}]}]}) { __typename ... on Element { id kind } } }"""
    assert data(await execute(backends, mutation))["createProgram"] == {
        "__typename": "Element",
        "id": "e2",
        "kind": "PROGRAM",
    }
    ((_, request),) = backends.requests
    assert request.element.kind == catalog_pb2.ELEMENT_KIND_PROGRAM
    assert request.element.provider_id == "p1"
    assert request.element.cycles[0].seats[0].basis == catalog_pb2.FUNDING_BASIS_BUDGET
    assert request.element.cycles[0].starts_on == "2026-03-01"

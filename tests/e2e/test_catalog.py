"""Issue 4 through the gateway: the catalog search with tabs and pages, element details, and a
provider system's elements appearing in the search once published."""

import uuid

import pytest
from tests.e2e.conftest import Tokens, gql, graphql, published

from cpd.catalog.v1 import catalog_pb2
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret

pytestmark = pytest.mark.e2e

SEARCH = """
query Search($text: String!, $filters: CatalogFilters, $after: String) {
  catalog(query: $text, filters: $filters, first: 2, after: $after) {
    edges { cursor node { id kind title status mainSpecialty { code name } provider { name regionCode } } }
    pageInfo { hasNextPage endCursor }
    countsByKind { kind count }
    totalCount
  }
}
"""

DETAIL = """
query Detail($id: ID!) {
  element(id: $id) {
    title status zet startsOn
    cycles { id startsOn seats { basis total free priceKopecks } place curator department }
  }
}
"""


def specialist(tokens: Tokens) -> str:
    return tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)["access_token"]


def test_the_specialist_finds_cardiology_by_another_word_form_with_tabs_and_pages(
    platform: DevStack, tokens: Tokens
) -> None:
    token = specialist(tokens)
    filters = {"specialtyCode": demo.CARDIOLOGY, "regionCode": "16"}
    first = gql(platform, SEARCH, token, text="кардиологии", filters=filters)["catalog"]
    counts = {c["kind"]: c["count"] for c in first["countsByKind"]}  # type: ignore[index]
    assert counts["PROGRAM"] >= 1 and counts["EVENT"] >= 1
    assert first["totalCount"] == sum(counts.values())  # type: ignore[index]
    seen = [e["node"]["id"] for e in first["edges"]]  # type: ignore[index]
    assert first["edges"][0]["node"]["provider"]["regionCode"] == "16"  # type: ignore[index]
    page = first
    while page["pageInfo"]["hasNextPage"]:  # type: ignore[index]
        page = gql(
            platform,
            SEARCH,
            token,
            text="кардиологии",
            filters=filters,
            after=page["pageInfo"]["endCursor"],  # type: ignore[index]
        )["catalog"]
        seen += [e["node"]["id"] for e in page["edges"]]  # type: ignore[index]
    assert len(seen) == len(set(seen)) == first["totalCount"]
    assert demo.PROGRAM_ID in seen and demo.EVENT_ID in seen

    programs = gql(
        platform, SEARCH, token, text="кардиология", filters={**filters, "kind": "PROGRAM"}
    )["catalog"]
    assert {e["node"]["kind"] for e in programs["edges"]} == {"PROGRAM"}  # type: ignore[index]


def test_element_details_show_cycles_and_seats(platform: DevStack, tokens: Tokens) -> None:
    element = gql(platform, DETAIL, specialist(tokens), id=demo.PROGRAM_ID)["element"]
    assert element["title"] == "Кардиология: актуальные вопросы диагностики и лечения"  # type: ignore[index]
    [cycle] = element["cycles"]  # type: ignore[index]
    assert cycle["id"] == demo.PROGRAM_CYCLE_ID
    budget = next(s for s in cycle["seats"] if s["basis"] == "BUDGET")
    assert budget["total"] == 24


def test_bad_search_input_is_a_typed_error_not_a_500(platform: DevStack, tokens: Tokens) -> None:
    token = specialist(tokens)
    cases = [
        ({"text": "", "filters": {"specialtyCode": "cardiology"}}, "unknown_specialty"),
        (
            {"text": "", "filters": {"startsFrom": "2025-05-01", "startsTo": "2025-01-01"}},
            "inverted_date_range",
        ),
        ({"text": "", "filters": {"zetMin": -3}}, "invalid_zet_range"),
        ({"text": "а" * 10_000}, "query_too_long"),
        ({"text": "", "after": "garbage"}, "invalid_cursor"),
    ]
    for variables, code in cases:
        reply = graphql(platform, SEARCH, token, **variables)
        assert reply.status_code == 200, reply.text
        [error] = reply.json()["errors"]
        assert error["extensions"]["code"] == code, error
    too_many = graphql(platform, "query { catalog(first: 500) { totalCount } }", token).json()
    assert too_many["errors"][0]["extensions"]["code"] == "invalid_page_size"


def test_a_provider_systems_bulk_upsert_reaches_the_search_and_staff_of_others_are_refused(
    platform: DevStack, tokens: Tokens
) -> None:
    system = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    marker = uuid.uuid4().hex[:8]
    module = catalog_pb2.Element(
        kind=catalog_pb2.ELEMENT_KIND_MODULE,
        title=f"Тромболизис при инфаркте {marker}",
        zet=1,
        main_specialty_code=demo.CARDIOLOGY,
        module_kind="clinical_guideline",
        free=True,
        external_id=f"e2e-{marker}",
    )
    module_id = published(platform, system, module)
    found = gql(platform, SEARCH, specialist(tokens), text=f"тромболизис {marker}")
    assert [e["node"]["id"] for e in found["catalog"]["edges"]] == [module_id]  # type: ignore[index]

    # The demo specialist holds no grant on the provider: the gateway returns a typed refusal.
    refused = graphql(
        platform,
        "mutation($id: ID!) { withdrawElement(id: $id) { __typename ... on UserError { code } } }",
        specialist(tokens),
        id=module_id,
    ).json()
    assert refused["data"]["withdrawElement"] == {
        "__typename": "UserError",
        "code": "NOT_YOUR_PROVIDER",
    }

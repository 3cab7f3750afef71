"""The gateway's own guarantees: limits, masking, health and the dev-only IDE."""

import httpx
import pytest
from tests.e2e.conftest import Tokens, graphql

from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def token(tokens: Tokens) -> str:
    return tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)["access_token"]


def base(platform: DevStack) -> str:
    return f"http://127.0.0.1:{platform.ports.gateway}"


def test_health_and_readiness(platform: DevStack) -> None:
    assert httpx.get(f"{base(platform)}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{base(platform)}/readyz").json() == {"status": "ready"}


def test_graphiql_is_served_in_dev_without_a_token(platform: DevStack) -> None:
    page = httpx.get(platform.graphql_url, headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "graphiql" in page.text.lower()


def test_too_many_aliases_are_refused(platform: DevStack, token: str) -> None:
    query = "{ " + " ".join(f"a{i}: __typename" for i in range(31)) + " }"
    body = graphql(platform, query, token).json()
    assert "aliases" in body["errors"][0]["message"]


def test_expected_failures_carry_a_stable_code_and_a_russian_message(
    platform: DevStack, token: str
) -> None:
    body = graphql(platform, '{ municipalities(regionCode: "1a") { name } }', token).json()
    [error] = body["errors"]
    assert error["extensions"]["code"] == "invalid_region_code"
    assert any("а" <= ch <= "я" for ch in error["message"].lower())


def test_a_token_without_a_person_gets_a_typed_refusal(platform: DevStack, tokens: Tokens) -> None:
    provider = tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID))
    body = graphql(platform, "{ me { id } }", provider).json()
    assert body["errors"][0]["extensions"]["code"] == "not_a_person"


def test_the_schema_is_readable_without_a_token_in_dev(platform: DevStack) -> None:
    body = graphql(platform, "{ __schema { queryType { name } } }", None).json()
    assert body == {"data": {"__schema": {"queryType": {"name": "Query"}}}}


def test_oversized_and_malformed_bodies_are_refused_with_graphql_shaped_errors(
    platform: DevStack,
) -> None:
    large = httpx.post(
        platform.graphql_url, json={"query": "#" + "x" * 100_000 + "\n{ __typename }"}
    )
    assert large.status_code == 413
    assert large.json()["errors"][0]["extensions"]["code"] == "request_too_large"
    for body in (b'"{ __typename }"', b"null", b"123", b"\xff", b"{"):
        reply = httpx.post(
            platform.graphql_url, content=body, headers={"Content-Type": "application/json"}
        )
        assert reply.status_code == 400, body
        assert reply.json()["errors"][0]["extensions"]["code"]


def test_bad_input_is_the_clients_error_not_an_internal_one(platform: DevStack, token: str) -> None:
    search = graphql(
        platform,
        "query($q: String!) { catalog(query: $q, first: 1) { __typename } }",
        token,
        q="кардио\u0000",
    ).json()
    assert search["errors"][0]["extensions"] == {"code": "invalid_characters", "field": "$q"}
    document = {"kind": "CERTIFICATE", "specialtyCode": "31.08.36", "number": "1"}
    added = graphql(
        platform,
        "mutation($d: DocumentInput!) { addDocument(document: $d) {"
        " __typename ... on UserError { code field } } }",
        token,
        d={**document, "issuedOn": "2024-02-30"},
    ).json()
    assert added["data"]["addDocument"] == {
        "__typename": "UserError",
        "code": "INVALID_DATE",
        "field": "document.issuedOn",
    }
    wrong_type = graphql(
        platform,
        "mutation($d: DocumentInput!) { addDocument(document: $d) { __typename } }",
        token,
        d={**document, "kind": 1, "issuedOn": "2024-02-28"},
    ).json()
    assert "kind" in wrong_type["errors"][0]["message"]
    assert "Внутренняя ошибка" not in wrong_type["errors"][0]["message"]

"""The gateway's Prometheus metrics: operations counted and timed by operation, errors by code."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from litestar.testing import AsyncTestClient
from prometheus_client import REGISTRY

from gateway.app import create_app
from gateway.settings import GatewaySettings

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings("ignore::litestar.exceptions.LitestarDeprecationWarning"),
]

NOWHERE = "127.0.0.1:9"


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[AsyncTestClient[Any]]:
    settings = GatewaySettings(
        redis_url=redis_url,
        oidc_issuer="http://127.0.0.1:9/realms/cpd",
        identity_target=NOWHERE,
        catalog_target=NOWHERE,
        plan_target=NOWHERE,
        credits_target=NOWHERE,
        pk_regional_target=NOWHERE,
        anonymous_requests_per_minute=10_000,
    )
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield client


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_operations_are_counted_and_timed_by_operation(
    client: AsyncTestClient[Any],
) -> None:
    before = sample("cpd_gateway_graphql_requests_total", operation="query:__typename")
    timed = sample("cpd_gateway_graphql_latency_seconds_count", operation="query:__typename")
    reply = await client.post("/graphql", json={"query": "query Probe { __typename }"})
    assert reply.status_code == 200
    assert sample("cpd_gateway_graphql_requests_total", operation="query:__typename") == before + 1
    assert (
        sample("cpd_gateway_graphql_latency_seconds_count", operation="query:__typename")
        == timed + 1
    )
    exposed = (await client.get("/metrics")).text
    assert 'cpd_gateway_graphql_requests_total{operation="query:__typename"}' in exposed


async def test_errors_are_counted_by_code(client: AsyncTestClient[Any]) -> None:
    labels = {"operation": "mutation:login", "code": "invalid_characters"}
    before = sample("cpd_gateway_graphql_errors_total", **labels)
    body = {
        "query": 'mutation($s: String!) { login(snils: $s, password: "x") { __typename } }',
        "variables": {"s": "112\u0000"},
    }
    reply = await client.post("/graphql", json=body)
    assert reply.json()["errors"][0]["extensions"]["code"] == "invalid_characters"
    assert sample("cpd_gateway_graphql_errors_total", **labels) == before + 1

"""Catalog search over a 100,000-element catalog: a mix of queries (free text + 2–3 filters,
broad words included), directly over gRPC and through the gateway, in issue 16's framing
(bench/figures.py): the floor, one client (p50/p95/p99) and closed loops at 4 and 16 clients.
Targets: direct p50 ≤ 5 ms and p95 ≤ 15 ms, gateway p95 ≤ 20 ms, ≥ 150 searches/s saturated.

Starts a private platform (as `make up` does, on free ports, in a scratch folder), loads the
synthetic catalog with bench/catalog_generator.py, logs in as the demo specialist. Not part of
`make test`.

    uv run python bench/bench_catalog_search.py [--elements 100000] [--distinct 300] [--requests 300]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.devstack import DevStack
from cpd_platform.local_infra import asyncpg_url, plain_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalog_generator import generate
from closed_loop import running_stack, specialist_token
from figures import measure
from graphql_client import GraphQLClient

TEXTS = (
    "кардиологии",
    "терапия",
    "неотложные состояния",
    "педиатрии",
    "клинические рекомендации",
    "реабилитация",
    "неврологии",
    "хирургия",
    "диагностика и лечение",
    "кардиалогия",
    "онкология",
    "пожилого возраста",
    "эндокринология",
    "телемедицина",
    "офтальмологии",
)
SPECIALTIES = ("31.08.36", "31.08.49", "31.08.54", "31.08.19", "31.08.42", "31.08.67", "31.08.57")
REGIONS = ("16", "77", "50", "78", "02", "66")
KINDS = ("PROGRAM", "EVENT", "MODULE")

GRAPHQL = """
query Search($text: String!, $filters: CatalogFilters) {
  catalog(query: $text, filters: $filters, first: 20) {
    edges { node { id title kind zet startsOn rating } }
    pageInfo { hasNextPage endCursor }
    countsByKind { kind count }
    totalCount
  }
}
"""


def query_mix(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Free text plus 2–3 filters each (GraphQL filter names)."""
    rng = random.Random(seed)
    choices: list[Callable[[], dict[str, Any]]] = [
        lambda: {"specialtyCode": rng.choice(SPECIALTIES)},
        lambda: {"regionCode": rng.choice(REGIONS)},
        lambda: {"kind": rng.choice(KINDS)},
        lambda: {"price": "FREE"},
        lambda: {"withFreeSeats": True},
        lambda: {"startsFrom": "2026-03-01", "startsTo": "2026-09-30"},
        lambda: {"zetMin": 6, "zetMax": 72},
        lambda: {"minRating": 4.0},
    ]
    mix = []
    for _ in range(count):
        filters: dict[str, Any] = {}
        for make in rng.sample(choices, rng.choice((2, 3))):
            filters.update(make())
        mix.append({"text": rng.choice(TEXTS), "filters": filters})
    return mix


def to_pb(item: dict[str, Any]) -> catalog_pb2.SearchElementsRequest:
    f = item["filters"]
    request = catalog_pb2.SearchElementsRequest(query=item["text"], page_size=20)
    request.specialty_code = f.get("specialtyCode", "")
    request.region_code = f.get("regionCode", "")
    if "kind" in f:
        request.kind = catalog_pb2.ElementKind.Value(f"ELEMENT_KIND_{f['kind']}")
    if f.get("price") == "FREE":
        request.price = catalog_pb2.PRICE_FILTER_FREE
    request.with_free_seats = f.get("withFreeSeats", False)
    request.starts_from = f.get("startsFrom", "")
    request.starts_to = f.get("startsTo", "")
    if "zetMin" in f:
        request.zet_min = f["zetMin"]
        request.zet_max = f["zetMax"]
    request.min_rating = f.get("minRating", 0.0)
    return request


async def measure_search(stack: DevStack, token: str, distinct: int, requests: int) -> None:
    """The mix at one client and in closed loops at 4 and 16 (bench/figures.py), directly over
    gRPC (floor: catalog-svc's health Check) and through the gateway (floor: `{ __typename }`)."""
    mix = query_mix(distinct)
    metadata = (("authorization", f"Bearer {token}"),)
    async with grpc.aio.insecure_channel(stack.target("catalog")) as channel:
        stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        health = health_pb2_grpc.HealthStub(channel)
        requests_pb = [to_pb(item) for item in mix]

        async def over_grpc(number: int) -> None:
            request = requests_pb[number % len(requests_pb)]
            await stub.SearchElements(request, metadata=metadata, timeout=30)

        async def grpc_floor(_: int) -> None:
            await health.Check(health_pb2.HealthCheckRequest(), timeout=30)

        await measure(
            "catalog search mix, direct gRPC (floor: catalog-svc health Check)",
            over_grpc,
            grpc_floor,
            requests=requests,
        )

    clients = [
        GraphQLClient(
            stack.graphql_url, token, GRAPHQL, {"text": i["text"], "filters": i["filters"]}
        )
        for i in mix
    ]
    async with GraphQLClient(stack.graphql_url, token, "{ __typename }") as floor_client:

        async def over_gateway(number: int) -> None:
            await clients[number % len(clients)].post()

        try:
            await measure(
                "catalog search mix, through the gateway (floor: { __typename })",
                over_gateway,
                floor_client.post,
                requests=requests,
            )
        finally:
            for client in clients:
                await client.__aexit__(None, None, None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--elements", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=300, help="distinct queries in the mix")
    parser.add_argument("--requests", type=int, default=300, help="requests at one client")
    args = parser.parse_args()
    with running_stack(durable=False) as stack:
        assert stack.pg_url is not None
        dsn = plain_url(asyncpg_url(stack.pg_url, stack.database))
        loaded = asyncio.run(generate(dsn, args.elements))
        print(f"catalog loaded: {loaded}")
        asyncio.run(measure_search(stack, specialist_token(stack), args.distinct, args.requests))


if __name__ == "__main__":
    main()

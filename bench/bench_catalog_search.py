"""Catalog search over a 100,000-element catalog: a mix of queries (free text + 2–3 filters) at
50 concurrent clients, directly over gRPC (Python grpc.aio clients) and through the gateway
(wrk, bench/http_load.py, so that the client's own CPU does not land on the gateway's figures).
Reports p50, p95, p99 and requests per second, and the gateway/gRPC ratio. Targets: p95 < 20 ms over gRPC, < 40 ms through
the gateway.

Starts a private platform (as `make up` does, on free ports, in a scratch folder), loads the
synthetic catalog with bench/catalog_generator.py, logs in as the demo specialist. Not part of
`make test`.

    uv run python bench/bench_catalog_search.py [--elements 100000] [--requests 2000] [--concurrency 50] [--seconds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.devstack import DevStack, Ports
from cpd_platform.local_infra import asyncpg_url, plain_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
import http_load
from catalog_generator import generate
from closed_loop import run_clients, specialist_token

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


async def measure(
    stack: DevStack, token: str, requests: int, concurrency: int, seconds: float
) -> None:
    mix = query_mix(requests)
    metadata = (("authorization", f"Bearer {token}"),)
    async with grpc.aio.insecure_channel(stack.target("catalog")) as channel:
        stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        requests_pb = [to_pb(item) for item in mix]

        async def over_grpc(request: catalog_pb2.SearchElementsRequest) -> None:
            await stub.SearchElements(request, metadata=metadata, timeout=30)

        await run_clients(requests_pb[:200], concurrency, over_grpc)  # warm-up
        direct = await run_clients(requests_pb, concurrency, over_grpc)
        print(direct.line(f"gRPC SearchElements, {concurrency} clients"))

    bodies = [{"query": GRAPHQL, "variables": item} for item in mix]
    headers = {"Authorization": f"Bearer {token}"}
    http_load.load(stack.graphql_url, bodies[:200], headers, concurrency, 3)  # warm-up
    gateway = http_load.load(stack.graphql_url, bodies, headers, concurrency, seconds)
    print(gateway.line(f"GraphQL catalog via gateway, {concurrency} connections (wrk)"))
    print(
        f"gateway/gRPC ratio: p50 {gateway.p50_ms / direct.p(0.5):.2f}x,"
        f" p95 {gateway.p95_ms / direct.p(0.95):.2f}x,"
        f" throughput {gateway.rps / direct.rps:.2f}x"
    )
    print(
        f"targets: gRPC p95 < 20 ms: {'met' if direct.p(0.95) < 20 else 'NOT met'};"
        f" gateway p95 < 40 ms: {'met' if gateway.p95_ms < 40 else 'NOT met'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--elements", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=15, help="gateway load duration (wrk)")
    args = parser.parse_args()
    Path(".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        stack = DevStack(data_dir=Path(scratch), ports=Ports.free(), durable=False)
        stack.start()
        try:
            print(f"platform ready in {stack.started_in:.1f} s")
            assert stack.pg_url is not None
            dsn = plain_url(asyncpg_url(stack.pg_url, stack.database))
            loaded = asyncio.run(generate(dsn, args.elements))
            print(f"catalog loaded: {loaded}")
            asyncio.run(
                measure(
                    stack, specialist_token(stack), args.requests, args.concurrency, args.seconds
                )
            )
        finally:
            stack.stop()


if __name__ == "__main__":
    main()

"""Latency of the walking skeleton's step-2 query through the gateway.

Starts a private platform (as `make up` does, on free ports, in a scratch folder), logs in as
the demo specialist, warms up, then sends the query N times one after another and reports
median, p90, p99 and max, plus the same with C concurrent clients. Also prints how long the
platform took to become ready. Not part of `make test`.

    uv run python bench/bench_gateway_latency.py [--requests 1000] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from cpd_platform.devstack import DevStack, Ports

sys.path.insert(0, str(Path(__file__).resolve().parent))
from closed_loop import percentile, specialist_token

QUERY = """
query Overview {
  me { id snils lastName firstName }
  specialties { code name }
  myCycles { id startsOn endsOn specialty { name } progress { totalZet targetZet byKind { kind zet } } }
}
"""


def report(name: str, samples_ms: list[float], wall_seconds: float) -> None:
    median = statistics.median(samples_ms)
    p99 = percentile(samples_ms, 0.99)
    print(
        f"{name}: n={len(samples_ms)} median={median:.2f} ms p90={percentile(samples_ms, 0.90):.2f} ms "
        f"p99={p99:.2f} ms max={max(samples_ms):.2f} ms throughput={len(samples_ms) / wall_seconds:.0f} req/s "
        f"p99/median={p99 / median:.2f}"
    )


async def one(client: httpx.AsyncClient, url: str, token: str) -> float:
    started = time.perf_counter()
    reply = await client.post(
        url, json={"query": QUERY}, headers={"Authorization": f"Bearer {token}"}
    )
    elapsed = (time.perf_counter() - started) * 1000
    body = reply.json()
    if reply.status_code != 200 or "errors" in body:
        raise RuntimeError(f"query failed: {reply.status_code} {body}")
    return elapsed


async def measure(url: str, token: str, requests: int, concurrency: int) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        for _ in range(50):
            await one(client, url, token)
        started = time.perf_counter()
        sequential = [await one(client, url, token) for _ in range(requests)]
        report("sequential", sequential, time.perf_counter() - started)

        async def worker(count: int) -> list[float]:
            return [await one(client, url, token) for _ in range(count)]

        started = time.perf_counter()
        batches = await asyncio.gather(
            *(worker(requests // concurrency) for _ in range(concurrency))
        )
        report(
            f"concurrency={concurrency}",
            [s for b in batches for s in b],
            time.perf_counter() - started,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        stack = DevStack(data_dir=Path(scratch), ports=Ports.free())
        stack.start()
        try:
            print(
                f"platform ready in {stack.started_in:.1f} s (PostgreSQL initdb included, fresh data folder)"
            )
            asyncio.run(
                measure(
                    stack.graphql_url,
                    specialist_token(stack),
                    args.requests,
                    args.concurrency,
                )
            )
        finally:
            stack.stop()


if __name__ == "__main__":
    main()

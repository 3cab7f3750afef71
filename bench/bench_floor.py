"""The floor of this machine and stack: what the cheapest possible request costs at 50
concurrent clients, so the other benchmarks' targets can be read against it.

- gRPC: the standard health `Check` on catalog-svc (the same grpc.aio server, interceptors and
  loopback as every RPC, no database work), 50 clients in one process.
- GraphQL: `{ __typename }` through the gateway with the demo specialist's bearer token (HTTP,
  litestar, token check, strawberry parse and validate, no call to a service), loaded by wrk.

A target below these figures cannot be met by making our queries cheaper: it is the transport,
the interpreter and the two cores. Not part of `make test`.

    uv run python bench/bench_floor.py [--requests 5000] [--concurrency 50] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform import demo
from cpd_platform.devstack import DevStack, Ports

sys.path.insert(0, str(Path(__file__).resolve().parent))
import http_load


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run_clients(
    requests: int, concurrency: int, one: Callable[[], Awaitable[None]]
) -> tuple[list[float], float]:
    remaining = requests
    samples: list[float] = []

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            started = time.perf_counter()
            await one()
            samples.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return samples, time.perf_counter() - started


def report(name: str, samples: list[float], wall: float) -> None:
    print(
        f"{name}: n={len(samples)} p50={percentile(samples, 0.5):.1f} ms"
        f" p95={percentile(samples, 0.95):.1f} ms p99={percentile(samples, 0.99):.1f} ms"
        f" throughput={len(samples) / wall:.0f} req/s"
    )


async def measure(
    stack: DevStack, token: str, requests: int, concurrency: int, seconds: float
) -> None:
    async with grpc.aio.insecure_channel(stack.target("catalog")) as channel:
        health = health_pb2_grpc.HealthStub(channel)

        async def check() -> None:
            await health.Check(health_pb2.HealthCheckRequest(), timeout=30)

        await run_clients(500, concurrency, check)
        report(
            f"gRPC health Check, {concurrency} clients",
            *await run_clients(requests, concurrency, check),
        )

    body = [{"query": "{ __typename }"}]
    headers = {"Authorization": f"Bearer {token}"}
    http_load.load(stack.graphql_url, body, headers, concurrency, 3)  # warm-up
    result = http_load.load(stack.graphql_url, body, headers, concurrency, seconds)
    print(
        f"GraphQL {{ __typename }} via gateway, {concurrency} connections (wrk):"
        f" n={result.requests} p50={result.p50_ms:.1f} ms p95={result.p95_ms:.1f} ms"
        f" p99={result.p99_ms:.1f} ms throughput={result.rps:.0f} req/s"
        f" failures={result.failures + result.socket_errors}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    print(f"CPUs: {os.cpu_count()}")
    Path(".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        stack = DevStack(
            data_dir=Path(scratch),
            ports=Ports.free(),
            durable=False,
            service_log_level="WARNING",
        )
        stack.start()
        try:
            token_reply = httpx.post(
                f"{stack.issuer}/protocol/openid-connect/token",
                data={
                    "grant_type": "password",
                    "client_id": "web",
                    "username": demo.SPECIALIST_SNILS,
                    "password": demo.SPECIALIST_PASSWORD,
                },
            )
            token_reply.raise_for_status()
            asyncio.run(
                measure(
                    stack,
                    token_reply.json()["access_token"],
                    args.requests,
                    args.concurrency,
                    args.seconds,
                )
            )
        finally:
            stack.stop()


if __name__ == "__main__":
    main()

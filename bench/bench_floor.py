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
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform.devstack import DevStack, Ports

sys.path.insert(0, str(Path(__file__).resolve().parent))
import http_load
from closed_loop import run_clients, specialist_token


async def measure(
    stack: DevStack, token: str, requests: int, concurrency: int, seconds: float
) -> None:
    async with grpc.aio.insecure_channel(stack.target("catalog")) as channel:
        health = health_pb2_grpc.HealthStub(channel)

        async def check(_: int) -> None:
            await health.Check(health_pb2.HealthCheckRequest(), timeout=30)

        await run_clients(range(500), concurrency, check)
        run = await run_clients(range(requests), concurrency, check)
        print(run.line(f"gRPC health Check, {concurrency} clients"))

    body = [{"query": "{ __typename }"}]
    headers = {"Authorization": f"Bearer {token}"}
    http_load.load(stack.graphql_url, body, headers, concurrency, 3)  # warm-up
    result = http_load.load(stack.graphql_url, body, headers, concurrency, seconds)
    print(result.line(f"GraphQL {{ __typename }} via gateway, {concurrency} connections (wrk)"))


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
            asyncio.run(
                measure(
                    stack, specialist_token(stack), args.requests, args.concurrency, args.seconds
                )
            )
        finally:
            stack.stop()


if __name__ == "__main__":
    main()

"""The floor of this machine and stack: what the cheapest possible request costs at one client
and how many a box serves (closed loops at 4 and 16 clients), so the other benchmarks' figures
can be read against it. Each is printed through bench/figures.py against itself (ratios 1.0);
every other benchmark measures the floor of its own path again in its run.

- gRPC: the standard health `Check` on catalog-svc (the same grpc.aio server, interceptors and
  loopback as every RPC, no database work).
- GraphQL: `{ __typename }` through the gateway with the demo specialist's bearer token (HTTP,
  litestar, token check, strawberry parse and validate, no call to a service), over a
  keep-alive connection per client (bench/graphql_client.py).

A figure below these cannot be reached by making our queries cheaper: it is the transport, the
interpreter and the two cores. Not part of `make test`.

    uv run python bench/bench_floor.py [--requests 300] [--seconds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform.devstack import DevStack

sys.path.insert(0, str(Path(__file__).resolve().parent))
from closed_loop import closed_loop_options, running_stack, specialist_token
from figures import measure
from graphql_client import GraphQLClient


async def run(stack: DevStack, token: str, requests: int, seconds: float) -> None:
    async with grpc.aio.insecure_channel(stack.target("catalog")) as channel:
        health = health_pb2_grpc.HealthStub(channel)

        async def check(_: int) -> None:
            await health.Check(health_pb2.HealthCheckRequest(), timeout=30)

        await measure(
            "gRPC health Check (catalog-svc)", check, check, requests=requests, seconds=seconds
        )
    async with GraphQLClient(stack.graphql_url, token, "{ __typename }") as floor:
        await measure(
            "GraphQL { __typename } through the gateway, with a bearer token",
            floor.post,
            floor.post,
            requests=requests,
            seconds=seconds,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    closed_loop_options(parser)
    args = parser.parse_args()
    print(f"CPUs: {os.cpu_count()}")
    with running_stack(durable=False, service_log_level="WARNING") as stack:
        asyncio.run(run(stack, specialist_token(stack), args.requests, args.seconds))


if __name__ == "__main__":
    main()

"""The walking skeleton's overview query through the gateway (the person, the specialties and
the cycles with their totals), against the gateway's floor `{ __typename }` with the same
bearer token, printed through bench/figures.py: one client (p50/p95/p99) and closed loops at 4
and 16 clients. Also prints how long the platform took to become ready.

Starts a private platform (as `make up` does, on free ports, in a scratch folder) and logs in
as the demo specialist. Not part of `make test`.

    uv run python bench/bench_gateway_latency.py [--requests 300] [--seconds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from closed_loop import closed_loop_options, running_stack, specialist_token
from figures import measure
from graphql_client import GraphQLClient

QUERY = """
query Overview {
  me { id snils lastName firstName }
  specialties { code name }
  myCycles { id startsOn endsOn specialty { name } progress { totalZet targetZet byKind { kind zet } } }
}
"""


async def run(url: str, token: str, requests: int, seconds: float) -> None:
    async with (
        GraphQLClient(url, token, QUERY) as overview,
        GraphQLClient(url, token, "{ __typename }") as floor,
    ):
        await measure(
            "overview query through the gateway (floor: { __typename })",
            overview.post,
            floor.post,
            requests=requests,
            seconds=seconds,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    closed_loop_options(parser)
    args = parser.parse_args()
    # The start-up time it prints includes PostgreSQL's initdb (a fresh data folder).
    with running_stack(service_log_level="WARNING") as stack:
        asyncio.run(run(stack.graphql_url, specialist_token(stack), args.requests, args.seconds))


if __name__ == "__main__":
    main()

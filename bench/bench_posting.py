"""End-to-end throughput of the provider posting API (credits-svc), beside plain COPY.

Starts a private slice of the platform as `make up` would (PostgreSQL, Redis, the identity
provider, identity-svc, catalog-svc and credits-svc as separate processes on free ports, in a
scratch folder; the gateway and the other services play no part in posting), seeds
PERSONS persons into identity-svc's table with COPY, then posts RECORDS results (batches of
BATCH records, STREAMS concurrent streams, the demo provider's client-credentials token) for
those persons on the demo provider's module: once fresh, once replayed (the same batches
again: every batch answers with its stored acknowledgement). In the same run it COPYs the
same rows into an unindexed table and prints records/s of each and the ratio. Not part of
`make test`.

    uv run python bench/bench_posting.py [--records 200000] [--batch 500] [--streams 4]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import asyncpg
import grpc
import httpx

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, Ports, dev_client_secret
from cpd_platform.local_infra import asyncpg_url, plain_url
from cpd_platform.snils import with_check_number
from credits_svc.domain.records import PostedResult, payload_hash

POSTING_SERVICES = ("identity", "catalog", "credits")


def snils_of(n: int) -> str:
    return with_check_number(f"{200_000_000 + n:09d}")


async def seed_persons(database_url: str, count: int) -> list[str]:
    numbers = [snils_of(n) for n in range(count)]
    connection = await asyncpg.connect(database_url)
    try:
        await connection.copy_records_to_table(
            "persons",
            schema_name="identity",
            columns=["id", "subject", "snils", "last_name", "first_name", "birth_date"],
            records=[
                (uuid.uuid4(), f"bench-{n}", s, "Иванов", "Иван", date(1980, 1, 1))
                for n, s in enumerate(numbers)
            ],
        )
    finally:
        await connection.close()
    return numbers


def build_batches(
    snils: Sequence[str], records: int, size: int, run: str
) -> list[credits_pb2.PostResultsRequest]:
    batches = []
    for start in range(0, records, size):
        results = [
            PostedResult(
                f"{run}-{i}",
                snils[i % len(snils)],
                demo.MODULE_ID,
                1 + i % 2,
                "2025-05-01",
                f"Д-{i}",
                "",
            )
            for i in range(start, min(start + size, records))
        ]
        batches.append(
            credits_pb2.PostResultsRequest(
                batch_id=f"{run}-b{start // size}",
                sequence=start // size + 1,
                payload_hash=payload_hash(results),
                series_id=f"{run}-s{start // size % 1000}",
                records=[
                    credits_pb2.ResultRecord(
                        external_id=r.external_id,
                        snils=r.snils,
                        element_id=r.element_id,
                        zet=r.zet,
                        completed_on=r.completed_on,
                        document_number=r.document_number,
                    )
                    for r in results
                ],
            )
        )
    return batches


async def post_all(
    target: str, token: str, batches: Sequence[credits_pb2.PostResultsRequest], streams: int
) -> tuple[float, dict[str, int]]:
    tally: dict[str, int] = {}
    async with grpc.aio.insecure_channel(
        target, options=[("grpc.max_receive_message_length", 64 << 20)]
    ) as channel:
        stub = credits_pb2_grpc.CreditsServiceStub(channel)
        metadata = (("authorization", f"Bearer {token}"),)

        async def one_stream(part: Sequence[credits_pb2.PostResultsRequest]) -> None:
            async for ack in stub.PostResults(iter(part), metadata=metadata):
                for o in ack.outcomes:
                    name = credits_pb2.Outcome.Name(o.outcome)
                    tally[name] = tally.get(name, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(one_stream(batches[i::streams]) for i in range(streams)))
        return time.perf_counter() - started, tally


async def plain_copy(database_url: str, batches: Sequence[credits_pb2.PostResultsRequest]) -> float:
    rows = [
        (
            uuid.uuid4(),
            r.external_id,
            r.snils,
            uuid.UUID(r.element_id),
            r.zet,
            date.fromisoformat(r.completed_on),
            r.document_number,
        )
        for b in batches
        for r in b.records
    ]
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute("DROP TABLE IF EXISTS public.bench_copy")
        await connection.execute(
            "CREATE TABLE public.bench_copy (id uuid, external_id text, snils text, "
            "element_id uuid, zet int, completed_on date, document_number text)"
        )
        started = time.perf_counter()
        await connection.copy_records_to_table("bench_copy", schema_name="public", records=rows)
        return time.perf_counter() - started
    finally:
        await connection.close()


async def run(stack: DevStack, database_url: str, args: argparse.Namespace) -> None:
    snils = await seed_persons(database_url, args.persons)
    print(f"seeded {len(snils)} persons with COPY")
    async with httpx.AsyncClient() as http:
        reply = await http.post(
            f"{stack.issuer}/protocol/openid-connect/token",
            data={"grant_type": "client_credentials"},
            auth=(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)),
        )
    token = reply.json()["access_token"]
    target = stack.target("credits")
    warmup = build_batches(snils, 2000, args.batch, f"warm-{uuid.uuid4().hex[:6]}")
    await post_all(target, token, warmup, args.streams)
    batches = build_batches(snils, args.records, args.batch, f"run-{uuid.uuid4().hex[:6]}")
    n = sum(len(b.records) for b in batches)

    fresh, tally = await post_all(target, token, batches, args.streams)
    print(f"fresh:    {n} records in {fresh:.2f} s = {n / fresh:,.0f} records/s  {tally}")
    replay, tally = await post_all(target, token, batches, args.streams)
    print(f"replayed: {n} records in {replay:.2f} s = {n / replay:,.0f} records/s  {tally}")
    copy = await plain_copy(database_url, batches)
    print(f"COPY into an unindexed table: {n} rows in {copy:.2f} s = {n / copy:,.0f} rows/s")
    print(
        f"ratio fresh/COPY = {copy / fresh:.2f}, replayed/COPY = {copy / replay:.2f} "
        f"(target: fresh >= 30,000 records/s and >= 0.5 of COPY)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--streams", type=int, default=4)
    parser.add_argument("--persons", type=int, default=20_000)
    args = parser.parse_args()
    Path(".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        # Only what posting needs, started the way `make up` starts it.
        stack = DevStack(
            data_dir=Path(scratch),
            ports=Ports.free(),
            durable=False,
            services=POSTING_SERVICES,
            with_gateway=False,
            service_log_level="WARNING",
        )
        stack.start()
        try:
            print(f"platform ready in {stack.started_in:.1f} s")
            assert stack.pg_url is not None
            database_url = plain_url(asyncpg_url(stack.pg_url, stack.database))
            asyncio.run(run(stack, database_url, args))
        finally:
            stack.stop()


if __name__ == "__main__":
    main()

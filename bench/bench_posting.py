"""The provider posting API (credits-svc) against the database-only insert of the same records
(issue 16). Not part of `make test`.

Starts a private slice of the platform as `make up` would (PostgreSQL, Redis, the identity
provider, identity-svc, catalog-svc and credits-svc as separate processes on free ports, in a
scratch folder), seeds PERSONS persons with COPY, then in one run:

1. fresh: posts RECORDS new results (batches of BATCH records on STREAMS concurrent streams,
   the demo provider's client-credentials token), sampling credits-svc's RSS as it goes
   (memory must stay flat however many records pass);
2. replayed: the same batches again (each answered with its stored acknowledgement);
3. the floor: the database alone doing the same idempotent writes of the same records (new
   external ids) into the same ledger and outbox, on STREAMS connections, batch by batch:
   COPY into a temporary staging table, then one `INSERT … ON CONFLICT DO NOTHING` into
   credits.credit_records and, for the rows it inserted, the outbox rows the service writes
   (one `credits.recorded` row per record, carrying the same payload);
4. the ratio fresh / floor (target >= 0.5), and PostResults at 1, 4 and 16 clients through
   bench/figures.py (one stream of one fresh batch of FIGURES_BATCH records per request,
   against the gRPC health Check of credits-svc).

    uv run --no-sync python bench/bench_posting.py [--records 100000] [--batch 500]
        [--streams 4] [--persons 20000] [--figures-batch 100]
    # memory over a million records:
    uv run --no-sync python bench/bench_posting.py --records 1000000 --persons 200000
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import asyncpg
import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.local_infra import asyncpg_url, plain_url
from cpd_platform.snils import with_check_number
from credits_svc.domain.events import CREDITS_RECORDED, recorded_payload
from credits_svc.domain.records import PostedResult, payload_hash

sys.path.insert(0, str(Path(__file__).resolve().parent))

from closed_loop import running_stack
from figures import measure

POSTING_SERVICES = ("identity", "catalog", "credits")


def snils_of(n: int) -> str:
    return with_check_number(f"{200_000_000 + n:09d}")


async def seed_persons(database_url: str, count: int) -> list[tuple[str, str]]:
    """(snils, person id) of `count` new persons, written with COPY."""
    people = [(snils_of(n), str(uuid.uuid4())) for n in range(count)]
    connection = await asyncpg.connect(database_url)
    try:
        await connection.copy_records_to_table(
            "persons",
            schema_name="identity",
            columns=["id", "subject", "snils", "last_name", "first_name", "birth_date"],
            records=[
                (uuid.UUID(p), f"bench-{n}", s, "Иванов", "Иван", date(1980, 1, 1))
                for n, (s, p) in enumerate(people)
            ],
        )
    finally:
        await connection.close()
    return people


def results_of(
    people: Sequence[tuple[str, str]], start: int, end: int, run: str
) -> list[PostedResult]:
    return [
        PostedResult(
            f"{run}-{i}",
            people[i % len(people)][0],
            demo.MODULE_ID,
            1 + i % 2,
            "2025-05-01",
            f"Д-{i}",
            "",
        )
        for i in range(start, end)
    ]


def request_of(
    results: Sequence[PostedResult], batch_id: str, sequence: int, series: str
) -> credits_pb2.PostResultsRequest:
    return credits_pb2.PostResultsRequest(
        batch_id=batch_id,
        sequence=sequence,
        payload_hash=payload_hash(results),
        series_id=series,
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


def batches_of(
    people: Sequence[tuple[str, str]], records: int, size: int, run: str, stream: int, streams: int
) -> Iterator[credits_pb2.PostResultsRequest]:
    """Stream `stream`'s share of the run's batches, built as they are sent (a million records
    never sit in the client's memory at once)."""
    for number, start in enumerate(range(0, records, size)):
        if number % streams != stream:
            continue
        results = results_of(people, start, min(start + size, records), run)
        yield request_of(results, f"{run}-b{number}", number // streams + 1, f"{run}-s{stream}")


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int, *, children: bool = False) -> float:
    """CPU time of a process (with `children`: also of its exited children, and of the live
    ones: a PostgreSQL postmaster's backends)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                child = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(child[1]) == pid:
                ticks += int(child[11]) + int(child[12])
    return ticks / CLOCK_TICKS


def postmaster_pid(data_dir: Path) -> int:
    return int(next(data_dir.rglob("postmaster.pid")).read_text().split()[0])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Posted:
    seconds: float
    tally: dict[str, int]
    rss: list[tuple[int, float]]  # (records sent so far, credits-svc RSS in MB)


async def post_all(
    target: str,
    token: str,
    people: Sequence[tuple[str, str]],
    args: argparse.Namespace,
    run: str,
    pid: int,
) -> Posted:
    tally: dict[str, int] = {}
    rss: list[tuple[int, float]] = [(0, rss_mb(pid))]
    sent = 0
    step = max(args.records // 10, 1)
    async with grpc.aio.insecure_channel(
        target, options=[("grpc.max_receive_message_length", 64 << 20)]
    ) as channel:
        stub = credits_pb2_grpc.CreditsServiceStub(channel)
        metadata = (("authorization", f"Bearer {token}"),)

        async def one_stream(stream: int) -> None:
            nonlocal sent
            part = batches_of(people, args.records, args.batch, run, stream, args.streams)
            async for ack in stub.PostResults(part, metadata=metadata):
                for o in ack.outcomes:
                    name = credits_pb2.Outcome.Name(o.outcome)
                    tally[name] = tally.get(name, 0) + 1
                before, sent = sent, sent + len(ack.outcomes)
                if sent // step != before // step:
                    rss.append((sent, rss_mb(pid)))

        started = time.perf_counter()
        await asyncio.gather(*(one_stream(s) for s in range(args.streams)))
        return Posted(time.perf_counter() - started, tally, rss)


_STAGING = """
CREATE TEMP TABLE staging (
    id uuid, external_id text, person_id uuid, snils text, element_id uuid,
    element_kind text, main_specialty_code text, zet int, completed_on date,
    document_number text, content_hash text, event jsonb
) ON COMMIT DELETE ROWS
"""

_FLOOR_INSERT = """
WITH inserted AS (
    INSERT INTO credits.credit_records
        (id, provider_id, external_id, person_id, snils, element_id, element_kind,
         main_specialty_code, zet, completed_on, document_number, status, source,
         content_hash, batch_id, recorded_by)
    SELECT id, $1, external_id, person_id, snils, element_id, element_kind,
           main_specialty_code, zet, completed_on, document_number, 'accepted', 'posting',
           content_hash, $2, 'floor'
    FROM staging ORDER BY external_id
    ON CONFLICT (provider_id, external_id) WHERE corrects_id IS NULL DO NOTHING
    RETURNING id
),
events AS (
    INSERT INTO credits.outbox (event_id, event_type, payload, request_id)
    SELECT gen_random_uuid(), $3, staging.event, '-' FROM inserted JOIN staging USING (id)
)
SELECT count(*) FROM inserted
"""


async def database_floor(
    database_url: str, people: Sequence[tuple[str, str]], args: argparse.Namespace
) -> tuple[float, int]:
    """Seconds and rows inserted by the database alone writing the same records (new external
    ids) into the ledger and the outbox, batch by batch on `streams` connections."""
    connections = [await asyncpg.connect(database_url) for _ in range(args.streams)]
    provider_id = uuid.UUID(demo.PROVIDER_ID)
    person_of = dict(people)
    kind, main_code = await connections[0].fetchrow(
        "SELECT element_kind, main_specialty_code FROM credits.credit_records LIMIT 1"
    )
    run = f"floor-{uuid.uuid4().hex[:6]}"

    def rows_of(start: int) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = []
        for r in results_of(people, start, min(start + args.batch, args.records), run):
            record_id = uuid.uuid4()
            completed = date.fromisoformat(r.completed_on)
            person_id = person_of[r.snils]
            event = recorded_payload(
                credit_id=str(record_id),
                person_id=person_id,
                element_id=r.element_id,
                element_kind=kind,
                main_specialty_code=main_code,
                additional_specialty_codes=(),
                zet=r.zet,
                completed_on=completed,
                provider_id=demo.PROVIDER_ID,
                source="posting",
            )
            digest = hashlib.sha256(r.external_id.encode()).hexdigest()
            rows.append(
                (
                    record_id,
                    r.external_id,
                    uuid.UUID(person_id),
                    r.snils,
                    uuid.UUID(r.element_id),
                    kind,
                    main_code,
                    r.zet,
                    completed,
                    r.document_number,
                    digest,
                    json.dumps(event, ensure_ascii=False),
                )
            )
        return rows

    inserted = 0
    try:
        for connection in connections:
            await connection.execute(_STAGING)
        starts = list(range(0, args.records, args.batch))
        # The rows are prepared before the clock starts: the floor is the database's work.
        prepared = [[rows_of(s) for s in starts[i :: args.streams]] for i in range(args.streams)]

        async def one_connection(
            connection: asyncpg.Connection, batches: list[list[tuple[object, ...]]]
        ) -> None:
            nonlocal inserted
            for number, rows in enumerate(batches):
                async with connection.transaction():
                    await connection.copy_records_to_table("staging", records=rows)
                    count = await connection.fetchval(
                        _FLOOR_INSERT, provider_id, f"{run}-b{number}", CREDITS_RECORDED
                    )
                inserted += count

        started = time.perf_counter()
        await asyncio.gather(
            *(one_connection(c, b) for c, b in zip(connections, prepared, strict=True))
        )
        return time.perf_counter() - started, inserted
    finally:
        for connection in connections:
            await connection.close()


async def post_figures(
    target: str, token: str, people: Sequence[tuple[str, str]], size: int
) -> None:
    """PostResults at 1, 4 and 16 clients: one stream carrying one fresh batch per request."""
    run = f"fig-{uuid.uuid4().hex[:6]}"
    async with grpc.aio.insecure_channel(target) as channel:
        stub = credits_pb2_grpc.CreditsServiceStub(channel)
        health = health_pb2_grpc.HealthStub(channel)
        metadata = (("authorization", f"Bearer {token}"),)

        async def floor(number: int) -> None:
            await health.Check(health_pb2.HealthCheckRequest(service=""), timeout=10)

        async def post(number: int) -> None:
            results = results_of(people, number * size, (number + 1) * size, run)
            request = request_of(results, f"{run}-b{number}", 1, f"{run}-s{number}")
            async for ack in stub.PostResults(iter([request]), metadata=metadata, timeout=30):
                assert len(ack.outcomes) == size, ack

        await measure(f"PostResults, one batch of {size} fresh records", post, floor, warmup=10)


async def run(stack: DevStack, database_url: str, args: argparse.Namespace) -> None:
    people = await seed_persons(database_url, args.persons)
    print(f"seeded {len(people)} persons with COPY", flush=True)
    async with httpx.AsyncClient() as http:
        reply = await http.post(
            f"{stack.issuer}/protocol/openid-connect/token",
            data={"grant_type": "client_credentials"},
            auth=(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)),
        )
    token = reply.json()["access_token"]
    target = stack.target("credits")
    pid = stack._processes["credits"].pid  # the bench watches its RSS
    warm = argparse.Namespace(**{**vars(args), "records": 2000})
    await post_all(target, token, people, warm, f"warm-{uuid.uuid4().hex[:6]}", pid)
    n = args.records
    run_id = f"run-{uuid.uuid4().hex[:6]}"

    postmaster = postmaster_pid(stack.data_dir)
    service_cpu, database_cpu = cpu_seconds(pid), cpu_seconds(postmaster, children=True)
    fresh = await post_all(target, token, people, args, run_id, pid)
    service_cpu = cpu_seconds(pid) - service_cpu
    database_cpu = cpu_seconds(postmaster, children=True) - database_cpu
    print(
        f"fresh:    {n} records in {fresh.seconds:.2f} s = {n / fresh.seconds:,.0f} records/s  {fresh.tally}"
    )
    print(
        f"CPU per 1,000 fresh records (load-independent): credits-svc {service_cpu / n * 1e6:.0f} ms,"
        f" PostgreSQL {database_cpu / n * 1e6:.0f} ms"
    )
    print("credits-svc RSS (records sent: MB): " + ", ".join(f"{k}: {v:.0f}" for k, v in fresh.rss))
    replay = await post_all(target, token, people, args, run_id, pid)
    print(
        f"replayed: {n} records in {replay.seconds:.2f} s = {n / replay.seconds:,.0f} records/s  {replay.tally}"
    )
    database_cpu = cpu_seconds(postmaster, children=True)
    seconds, inserted = await database_floor(database_url, people, args)
    database_cpu = cpu_seconds(postmaster, children=True) - database_cpu
    print(
        f"floor (database only: staged COPY + INSERT ... ON CONFLICT into the ledger and its "
        f"outbox rows, {args.streams} connections): {inserted} records in {seconds:.2f} s = "
        f"{inserted / seconds:,.0f} records/s; PostgreSQL CPU per 1,000: "
        f"{database_cpu / max(inserted, 1) * 1e6:.0f} ms"
    )
    print(
        f"ratio fresh/floor = {seconds / fresh.seconds:.2f} (target >= 0.5), "
        f"replayed/floor = {seconds / replay.seconds:.2f}",
        flush=True,
    )
    await post_figures(target, token, people, args.figures_batch)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--streams", type=int, default=4)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--figures-batch", type=int, default=100)
    args = parser.parse_args()
    # Only what posting needs, started the way `make up` starts it.
    with running_stack(
        durable=False,
        services=POSTING_SERVICES,
        with_gateway=False,
        service_log_level="WARNING",
    ) as stack:
        assert stack.pg_url is not None
        database_url = plain_url(asyncpg_url(stack.pg_url, stack.database))
        asyncio.run(run(stack, database_url, args))


if __name__ == "__main__":
    main()

"""The specialist dashboard: 5 cycles, 200 credits, their elements, through the gateway and
directly from the services over gRPC, at 50 concurrent clients.

Starts a private platform (as `make up` does, on free ports, in a scratch folder). The demo
provider's system publishes 40 elements over 5 specialties; a specialist adds 5 documents
(5 cycles) and plans 8 elements in each; 200 `credits.recorded` events in credits-svc's
format are put on the stream plan-svc consumes. Then the dashboard query runs through the
gateway for --seconds from wrk (bench/http_load.py: a C client, so that the client's own cost
does not land on the gateway's figures), and the same data is read N times directly (Python
grpc.aio client): plan-svc ListMyCycles, then BatchGetProgress
and BatchGetPlanItems, then catalog-svc BatchGetElements for the elements shown (what the
gateway's resolvers and DataLoaders do). Targets: p99 under 50 ms through the gateway and the
gateway at most 2x the direct path. Not part of `make test`.

    uv run python bench/bench_dashboard.py [--requests 1000] [--concurrency 50] [--seconds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import grpc
import httpx
from redis.asyncio import Redis

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, Ports, dev_client_secret
from local_idp.pytest_plugin import RunningIdp

sys.path.insert(0, str(Path(__file__).resolve().parent))
import http_load
from closed_loop import run_clients

SPECIALTIES = ["31.08.36", "31.08.49", "31.08.54", "31.08.19", "34.02.01"]

DASHBOARD = """
query Dashboard {
  myCycles {
    id specialtyCode startsOn endsOn ruleSet { code }
    document { kind number frmrStatus }
    plan { elementId status multiplier element { title zet } }
    progress {
      totalZet targetZet missingZet onTrack expectedToDateZet
      byGroup { group actualZet countedZet missingZet }
      byYear { year startsOn totalZet recommendedTotalZet recommendationMet }
      credits { creditId kind zet countedZet completedOn status cycleIds element { title } }
    }
  }
}
"""


def meta(token: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")]


def publish_elements(stack: DevStack, provider: str) -> list[catalog_pb2.Element]:
    items = []
    rng = random.Random(6)
    for n in range(40):
        main = SPECIALTIES[n % 5]
        others = [s for s in SPECIALTIES if s != main]
        kind = [
            catalog_pb2.ELEMENT_KIND_PROGRAM,
            catalog_pb2.ELEMENT_KIND_EVENT,
            catalog_pb2.ELEMENT_KIND_MODULE,
        ][n % 3]
        element = catalog_pb2.Element(
            external_id=f"bench-{n}",
            kind=kind,
            title=f"Элемент для нагрузочного теста №{n}",
            zet=[36, 6, 2][n % 3],
            main_specialty_code=main,
            additional_specialty_codes=rng.sample(others, n % 3),
            audience="medical",
            region_code="16",
        )
        if kind == catalog_pb2.ELEMENT_KIND_PROGRAM:
            element.form_of_study = "part_time"
            element.cycles.append(
                catalog_pb2.ProgramCycle(
                    external_id=f"bench-{n}-1",
                    starts_on="2027-02-01",
                    ends_on="2027-02-26",
                    seats=[
                        catalog_pb2.SeatCount(
                            basis=catalog_pb2.FUNDING_BASIS_BUDGET, total=20, free=20
                        )
                    ],
                )
            )
        elif kind == catalog_pb2.ELEMENT_KIND_EVENT:
            element.event_format = "online"
            element.starts_on = "2027-03-01"
            element.ends_on = "2027-03-01"
            element.free = True
            element.tickets_total = 500
        else:
            element.module_kind = "clinical_case"
            element.free = True
        items.append(catalog_pb2.ElementUpsert(element=element, publish=True))
    with grpc.insecure_channel(stack.target("catalog")) as channel:
        stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        reply = stub.UpsertElements(
            catalog_pb2.UpsertElementsRequest(items=items), metadata=meta(provider), timeout=30
        )
        errors = [o for o in reply.outcomes if o.error_code]
        if errors:
            raise RuntimeError(f"elements refused: {errors[:3]}")
        found = stub.BatchGetElements(
            catalog_pb2.BatchGetElementsRequest(ids=[o.element_id for o in reply.outcomes]),
            metadata=meta(provider),
            timeout=30,
        )
    return list(found.elements)


async def load_specialist(
    stack: DevStack, token: str, person_id: str, elements: list[catalog_pb2.Element]
) -> list[str]:
    async with grpc.aio.insecure_channel(stack.target("plan")) as channel:
        plan = plan_pb2_grpc.PlanServiceStub(channel)
        cycle_ids = []
        for n, specialty in enumerate(SPECIALTIES):
            added = await plan.AddDocument(
                plan_pb2.AddDocumentRequest(
                    kind=plan_pb2.DOCUMENT_KIND_CERTIFICATE,
                    specialty_code=specialty,
                    number=f"0116 {n:08d}",
                    issued_on=(date(2022, 1, 10) + timedelta(days=97 * n)).isoformat(),
                ),
                metadata=meta(token),
            )
            cycle_ids.append(added.cycle.id)
            eligible = [
                e
                for e in elements
                if specialty in (e.main_specialty_code, *e.additional_specialty_codes)
            ]
            for element in eligible[:8]:
                await plan.AddPlanItem(
                    plan_pb2.AddPlanItemRequest(cycle_id=added.cycle.id, element_id=element.id),
                    metadata=meta(token),
                )
    redis = Redis.from_url(str(stack.redis_url), decode_responses=True)
    rng = random.Random(200)
    kinds = {
        catalog_pb2.ELEMENT_KIND_PROGRAM: "program",
        catalog_pb2.ELEMENT_KIND_EVENT: "event",
        catalog_pb2.ELEMENT_KIND_MODULE: "module",
    }
    try:
        for _ in range(200):
            element = rng.choice(elements)
            payload = {
                "credit_id": str(uuid.uuid4()),
                "person_id": person_id,
                "element_id": element.id,
                "element_kind": kinds[element.kind],
                "main_specialty_code": element.main_specialty_code,
                "additional_specialty_codes": list(element.additional_specialty_codes),
                "zet": element.zet,
                "completed_on": (
                    date(2022, 2, 1) + timedelta(days=rng.randint(0, 1700))
                ).isoformat(),
            }
            await redis.xadd(
                "cpd:events:credits.recorded",
                {
                    "event_id": str(uuid.uuid4()),
                    "event_type": "credits.recorded",
                    "payload": json.dumps(payload, ensure_ascii=False),
                    "request_id": "bench",
                    "occurred_at": "2026-01-01T00:00:00+00:00",
                },
            )
    finally:
        await redis.aclose()
    return cycle_ids


async def wait_projected(stack: DevStack, token: str, cycle_ids: list[str]) -> int:
    async with grpc.aio.insecure_channel(stack.target("plan")) as channel:
        plan = plan_pb2_grpc.PlanServiceStub(channel)
        deadline = time.monotonic() + 60
        while True:
            reply = await plan.BatchGetProgress(
                plan_pb2.BatchGetProgressRequest(cycle_ids=cycle_ids), metadata=meta(token)
            )
            credits = {c.credit_id for p in reply.progress for c in p.credits}
            if len(credits) == 200 or time.monotonic() > deadline:
                return len(credits)
            await asyncio.sleep(0.2)


async def measure(
    stack: DevStack, token: str, requests: int, concurrency: int, seconds: float
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(timeout=30) as http:
        probe = await http.post(stack.graphql_url, json={"query": DASHBOARD}, headers=headers)
        body = probe.json()
        if "errors" in body:
            raise RuntimeError(body["errors"])
        cycles = body["data"]["myCycles"]
        print(
            f"dashboard: {len(cycles)} cycles, "
            f"{sum(len(c['progress']['credits']) for c in cycles)} credit rows "
            f"(credits counted in every eligible cycle), "
            f"{sum(len(c['plan']) for c in cycles)} plan items, response {len(probe.content)} bytes"
        )

    http_load.load(stack.graphql_url, [{"query": DASHBOARD}], headers, concurrency, 3)  # warm-up
    result = http_load.load(
        stack.graphql_url, [{"query": DASHBOARD}], headers, concurrency, seconds
    )
    print(result.line(f"gateway, {concurrency} connections (wrk)"))

    async with (
        grpc.aio.insecure_channel(stack.target("plan")) as plan_channel,
        grpc.aio.insecure_channel(stack.target("catalog")) as catalog_channel,
    ):
        plan = plan_pb2_grpc.PlanServiceStub(plan_channel)
        catalog = catalog_pb2_grpc.CatalogServiceStub(catalog_channel)
        metadata = meta(token)

        async def direct(_: int) -> None:
            cycles = await plan.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=metadata)
            ids = [c.id for c in cycles.cycles]
            progress, items = await asyncio.gather(
                plan.BatchGetProgress(
                    plan_pb2.BatchGetProgressRequest(cycle_ids=ids), metadata=metadata
                ),
                plan.BatchGetPlanItems(
                    plan_pb2.BatchGetPlanItemsRequest(cycle_ids=ids), metadata=metadata
                ),
            )
            element_ids = {c.element_id for p in progress.progress for c in p.credits} | {
                i.element_id for p in items.plans for i in p.items
            }
            await catalog.BatchGetElements(
                catalog_pb2.BatchGetElementsRequest(ids=sorted(element_ids)), metadata=metadata
            )

        await run_clients(range(10), 1, direct)  # warm-up
        grpc_direct = await run_clients(
            range(requests),
            concurrency,
            direct,
            tolerate=(grpc.aio.AioRpcError,),  # deadlines under overload are counted
        )
        print(grpc_direct.line(f"direct gRPC, {concurrency} clients"))

    ratios = {
        "p50": result.p50_ms / grpc_direct.p(0.5),
        "p99": result.p99_ms / grpc_direct.p(0.99),
        "throughput": grpc_direct.rps / result.rps,
    }
    print("gateway/direct: " + ", ".join(f"{k} x{v:.2f}" for k, v in ratios.items()))
    print(
        f"targets: gateway p99 < 50 ms: {'met' if result.p99_ms < 50 else 'NOT met'};"
        " gateway <= 2x direct: "
        + ", ".join(f"{k} {'met' if v <= 2 else 'NOT met'}" for k, v in ratios.items())
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=15, help="gateway load duration (wrk)")
    args = parser.parse_args()
    Path(".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=Path(".data").resolve()) as scratch:
        stack = DevStack(data_dir=Path(scratch), ports=Ports.free())
        stack.start()
        try:
            print(f"platform ready in {stack.started_in:.1f} s")
            provider_reply = httpx.post(
                f"{stack.issuer}/protocol/openid-connect/token",
                data={"grant_type": "client_credentials"},
                auth=(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)),
            )
            provider_reply.raise_for_status()
            elements = publish_elements(stack, provider_reply.json()["access_token"])
            person_id = str(uuid.uuid4())
            token = asyncio.run(
                RunningIdp(stack.idp_url).person_token(person_id=person_id, snils="11223344595")
            )
            cycle_ids = asyncio.run(load_specialist(stack, token, person_id, elements))
            projected = asyncio.run(wait_projected(stack, token, cycle_ids))
            print(f"data: 5 cycles, 40 elements, {projected} distinct credits projected")
            asyncio.run(measure(stack, token, args.requests, args.concurrency, args.seconds))
        finally:
            stack.stop()


if __name__ == "__main__":
    main()

"""The specialist dashboard (issue 16): what one request costs at one client and how many a box
serves, for two people, directly over gRPC and through the gateway, each against the floor of
its path (bench/figures.py).

- heavy: 5 cycles, 40 plan items, 200 credits that count in every eligible cycle (361 credit
  rows), the bench's long-standing query (about 174 KB);
- typical: 1 cycle, 40 credits, 10 plan items, the portal's own Dashboard query
  (web/src/operations/cycles.graphql; it lists every credit of the cycle: the schema has no
  pages there).

Starts a private platform (identity, catalog, plan and the gateway, as `make up` does, on free
ports, in a scratch folder). The demo provider publishes 40 elements over 5 specialties; the two
people add their documents and plan items over gRPC, and their credits arrive as
`credits.recorded` events in credits-svc's format on the stream plan-svc consumes.

Direct path: what the gateway's resolvers and DataLoaders call, plan-svc ListMyCycles with the
cycles' progress and plans, then catalog-svc BatchGetElements for the elements shown; its floor
is plan-svc's gRPC health Check. Gateway path: the GraphQL query
over a keep-alive HTTP connection per client (bench/graphql_client.py); its floor is
`{ __typename }` with the same bearer token.

Targets (2 cores, quiet machine): heavy direct p50 <= 8 ms, gateway p50 <= 25 ms and >= 50 req/s
saturated; typical gateway p50 <= 6 ms and >= 300 req/s saturated. Not part of `make test`.

    uv run python bench/bench_dashboard.py [--requests 300] [--seconds 3] [--only heavy|typical]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc
from redis.asyncio import Redis

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from local_idp.pytest_plugin import RunningIdp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from closed_loop import closed_loop_options, running_stack
from figures import Call, measure
from graphql_client import GraphQLClient

SPECIALTIES = ["31.08.36", "31.08.49", "31.08.54", "31.08.19", "34.02.01"]

HEAVY_QUERY = """
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

_PORTAL_OPERATIONS = Path(__file__).resolve().parents[1] / "web/src/operations"


def portal_dashboard_query() -> str:
    """The portal's Dashboard query with the fragment it uses."""
    cycles = (_PORTAL_OPERATIONS / "cycles.graphql").read_text()
    plan = (_PORTAL_OPERATIONS / "plan.graphql").read_text()
    dashboard = cycles[cycles.index("query Dashboard") :]
    dashboard = dashboard[: dashboard.index("\n}\n") + 3]
    fragment = plan[plan.index("fragment ResultWaitFields") :]
    fragment = fragment[: fragment.index("\n}\n") + 3]
    return dashboard + fragment


@dataclass(frozen=True)
class Person:
    """A specialist's data as the benchmark loads it."""

    name: str
    specialties: list[str]
    plan_items_per_cycle: int
    credits: int
    # Completion dates: up to this many days after 2022-02-01.
    days: int
    # Credits on elements eligible for the person's specialties only, or on any element.
    eligible_only: bool
    query: str


# As the bench has always loaded it: 200 credits on any of the 40 elements over 1700 days.
HEAVY = Person("heavy", SPECIALTIES, 8, 200, 1700, False, HEAVY_QUERY)
TYPICAL = Person("typical", SPECIALTIES[:1], 10, 40, 1500, True, portal_dashboard_query())


def cycle_start(n: int) -> date:
    return date(2022, 1, 10) + timedelta(days=97 * n)


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


def eligible(element: catalog_pb2.Element, specialties: list[str]) -> bool:
    return any(
        s in (element.main_specialty_code, *element.additional_specialty_codes) for s in specialties
    )


async def load_person(
    stack: DevStack, person: Person, token: str, person_id: str, elements: list[catalog_pb2.Element]
) -> int:
    """Loads the person's cycles, plan and credits; how many credits count in some cycle."""
    async with grpc.aio.insecure_channel(stack.target("plan")) as channel:
        plan = plan_pb2_grpc.PlanServiceStub(channel)
        for n, specialty in enumerate(person.specialties):
            added = await plan.AddDocument(
                plan_pb2.AddDocumentRequest(
                    kind=plan_pb2.DOCUMENT_KIND_CERTIFICATE,
                    specialty_code=specialty,
                    number=f"0116 {n:08d}",
                    issued_on=cycle_start(n).isoformat(),
                ),
                metadata=meta(token),
            )
            own = [e for e in elements if eligible(e, [specialty])]
            for element in own[: person.plan_items_per_cycle]:
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
    candidates = [
        e for e in elements if eligible(e, person.specialties) or not person.eligible_only
    ]
    counting = 0
    try:
        for _ in range(person.credits):
            element = rng.choice(candidates)
            completed_on = date(2022, 2, 1) + timedelta(days=rng.randint(0, person.days))
            counting += any(
                eligible(element, [specialty])
                and cycle_start(n)
                <= completed_on
                < cycle_start(n).replace(year=cycle_start(n).year + 5)
                for n, specialty in enumerate(person.specialties)
            )
            payload = {
                "credit_id": str(uuid.uuid4()),
                "person_id": person_id,
                "element_id": element.id,
                "element_kind": kinds[element.kind],
                "main_specialty_code": element.main_specialty_code,
                "additional_specialty_codes": list(element.additional_specialty_codes),
                "zet": element.zet,
                "completed_on": completed_on.isoformat(),
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
    return counting


async def wait_projected(stack: DevStack, token: str, expected: int) -> None:
    async with grpc.aio.insecure_channel(stack.target("plan")) as channel:
        plan = plan_pb2_grpc.PlanServiceStub(channel)
        cycles = await plan.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=meta(token))
        ids = [c.id for c in cycles.cycles]
        deadline = time.monotonic() + 60
        while True:
            reply = await plan.BatchGetProgress(
                plan_pb2.BatchGetProgressRequest(cycle_ids=ids), metadata=meta(token)
            )
            credits = {c.credit_id for p in reply.progress for c in p.credits}
            if len(credits) >= expected:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"only {len(credits)} of {expected} credits projected")
            await asyncio.sleep(0.2)


def direct_dashboard(
    plan: plan_pb2_grpc.PlanServiceStub,
    catalog: catalog_pb2_grpc.CatalogServiceStub,
    token: str,
) -> Call:
    """What the gateway's resolvers and DataLoaders ask the services for."""
    metadata = meta(token)

    async def dashboard(_: int) -> None:
        cycles = await plan.ListMyCycles(
            plan_pb2.ListMyCyclesRequest(include_progress=True, include_plans=True),
            metadata=metadata,
        )
        element_ids = {c.element_id for p in cycles.progress for c in p.credits} | {
            i.element_id for p in cycles.plans for i in p.items
        }
        await catalog.BatchGetElements(
            catalog_pb2.BatchGetElementsRequest(ids=sorted(element_ids)), metadata=metadata
        )

    return dashboard


async def describe(stack: DevStack, person: Person, token: str) -> None:
    async with GraphQLClient(stack.graphql_url, token, person.query) as client:
        body = await client.post()
    cycles = json.loads(body)["data"]["myCycles"]
    print(
        f"== {person.name} dashboard: {len(cycles)} cycles, "
        f"{sum(len(c['progress']['credits']) for c in cycles)} credit rows, "
        f"{sum(len(c['plan']) for c in cycles)} plan items, response {len(body)} bytes",
        flush=True,
    )


async def bench_person(
    stack: DevStack,
    person: Person,
    fresh_token: Callable[[], Awaitable[str]],
    args: argparse.Namespace,
) -> None:
    token = await fresh_token()  # tokens live 5 minutes: one per measurement
    await describe(stack, person, token)
    async with (
        grpc.aio.insecure_channel(stack.target("plan")) as plan_channel,
        grpc.aio.insecure_channel(stack.target("catalog")) as catalog_channel,
    ):
        health = health_pb2_grpc.HealthStub(plan_channel)

        async def check(_: int) -> None:
            await health.Check(health_pb2.HealthCheckRequest(), timeout=30)

        await measure(
            f"{person.name} dashboard, direct gRPC (floor: plan-svc health Check)",
            direct_dashboard(
                plan_pb2_grpc.PlanServiceStub(plan_channel),
                catalog_pb2_grpc.CatalogServiceStub(catalog_channel),
                token,
            ),
            check,
            requests=args.requests,
            seconds=args.seconds,
        )
    token = await fresh_token()
    async with (
        GraphQLClient(stack.graphql_url, token, person.query) as dashboard,
        GraphQLClient(stack.graphql_url, token, "{ __typename }") as floor,
    ):
        await measure(
            f"{person.name} dashboard, through the gateway (floor: {{ __typename }})",
            dashboard.post,
            floor.post,
            requests=args.requests,
            seconds=args.seconds,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    closed_loop_options(parser, seconds=3)
    parser.add_argument("--only", choices=("heavy", "typical"), help="one workload only")
    args = parser.parse_args()
    people = [p for p in (HEAVY, TYPICAL) if args.only in (None, p.name)]
    with running_stack(
        services=("identity", "catalog", "plan"), service_log_level="WARNING"
    ) as stack:
        provider_reply = httpx.post(
            f"{stack.issuer}/protocol/openid-connect/token",
            data={"grant_type": "client_credentials"},
            auth=(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)),
        )
        provider_reply.raise_for_status()
        elements = publish_elements(stack, provider_reply.json()["access_token"])
        idp = RunningIdp(stack.idp_url)
        for n, person in enumerate(people):
            person_id = str(uuid.uuid4())
            snils = ("11223344595", "11223344696")[n]

            async def fresh_token(person_id: str = person_id, snils: str = snils) -> str:
                return await idp.person_token(person_id=person_id, snils=snils)

            async def load(person: Person = person, person_id: str = person_id) -> None:
                token = await fresh_token()
                counting = await load_person(stack, person, token, person_id, elements)
                await wait_projected(stack, token, counting)

            asyncio.run(load())
            asyncio.run(bench_person(stack, person, fresh_token, args))


if __name__ == "__main__":
    main()

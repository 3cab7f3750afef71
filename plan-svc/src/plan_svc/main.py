"""Composition root of plan-svc."""

from __future__ import annotations

import os
import socket
from functools import partial
from pathlib import Path

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform.consumer import StreamConsumer
from cpd_platform.db import UnitOfWork
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from plan_svc.adapters.orm import outbox
from plan_svc.entrypoints.grpc_servicer import PlanServicer
from plan_svc.service_layer.demo import seed_demo
from plan_svc.service_layer.handlers import CONSUMER_GROUP, CreditEventHandler
from plan_svc.service_layer.messages import CONSUMED_EVENT_TYPES
from plan_svc.settings import PlanSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: PlanSettings, infra: Infrastructure) -> Wiring:
    uow = partial(UnitOfWork, infra.sessions, outbox)
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    consumer = StreamConsumer(
        infra.redis,
        group=CONSUMER_GROUP,
        consumer=f"{CONSUMER_GROUP}-{socket.gethostname()}-{os.getpid()}",
        event_types=CONSUMED_EVENT_TYPES,
        handler=CreditEventHandler(uow),
    )
    return Wiring(
        registrations=[
            ServiceRegistration(
                plan_pb2_grpc.add_PlanServiceServicer_to_server,
                PlanServicer(uow),
                plan_pb2.DESCRIPTOR.services_by_name["PlanService"].full_name,
            )
        ],
        background=[relay.run, consumer.run],
    )


async def seed(settings: PlanSettings, infra: Infrastructure) -> None:
    await seed_demo(UnitOfWork(infra.sessions, outbox))


SPEC = ServiceSpec("plan", PlanSettings, MIGRATIONS, wire, seed)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

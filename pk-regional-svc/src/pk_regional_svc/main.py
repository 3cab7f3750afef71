"""Composition root of pk-regional-svc."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from cpd.pk_regional.v1 import pk_regional_pb2, pk_regional_pb2_grpc
from cpd_platform.db import UnitOfWork
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from pk_regional_svc.adapters.orm import outbox
from pk_regional_svc.entrypoints.grpc_servicer import PkRegionalServicer
from pk_regional_svc.service_layer.demo import seed_demo
from pk_regional_svc.settings import PkRegionalSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: PkRegionalSettings, infra: Infrastructure) -> Wiring:
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    return Wiring(
        registrations=[
            ServiceRegistration(
                pk_regional_pb2_grpc.add_PkRegionalServiceServicer_to_server,
                PkRegionalServicer(partial(UnitOfWork, infra.sessions, outbox)),
                pk_regional_pb2.DESCRIPTOR.services_by_name["PkRegionalService"].full_name,
            )
        ],
        background=[relay.run],
    )


async def seed(settings: PkRegionalSettings, infra: Infrastructure) -> None:
    await seed_demo(UnitOfWork(infra.sessions, outbox))


SPEC = ServiceSpec("pk-regional", PkRegionalSettings, MIGRATIONS, wire, seed)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

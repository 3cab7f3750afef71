"""Composition root of credits-svc."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.db import UnitOfWork
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from credits_svc.adapters.orm import outbox
from credits_svc.adapters.services import CatalogClient, IdentityClient
from credits_svc.entrypoints.grpc_servicer import CreditsServicer
from credits_svc.service_layer.posting import ResultPosting
from credits_svc.settings import CreditsSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: CreditsSettings, infra: Infrastructure) -> Wiring:
    uow = partial(UnitOfWork, infra.sessions, outbox)
    catalog = CatalogClient(infra.channel(settings.catalog_target, settings.rpc_deadline))
    identity = IdentityClient(infra.channel(settings.identity_target, settings.rpc_deadline))
    return Wiring(
        registrations=[
            ServiceRegistration(
                credits_pb2_grpc.add_CreditsServiceServicer_to_server,
                CreditsServicer(uow, ResultPosting(uow, catalog, identity)),
                credits_pb2.DESCRIPTOR.services_by_name["CreditsService"].full_name,
            )
        ],
        background=[OutboxRelay(infra.sessions, outbox, infra.redis).run],
    )


SPEC = ServiceSpec("credits", CreditsSettings, MIGRATIONS, wire)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

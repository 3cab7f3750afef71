"""Composition root of catalog-svc."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from catalog_svc.adapters.credits_ledger import CreditsLedger
from catalog_svc.adapters.orm import outbox
from catalog_svc.adapters.unit_of_work import CatalogUnitOfWork
from catalog_svc.entrypoints.grpc_servicer import CatalogServicer
from catalog_svc.entrypoints.specialisation_rpcs import SpecialisationServicer
from catalog_svc.service_layer.authz import Editors
from catalog_svc.service_layer.demo import seed_demo
from catalog_svc.service_layer.smk_demo import seed_smk_demo
from catalog_svc.settings import CatalogSettings
from cpd.catalog.v1 import (
    catalog_pb2,
    catalog_pb2_grpc,
    specialisation_pb2,
    specialisation_pb2_grpc,
)
from cpd_platform.access import Access, GrantSource
from cpd_platform.clock import SystemClock
from cpd_platform.grant_source import IdentityGrantSource
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire_with(grants: GrantSource, settings: CatalogSettings, infra: Infrastructure) -> Wiring:
    access = Access(grants, ttl=settings.grants_ttl)
    servicer = CatalogServicer(
        partial(CatalogUnitOfWork, infra.sessions),
        Editors(access),
        credits=CreditsLedger(infra.channel(settings.credits_target, settings.rpc_deadline)),
        seat_agents=frozenset(settings.seat_agents),
    )
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    return Wiring(
        registrations=[
            ServiceRegistration(
                catalog_pb2_grpc.add_CatalogServiceServicer_to_server,
                servicer,
                catalog_pb2.DESCRIPTOR.services_by_name["CatalogService"].full_name,
            ),
            ServiceRegistration(
                specialisation_pb2_grpc.add_SpecialisationServiceServicer_to_server,
                SpecialisationServicer(partial(CatalogUnitOfWork, infra.sessions), SystemClock()),
                specialisation_pb2.DESCRIPTOR.services_by_name["SpecialisationService"].full_name,
            ),
        ],
        background=[relay.run, partial(access.follow_changes, infra.redis)],
    )


def wire(settings: CatalogSettings, infra: Infrastructure) -> Wiring:
    identity = infra.channel(settings.identity_target, settings.rpc_deadline)
    return wire_with(IdentityGrantSource(identity, settings.rpc_deadline), settings, infra)


async def seed(settings: CatalogSettings, infra: Infrastructure) -> None:
    await seed_demo(CatalogUnitOfWork(infra.sessions))
    await seed_smk_demo(CatalogUnitOfWork(infra.sessions), SystemClock())


SPEC = ServiceSpec("catalog", CatalogSettings, MIGRATIONS, wire, seed)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

"""Composition root of pk-regional-svc."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path

from cpd.pk_regional.v1 import (
    pk_regional_pb2,
    pk_regional_pb2_grpc,
    qualification_pb2,
    qualification_pb2_grpc,
)
from cpd_platform.access import Access
from cpd_platform.clock import SystemClock
from cpd_platform.grant_source import IdentityGrantSource
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from cpd_platform.service_identity import ServiceIdentity
from pk_regional_svc.adapters.catalog import GrpcCatalog
from pk_regional_svc.adapters.orm import outbox
from pk_regional_svc.adapters.passport_cipher import PassportCipher
from pk_regional_svc.adapters.specialisation import GrpcAccreditedPlaces
from pk_regional_svc.adapters.unit_of_work import PkRegionalUnitOfWork
from pk_regional_svc.entrypoints.grpc_servicer import PkRegionalServicer
from pk_regional_svc.entrypoints.qualification_rpcs import QualificationServicer
from pk_regional_svc.service_layer.authz import Authz
from pk_regional_svc.service_layer.demo import seed_demo
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.smk_demo import seed_smk_demo
from pk_regional_svc.settings import PkRegionalSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: PkRegionalSettings, infra: Infrastructure) -> Wiring:
    # Refuses to start without a passport key outside environment=dev.
    cipher = PassportCipher.from_settings(
        key=settings.passport_key,
        key_id=settings.passport_key_id,
        old_keys=settings.passport_old_keys,
        environment=settings.environment,
    )
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    access = Access(
        IdentityGrantSource(
            infra.channel(settings.identity_target, settings.rpc_deadline), settings.rpc_deadline
        ),
        ttl=settings.grants_ttl,
    )
    deps = Deps(
        uow=partial(PkRegionalUnitOfWork, infra.sessions),
        authz=Authz(access),
        catalog=GrpcCatalog(
            infra.channel(settings.catalog_target, settings.rpc_deadline),
            ServiceIdentity(
                settings.oidc_issuer, settings.service_client_id, settings.service_client_secret
            ),
        ),
        cipher=cipher,
    )

    async def follow_grants(stop: asyncio.Event) -> None:
        await access.follow_changes(infra.redis, stop)

    return Wiring(
        registrations=[
            ServiceRegistration(
                pk_regional_pb2_grpc.add_PkRegionalServiceServicer_to_server,
                PkRegionalServicer(deps),
                pk_regional_pb2.DESCRIPTOR.services_by_name["PkRegionalService"].full_name,
            ),
            ServiceRegistration(
                qualification_pb2_grpc.add_QualificationServiceServicer_to_server,
                QualificationServicer(
                    deps.uow,
                    access,
                    GrpcAccreditedPlaces(
                        infra.channel(settings.catalog_target, settings.rpc_deadline)
                    ),
                    deps.clock,
                ),
                qualification_pb2.DESCRIPTOR.services_by_name["QualificationService"].full_name,
            ),
        ],
        background=[relay.run, follow_grants],
    )


async def seed(settings: PkRegionalSettings, infra: Infrastructure) -> None:
    await seed_demo(PkRegionalUnitOfWork(infra.sessions))
    await seed_smk_demo(PkRegionalUnitOfWork(infra.sessions), SystemClock())


SPEC = ServiceSpec("pk-regional", PkRegionalSettings, MIGRATIONS, wire, seed)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

"""Composition root of identity-svc."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.db import UnitOfWork
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from identity_svc.adapters.keycloak_users import KeycloakUsers
from identity_svc.adapters.orm import outbox
from identity_svc.entrypoints.grpc_servicer import IdentityServicer
from identity_svc.service_layer.demo import seed_demo
from identity_svc.settings import IdentitySettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: IdentitySettings, infra: Infrastructure) -> Wiring:
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    return Wiring(
        registrations=[
            ServiceRegistration(
                identity_pb2_grpc.add_IdentityServiceServicer_to_server,
                IdentityServicer(partial(UnitOfWork, infra.sessions, outbox)),
                identity_pb2.DESCRIPTOR.services_by_name["IdentityService"].full_name,
            )
        ],
        background=[relay.run],
    )


async def seed(settings: IdentitySettings, infra: Infrastructure) -> None:
    users = KeycloakUsers(
        settings.keycloak_url,
        settings.keycloak_realm,
        settings.keycloak_client_id,
        settings.keycloak_client_secret,
    )
    try:
        await seed_demo(UnitOfWork(infra.sessions, outbox), users)
    finally:
        await users.aclose()


SPEC = ServiceSpec("identity", IdentitySettings, MIGRATIONS, wire, seed)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

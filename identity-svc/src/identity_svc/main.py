"""Composition root of identity-svc."""

from __future__ import annotations

import asyncio
import os
import socket
from functools import partial
from pathlib import Path

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.access import publish_grants_changed
from cpd_platform.clock import SystemClock
from cpd_platform.consumer import StreamConsumer
from cpd_platform.mail import send_mail
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from identity_svc.adapters import municipalities
from identity_svc.adapters.keycloak_users import KeycloakUsers
from identity_svc.adapters.orm import outbox
from identity_svc.adapters.unit_of_work import IdentityUnitOfWork
from identity_svc.entrypoints.grpc_servicer import IdentityServicer, PublicIdentityServicer
from identity_svc.entrypoints.role_request_rpcs import GrantPorts
from identity_svc.entrypoints.support_rpcs import SupportPorts
from identity_svc.service_layer import account_mail as account_mail_events
from identity_svc.service_layer import support_mail as support_mail_events
from identity_svc.service_layer.account_mail import AccountMail
from identity_svc.service_layer.demo import seed_demo
from identity_svc.service_layer.realm_roles import mirror_grants
from identity_svc.service_layer.support_mail import SupportMail
from identity_svc.settings import IdentitySettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"

PUBLIC_SERVICE = identity_pb2.DESCRIPTOR.services_by_name["PublicIdentityService"].full_name


def keycloak_users(settings: IdentitySettings) -> KeycloakUsers:
    return KeycloakUsers(
        settings.keycloak_url,
        settings.keycloak_realm,
        settings.keycloak_client_id,
        settings.keycloak_client_secret,
    )


async def mail_sender(settings: IdentitySettings, to: str, subject: str, body: str) -> None:
    await send_mail(
        host=settings.smtp_host,
        port=settings.smtp_port,
        sender=settings.mail_from,
        to=to,
        subject=subject,
        body=body,
    )


def wire(settings: IdentitySettings, infra: Infrastructure) -> Wiring:
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    uow = partial(IdentityUnitOfWork, infra.sessions)
    users = keycloak_users(settings)
    clock = SystemClock()
    known_municipalities = municipalities.KnownMunicipalities(infra.sessions)

    async def grants_changed(person_id: str) -> None:
        """Every service's grant cache forgets the person; their account gets the roles."""
        try:
            await publish_grants_changed(infra.redis, person_id)
        finally:
            await mirror_grants(uow, users, person_id)

    mail = partial(mail_sender, settings)
    account_mail = StreamConsumer(
        infra.redis,
        group=account_mail_events.CONSUMER_GROUP,
        consumer=f"{account_mail_events.CONSUMER_GROUP}-{socket.gethostname()}-{os.getpid()}",
        event_types=account_mail_events.EVENT_TYPES,
        handler=AccountMail(uow, users, mail),
    )

    support_mail = StreamConsumer(
        infra.redis,
        group=support_mail_events.CONSUMER_GROUP,
        consumer=f"{support_mail_events.CONSUMER_GROUP}-{socket.gethostname()}-{os.getpid()}",
        event_types=support_mail_events.EVENT_TYPES,
        handler=SupportMail(uow, mail),
    )
    municipality_registrations = StreamConsumer(
        infra.redis,
        group=municipalities.CONSUMER_GROUP,
        consumer=f"{municipalities.CONSUMER_GROUP}-{socket.gethostname()}-{os.getpid()}",
        event_types=[municipalities.MUNICIPALITY_REGISTERED],
        handler=municipalities.MunicipalityRegistrations(infra.sessions),
    )

    async def close_on_stop(stop: asyncio.Event) -> None:
        await stop.wait()
        await users.aclose()

    return Wiring(
        registrations=[
            ServiceRegistration(
                identity_pb2_grpc.add_IdentityServiceServicer_to_server,
                IdentityServicer(
                    uow,
                    users,
                    GrantPorts(uow, known_municipalities, grants_changed, clock),
                    SupportPorts(uow, clock),
                    frozenset(settings.full_record_clients),
                ),
                identity_pb2.DESCRIPTOR.services_by_name["IdentityService"].full_name,
            ),
            ServiceRegistration(
                identity_pb2_grpc.add_PublicIdentityServiceServicer_to_server,
                PublicIdentityServicer(uow, users, clock),
                PUBLIC_SERVICE,
                public=True,
            ),
        ],
        background=[
            relay.run,
            account_mail.run,
            support_mail.run,
            municipality_registrations.run,
            close_on_stop,
        ],
    )


async def seed(settings: IdentitySettings, infra: Infrastructure) -> None:
    users = keycloak_users(settings)
    try:
        await seed_demo(IdentityUnitOfWork(infra.sessions), users)
    finally:
        await users.aclose()


SPEC = ServiceSpec("identity", IdentitySettings, MIGRATIONS, wire, seed)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

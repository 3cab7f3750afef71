"""Composition root of plan-svc."""

from __future__ import annotations

import logging
import os
import socket
from functools import partial
from pathlib import Path

import httpx

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc, training_card_pb2, training_card_pb2_grpc
from cpd_platform.access import Access
from cpd_platform.clock import SystemClock
from cpd_platform.consumer import StreamConsumer
from cpd_platform.grant_source import IdentityGrantSource
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from plan_svc.adapters.orm import outbox
from plan_svc.adapters.portfolio_pdf import PortfolioRenderer
from plan_svc.adapters.services import (
    CatalogClient,
    IdentityClient,
    LedgerClient,
    NomenclatureCache,
    PortfolioSources,
)
from plan_svc.adapters.smk_catalog import SpecialisationClient
from plan_svc.adapters.unit_of_work import PlanUnitOfWork
from plan_svc.entrypoints.grpc_servicer import PlanServicer
from plan_svc.entrypoints.training_card_rpcs import TrainingCardServicer
from plan_svc.service_layer.demo import seed_demo
from plan_svc.service_layer.handlers import CONSUMER_GROUP, CreditEventHandler
from plan_svc.service_layer.messages import CONSUMED_EVENT_TYPES
from plan_svc.service_layer.rebuild import rebuild
from plan_svc.service_layer.training_card_credits import CARD_CONSUMER_GROUP, CardCreditHandler
from plan_svc.settings import PlanSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"

log = logging.getLogger("plan_svc")


def wire(settings: PlanSettings, infra: Infrastructure) -> Wiring:
    uow = partial(PlanUnitOfWork, infra.sessions)
    relay = OutboxRelay(infra.sessions, outbox, infra.redis)
    consumer = StreamConsumer(
        infra.redis,
        group=CONSUMER_GROUP,
        consumer=f"{CONSUMER_GROUP}-{socket.gethostname()}-{os.getpid()}",
        event_types=CONSUMED_EVENT_TYPES,
        handler=CreditEventHandler(uow),
    )
    card_credits = StreamConsumer(
        infra.redis,
        group=CARD_CONSUMER_GROUP,
        consumer=f"{CARD_CONSUMER_GROUP}-{socket.gethostname()}-{os.getpid()}",
        event_types=CONSUMED_EVENT_TYPES,
        handler=CardCreditHandler(uow, SystemClock()),
    )
    deadline = settings.rpc_deadline
    access = Access(
        IdentityGrantSource(infra.channel(settings.identity_target, deadline), deadline)
    )
    catalog = CatalogClient(infra.channel(settings.catalog_target, deadline))
    servicer = PlanServicer(
        uow,
        catalog,
        IdentityClient(infra.channel(settings.identity_target, deadline)),
        access,
        NomenclatureCache(catalog.specialties, settings.nomenclature_ttl_seconds),
        SystemClock(),
        PortfolioSources(
            infra.channel(settings.identity_target, deadline),
            infra.channel(settings.credits_target, deadline),
        ),
        PortfolioRenderer(),
    )
    return Wiring(
        registrations=[
            ServiceRegistration(
                plan_pb2_grpc.add_PlanServiceServicer_to_server,
                servicer,
                plan_pb2.DESCRIPTOR.services_by_name["PlanService"].full_name,
            ),
            ServiceRegistration(
                training_card_pb2_grpc.add_TrainingCardServiceServicer_to_server,
                TrainingCardServicer(
                    uow,
                    SpecialisationClient(infra.channel(settings.catalog_target, deadline)),
                    access,
                    SystemClock(),
                ),
                training_card_pb2.DESCRIPTOR.services_by_name["TrainingCardService"].full_name,
            ),
        ],
        background=[
            relay.run,
            consumer.run,
            card_credits.run,
            partial(access.follow_changes, infra.redis),
        ],
    )


async def seed(settings: PlanSettings, infra: Infrastructure) -> None:
    await seed_demo(PlanUnitOfWork(infra.sessions))


async def admin_token(settings: PlanSettings) -> str:
    if settings.admin_token:
        return settings.admin_token
    if not settings.admin_client_id:
        raise SystemExit(
            "plan-svc rebuild: set PLAN_ADMIN_TOKEN, or PLAN_ADMIN_CLIENT_ID and "
            "PLAN_ADMIN_CLIENT_SECRET (a client whose service account has the admin role)"
        )
    async with httpx.AsyncClient(timeout=settings.rpc_deadline) as http:
        reply = await http.post(
            f"{settings.oidc_issuer}/protocol/openid-connect/token",
            data={"grant_type": "client_credentials"},
            auth=(settings.admin_client_id, settings.admin_client_secret),
        )
        reply.raise_for_status()
        return str(reply.json()["access_token"])


async def rebuild_command(settings: PlanSettings, infra: Infrastructure) -> None:
    """`python -m plan_svc.main rebuild`: the credit projection recomputed from the ledger."""
    token = await admin_token(settings)
    ledger = LedgerClient(
        infra.channel(settings.credits_target, settings.rpc_deadline),
        metadata=[("authorization", f"Bearer {token}")],
    )
    count = await rebuild(PlanUnitOfWork(infra.sessions), ledger)
    log.info("rebuild done", extra={"credits": count})
    print(f"plan-svc rebuild: {count} credits projected from the ledger")


SPEC = ServiceSpec(
    "plan", PlanSettings, MIGRATIONS, wire, seed, commands={"rebuild": rebuild_command}
)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

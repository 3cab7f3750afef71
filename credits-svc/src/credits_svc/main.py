"""Composition root of credits-svc."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.access import Access
from cpd_platform.db import UnitOfWork
from cpd_platform.grant_source import IdentityGrantSource
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from cpd_platform.service_identity import ServiceIdentity
from credits_svc.adapters.attempt_limiter import AttemptLimiter
from credits_svc.adapters.code_mailer import CodeMailer
from credits_svc.adapters.orm import outbox
from credits_svc.adapters.services import CatalogClient, IdentityClient, PlanClient
from credits_svc.domain.codes import AttemptLimits
from credits_svc.entrypoints.grpc_servicer import CreditsServicer
from credits_svc.service_layer.authority import ProviderAuthority
from credits_svc.service_layer.code_issuing import EventCodes
from credits_svc.service_layer.code_redemption import Redemptions, failure_counter
from credits_svc.service_layer.code_verification import Verifier
from credits_svc.service_layer.corrections import Corrections
from credits_svc.service_layer.posting import ResultPosting, moscow_today
from credits_svc.settings import CreditsSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: CreditsSettings, infra: Infrastructure) -> Wiring:
    uow = partial(UnitOfWork, infra.sessions, outbox)
    deadline = settings.rpc_deadline
    catalog = CatalogClient(infra.channel(settings.catalog_target, deadline))
    identity_channel = infra.channel(settings.identity_target, deadline)
    identity = IdentityClient(
        identity_channel,
        ServiceIdentity(
            settings.oidc_issuer, settings.service_client_id, settings.service_client_secret
        ),
    )
    plans = PlanClient(infra.channel(settings.plan_target, deadline))
    access = Access(IdentityGrantSource(identity_channel, deadline))
    authority = ProviderAuthority(access, catalog)
    verifier = Verifier(
        uow,
        timedelta(seconds=settings.code_auto_accept_seconds),
        settings.code_verify_interval_seconds,
        lambda: datetime.now(UTC),
    )
    redemptions = Redemptions(
        uow,
        catalog,
        plans,
        AttemptLimiter(infra.redis, settings.redeem_window_seconds, failure_counter(uow)),
        AttemptLimits(
            per_person=settings.redeem_max_failures_per_person,
            per_person_event=settings.redeem_max_failures_per_person_event,
            per_address=settings.redeem_max_failures_per_address,
        ),
        moscow_today,
    )
    mailer = CodeMailer(
        uow,
        smtp_host=settings.smtp_host,
        smtp_port=settings.smtp_port,
        sender=settings.mail_from,
        interval_seconds=settings.mail_interval_seconds,
        today=moscow_today,
    )
    servicer = CreditsServicer(
        uow,
        ResultPosting(uow, catalog, identity, moscow_today),
        Corrections(uow, authority, catalog, moscow_today),
        authority,
        EventCodes(uow, authority, catalog, identity, verifier, moscow_today),
        redemptions,
    )
    return Wiring(
        registrations=[
            ServiceRegistration(
                credits_pb2_grpc.add_CreditsServiceServicer_to_server,
                servicer,
                credits_pb2.DESCRIPTOR.services_by_name["CreditsService"].full_name,
            )
        ],
        background=[
            OutboxRelay(infra.sessions, outbox, infra.redis, batch_size=1000).run,
            verifier.run,
            mailer.run,
            lambda stop: access.follow_changes(infra.redis, stop),
        ],
    )


SPEC = ServiceSpec("credits", CreditsSettings, MIGRATIONS, wire)


def main() -> None:
    run_cli(SPEC)


if __name__ == "__main__":
    main()

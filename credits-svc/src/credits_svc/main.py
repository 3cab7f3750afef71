"""Composition root of credits-svc."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.access import Access
from cpd_platform.clock import MOSCOW, SystemClock
from cpd_platform.grant_source import IdentityGrantSource
from cpd_platform.outbox import OutboxRelay
from cpd_platform.runner import Infrastructure, ServiceSpec, Wiring, run_cli
from cpd_platform.server import ServiceRegistration
from cpd_platform.service_identity import ServiceIdentity
from credits_svc.adapters.attempt_limiter import AttemptLimiter
from credits_svc.adapters.code_mailer import CodeMailer
from credits_svc.adapters.orm import outbox
from credits_svc.adapters.services import CatalogClient, IdentityClient, PlanClient
from credits_svc.adapters.unit_of_work import CreditsUnitOfWork
from credits_svc.domain.codes import AttemptLimits
from credits_svc.entrypoints.grpc_servicer import CreditsServicer
from credits_svc.service_layer.authority import ProviderAuthority
from credits_svc.service_layer.code_redemption import failure_counter
from credits_svc.service_layer.code_verification import Verifier
from credits_svc.service_layer.ports import CreditsPorts
from credits_svc.settings import CreditsSettings

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def wire(settings: CreditsSettings, infra: Infrastructure) -> Wiring:
    def uow() -> CreditsUnitOfWork:
        return CreditsUnitOfWork(infra.sessions)

    clock = SystemClock(MOSCOW)
    deadline = settings.rpc_deadline
    catalog = CatalogClient(infra.channel(settings.catalog_target, deadline))
    identity_channel = infra.channel(settings.identity_target, deadline)
    identity = IdentityClient(
        identity_channel,
        ServiceIdentity(
            settings.oidc_issuer, settings.service_client_id, settings.service_client_secret
        ),
    )
    access = Access(IdentityGrantSource(identity_channel, deadline))
    auto_accept_after = timedelta(seconds=settings.code_auto_accept_seconds)
    ports = CreditsPorts(
        catalog=catalog,
        persons=identity,
        contacts=identity,
        plans=PlanClient(infra.channel(settings.plan_target, deadline)),
        authority=ProviderAuthority(access, catalog),
        limiter=AttemptLimiter(infra.redis, settings.redeem_window_seconds, failure_counter(uow)),
        attempt_limits=AttemptLimits(
            per_person=settings.redeem_max_failures_per_person,
            per_person_event=settings.redeem_max_failures_per_person_event,
            per_address=settings.redeem_max_failures_per_address,
        ),
        clock=clock,
        auto_accept_after=auto_accept_after,
    )
    verifier = Verifier(
        uow,
        auto_accept_after=auto_accept_after,
        interval_seconds=settings.code_verify_interval_seconds,
        clock=clock,
    )
    mailer = CodeMailer(
        uow,
        smtp_host=settings.smtp_host,
        smtp_port=settings.smtp_port,
        sender=settings.mail_from,
        interval_seconds=settings.mail_interval_seconds,
        clock=clock,
    )
    return Wiring(
        registrations=[
            ServiceRegistration(
                credits_pb2_grpc.add_CreditsServiceServicer_to_server,
                CreditsServicer(uow, ports),
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

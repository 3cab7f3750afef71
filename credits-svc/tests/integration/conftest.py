"""credits-svc with identity-svc, catalog-svc and plan-svc running for real, in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import grpc
import pytest

from catalog_svc.main import SPEC as CATALOG
from catalog_svc.settings import CatalogSettings
from cpd.catalog.v1 import catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2_grpc
from cpd.plan.v1 import plan_pb2_grpc
from cpd_platform.runner import RunningService, start_service
from credits_svc.main import SPEC as CREDITS
from credits_svc.settings import CreditsSettings
from identity_svc.main import SPEC as IDENTITY
from identity_svc.settings import IdentitySettings
from local_idp import load_client_secrets
from local_idp.pytest_plugin import RunningIdp
from plan_svc.main import SPEC as PLAN
from plan_svc.settings import PlanSettings


@dataclass
class Platform:
    identity: RunningService
    catalog: RunningService
    plan: RunningService
    credits: RunningService
    common: dict[str, Any]

    def credits_settings(self, **changes: Any) -> CreditsSettings:
        return CreditsSettings.model_validate(
            {
                **self.common,
                "catalog_target": f"127.0.0.1:{self.catalog.port}",
                "identity_target": f"127.0.0.1:{self.identity.port}",
                "plan_target": f"127.0.0.1:{self.plan.port}",
                "code_verify_interval_seconds": 0.2,
                "code_auto_accept_seconds": 3600,
                "mail_interval_seconds": 0.2,
                "service_client_secret": load_client_secrets()["credits-svc"],
                **changes,
            }
        )


@pytest.fixture(scope="session")
async def platform(
    database_url: str, redis_url: str, idp: RunningIdp, mail_server: Any
) -> AsyncIterator[Platform]:
    common: dict[str, Any] = {
        "database_url": database_url,
        "redis_url": redis_url,
        "grpc_port": 0,
        "oidc_issuer": idp.issuer,
        "smtp_port": mail_server.port,
    }
    identity = await start_service(
        IDENTITY,
        IdentitySettings.model_validate(
            {
                **common,
                "seed_demo": True,
                "keycloak_url": idp.url,
                "keycloak_client_secret": idp.secrets["identity-svc"],
            }
        ),
    )
    catalog = await start_service(
        CATALOG,
        CatalogSettings.model_validate(
            {**common, "seed_demo": True, "identity_target": f"127.0.0.1:{identity.port}"}
        ),
    )
    plan = await start_service(
        PLAN,
        PlanSettings.model_validate(
            {
                **common,
                "seed_demo": True,
                "catalog_target": f"127.0.0.1:{catalog.port}",
                "identity_target": f"127.0.0.1:{identity.port}",
            }
        ),
    )
    partial = Platform(identity, catalog, plan, catalog, common)
    credits = await start_service(CREDITS, partial.credits_settings())
    partial.credits = credits
    yield partial
    for running in (credits, plan, catalog, identity):
        await running.stop()


@pytest.fixture
async def stub(platform: Platform) -> AsyncIterator[credits_pb2_grpc.CreditsServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{platform.credits.port}") as channel:
        yield credits_pb2_grpc.CreditsServiceStub(channel)


@pytest.fixture
async def catalog_stub(platform: Platform) -> AsyncIterator[catalog_pb2_grpc.CatalogServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{platform.catalog.port}") as channel:
        yield catalog_pb2_grpc.CatalogServiceStub(channel)


@pytest.fixture
async def plan_stub(platform: Platform) -> AsyncIterator[plan_pb2_grpc.PlanServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{platform.plan.port}") as channel:
        yield plan_pb2_grpc.PlanServiceStub(channel)

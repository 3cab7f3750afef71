"""catalog-svc started in-process on port 0 against the session's PostgreSQL and Redis, with
the real identity-svc for provider staff grants."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from feedback_platform import FeedbackWorld

from catalog_svc.main import SPEC
from catalog_svc.settings import CatalogSettings
from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2_grpc
from cpd_platform.in_process_settings import in_process_settings
from cpd_platform.principal import Role, Scope
from cpd_platform.runner import RunningService, ServiceSpec, start_service
from cpd_platform.testing import bearer
from credits_svc.main import SPEC as CREDITS
from credits_svc.settings import CreditsSettings
from identity_svc.testing import Grantees
from local_idp import load_client_secrets
from local_idp.pytest_plugin import RunningIdp


@pytest.fixture(scope="session")
def catalog_settings(
    database_url: str, redis_url: str, idp: RunningIdp, identity_service: RunningService
) -> CatalogSettings:
    return CatalogSettings.model_validate(
        in_process_settings(
            database_url,
            redis_url,
            idp.issuer,
            identity_target=f"127.0.0.1:{identity_service.port}",
            # Grants are read fresh on every call: tests grant and act at once.
            grants_ttl=0.0,
        )
    )


@pytest.fixture(scope="session")
def catalog_spec() -> ServiceSpec[CatalogSettings]:
    return SPEC


@pytest.fixture(scope="session")
async def catalog(
    catalog_spec: ServiceSpec[CatalogSettings], catalog_settings: CatalogSettings
) -> AsyncIterator[RunningService]:
    running = await start_service(catalog_spec, catalog_settings)
    yield running
    await running.stop()


@pytest.fixture
async def stub(catalog: RunningService) -> AsyncIterator[catalog_pb2_grpc.CatalogServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{catalog.port}") as channel:
        yield catalog_pb2_grpc.CatalogServiceStub(channel)


class Staff:
    """A person acting for a provider, with a token and a grant."""

    def __init__(self, person_id: str, token: str) -> None:
        self.person_id = person_id
        self.token = token
        self.metadata = bearer(token)


@pytest.fixture
def make_staff(grantees: Grantees):  # type: ignore[no-untyped-def]
    """A new person granted `role` on the provider by an admin through identity-svc."""

    async def make(provider_id: str, role: Role = Role.PROVIDER_STAFF) -> Staff:
        person, token = await grantees.holder_of(
            role.value, str(Scope.provider(provider_id)), realm_roles=("specialist",)
        )
        return Staff(person.id, token)

    return make


@pytest.fixture(scope="session")
async def admin_token(idp: RunningIdp) -> str:
    return await idp.person_token(roles=["admin"])


@pytest.fixture
def new_provider(stub: catalog_pb2_grpc.CatalogServiceStub, admin_token: str):  # type: ignore[no-untyped-def]
    """Registers a provider (as an admin) and returns its id."""

    async def create(name: str, region: str = "16", client_id: str = "") -> str:
        reply = await stub.SaveProvider(
            catalog_pb2.SaveProviderRequest(
                provider=catalog_pb2.Provider(
                    name=name,
                    region_code=region,
                    email="info@example.org",
                    inn="1655000000",
                    client_id=client_id,
                )
            ),
            metadata=bearer(admin_token),
        )
        return reply.provider.id

    return create


# Ratings: catalog-svc asking a real credits-svc (in-process, against the session's catalog-svc
# and identity-svc) whether a person has a credit.
@pytest.fixture(scope="module")
async def credits_service(
    database_url: str,
    redis_url: str,
    idp: RunningIdp,
    mail_server: Any,
    catalog: RunningService,
    identity_service: RunningService,
) -> AsyncIterator[RunningService]:
    running = await start_service(
        CREDITS,
        CreditsSettings.model_validate(
            {
                "database_url": database_url,
                "redis_url": redis_url,
                "grpc_port": 0,
                "oidc_issuer": idp.issuer,
                "smtp_port": mail_server.port,
                "catalog_target": f"127.0.0.1:{catalog.port}",
                "identity_target": f"127.0.0.1:{identity_service.port}",
                "service_client_secret": load_client_secrets()["credits-svc"],
            }
        ),
    )
    yield running
    await running.stop()


@pytest.fixture(scope="module")
async def rating_catalog(
    catalog_settings: CatalogSettings, credits_service: RunningService
) -> AsyncIterator[RunningService]:
    """catalog-svc whose credits_target is the real credits-svc (same database as `catalog`)."""
    settings = catalog_settings.model_copy(
        update={"credits_target": f"127.0.0.1:{credits_service.port}"}
    )
    running = await start_service(SPEC, settings)
    yield running
    await running.stop()


@pytest.fixture
async def world(
    rating_catalog: RunningService,
    credits_service: RunningService,
    idp: RunningIdp,
    grantees: Grantees,
    admin_token: str,
) -> AsyncIterator[FeedbackWorld]:
    async with (
        grpc.aio.insecure_channel(f"127.0.0.1:{rating_catalog.port}") as catalog_channel,
        grpc.aio.insecure_channel(f"127.0.0.1:{credits_service.port}") as credits_channel,
    ):
        yield FeedbackWorld(
            catalog_pb2_grpc.CatalogServiceStub(catalog_channel),
            credits_pb2_grpc.CreditsServiceStub(credits_channel),
            await idp.provider_token(),
            admin_token,
            grantees,
            idp,
        )

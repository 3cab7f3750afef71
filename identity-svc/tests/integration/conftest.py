"""identity-svc started in-process against the session's PostgreSQL, Redis and local IdP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import pytest

from cpd.identity.v1 import identity_pb2_grpc
from cpd_platform.in_process_settings import in_process_settings
from cpd_platform.local_mail import LocalMailServer
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import new_snils
from identity_svc.adapters.keycloak_users import KeycloakUsers
from identity_svc.main import SPEC
from identity_svc.settings import IdentitySettings
from identity_svc.testing import Grantees
from identity_svc.testing import identity_settings as identity_settings_of
from local_idp.pytest_plugin import RunningIdp
from pk_regional_svc.main import SPEC as PK_REGIONAL_SPEC
from pk_regional_svc.settings import PkRegionalSettings

settings_for = identity_settings_of
PublicStub = identity_pb2_grpc.PublicIdentityServiceStub


SettingsFactory = Callable[..., IdentitySettings]


@pytest.fixture(scope="session")
def identity_settings(
    database_url: str, redis_url: str, idp: RunningIdp, mail_server: LocalMailServer
) -> SettingsFactory:
    """Settings of an in-process identity-svc (mail to the session's server); keyword arguments
    override."""

    def make(**overrides: object) -> IdentitySettings:
        mail = {"smtp_host": mail_server.host, "smtp_port": mail_server.port}
        return settings_for(database_url, redis_url, idp, **{**mail, **overrides})

    return make


@pytest.fixture(scope="module")
async def pk_regional(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    settings = PkRegionalSettings.model_validate(
        in_process_settings(database_url, redis_url, idp.issuer)
    )
    running = await start_service(PK_REGIONAL_SPEC, settings)
    yield running
    await running.stop()


@pytest.fixture(scope="module")
async def identity(
    database_url: str,
    redis_url: str,
    idp: RunningIdp,
    pk_regional: RunningService,
    mail_server: LocalMailServer,
) -> AsyncIterator[RunningService]:
    """identity-svc next to a pk-regional-svc whose demo municipalities it hears of through
    `pk_regional.municipality_registered` events (it never calls pk-regional-svc)."""
    running = await start_service(
        SPEC,
        settings_for(
            database_url, redis_url, idp, smtp_host=mail_server.host, smtp_port=mail_server.port
        ),
    )
    yield running
    await running.stop()


@pytest.fixture
async def stub(identity: RunningService) -> AsyncIterator[identity_pb2_grpc.IdentityServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{identity.port}") as channel:
        yield identity_pb2_grpc.IdentityServiceStub(channel)


@pytest.fixture(name="new_snils")
def new_snils_fixture() -> Callable[[], str]:
    return new_snils


@pytest.fixture
def people(identity: RunningService, idp: RunningIdp) -> Grantees:
    """Adds person rows as registration would leave them (without identity provider accounts)."""
    return Grantees(identity, idp)


class AsGateway(grpc.aio.UnaryUnaryClientInterceptor):
    """Adds the gateway's service token, as the gateway does on every backend call."""

    def __init__(self, token: str) -> None:
        self._metadata = (("x-service-authorization", f"Bearer {token}"),)

    async def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.aio.ClientCallDetails, Any], Awaitable[Any]],
        details: grpc.aio.ClientCallDetails,
        request: Any,
    ) -> Any:
        metadata = grpc.aio.Metadata(*(details.metadata or ()), *self._metadata)
        return await continuation(details._replace(metadata=metadata), request)


@pytest.fixture
async def public(identity: RunningService, idp: RunningIdp) -> AsyncIterator[PublicStub]:
    """Visitors' operations as the gateway calls them."""
    token = await idp.client_token("gateway")
    async with grpc.aio.insecure_channel(
        f"127.0.0.1:{identity.port}", interceptors=[AsGateway(token)]
    ) as channel:
        yield PublicStub(channel)


@pytest.fixture
async def users(identity_settings: Callable[..., IdentitySettings]) -> AsyncIterator[KeycloakUsers]:
    """The identity provider's admin API as identity-svc uses it (python-keycloak)."""
    settings = identity_settings()
    client = KeycloakUsers(
        settings.keycloak_url,
        settings.keycloak_realm,
        settings.keycloak_client_id,
        settings.keycloak_client_secret,
    )
    yield client
    await client.aclose()

"""pk-regional-svc with the real identity-svc (grants) and catalog-svc (seats), in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest

from catalog_svc.main import SPEC as CATALOG_SPEC
from catalog_svc.settings import CatalogSettings
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import new_snils
from identity_svc.main import SPEC as IDENTITY_SPEC
from identity_svc.testing import Grantees, identity_settings
from local_idp.pytest_plugin import RunningIdp
from pk_regional_svc.main import SPEC
from pk_regional_svc.settings import PkRegionalSettings


@pytest.fixture(scope="module")
async def catalog(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    settings = CatalogSettings.model_validate(
        {
            "database_url": database_url,
            "redis_url": redis_url,
            "grpc_port": 0,
            "oidc_issuer": idp.issuer,
            "seed_demo": True,
        }
    )
    running = await start_service(CATALOG_SPEC, settings)
    yield running
    await running.stop()


@pytest.fixture(scope="module")
async def regional_stack(
    database_url: str, redis_url: str, idp: RunningIdp, catalog: RunningService
) -> AsyncIterator[tuple[RunningService, RunningService]]:
    """(identity-svc, pk-regional-svc) wired to each other and to catalog-svc."""
    pk_settings = {
        "database_url": database_url,
        "redis_url": redis_url,
        "grpc_port": 0,
        "oidc_issuer": idp.issuer,
        "seed_demo": True,
        "catalog_target": f"127.0.0.1:{catalog.port}",
        "service_client_secret": idp.secrets["pk-regional-svc"],
    }
    # pk-regional calls identity for grants; identity hears of municipalities through events.
    identity = await start_service(IDENTITY_SPEC, identity_settings(database_url, redis_url, idp))
    pk = await start_service(
        SPEC,
        PkRegionalSettings.model_validate(
            {**pk_settings, "identity_target": f"127.0.0.1:{identity.port}", "grants_ttl": 0.0}
        ),
    )
    yield identity, pk
    await pk.stop()
    await identity.stop()


@pytest.fixture
async def pk(
    regional_stack: tuple[RunningService, RunningService],
) -> AsyncIterator[pk_regional_pb2_grpc.PkRegionalServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{regional_stack[1].port}") as channel:
        yield pk_regional_pb2_grpc.PkRegionalServiceStub(channel)


class Roles:
    """Operators and teachers as identity-svc knows them: a person row and a grant given by an
    admin (identity_svc.testing.Grantees), with tokens."""

    def __init__(self, identity: RunningService, idp: RunningIdp) -> None:
        self._grantees = Grantees(identity, idp)
        self._idp = idp

    async def person(self, snils: str | None = None) -> tuple[str, str]:
        person = await self._grantees.person(snils)
        return person.id, person.snils

    async def operator(self, role: str, scope: str) -> str:
        """A token of a new person holding `role` on `scope`."""
        _, token = await self._grantees.holder_of(role, scope)
        return token

    @staticmethod
    def new_snils() -> str:
        return new_snils()

    async def teacher(self, snils: str) -> str:
        person_id, _ = await self.person(snils)
        return await self._idp.person_token(person_id=person_id, snils=snils, roles=["teacher"])


@pytest.fixture(scope="module")
def roles(regional_stack: tuple[RunningService, RunningService], idp: RunningIdp) -> Roles:
    return Roles(regional_stack[0], idp)

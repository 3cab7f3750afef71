"""pytest helpers for the services whose tests need real grants: identity-svc in-process, and
persons holding grants given by an admin through identity-svc's own gRPC API.

Loaded by the workspace's root conftest.py."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import date

import grpc
import pytest

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.local_mail import LocalMailServer
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import bearer, new_snils
from identity_svc.adapters.repository import PersonRepository
from identity_svc.domain.person import Person, PersonKind
from identity_svc.main import SPEC
from identity_svc.settings import IdentitySettings
from local_idp.pytest_plugin import RunningIdp


def identity_settings(
    database_url: str, redis_url: str, idp: RunningIdp, **overrides: object
) -> IdentitySettings:
    """Settings of an in-process identity-svc; keyword arguments override."""
    values: dict[str, object] = {
        "database_url": database_url,
        "redis_url": redis_url,
        "grpc_port": 0,
        "oidc_issuer": idp.issuer,
        "seed_demo": True,
        "keycloak_url": idp.url,
        "keycloak_client_secret": idp.secrets["identity-svc"],
    }
    values.update(overrides)
    return IdentitySettings.model_validate(values)


class Grantees:
    """Persons as identity-svc knows them (a person row), given grants by an admin."""

    def __init__(self, identity: RunningService, idp: RunningIdp) -> None:
        self._identity = identity
        self._idp = idp

    async def person(
        self,
        snils: str | None = None,
        kind: PersonKind = PersonKind.TEACHER,
        email: str = "grantee@example.org",
        subject: str | None = None,
    ) -> Person:
        """A person row; `subject` links it to an identity provider account (none by default)."""
        person = Person(
            id=str(uuid.uuid4()),
            subject=subject or f"test-{uuid.uuid4()}",
            snils=snils or new_snils(),
            last_name="Хасанова",
            first_name="Алия",
            patronymic=None,
            birth_date=date(1985, 5, 5),
            region_code="16",
            email=email,
            kind=kind,
        )
        async with self._identity.infrastructure.sessions() as session:
            await PersonRepository(session).add(person)
            await session.commit()
        return person

    async def grant(self, person_id: str, role: str, scope: str) -> None:
        admin = await self._idp.person_token(roles=["admin"])
        async with grpc.aio.insecure_channel(f"127.0.0.1:{self._identity.port}") as channel:
            await identity_pb2_grpc.IdentityServiceStub(channel).GrantRole(
                identity_pb2.GrantRoleRequest(person_id=person_id, role=role, scope=scope),
                metadata=bearer(admin),
            )

    async def holder_of(
        self, role: str, scope: str, realm_roles: tuple[str, ...] = ("teacher",)
    ) -> tuple[Person, str]:
        """A new person holding `role` on `scope`, and their access token."""
        person = await self.person()
        await self.grant(person.id, role, scope)
        token = await self._idp.person_token(
            person_id=person.id, snils=person.snils, roles=list(realm_roles)
        )
        return person, token


@pytest.fixture(scope="session")
async def identity_service(
    database_url: str, redis_url: str, idp: RunningIdp, mail_server: LocalMailServer
) -> AsyncIterator[RunningService]:
    """identity-svc for grants (ListGrants/GrantRole); without pk-regional, so regional
    operators' grants of municipal operators are not available from it. Its account e-mails go
    to the session's mail server, like those of every other identity-svc of the session (they
    share the account-mail consumer group)."""
    settings = identity_settings(
        database_url, redis_url, idp, smtp_host=mail_server.host, smtp_port=mail_server.port
    )
    running = await start_service(SPEC, settings)
    yield running
    await running.stop()


@pytest.fixture(scope="session")
def grantees(identity_service: RunningService, idp: RunningIdp) -> Grantees:
    return Grantees(identity_service, idp)

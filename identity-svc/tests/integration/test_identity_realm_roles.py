"""Grants reach the identity provider (issue 17): a role an admin grants, or a role request an
admin approves, is in the person's token at their next login; a revoked one is gone. Real
identity-svc, PostgreSQL, Redis and the local IdP over python-keycloak."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from test_identity_grants import grant
from test_identity_role_requests import ask, decide

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.snils import format_snils
from cpd_platform.testing import bearer
from identity_svc.domain.person import Person
from identity_svc.testing import Grantees
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

Stub = identity_pb2_grpc.IdentityServiceStub


def realm_roles(token: str) -> set[str]:
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return set(claims["realm_access"]["roles"])


class Login:
    """A person with a password account at the IdP, linked to identity-svc's person row."""

    def __init__(self, idp: RunningIdp, username: str, password: str, person: Person) -> None:
        self.idp, self.username, self.password = idp, username, password
        self.person_id, self.snils = person.id, person.snils

    @classmethod
    async def new(cls, idp: RunningIdp, people: Grantees) -> Login:
        username, password = f"test-{uuid.uuid4().hex[:12]}", uuid.uuid4().hex
        subject = await idp.create_user(
            username=username, password=password, attributes={}, roles=["specialist"]
        )
        return cls(idp, username, password, await people.person(subject=subject))

    async def roles_at_next_login(self) -> set[str]:
        return realm_roles(await self.idp.password_token(self.username, self.password))


async def revoke(stub: Stub, token: str, role: str, scope: str, **person: str) -> None:
    request = identity_pb2.RevokeRoleRequest(role=role, scope=scope, **person)
    assert (await stub.RevokeRole(request, metadata=bearer(token))).revoked


async def test_a_granted_role_is_in_the_next_token_and_a_revoked_one_is_not(
    stub: Stub, idp: RunningIdp, people: Grantees
) -> None:
    admin = await idp.person_token(roles=["admin"])
    person = await Login.new(idp, people)
    provider = f"provider:{uuid.uuid4()}"
    await grant(stub, admin, "provider_staff", provider, person_id=person.person_id)
    assert await person.roles_at_next_login() >= {"specialist", "provider_staff"}

    # A second provider's grant of the same role: revoking one keeps the role.
    other = f"provider:{uuid.uuid4()}"
    await grant(stub, admin, "provider_staff", other, person_id=person.person_id)
    await revoke(stub, admin, "provider_staff", provider, person_id=person.person_id)
    assert "provider_staff" in await person.roles_at_next_login()
    # The admin's portal revokes by SNILS.
    await revoke(stub, admin, "provider_staff", other, snils=format_snils(person.snils))
    roles = await person.roles_at_next_login()
    assert "provider_staff" not in roles
    assert "specialist" in roles


async def test_an_approved_role_request_is_in_the_next_token(
    stub: Stub, idp: RunningIdp, people: Grantees
) -> None:
    admin = await idp.person_token(roles=["admin"])
    person = await Login.new(idp, people)
    token = await idp.person_token(person_id=person.person_id)
    request = await ask(stub, token, "school_operator", f"school:{uuid.uuid4()}")
    assert "school_operator" not in await person.roles_at_next_login()
    await decide(stub, admin, request.id, approve=True)
    assert "school_operator" in await person.roles_at_next_login()

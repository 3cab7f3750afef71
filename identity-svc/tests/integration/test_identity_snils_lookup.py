"""BatchFindPersonsBySnils shows each kind of caller only what it may see: providers learn the
person id of a registered SNILS and nothing else; internal service identities, admins and
regional operators within their region get the full record."""

from __future__ import annotations

import grpc
import pytest

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.testing import bearer, grpc_error_code
from identity_svc.domain.person import Person
from identity_svc.testing import Grantees
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

Stub = identity_pb2_grpc.IdentityServiceStub
Metadata = tuple[tuple[str, str], ...]


async def find(stub: Stub, metadata: Metadata, *snils: str) -> dict[str, identity_pb2.Person]:
    reply = await stub.BatchFindPersonsBySnils(
        identity_pb2.BatchFindPersonsBySnilsRequest(snils=list(snils)), metadata=metadata
    )
    return {p.snils: p for p in reply.persons}


def service(token: str) -> Metadata:
    return (("x-service-authorization", f"Bearer {token}"),)


def is_full(found: identity_pb2.Person, person: Person) -> bool:
    return (found.id, found.last_name, found.first_name, found.email, found.birth_date) == (
        person.id,
        person.last_name,
        person.first_name,
        person.email,
        person.birth_date.isoformat(),
    )


def is_id_only(found: identity_pb2.Person, person: Person) -> bool:
    return found == identity_pb2.Person(id=person.id, snils=person.snils)


async def test_a_providers_system_learns_only_the_person_id(
    stub: Stub, idp: RunningIdp, people: Grantees
) -> None:
    person = await people.person()
    found = await find(stub, bearer(await idp.provider_token()), person.snils)
    assert is_id_only(found[person.snils], person)


async def test_a_provider_calling_through_another_service_still_learns_only_the_id(
    stub: Stub, idp: RunningIdp, people: Grantees
) -> None:
    """credits-svc ingesting results forwards the provider's token: the provider's view."""
    person = await people.person()
    provider = bearer(await idp.provider_token())
    found = await find(stub, provider, person.snils)
    assert is_id_only(found[person.snils], person)
    # A service identity that is not an internal full-record client changes nothing.
    other = provider + service(await idp.client_token("pk-regional-svc"))
    assert is_id_only((await find(stub, other, person.snils))[person.snils], person)


async def test_an_internal_service_identity_gets_the_full_record(
    stub: Stub, idp: RunningIdp, people: Grantees
) -> None:
    """credits-svc mailing confirmation codes: its own token next to the provider's."""
    person = await people.person()
    credits = bearer(await idp.provider_token()) + service(await idp.client_token("credits-svc"))
    assert is_full((await find(stub, credits, person.snils))[person.snils], person)


async def test_an_admin_gets_the_full_record(stub: Stub, idp: RunningIdp, people: Grantees) -> None:
    person = await people.person()
    admin = bearer(await idp.person_token(roles=["admin"]))
    assert is_full((await find(stub, admin, person.snils))[person.snils], person)


async def test_a_regional_operator_gets_full_records_in_their_region_only(
    stub: Stub, idp: RunningIdp, people: Grantees
) -> None:
    inside = await people.person()  # region 16
    _, operator = await people.holder_of(
        "regional_operator", "region:16", realm_roles=("regional_operator",)
    )
    _, elsewhere = await people.holder_of(
        "regional_operator", "region:02", realm_roles=("regional_operator",)
    )
    assert is_full((await find(stub, bearer(operator), inside.snils))[inside.snils], inside)
    assert is_id_only((await find(stub, bearer(elsewhere), inside.snils))[inside.snils], inside)


@pytest.mark.parametrize("roles", [("specialist",), ("teacher",), ("provider_staff",)])
async def test_persons_and_provider_staff_may_not_look_up_snils(
    stub: Stub, idp: RunningIdp, people: Grantees, roles: tuple[str, ...]
) -> None:
    person = await people.person()
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await find(stub, bearer(await idp.person_token(roles=roles)), person.snils)
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(denied.value) == "forbidden"

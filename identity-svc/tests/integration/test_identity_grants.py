"""Grants over gRPC against real PostgreSQL, Redis, the local IdP and the municipalities
pk-regional-svc publishes as events."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import grpc
import pytest
from sqlalchemy import select

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.access import Access
from cpd_platform.context import bearer_token_var
from cpd_platform.grant_source import IdentityGrantSource
from cpd_platform.interceptors import open_channel
from cpd_platform.principal import Principal, Role, Scope
from cpd_platform.runner import RunningService
from cpd_platform.snils import format_snils
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from identity_svc.adapters.municipalities import KnownMunicipalities
from identity_svc.adapters.orm import GrantAuditRow
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

KAZAN = demo.demo_id("municipality:городской округ «город Казань»")
Stub = identity_pb2_grpc.IdentityServiceStub


async def grant(
    stub: Stub, token: str, role: str, scope: str, *, person_id: str = "", snils: str = ""
) -> identity_pb2.Grant:
    reply = await stub.GrantRole(
        identity_pb2.GrantRoleRequest(person_id=person_id, snils=snils, role=role, scope=scope),
        metadata=bearer(token),
    )
    granted: identity_pb2.Grant = reply.grant
    return granted


async def refused(call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return caught.value


async def grants_of(stub: Stub, token: str, person_id: str = "") -> set[tuple[str, str]]:
    reply = await stub.ListGrants(
        identity_pb2.ListGrantsRequest(person_id=person_id), metadata=bearer(token)
    )
    return {(g.role, g.scope) for g in reply.grants}


@pytest.fixture(scope="module")
async def admin(idp: RunningIdp) -> str:
    return await idp.person_token(roles=["admin"])


async def test_admin_grants_anything_once_and_the_person_lists_their_own_grants(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp, admin: str
) -> None:
    head = await people.person()
    school = f"school:{uuid.uuid4()}"
    first = await grant(stub, admin, "school_head", school, person_id=head.id)
    again = await grant(stub, admin, "school_head", school, person_id=head.id)
    assert first == again == identity_pb2.Grant(person_id=head.id, role="school_head", scope=school)

    token = await idp.person_token(person_id=head.id)
    assert await grants_of(stub, token) == {("school_head", school)}
    assert await grants_of(stub, admin, head.id) == {("school_head", school)}

    async with identity.infrastructure.sessions() as session:
        audit = list(
            await session.scalars(
                select(GrantAuditRow)
                .where(GrantAuditRow.person_id == uuid.UUID(head.id))
                .order_by(GrantAuditRow.id)
            )
        )
    assert [(a.action, a.role, a.scope) for a in audit] == [("grant", "school_head", school)] * 2
    assert audit[0].before is None and audit[0].after is not None
    # The repeat changed nothing: the same record before and after.
    assert audit[1].before == audit[1].after == audit[0].after


async def test_a_person_may_not_list_someone_elses_grants(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp
) -> None:
    other = await people.person()
    token = await idp.person_token(person_id=str(uuid.uuid4()))
    error = await refused(
        stub.ListGrants(identity_pb2.ListGrantsRequest(person_id=other.id), metadata=bearer(token))
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_school_head_appoints_operators_of_their_school_only(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp, admin: str
) -> None:
    head, operator = await people.person(), await people.person()
    school, other_school = f"school:{uuid.uuid4()}", f"school:{uuid.uuid4()}"
    await grant(stub, admin, "school_head", school, person_id=head.id)
    head_token = await idp.person_token(person_id=head.id)

    # By SNILS, in the format people write it.
    granted = await grant(
        stub, head_token, "school_operator", school, snils=format_snils(operator.snils)
    )
    assert granted.person_id == operator.id

    for role, scope in [
        ("school_operator", other_school),
        ("school_head", school),
        ("municipal_operator", f"municipality:{KAZAN}"),
        ("admin", "platform:*"),
    ]:
        error = await refused(grant(stub, head_token, role, scope, person_id=operator.id))
        assert error.code() == grpc.StatusCode.PERMISSION_DENIED
        assert grpc_error_code(error) == "grant_not_allowed"

    revoked = await stub.RevokeRole(
        identity_pb2.RevokeRoleRequest(person_id=operator.id, role="school_operator", scope=school),
        metadata=bearer(head_token),
    )
    assert revoked.revoked
    again = await stub.RevokeRole(
        identity_pb2.RevokeRoleRequest(person_id=operator.id, role="school_operator", scope=school),
        metadata=bearer(head_token),
    )
    assert not again.revoked
    assert await grants_of(stub, admin, operator.id) == set()


async def test_a_regional_operator_appoints_municipal_operators_of_their_region_only(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp, admin: str
) -> None:
    regional, municipal = await people.person(), await people.person()
    await grant(stub, admin, "regional_operator", "region:16", person_id=regional.id)
    token = await idp.person_token(person_id=regional.id)
    known = KnownMunicipalities(identity.infrastructure.sessions)

    async def kazan_known() -> bool:
        return KAZAN in await known.municipality_ids("16")

    await wait_until(kazan_known, what="pk-regional-svc's municipalities reach identity-svc")

    await grant(stub, token, "municipal_operator", f"municipality:{KAZAN}", person_id=municipal.id)
    assert await grants_of(stub, admin, municipal.id) == {
        ("municipal_operator", f"municipality:{KAZAN}")
    }

    for role, scope in [
        ("municipal_operator", f"municipality:{uuid.uuid4()}"),  # not a municipality of region 16
        ("regional_operator", "region:16"),
        ("school_operator", f"school:{uuid.uuid4()}"),
    ]:
        error = await refused(grant(stub, token, role, scope, person_id=municipal.id))
        assert grpc_error_code(error) == "grant_not_allowed"


async def test_a_provider_admin_appoints_staff_of_their_provider_only(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp, admin: str
) -> None:
    provider_admin, staff = await people.person(), await people.person()
    provider = f"provider:{demo.PROVIDER_ID}"
    await grant(stub, admin, "provider_admin", provider, person_id=provider_admin.id)
    token = await idp.person_token(person_id=provider_admin.id)

    await grant(stub, token, "provider_staff", provider, person_id=staff.id)
    for role, scope in [
        ("provider_staff", f"provider:{uuid.uuid4()}"),
        ("provider_admin", provider),
    ]:
        error = await refused(grant(stub, token, role, scope, person_id=staff.id))
        assert grpc_error_code(error) == "grant_not_allowed"


async def test_a_person_without_grants_grants_nothing_and_bad_requests_are_typed(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp, admin: str
) -> None:
    target = await people.person()
    specialist = await idp.person_token(person_id=str(uuid.uuid4()))
    error = await refused(
        grant(stub, specialist, "school_operator", "school:1", person_id=target.id)
    )
    assert grpc_error_code(error) == "grant_not_allowed"

    for role, scope, code in [
        ("wizard", "school:1", "invalid_role"),
        ("school_operator", "region:16", "invalid_grant_scope"),
        ("specialist", "platform:*", "invalid_grant_scope"),
        ("school_operator", "galaxy:1", "invalid_scope"),
    ]:
        error = await refused(grant(stub, admin, role, scope, person_id=target.id))
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert grpc_error_code(error) == code

    missing = await refused(
        grant(stub, admin, "school_operator", "school:1", person_id=str(uuid.uuid4()))
    )
    assert grpc_error_code(missing) == "person_not_found"


async def test_services_see_a_revoke_at_once_through_the_grant_source_and_pubsub(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp, admin: str
) -> None:
    operator = await people.person()
    school = Scope.school(str(uuid.uuid4()))
    await grant(stub, admin, "school_operator", str(school), person_id=operator.id)
    token = await idp.person_token(person_id=operator.id)
    principal = Principal(
        subject="s",
        client_id="web",
        roles=frozenset(),
        person_id=operator.id,
        snils=None,
        token=token,
    )

    channel = open_channel(f"127.0.0.1:{identity.port}", 5.0)
    access = Access(IdentityGrantSource(channel, 5.0), ttl=300)
    stop = asyncio.Event()
    subscribed = asyncio.Event()
    follower = asyncio.create_task(
        access.follow_changes(identity.infrastructure.redis, stop, subscribed)
    )
    reset = bearer_token_var.set(token)
    try:
        assert await access.allows(principal, [Role.SCHOOL_OPERATOR], [school])
        await asyncio.wait_for(subscribed.wait(), timeout=10)
        await stub.RevokeRole(
            identity_pb2.RevokeRoleRequest(
                person_id=operator.id, role="school_operator", scope=str(school)
            ),
            metadata=bearer(admin),
        )

        async def revoked() -> bool:
            return not await access.allows(principal, [Role.SCHOOL_OPERATOR], [school])

        # The ttl is 300 s: only the notification can evict the cached grant in time.
        await wait_until(revoked, seconds=2.5, what="the revoke to reach the cache")
    finally:
        bearer_token_var.reset(reset)
        stop.set()
        await follower
        await channel.close()


async def test_an_over_long_scope_is_refused_not_stored_or_cut(stub: Stub, admin: str) -> None:
    error = await refused(grant(stub, admin, "school_operator", "school:" + "1" * 200))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(error) == "text_too_long"

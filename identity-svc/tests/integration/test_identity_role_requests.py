"""Role requests over gRPC against real PostgreSQL, Redis and the local IdP: a person asks, the
scope's authority (provider admin, school head, regional operator, admin) approves or refuses,
the grant follows an approval and is audited; nobody else sees or decides the request."""

from __future__ import annotations

import uuid
from typing import Any

import grpc
import pytest
from identity_people import applicant
from sqlalchemy import select

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from identity_svc.adapters.municipalities import KnownMunicipalities
from identity_svc.adapters.orm import GrantAuditRow
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

Stub = identity_pb2_grpc.IdentityServiceStub
Status = identity_pb2.RoleRequestStatus
WHY = "Работаю методистом отдела ДПО и выгружаю результаты"


async def ask(stub: Stub, token: str, role: str, scope: str, why: str = WHY) -> Any:
    reply = await stub.RequestRole(
        identity_pb2.RequestRoleRequest(role=role, scope=scope, justification=why),
        metadata=bearer(token),
    )
    return reply.request


async def decide(stub: Stub, token: str, request_id: str, approve: bool, reason: str = "") -> Any:
    reply = await stub.DecideRoleRequest(
        identity_pb2.DecideRoleRequestRequest(
            request_id=request_id, approve=approve, refusal_reason=reason
        ),
        metadata=bearer(token),
    )
    return reply.request


async def to_decide(stub: Stub, token: str, pending_only: bool = True) -> set[str]:
    reply = await stub.ListRoleRequestsToDecide(
        identity_pb2.ListRoleRequestsToDecideRequest(pending_only=pending_only, page_size=500),
        metadata=bearer(token),
    )
    return {r.id for r in reply.requests}


async def refusal(call: object) -> str | None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return grpc_error_code(caught.value)


async def grants_of(stub: Stub, token: str) -> set[tuple[str, str]]:
    reply = await stub.ListGrants(identity_pb2.ListGrantsRequest(), metadata=bearer(token))
    return {(g.role, g.scope) for g in reply.grants}


async def test_a_provider_admin_approves_staff_of_their_provider_once_and_the_grant_is_audited(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp
) -> None:
    provider = f"provider:{uuid.uuid4()}"
    _, admin_token = await people.holder_of("provider_admin", provider, ("provider_admin",))
    _, other_admin = await people.holder_of(
        "provider_admin", f"provider:{uuid.uuid4()}", ("provider_admin",)
    )
    person, token = await applicant(people, idp)

    asked = await ask(stub, token, "provider_staff", provider)
    again = await ask(stub, token, "provider_staff", provider, "другое обоснование, тот же запрос")
    assert again.id == asked.id and asked.status == Status.ROLE_REQUEST_STATUS_PENDING
    mine = await stub.ListMyRoleRequests(
        identity_pb2.ListMyRoleRequestsRequest(), metadata=bearer(token)
    )
    assert [(r.id, r.justification) for r in mine.requests] == [(asked.id, WHY)]

    assert asked.id in await to_decide(stub, admin_token)
    assert asked.id not in await to_decide(stub, other_admin)
    assert asked.id not in await to_decide(stub, token)
    assert await refusal(decide(stub, other_admin, asked.id, True)) == "grant_not_allowed"
    assert await refusal(decide(stub, token, asked.id, True)) == "grant_not_allowed"
    assert await refusal(decide(stub, admin_token, asked.id, False)) == "refusal_reason_required"

    approved = await decide(stub, admin_token, asked.id, True)
    assert approved.status == Status.ROLE_REQUEST_STATUS_APPROVED and approved.decided_at
    assert (await decide(stub, admin_token, asked.id, True)) == approved
    assert await refusal(decide(stub, admin_token, asked.id, False, "поздно")) == (
        "role_request_decided"
    )
    assert await grants_of(stub, token) == {("provider_staff", provider)}
    assert asked.id not in await to_decide(stub, admin_token)
    assert asked.id in await to_decide(stub, admin_token, pending_only=False)

    async with identity.infrastructure.sessions() as session:
        audit = list(
            await session.scalars(
                select(GrantAuditRow).where(GrantAuditRow.person_id == uuid.UUID(person.id))
            )
        )
    assert [(a.action, a.role, a.scope) for a in audit] == [("grant", "provider_staff", provider)]


async def test_a_school_head_refuses_with_a_reason_the_person_reads(
    stub: Stub, people: Any, idp: RunningIdp
) -> None:
    school = f"school:{uuid.uuid4()}"
    _, head = await people.holder_of("school_head", school, ("school_head",))
    _, token = await applicant(people, idp)
    asked = await ask(stub, token, "school_operator", school)
    assert asked.id in await to_decide(stub, head)

    refused = await decide(stub, head, asked.id, False, "  Оператор школы уже назначен  ")
    assert (refused.status, refused.refusal_reason) == (
        Status.ROLE_REQUEST_STATUS_REFUSED,
        "Оператор школы уже назначен",
    )
    mine = await stub.ListMyRoleRequests(
        identity_pb2.ListMyRoleRequestsRequest(), metadata=bearer(token)
    )
    assert [r.refusal_reason for r in mine.requests] == ["Оператор школы уже назначен"]
    assert await grants_of(stub, token) == set()
    # A refused request does not block asking again.
    assert (await ask(stub, token, "school_operator", school)).id != asked.id


async def test_a_regional_operator_approves_municipal_operators_of_their_region_only(
    stub: Stub, identity: RunningService, people: Any, idp: RunningIdp
) -> None:
    known = KnownMunicipalities(identity.infrastructure.sessions)

    async def kazan_known() -> bool:
        return demo.MUNICIPALITY_ID in await known.municipality_ids("16")

    await wait_until(kazan_known, what="pk-regional-svc's municipalities reach identity-svc")
    _, regional = await people.holder_of("regional_operator", "region:16", ("regional_operator",))
    _, elsewhere = await people.holder_of("regional_operator", "region:02", ("regional_operator",))
    _, token = await applicant(people, idp)
    kazan = f"municipality:{demo.MUNICIPALITY_ID}"
    asked = await ask(stub, token, "municipal_operator", kazan)

    assert asked.id in await to_decide(stub, regional)
    assert asked.id not in await to_decide(stub, elsewhere)
    assert await refusal(decide(stub, elsewhere, asked.id, True)) == "grant_not_allowed"
    await decide(stub, regional, asked.id, True)
    assert await grants_of(stub, token) == {("municipal_operator", kazan)}


async def test_only_an_admin_decides_roles_without_a_granting_role(
    stub: Stub, people: Any, idp: RunningIdp
) -> None:
    admin = await idp.person_token(roles=["admin"])
    _, regional = await people.holder_of("regional_operator", "region:16", ("regional_operator",))
    _, token = await applicant(people, idp)
    asked = await ask(stub, token, "regional_operator", "region:16")
    assert asked.id in await to_decide(stub, admin)
    assert asked.id not in await to_decide(stub, regional)
    assert await refusal(decide(stub, regional, asked.id, True)) == "grant_not_allowed"
    await decide(stub, admin, asked.id, True)
    assert await grants_of(stub, token) == {("regional_operator", "region:16")}


async def test_an_admin_approves_smk_supervisor_and_voivodeship_office_requests(
    stub: Stub, people: Any, idp: RunningIdp
) -> None:
    admin = await idp.person_token(roles=["admin"])
    _, office = await people.holder_of(
        "smk_voivodeship_office", "voivodeship:14", ("smk_voivodeship_office",)
    )
    _, token = await applicant(people, idp)
    unit = f"training_unit:{uuid.uuid4()}"
    supervisor = await ask(stub, token, "smk_supervisor", unit)
    office_request = await ask(stub, token, "smk_voivodeship_office", "voivodeship:14")
    assert {supervisor.id, office_request.id} <= await to_decide(stub, admin)
    assert not {supervisor.id, office_request.id} & await to_decide(stub, office)
    assert await refusal(decide(stub, office, office_request.id, True)) == "grant_not_allowed"
    for asked in (supervisor, office_request):
        await decide(stub, admin, asked.id, True)
    assert await grants_of(stub, token) == {
        ("smk_supervisor", unit),
        ("smk_voivodeship_office", "voivodeship:14"),
    }


@pytest.mark.parametrize(
    ("role", "scope", "why", "code"),
    [
        ("provider_system", "provider:x", WHY, "role_not_requestable"),
        ("admin", "platform:*", WHY, "role_not_requestable"),
        ("smk_exam_centre", "platform:*", WHY, "role_not_requestable"),
        ("smk_voivodeship_office", "voivodeship:99", WHY, "invalid_voivodeship"),
        ("smk_supervisor", "voivodeship:14", WHY, "invalid_grant_scope"),
        ("emperor", "region:16", WHY, "invalid_role"),
        ("school_operator", "region:16", WHY, "invalid_grant_scope"),
        ("school_operator", "school:x", "   надо  ", "justification_required"),
        ("school_operator", "school:x", "я" * 2001, "text_too_long"),
    ],
)
async def test_malformed_requests_are_refused(
    stub: Stub, people: Any, idp: RunningIdp, role: str, scope: str, why: str, code: str
) -> None:
    _, token = await applicant(people, idp)
    assert await refusal(ask(stub, token, role, scope, why)) == code


async def test_a_token_without_a_person_asks_for_nothing_and_unknown_requests_are_not_found(
    stub: Stub, idp: RunningIdp
) -> None:
    system = await idp.provider_token()
    admin = await idp.person_token(roles=["admin"])
    assert await refusal(ask(stub, system, "provider_staff", "provider:x")) == "not_a_person"
    assert await refusal(decide(stub, admin, str(uuid.uuid4()), True)) == ("role_request_not_found")
    assert await refusal(decide(stub, admin, "not-a-uuid", True)) == "role_request_not_found"


async def test_the_decider_sees_who_asks_by_name_and_snils_in_the_list_and_the_decision(
    stub: Stub, people: Any, idp: RunningIdp
) -> None:
    provider = f"provider:{uuid.uuid4()}"
    _, admin_token = await people.holder_of("provider_admin", provider, ("provider_admin",))
    person, token = await applicant(people, idp)
    asked = await ask(stub, token, "provider_staff", provider)

    reply = await stub.ListRoleRequestsToDecide(
        identity_pb2.ListRoleRequestsToDecideRequest(pending_only=True, page_size=500),
        metadata=bearer(admin_token),
    )
    listed = next(r for r in reply.requests if r.id == asked.id)
    assert (listed.requester_name, listed.requester_snils, listed.requester_pesel) == (
        "Хасанова Алия",
        person.snils,
        "",
    )
    approved = await decide(stub, admin_token, asked.id, True)
    assert (approved.requester_name, approved.requester_snils) == ("Хасанова Алия", person.snils)

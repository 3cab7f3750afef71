"""Role requests through the gateway, as their users walk them: a newly registered person asks
to be staff of the demo provider and the demo provider admin approves (the grant is there); a
teacher asks to operate the demo school, the school head refuses with a reason the teacher reads;
a person who is not the authority neither sees nor decides either."""

from __future__ import annotations

from typing import Any

import pytest
from tests.e2e.conftest import graphql
from tests.e2e.test_demo_accounts import login_as
from tests.e2e.test_registration import data, registered_and_verified

from cpd_platform import demo
from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.e2e

REQUEST = """
mutation Ask($role: String!, $scope: String!, $why: String!) {
  requestRole(role: $role, scope: $scope, justification: $why) {
    __typename
    ... on RoleRequest { id status role scope }
    ... on UserError { code message }
  }
}"""
DECIDE = """
mutation Decide($id: ID!, $approve: Boolean!, $reason: String!) {
  decideRoleRequest(requestId: $id, approve: $approve, refusalReason: $reason) {
    __typename
    ... on RoleRequest { id status refusalReason decidedAt }
    ... on UserError { code message }
  }
}"""
TO_DECIDE = """{ roleRequestsToDecide { totalCount edges { node {
  id personId justification requesterName requesterSnils requesterPesel
} } } }"""
MINE = "{ myRoleRequests { edges { node { id status refusalReason } } } myGrants { role scope } }"


def account(key: str) -> demo.DemoAccount:
    return next(a for a in demo.ACCOUNTS if a.key == key)


def ask(platform: DevStack, token: str, role: str, scope: str, why: str) -> dict[str, Any]:
    reply: dict[str, Any] = data(graphql(platform, REQUEST, token, role=role, scope=scope, why=why))
    return reply["requestRole"]


def decide(
    platform: DevStack, token: str, request_id: str, approve: bool, reason: str = ""
) -> dict[str, Any]:
    reply: dict[str, Any] = data(
        graphql(platform, DECIDE, token, id=request_id, approve=approve, reason=reason)
    )
    return reply["decideRoleRequest"]


def requests_waiting_for(platform: DevStack, token: str) -> dict[str, dict[str, Any]]:
    edges = data(graphql(platform, TO_DECIDE, token))["roleRequestsToDecide"]["edges"]
    return {e["node"]["id"]: e["node"] for e in edges}


def waiting_for(platform: DevStack, token: str) -> set[str]:
    return set(requests_waiting_for(platform, token))


def test_a_new_person_asks_to_be_provider_staff_and_the_provider_admin_approves(
    platform: DevStack,
) -> None:
    snils, person = registered_and_verified(platform)
    scope = f"provider:{demo.PROVIDER_ID}"
    asked = ask(platform, person, "provider_staff", scope, "Я методист отдела ДПО университета")
    assert (asked["__typename"], asked["status"]) == ("RoleRequest", "PENDING"), asked

    provider_admin = login_as(platform, account("provider_admin"))
    school_head = login_as(platform, account("school_head"))
    # The decider sees who asks: the registered person's name and SNILS.
    waiting = requests_waiting_for(platform, provider_admin)[asked["id"]]
    assert (waiting["requesterName"], waiting["requesterSnils"], waiting["requesterPesel"]) == (
        "Орлова Елена Викторовна",
        snils,
        "",
    ), waiting
    assert asked["id"] not in waiting_for(platform, school_head)
    assert decide(platform, school_head, asked["id"], True)["code"] == "GRANT_NOT_ALLOWED"

    approved = decide(platform, provider_admin, asked["id"], True)
    assert (approved["status"], approved["decidedAt"] is not None) == ("APPROVED", True)
    mine = data(graphql(platform, MINE, person))
    assert [e["node"]["status"] for e in mine["myRoleRequests"]["edges"]] == ["APPROVED"]
    assert {"role": "provider_staff", "scope": scope} in mine["myGrants"]


def test_a_teacher_asks_to_operate_the_school_and_the_school_head_refuses_with_a_reason(
    platform: DevStack,
) -> None:
    teacher = login_as(platform, account("teacher"))
    scope = f"school:{demo.SCHOOL_ID}"
    asked = ask(platform, teacher, "school_operator", scope, "Замещаю оператора на время отпуска")
    assert asked["__typename"] == "RoleRequest", asked
    head = login_as(platform, account("school_head"))
    assert asked["id"] in waiting_for(platform, head)

    assert decide(platform, head, asked["id"], False)["code"] == "REFUSAL_REASON_REQUIRED"
    refused = decide(platform, head, asked["id"], False, "Оператор школы уже назначен")
    assert (refused["status"], refused["refusalReason"]) == (
        "REFUSED",
        "Оператор школы уже назначен",
    )
    mine = data(graphql(platform, MINE, teacher))
    assert [
        (e["node"]["status"], e["node"]["refusalReason"]) for e in mine["myRoleRequests"]["edges"]
    ] == [("REFUSED", "Оператор школы уже назначен")]
    assert mine["myGrants"] == []
    assert ask(platform, teacher, "school_operator", scope, "коротко")["code"] == (
        "JUSTIFICATION_REQUIRED"
    )

"""Roles and scopes through the gateway: each scoped role granted by whom the rules allow,
used (myGrants, and granting in turn), and refused outside its scope."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from keycloak import KeycloakAdmin
from tests.e2e.conftest import Tokens, graphql
from tests.e2e.test_registration import data, registered_and_verified

from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.snils import format_snils

pytestmark = pytest.mark.e2e

GRANT = """
mutation Grant($role: String!, $scope: String!, $personId: ID, $snils: String) {
  grantRole(role: $role, scope: $scope, personId: $personId, snils: $snils) {
    __typename
    ... on RoleGrant { personId role scope }
    ... on UserError { code message }
  }
}"""
REVOKE = """
mutation Revoke($personId: ID!, $role: String!, $scope: String!) {
  revokeRole(personId: $personId, role: $role, scope: $scope) {
    __typename
    ... on RoleRevoke { revoked }
    ... on UserError { code message }
  }
}"""
MY_GRANTS = "{ myGrants { role scope } }"


class Person:
    def __init__(self, platform: DevStack) -> None:
        self.snils, self.token = registered_and_verified(platform)
        self.id = data(graphql(platform, "{ me { id } }", self.token))["me"]["id"]


@pytest.fixture(scope="module")
def admin_token(platform: DevStack, tokens: Tokens) -> Iterator[str]:
    """An administrator: a realm role given in the identity provider, no person needed."""
    keycloak = KeycloakAdmin(
        server_url=platform.idp_url,
        realm_name="cpd",
        client_id="identity-svc",
        client_secret_key=dev_client_secret("identity-svc"),
    )
    username = f"admin-{uuid.uuid4().hex[:8]}"
    subject = keycloak.create_user(
        {
            "username": username,
            "enabled": True,
            "emailVerified": True,
            "credentials": [{"type": "password", "value": "admin-password", "temporary": False}],
        }
    )
    keycloak.assign_realm_roles(subject, [keycloak.get_realm_role("admin")])
    yield tokens.password(username, "admin-password")["access_token"]
    keycloak.connection._s.close()


def grant(platform: DevStack, token: str, role: str, scope: str, **target: str) -> dict[str, Any]:
    result: dict[str, Any] = data(
        graphql(platform, GRANT, token, role=role, scope=scope, **target)
    )["grantRole"]
    return result


def appoint(platform: DevStack, token: str, role: str, scope: str, appointee: Person) -> None:
    """The holder of `token` grants `role` in `scope` to `appointee`, who then holds just that."""
    assert grant(platform, token, role, scope, personId=appointee.id)["role"] == role
    assert my_grants(platform, appointee) == {(role, scope)}


def grant_refused(platform: DevStack, token: str, role: str, scope: str, person: Person) -> bool:
    """The grant is refused as not allowed to the holder of `token`."""
    refused = grant(platform, token, role, scope, personId=person.id)
    return bool(refused["code"] == "GRANT_NOT_ALLOWED")


def my_grants(platform: DevStack, person: Person) -> set[tuple[str, str]]:
    return {
        (g["role"], g["scope"])
        for g in data(graphql(platform, MY_GRANTS, person.token))["myGrants"]
    }


def kazan(platform: DevStack, token: str) -> str:
    found = data(graphql(platform, '{ municipalities(regionCode: "16") { id name } }', token))
    [municipality] = [m for m in found["municipalities"] if "Казань" in m["name"]]
    return str(municipality["id"])


def test_a_school_head_appoints_and_removes_operators_of_their_school_only(
    platform: DevStack, admin_token: str
) -> None:
    head, operator = Person(platform), Person(platform)
    school, other_school = f"school:{uuid.uuid4()}", f"school:{uuid.uuid4()}"

    appointed = grant(platform, admin_token, "school_head", school, personId=head.id)
    assert appointed == {
        "__typename": "RoleGrant",
        "personId": head.id,
        "role": "school_head",
        "scope": school,
    }
    assert my_grants(platform, head) == {("school_head", school)}

    by_snils = grant(
        platform, head.token, "school_operator", school, snils=format_snils(operator.snils)
    )
    assert by_snils["personId"] == operator.id
    assert my_grants(platform, operator) == {("school_operator", school)}

    for role, scope, who in [
        ("school_operator", other_school, head),
        ("school_head", school, head),
        ("school_operator", school, operator),  # operators appoint nobody
    ]:
        refused = grant(platform, who.token, role, scope, personId=operator.id)
        assert refused["code"] == "GRANT_NOT_ALLOWED", refused
        assert any("а" <= ch <= "я" for ch in refused["message"].lower())

    revoked = data(
        graphql(
            platform, REVOKE, head.token, personId=operator.id, role="school_operator", scope=school
        )
    )
    assert revoked["revokeRole"] == {"__typename": "RoleRevoke", "revoked": True}
    assert my_grants(platform, operator) == set()


def test_a_regional_operator_appoints_municipal_operators_of_their_region_only(
    platform: DevStack, admin_token: str
) -> None:
    regional, municipal = Person(platform), Person(platform)
    appoint(platform, admin_token, "regional_operator", "region:16", regional)

    scope = f"municipality:{kazan(platform, regional.token)}"
    appoint(platform, regional.token, "municipal_operator", scope, municipal)

    elsewhere = f"municipality:{uuid.uuid4()}"
    assert grant_refused(platform, regional.token, "municipal_operator", elsewhere, municipal)
    assert grant_refused(platform, municipal.token, "municipal_operator", scope, regional)


def test_a_provider_admin_appoints_staff_of_their_provider_only(
    platform: DevStack, admin_token: str
) -> None:
    provider_admin, staff = Person(platform), Person(platform)
    provider = f"provider:{demo.PROVIDER_ID}"
    grant(platform, admin_token, "provider_admin", provider, personId=provider_admin.id)
    appoint(platform, provider_admin.token, "provider_staff", provider, staff)
    other = f"provider:{uuid.uuid4()}"
    assert grant_refused(platform, provider_admin.token, "provider_staff", other, staff)


def test_an_admin_grant_is_used_to_grant_in_turn_and_a_specialist_grants_nothing(
    platform: DevStack, admin_token: str
) -> None:
    new_admin, target = Person(platform), Person(platform)
    appoint(platform, admin_token, "admin", "platform:*", new_admin)
    # The admin grant (not a realm role) is enough to appoint anyone.
    done = grant(platform, new_admin.token, "regional_operator", "region:02", personId=target.id)
    assert done["role"] == "regional_operator"
    refused = grant(platform, target.token, "admin", "platform:*", personId=target.id)
    assert refused["code"] == "GRANT_NOT_ALLOWED"
    malformed = grant(platform, admin_token, "school_operator", "region:16", personId=target.id)
    assert malformed["code"] == "INVALID_GRANT_SCOPE"

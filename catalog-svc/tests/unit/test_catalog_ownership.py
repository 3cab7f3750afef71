"""Who edits whose elements: staff by grants on their provider, systems by their client, admins."""

import pytest
from catalog_principals import Grants, principal

from catalog_svc.domain.access import may_edit_as_system, may_reserve_for
from cpd_platform.access import Access
from cpd_platform.principal import Grant, Role, Scope

OURS = "11111111-1111-1111-1111-111111111111"
THEIRS = "22222222-2222-2222-2222-222222222222"


EDITORS = (Role.PROVIDER_STAFF, Role.PROVIDER_ADMIN)


@pytest.mark.parametrize("role", EDITORS)
async def test_staff_edit_their_own_providers_elements_only(role: Role) -> None:
    access = Access(Grants({"staff": frozenset({Grant(role, Scope.provider(OURS))})}))
    staff = principal("staff", "specialist")
    assert await access.allows(staff, EDITORS, [Scope.provider(OURS)])
    assert not await access.allows(staff, EDITORS, [Scope.provider(THEIRS)])


async def test_a_realm_role_without_a_grant_edits_nothing_and_an_admin_everything() -> None:
    access = Access(Grants({}))
    assert not await access.allows(
        principal("p", "provider_staff"), EDITORS, [Scope.provider(OURS)]
    )
    assert await access.allows(principal(None, "admin"), EDITORS, [Scope.provider(THEIRS)])


def test_a_provider_system_edits_the_elements_of_its_bound_provider_only() -> None:
    system = principal(None, "provider_system", client_id="demo-provider")
    assert may_edit_as_system(system, OURS, OURS)
    assert not may_edit_as_system(system, OURS, THEIRS)
    assert not may_edit_as_system(system, None, OURS)
    assert not may_edit_as_system(principal(None, client_id="demo-provider"), OURS, OURS)


def test_a_person_reserves_for_themselves_and_an_admin_for_anyone() -> None:
    assert may_reserve_for(principal("p1"), "p1")
    assert not may_reserve_for(principal("p1"), "p2")
    assert not may_reserve_for(principal(None, "provider_system"), "p2")
    assert may_reserve_for(principal(None, "admin"), "p2")

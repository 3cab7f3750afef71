"""Scoped authorisation: grants on a scope chain, admin everywhere, cache and invalidation."""

import pytest

from cpd_platform.access import Access
from cpd_platform.errors import InvalidArgument, PermissionDenied
from cpd_platform.principal import PLATFORM, Grant, Principal, Role, Scope

SCHOOL = Scope.school("school-7")
KAZAN = Scope.municipality("kazan")
TATARSTAN = Scope.region("16")
CHAIN = (SCHOOL, KAZAN, TATARSTAN)


class CountingSource:
    def __init__(self, grants: dict[str, set[Grant]]) -> None:
        self.grants = grants
        self.calls = 0

    async def grants_of(self, person_id: str) -> frozenset[Grant]:
        self.calls += 1
        return frozenset(self.grants.get(person_id, set()))


def person(person_id: str, *roles: str) -> Principal:
    return Principal(
        subject=f"sub-{person_id}",
        client_id="web",
        roles=frozenset(roles),
        person_id=person_id,
        snils=None,
        token="t",
    )


@pytest.mark.parametrize(
    ("grant", "allowed"),
    [
        (Grant(Role.SCHOOL_OPERATOR, SCHOOL), True),
        (Grant(Role.SCHOOL_OPERATOR, Scope.school("other")), False),
        (Grant(Role.MUNICIPAL_OPERATOR, KAZAN), True),
        (Grant(Role.MUNICIPAL_OPERATOR, Scope.municipality("chelny")), False),
        (Grant(Role.REGIONAL_OPERATOR, TATARSTAN), True),
        (Grant(Role.REGIONAL_OPERATOR, Scope.region("02")), False),
        (Grant(Role.PROVIDER_STAFF, Scope.provider("p1")), False),
    ],
)
async def test_a_grant_allows_only_within_its_scope_chain(grant: Grant, allowed: bool) -> None:
    access = Access(CountingSource({"p": {grant}}))
    operators = (Role.SCHOOL_OPERATOR, Role.MUNICIPAL_OPERATOR, Role.REGIONAL_OPERATOR)
    assert await access.allows(person("p"), operators, CHAIN) is allowed


async def test_a_role_not_asked_for_does_not_count_even_on_the_right_scope() -> None:
    access = Access(CountingSource({"p": {Grant(Role.SCHOOL_HEAD, SCHOOL)}}))
    with pytest.raises(PermissionDenied) as raised:
        await access.require(person("p"), [Role.SCHOOL_OPERATOR], CHAIN)
    assert raised.value.code == "out_of_scope"


async def test_the_admin_realm_role_is_a_platform_grant() -> None:
    access = Access(CountingSource({}))
    admin = person("a", Role.ADMIN)
    assert await access.allows(admin, [Role.SCHOOL_OPERATOR], CHAIN)
    assert Grant(Role.ADMIN, PLATFORM) in await access.grants(admin)


async def test_a_token_without_a_person_has_no_grants() -> None:
    source = CountingSource({})
    system = Principal("sub", "demo-provider", frozenset(), None, None, "t")
    assert await Access(source).grants(system) == frozenset()
    assert source.calls == 0


async def test_grants_are_cached_until_invalidated() -> None:
    source = CountingSource({"p": {Grant(Role.SCHOOL_OPERATOR, SCHOOL)}})
    access = Access(source, ttl=60)
    for _ in range(3):
        assert await access.allows(person("p"), [Role.SCHOOL_OPERATOR], CHAIN)
    assert source.calls == 1
    source.grants["p"] = set()
    access.invalidate("p")
    assert not await access.allows(person("p"), [Role.SCHOOL_OPERATOR], CHAIN)
    assert source.calls == 2


async def test_scopes_lists_where_a_role_is_held() -> None:
    grants = {Grant(Role.SCHOOL_OPERATOR, SCHOOL), Grant(Role.SCHOOL_HEAD, Scope.school("s2"))}
    access = Access(CountingSource({"p": grants}))
    assert await access.scopes(person("p"), Role.SCHOOL_OPERATOR) == {SCHOOL}


def test_a_grant_names_the_kind_of_scope_its_role_takes() -> None:
    with pytest.raises(InvalidArgument):
        Grant(Role.SCHOOL_OPERATOR, KAZAN)
    with pytest.raises(InvalidArgument):
        Grant(Role.SPECIALIST, SCHOOL)
    assert Scope.parse("school:school-7") == SCHOOL
    with pytest.raises(InvalidArgument):
        Scope.parse("galaxy:1")

"""Who may grant what: every scoped role, in and out of scope."""

import pytest

from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import PLATFORM, Grant, Role, Scope
from identity_svc.domain.grants import (
    ADMIN_GRANT,
    GrantNotAllowed,
    may_grant,
    parse_grant,
    regions_to_check,
    require_may_grant,
)

SCHOOL, OTHER_SCHOOL = Scope.school("s1"), Scope.school("s2")
KAZAN, ELSEWHERE = Scope.municipality("kazan"), Scope.municipality("far")
TATARSTAN, BASHKORTOSTAN = Scope.region("16"), Scope.region("02")
PROVIDER, OTHER_PROVIDER = Scope.provider("p1"), Scope.provider("p2")

HEAD = Grant(Role.SCHOOL_HEAD, SCHOOL)
REGIONAL = Grant(Role.REGIONAL_OPERATOR, TATARSTAN)
PROVIDER_ADMIN = Grant(Role.PROVIDER_ADMIN, PROVIDER)

# Every scoped role on a scope of its kind.
TARGETS = [
    Grant(Role.ADMIN, PLATFORM),
    Grant(Role.PROVIDER_ADMIN, PROVIDER),
    Grant(Role.PROVIDER_STAFF, PROVIDER),
    Grant(Role.PROVIDER_STAFF, OTHER_PROVIDER),
    Grant(Role.SCHOOL_HEAD, SCHOOL),
    Grant(Role.SCHOOL_OPERATOR, SCHOOL),
    Grant(Role.SCHOOL_OPERATOR, OTHER_SCHOOL),
    Grant(Role.MUNICIPAL_OPERATOR, KAZAN),
    Grant(Role.MUNICIPAL_OPERATOR, ELSEWHERE),
    Grant(Role.REGIONAL_OPERATOR, TATARSTAN),
]
# The regions containing each municipality, as pk-regional-svc would answer.
REGION_OF = {KAZAN: TATARSTAN, ELSEWHERE: BASHKORTOSTAN}

ALLOWED = {
    ADMIN_GRANT: set(TARGETS),
    HEAD: {Grant(Role.SCHOOL_OPERATOR, SCHOOL)},
    REGIONAL: {Grant(Role.MUNICIPAL_OPERATOR, KAZAN)},
    PROVIDER_ADMIN: {Grant(Role.PROVIDER_STAFF, PROVIDER)},
    Grant(Role.SCHOOL_OPERATOR, SCHOOL): set(),
    Grant(Role.MUNICIPAL_OPERATOR, KAZAN): set(),
    Grant(Role.PROVIDER_STAFF, PROVIDER): set(),
}


def containing(target: Grant) -> list[Scope]:
    region = REGION_OF.get(target.scope)
    return [region] if region else []


@pytest.mark.parametrize("held", list(ALLOWED), ids=lambda g: f"{g.role}@{g.scope}")
def test_each_role_grants_exactly_what_the_rules_say(held: Grant) -> None:
    allowed = {t for t in TARGETS if may_grant({held}, t, containing(t))}
    assert allowed == ALLOWED[held]


def test_nobody_without_grants_grants_anything() -> None:
    assert not any(may_grant(set(), t, containing(t)) for t in TARGETS)
    with pytest.raises(GrantNotAllowed) as caught:
        require_may_grant(set(), TARGETS[0], [])
    assert caught.value.code == "grant_not_allowed"


def test_a_regional_operator_needs_the_municipality_to_lie_in_their_region() -> None:
    target = Grant(Role.MUNICIPAL_OPERATOR, KAZAN)
    assert not may_grant({REGIONAL}, target, [])
    assert not may_grant({REGIONAL}, target, [BASHKORTOSTAN])
    assert may_grant({REGIONAL}, target, [TATARSTAN])


def test_regions_are_looked_up_only_for_regional_operators_granting_municipal_operators() -> None:
    target = Grant(Role.MUNICIPAL_OPERATOR, KAZAN)
    two_regions = {REGIONAL, Grant(Role.REGIONAL_OPERATOR, BASHKORTOSTAN)}
    assert regions_to_check(two_regions, target) == ["02", "16"]
    assert regions_to_check({HEAD}, target) == []
    assert regions_to_check({ADMIN_GRANT, REGIONAL}, target) == []
    assert regions_to_check({REGIONAL}, Grant(Role.SCHOOL_OPERATOR, SCHOOL)) == []


@pytest.mark.parametrize(
    ("role", "scope", "code"),
    [
        ("wizard", "school:1", "invalid_role"),
        ("school_operator", "region:16", "invalid_grant_scope"),
        ("teacher", "school:1", "invalid_grant_scope"),
        ("school_operator", "school", "invalid_scope"),
        ("school_operator", "planet:1", "invalid_scope"),
    ],
)
def test_malformed_grants_are_invalid_arguments(role: str, scope: str, code: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        parse_grant(role, scope)
    assert caught.value.code == code


def test_a_grant_parses_back_from_its_text() -> None:
    assert parse_grant("municipal_operator", "municipality:kazan") == Grant(
        Role.MUNICIPAL_OPERATOR, KAZAN
    )

"""Which roles may be requested (NMO, ЭОРТ and SMK rules side by side) and the scope checks a
request passes before a decider sees it."""

import pytest

from cpd_platform.errors import InvalidArgument
from cpd_platform.principal import Grant, Role, Scope
from cpd_platform.voivodeships import VOIVODESHIPS
from identity_svc.domain.requestable_roles import (
    REQUESTABLE_ROLES,
    RoleNotRequestable,
    requestable_grant,
)

UNIT = "3f1c2a4e-0b7d-4a8e-9c51-2d6f0e8b7a10"


def test_smk_requests_cover_the_scoped_smk_roles_only() -> None:
    assert REQUESTABLE_ROLES["smk-2023"] == {
        Role.SMK_SUPERVISOR,
        Role.SMK_UNIT_STAFF,
        Role.SMK_VOIVODESHIP_OFFICE,
    }


@pytest.mark.parametrize(
    ("role", "scope", "grant"),
    [
        (
            "smk_supervisor",
            f"training_unit:{UNIT}",
            Grant(Role.SMK_SUPERVISOR, Scope.training_unit(UNIT)),
        ),
        (
            "smk_unit_staff",
            f"training_unit:{UNIT}",
            Grant(Role.SMK_UNIT_STAFF, Scope.training_unit(UNIT)),
        ),
        (
            "smk_voivodeship_office",
            "voivodeship:14",
            Grant(Role.SMK_VOIVODESHIP_OFFICE, Scope.voivodeship("14")),
        ),
        ("provider_staff", "provider:p1", Grant(Role.PROVIDER_STAFF, Scope.provider("p1"))),
        (
            "municipal_operator",
            "municipality:m1",
            Grant(Role.MUNICIPAL_OPERATOR, Scope.municipality("m1")),
        ),
    ],
)
def test_requestable_roles_on_their_scopes_are_accepted(
    role: str, scope: str, grant: Grant
) -> None:
    assert requestable_grant(role, scope) == grant


@pytest.mark.parametrize(
    ("role", "scope"),
    [
        ("admin", "platform:*"),
        ("smk_exam_centre", "platform:*"),
        ("smk_cmkp", "platform:*"),
        ("smk_trainee", f"training_unit:{UNIT}"),
        ("provider_system", "provider:p1"),
    ],
)
def test_roles_only_an_admin_grants_are_not_requestable(role: str, scope: str) -> None:
    with pytest.raises(RoleNotRequestable) as refused:
        requestable_grant(role, scope)
    assert refused.value.code == "role_not_requestable"


def test_every_voivodeship_may_be_requested_and_nothing_else() -> None:
    for code in VOIVODESHIPS:
        assert requestable_grant("smk_voivodeship_office", f"voivodeship:{code}").scope.id == code
    for bad in ("15", "1", "mazowieckie", "34"):
        with pytest.raises(InvalidArgument) as refused:
            requestable_grant("smk_voivodeship_office", f"voivodeship:{bad}")
        assert refused.value.code == "invalid_voivodeship"
        assert refused.value.message.startswith("Nieznany kod województwa")


@pytest.mark.parametrize(
    ("role", "scope", "code"),
    [
        ("emperor", "voivodeship:14", "invalid_role"),
        ("smk_supervisor", "voivodeship:14", "invalid_grant_scope"),
        ("smk_voivodeship_office", f"training_unit:{UNIT}", "invalid_grant_scope"),
        ("smk_supervisor", "training_unit:", "invalid_scope"),
    ],
)
def test_unknown_roles_and_scopes_of_another_kind_are_refused(
    role: str, scope: str, code: str
) -> None:
    with pytest.raises(InvalidArgument) as refused:
        requestable_grant(role, scope)
    assert refused.value.code == code

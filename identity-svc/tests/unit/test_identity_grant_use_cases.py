"""Granting and revoking roles decided in memory: who may, what is stored and audited, and
that every change is announced after its commit (and only then)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from identity_memory import IdentityMemoryUnitOfWork

from cpd_platform.errors import InvalidArgument, NotFound, PermissionDenied
from cpd_platform.pesel import pesel_with_check_digit
from cpd_platform.principal import Grant, Principal, Role, Scope
from cpd_platform.snils import with_check_number
from cpd_platform.testing import FixedClock
from identity_svc.domain.grants import GrantAction, GrantNotAllowed, GrantRecord, PersonGrant
from identity_svc.domain.person import Person
from identity_svc.service_layer.grants import grant_role, list_grants, revoke_role

TARGET_SNILS = with_check_number("200000000")
KAZAN, ELSEWHERE = "kazan", "far"
TATARSTAN = "16"


class Municipalities:
    async def municipality_ids(self, region_code: str) -> frozenset[str]:
        return frozenset({KAZAN}) if region_code == TATARSTAN else frozenset()


def principal(person_id: str | None, *roles: str) -> Principal:
    return Principal(
        subject=f"sub-{person_id}",
        client_id="web",
        roles=frozenset(roles),
        person_id=person_id,
        snils=None,
        token="t",
    )


ADMIN = principal("admin", Role.ADMIN)
REGIONAL = principal("regional")


class Setting:
    def __init__(self) -> None:
        self.uow = IdentityMemoryUnitOfWork()
        self.clock = FixedClock(datetime(2026, 2, 1, 10, 0, tzinfo=UTC))
        self.announced: list[str] = []
        self.ports = {
            "municipalities": Municipalities(),
            "grants_changed": self.announce,
            "clock": self.clock,
        }
        for person_id, snils in (
            ("target", TARGET_SNILS),
            ("regional", with_check_number("200000001")),
        ):
            self.uow.persons.by_id[person_id] = Person(
                person_id,
                f"sub-{person_id}",
                snils,
                "Иванова",
                "Анна",
                None,
                date(1980, 1, 1),
                "16",
                None,
            )
        regional = Grant(Role.REGIONAL_OPERATOR, Scope.region(TATARSTAN))
        self.uow.grants.records[PersonGrant("regional", regional)] = GrantRecord(
            "regional", regional, "seed", self.clock.now()
        )

    async def grant(
        self, principal: Principal, person_id: str, snils: str, role: str, scope: str
    ) -> GrantRecord:
        return await grant_role(self.uow, principal, person_id, snils, role, scope, **self.ports)

    async def revoke(self, principal: Principal, person_id: str, role: str, scope: str) -> bool:
        return await revoke_role(self.uow, principal, person_id, role, scope, **self.ports)

    async def list_grants(self, principal: Principal, person_id: str) -> list[GrantRecord]:
        return await list_grants(self.uow, principal, person_id)

    async def announce(self, person_id: str) -> None:
        # Announced after the commit: the grant is already there for whoever reloads.
        assert self.uow.commits > len(self.announced)
        self.announced.append(person_id)


@pytest.fixture
def setting() -> Setting:
    return Setting()


async def test_an_admin_grants_by_snils_and_the_grant_is_stored_audited_and_announced(
    setting: Setting,
) -> None:
    record = await setting.grant(ADMIN, "", TARGET_SNILS, "provider_staff", "provider:p1")
    assert (record.person_id, record.granted_by, record.granted_at) == (
        "target",
        ADMIN.subject,
        setting.clock.now(),
    )
    assert await setting.uow.grants.held_by("target") == {
        Grant(Role.PROVIDER_STAFF, Scope.provider("p1"))
    }
    [audit] = setting.uow.grants.audits
    assert (audit.action, audit.before, audit.after, audit.at) == (
        GrantAction.GRANT,
        None,
        record,
        setting.clock.now(),
    )
    assert setting.announced == ["target"]


async def test_granting_again_keeps_the_first_record_and_audits_the_repeat(
    setting: Setting,
) -> None:
    first = await setting.grant(ADMIN, "target", "", "provider_staff", "provider:p1")
    setting.clock.advance(timedelta(hours=1))
    again = await setting.grant(ADMIN, "target", "", "provider_staff", "provider:p1")
    assert again == first
    assert [(a.before, a.after) for a in setting.uow.grants.audits][-1] == (first, first)


async def test_a_regional_operator_grants_only_within_their_region(setting: Setting) -> None:
    await setting.grant(REGIONAL, "target", "", "municipal_operator", f"municipality:{KAZAN}")
    with pytest.raises(GrantNotAllowed):
        await setting.grant(
            REGIONAL, "target", "", "municipal_operator", f"municipality:{ELSEWHERE}"
        )
    assert await setting.uow.grants.held_by("target") == {
        Grant(Role.MUNICIPAL_OPERATOR, Scope.municipality(KAZAN))
    }
    assert setting.announced == ["target"]


async def test_a_refused_grant_says_nothing_about_who_exists(setting: Setting) -> None:
    with pytest.raises(GrantNotAllowed):
        await setting.grant(principal("nobody"), "unknown", "", "provider_staff", "provider:p1")
    with pytest.raises(NotFound):
        await setting.grant(ADMIN, "unknown", "", "provider_staff", "provider:p1")
    with pytest.raises(InvalidArgument) as both:
        await setting.grant(ADMIN, "target", TARGET_SNILS, "provider_staff", "provider:p1")
    assert both.value.code == "person_required"
    assert setting.uow.grants.audits == []
    assert setting.announced == []


async def test_a_revoke_removes_audits_and_announces_and_a_second_changes_nothing(
    setting: Setting,
) -> None:
    await setting.grant(ADMIN, "target", "", "school_operator", "school:s1")
    assert await setting.revoke(ADMIN, "target", "school_operator", "school:s1")
    assert await setting.uow.grants.held_by("target") == frozenset()
    assert not await setting.revoke(ADMIN, "target", "school_operator", "school:s1")
    assert [a.action for a in setting.uow.grants.audits] == [
        GrantAction.GRANT,
        GrantAction.REVOKE,
        GrantAction.REVOKE,
    ]
    assert setting.announced == ["target", "target"]


async def test_people_list_their_own_grants_and_admins_anyones(setting: Setting) -> None:
    regional = await setting.list_grants(REGIONAL, "")
    assert [str(r.grant.role) for r in regional] == ["regional_operator"]
    with pytest.raises(PermissionDenied) as refused:
        await setting.list_grants(REGIONAL, "target")
    assert refused.value.code == "forbidden"
    assert await setting.list_grants(ADMIN, "unknown") == []


async def test_a_supervisor_in_poland_is_granted_and_revoked_by_pesel(setting: Setting) -> None:
    """SMK: the admin names a person in Poland by PESEL (exactly one of id, SNILS, PESEL)."""
    pesel = pesel_with_check_digit("7506200135")
    setting.uow.persons.by_id["polish"] = Person(
        "polish",
        "sub-polish",
        None,
        "Nowak",
        "Piotr",
        None,
        date(1975, 6, 20),
        None,
        None,
        pesel=pesel,
    )
    unit = "training_unit:3f0c3e9a-3f0e-4d61-9a53-6a1c2b7e0c11"
    record = await grant_role(
        setting.uow, ADMIN, "", "", "smk_supervisor", unit, pesel=pesel, **setting.ports
    )
    assert record.person_id == "polish"
    assert await revoke_role(
        setting.uow, ADMIN, "", "smk_supervisor", unit, pesel=pesel, **setting.ports
    )
    for pesel_given, snils, code in (
        ("12345678901", "", "invalid_pesel"),
        (pesel, TARGET_SNILS, "person_required"),
    ):
        with pytest.raises(InvalidArgument) as refused:
            await grant_role(
                setting.uow,
                ADMIN,
                "",
                snils,
                "smk_supervisor",
                unit,
                pesel=pesel_given,
                **setting.ports,
            )
        assert refused.value.code == code

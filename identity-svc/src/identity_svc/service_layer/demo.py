"""Demo data for the local run: the demo specialist and a demo account of every other role
(`cpd_platform.demo.ACCOUNTS`), in identity-svc (persons, scoped grants) and in the identity
provider (users, realm roles; the SMK accounts are persons in Poland, named by their PESEL).
Re-running it changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from cpd_platform import demo
from cpd_platform.clock import Clock, SystemClock
from cpd_platform.principal import Grant, Role, Scope
from identity_svc.adapters.keycloak_users import KeycloakUsers, NewUser
from identity_svc.domain.grants import GrantRecord
from identity_svc.domain.person import Person, PersonKind, Sex
from identity_svc.domain.polish_identity import check_pesel
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

SEEDED_BY = "demo-seed"


def _person(account: demo.DemoAccount, subject: str) -> Person:
    if account.pesel is not None:
        return _person_in_poland(account, account.pesel, subject)
    person = Person(
        id=account.person_id,
        subject=subject,
        snils=account.snils,
        last_name=account.last_name,
        first_name=account.first_name,
        patronymic=account.patronymic,
        birth_date=date(1980, 1, 15),
        region_code=demo.DEMO_REGION,
        email=account.email,
        kind=PersonKind.TEACHER if account.teacher else None,
        citizenship="RU",
        email_verified=True,
    )
    if account is demo.SPECIALIST:
        return replace(
            person,
            birth_date=date(1985, 4, 12),
            region_code=demo.SPECIALIST_REGION,
            kind=PersonKind.SPECIALIST_HIGHER,
            sex=Sex.FEMALE,
            phone="+79000000000",
        )
    return person


def _person_in_poland(account: demo.DemoAccount, pesel: str, subject: str) -> Person:
    """The birth date and the sex are the PESEL's; physicians (with a licence number) are of
    the kind that registers for specialisation training."""
    born = check_pesel(pesel)
    return Person(
        id=account.person_id,
        subject=subject,
        snils=None,
        pesel=pesel,
        pwz=account.pwz,
        last_name=account.last_name,
        first_name=account.first_name,
        patronymic=account.patronymic or None,
        birth_date=born.birth_date,
        sex=born.sex,
        region_code=None,
        email=account.email,
        kind=PersonKind.SMK_PHYSICIAN if account.pwz else None,
        citizenship="PL",
        email_verified=True,
    )


def _attributes(account: demo.DemoAccount) -> dict[str, list[str]]:
    numbers = {"snils": account.snils, "pesel": account.pesel, "pwz": account.pwz}
    return {"person_id": [account.person_id]} | {
        name: [value] for name, value in numbers.items() if value is not None
    }


async def _ensure_user(users: KeycloakUsers, account: demo.DemoAccount) -> str:
    return await users.ensure_user(
        NewUser(
            username=account.login,
            email=account.email,
            first_name=account.first_name,
            last_name=account.last_name,
            password=account.password,
            attributes=_attributes(account),
            realm_roles=list(account.realm_roles),
        )
    )


async def seed_demo(
    uow: IdentityUnitOfWorkPort, users: KeycloakUsers, clock: Clock | None = None
) -> None:
    now = (clock or SystemClock()).now()
    persons: list[Person] = []
    grants: list[GrantRecord] = []
    for account in (demo.SPECIALIST, *demo.ACCOUNTS):
        persons.append(_person(account, await _ensure_user(users, account)))
        if account.grant is not None:
            role, scope = account.grant
            grant = Grant(Role(role), Scope.parse(scope))
            grants.append(GrantRecord(account.person_id, grant, SEEDED_BY, now))
    async with uow:
        for person in persons:
            await uow.persons.add_if_absent(person)
        for record in grants:
            await uow.grants.add(record)
        await uow.commit()

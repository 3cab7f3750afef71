"""A first ESIA login links to the person with the same SNILS, or registers a new person."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from identity_brokered_logins import brokered_principal

from cpd_platform.errors import FailedPrecondition
from cpd_platform.principal import Principal
from cpd_platform.runner import RunningService
from identity_svc.adapters.keycloak_users import KeycloakUsers
from identity_svc.adapters.repository import PersonRepository
from identity_svc.adapters.unit_of_work import IdentityUnitOfWork
from identity_svc.domain.person import Person, Sex
from identity_svc.service_layer.profile import get_me
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


class Profiles:
    """`get_me` on the service's database and the identity provider."""

    def __init__(self, identity: RunningService, users: KeycloakUsers) -> None:
        self._units = partial(IdentityUnitOfWork, identity.infrastructure.sessions)
        self._users = users

    async def get_me(self, principal: Principal) -> Person:
        return await get_me(self._units(), principal, accounts=self._users)


@pytest.fixture
def profiles(identity: RunningService, users: KeycloakUsers) -> Profiles:
    return Profiles(identity, users)


async def esia_principal(idp: RunningIdp, snils: str, **claims: Any) -> Principal:
    """A brokered account in the identity provider and a principal with ESIA's claims (the
    service reads claims the interceptor has verified; here they are given directly)."""
    return await brokered_principal(
        idp,
        "esia",
        {
            "identity_provider": "esia",
            "snils": snils,
            "family_name": "Кузнецов",
            "given_name": "Иван",
            "middle_name": "Ильич",
            "birthdate": "1979-11-03",
            "gender": "male",
            **claims,
        },
        snils,
    )


async def test_a_first_esia_login_links_the_person_with_the_same_snils(
    profiles: Profiles, users: KeycloakUsers, idp: RunningIdp, people: Any
) -> None:
    person = await people.person()
    principal = await esia_principal(idp, person.snils)
    assert (await profiles.get_me(principal)).id == person.id
    account = await users.get(principal.subject)
    assert account is not None and account.attribute("person_id") == person.id
    # Later tokens without the person_id claim still resolve through the stored link.
    assert (await profiles.get_me(principal)).id == person.id


async def test_a_first_esia_login_without_a_person_registers_one_from_the_claims(
    profiles: Profiles,
    users: KeycloakUsers,
    idp: RunningIdp,
    identity: RunningService,
    new_snils: Callable[[], str],
) -> None:
    snils = new_snils()
    principal = await esia_principal(
        idp, snils[:3] + "-" + snils[3:6] + "-" + snils[6:9] + " " + snils[9:]
    )
    person = await profiles.get_me(principal)
    assert (person.snils, person.last_name, person.first_name, person.patronymic) == (
        snils,
        "Кузнецов",
        "Иван",
        "Ильич",
    )
    assert (person.birth_date.isoformat(), person.sex, person.region_code) == (
        "1979-11-03",
        Sex.MALE,
        None,
    )
    async with identity.infrastructure.sessions() as session:
        assert [p.id for p in await PersonRepository(session).find_by_snils([snils])] == [person.id]
    account = await users.get(principal.subject)
    assert account is not None and account.attribute("person_id") == person.id


async def test_an_esia_login_without_a_birth_date_cannot_register(
    profiles: Profiles, idp: RunningIdp, new_snils: Callable[[], str]
) -> None:
    principal = await esia_principal(idp, new_snils(), birthdate=None)
    with pytest.raises(FailedPrecondition) as caught:
        await profiles.get_me(principal)
    assert caught.value.code == "esia_data_incomplete"

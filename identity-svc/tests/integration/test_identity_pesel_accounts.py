"""Persons in Poland (SMK) against real PostgreSQL and the local IdP: a physician registers with
a PESEL and a licence number, logs in by PESEL, keeps the licence number up to date, and a first
Profil Zaufany login links or makes the person by PESEL."""

from __future__ import annotations

import asyncio
import uuid
from functools import partial
from typing import Any

import grpc
import pytest
from identity_brokered_logins import brokered_principal

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.local_mail import LocalMailServer, body_text
from cpd_platform.pesel import parse_pesel
from cpd_platform.principal import Principal
from cpd_platform.pwz import pwz_with_check_digit
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code, new_pesel
from identity_svc.adapters.keycloak_users import KeycloakUsers
from identity_svc.adapters.repository import PersonRepository
from identity_svc.adapters.unit_of_work import IdentityUnitOfWork
from identity_svc.domain.person import Person, PersonKind, Sex
from identity_svc.service_layer.profile import get_me
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

PublicStub = identity_pb2_grpc.PublicIdentityServiceStub
PWZ = pwz_with_check_digit("425740")


def physician(pesel: str, **changes: Any) -> identity_pb2.RegisterRequest:
    values: dict[str, Any] = {
        "kind": identity_pb2.PERSON_KIND_SMK_PHYSICIAN,
        "citizenship": "PL",
        "pesel": pesel,
        "pwz": PWZ,
        "last_name": "Wiśniewska",
        "first_name": "Małgorzata",
        "email": f"m.{pesel}@example.pl",
        "phone": "+48 601 234 567",
        "password": "bardzo-bezpieczne",
        "consents": [
            identity_pb2.Consent(kind=kind, text_version="2025-01")
            for kind in (
                identity_pb2.CONSENT_KIND_PERSONAL_DATA,
                identity_pb2.CONSENT_KIND_USER_AGREEMENT,
            )
        ],
    }
    values.update(changes)
    return identity_pb2.RegisterRequest(**values)


async def persons_with_pesel(identity: RunningService, pesel: str) -> list[Person]:
    async with identity.infrastructure.sessions() as session:
        return await PersonRepository(session).find_by_pesel([pesel])


async def test_a_physician_registers_with_pesel_and_licence_number(
    public: PublicStub,
    identity: RunningService,
    stub: identity_pb2_grpc.IdentityServiceStub,
    users: KeycloakUsers,
    idp: RunningIdp,
) -> None:
    pesel = new_pesel()
    reply = await public.Register(physician(pesel))
    account = await users.find(pesel)
    assert account is not None
    assert (account.attribute("pesel"), account.attribute("pwz")) == (pesel, PWZ)
    assert account.attribute("person_id") == reply.person_id
    assert account.attribute("snils") is None
    roles = {r["name"] for r in await users._admin.a_get_realm_roles_of_user(account.subject)}
    assert "smk_trainee" in roles

    admin = await idp.person_token(roles=["admin"])
    [person] = (
        await stub.BatchGetPersons(
            identity_pb2.BatchGetPersonsRequest(ids=[reply.person_id]), metadata=bearer(admin)
        )
    ).persons
    born = parse_pesel(pesel)
    assert (person.pesel, person.pwz, person.snils, person.region_code) == (pesel, PWZ, "", "")
    assert person.birth_date == born.birth_date.isoformat()
    assert person.sex == (
        identity_pb2.SEX_MALE if born.sex.value == "male" else identity_pb2.SEX_FEMALE
    )
    assert (person.kind, person.last_name) == (identity_pb2.PERSON_KIND_SMK_PHYSICIAN, "Wiśniewska")
    # A retry is the same registration; the PESEL stays one person's.
    again = await public.Register(physician(pesel))
    assert again.person_id == reply.person_id
    assert len(await persons_with_pesel(identity, pesel)) == 1


async def test_a_registered_pesel_answers_as_fresh_and_tells_its_owner_in_polish(
    public: PublicStub, identity: RunningService, mail_server: LocalMailServer
) -> None:
    pesel = new_pesel()
    first = await public.Register(physician(pesel))
    other = await public.Register(physician(pesel, email=f"someone.{pesel}@example.pl"))
    assert other.person_id != first.person_id
    assert [p.id for p in await persons_with_pesel(identity, pesel)] == [first.person_id]
    # The wait blocks its thread: the service's consumer runs on this event loop.
    notice = await asyncio.to_thread(
        mail_server.wait_for,
        lambda m: m["To"] == f"m.{pesel}@example.pl" and "PESEL" in str(m["Subject"]),
        timeout=15,
    )
    assert str(notice["Subject"]) == "Próba rejestracji z Twoim numerem PESEL"
    assert "Dzień dobry, Małgorzata!" in body_text(notice)


async def test_a_password_reset_by_pesel_mails_the_registered_address(
    public: PublicStub, mail_server: LocalMailServer
) -> None:
    pesel = new_pesel()
    await public.Register(physician(pesel))
    for number in (pesel, new_pesel()):
        reply = await public.RequestPasswordReset(
            identity_pb2.RequestPasswordResetRequest(pesel=number)
        )
        assert reply == identity_pb2.RequestPasswordResetResponse()
    message = await asyncio.to_thread(
        mail_server.wait_for,
        lambda m: m["To"] == f"m.{pesel}@example.pl" and "action-token" in body_text(m),
        timeout=15,
    )
    assert message is not None
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await public.RequestPasswordReset(
            identity_pb2.RequestPasswordResetRequest(pesel="12345678901")
        )
    assert grpc_error_code(caught.value) == "invalid_pesel"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"pesel": "12345678901"}, "invalid_pesel"),
        ({"pesel": ""}, "invalid_pesel"),
        ({"pwz": ""}, "invalid_pwz"),
        ({"pwz": "1234567"}, "invalid_pwz"),
    ],
)
async def test_a_bad_pesel_or_licence_number_is_a_typed_polish_refusal(
    public: PublicStub, changes: dict[str, str], code: str
) -> None:
    request = physician(new_pesel())
    for name, value in changes.items():
        setattr(request, name, value)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await public.Register(request)
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(caught.value) == code
    assert (caught.value.details() or "").startswith("Nieprawidłowy numer")


async def test_a_person_logs_in_by_pesel_and_changes_the_licence_number_only(
    stub: identity_pb2_grpc.IdentityServiceStub, identity: RunningService, idp: RunningIdp
) -> None:
    pesel, person_id = new_pesel(), str(uuid.uuid4())
    subject = await idp.create_user(
        username=pesel,
        password="bardzo-bezpieczne",
        attributes={"pesel": [pesel], "person_id": [person_id]},
        roles=["smk_trainee"],
    )
    born = parse_pesel(pesel)
    async with identity.infrastructure.sessions() as session:
        await PersonRepository(session).add(
            Person(
                id=person_id,
                subject=subject,
                snils=None,
                pesel=pesel,
                last_name="Nowak",
                first_name="Piotr",
                patronymic=None,
                birth_date=born.birth_date,
                sex=Sex(born.sex.value),
                region_code=None,
                email=None,
                kind=PersonKind.SMK_PHYSICIAN,
            )
        )
        await session.commit()
    token = await idp.password_token(pesel, "bardzo-bezpieczne")
    changed = await stub.UpdateProfile(
        identity_pb2.UpdateProfileRequest(fields=["pwz"], pwz=PWZ), metadata=bearer(token)
    )
    assert (changed.person.pesel, changed.person.pwz) == (pesel, PWZ)
    for request, code in (
        (identity_pb2.UpdateProfileRequest(fields=["pwz"], pwz="7654321"), "invalid_pwz"),
        (identity_pb2.UpdateProfileRequest(fields=["birth_date"], birth_date="1990-01-01"), None),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.UpdateProfile(request, metadata=bearer(token))
        assert grpc_error_code(caught.value) == (code or "unknown_profile_field")
    me = await stub.GetMe(identity_pb2.GetMeRequest(), metadata=bearer(token))
    assert (me.person.pwz, me.person.birth_date) == (PWZ, born.birth_date.isoformat())


async def pz_principal(idp: RunningIdp, pesel: str, **claims: Any) -> Principal:
    """A brokered account and a principal with Profil Zaufany's claims (as the interceptor
    would have verified them)."""
    return await brokered_principal(
        idp,
        "pz",
        {
            "identity_provider": "profil-zaufany",
            "pesel": pesel,
            "family_name": "Zielińska",
            "given_name": "Katarzyna",
            **claims,
        },
    )


async def test_a_first_profil_zaufany_login_links_or_makes_the_person_by_pesel(
    public: PublicStub, identity: RunningService, users: KeycloakUsers, idp: RunningIdp
) -> None:
    units = partial(IdentityUnitOfWork, identity.infrastructure.sessions)
    registered_pesel = new_pesel()
    registered = await public.Register(physician(registered_pesel))
    linked = await get_me(units(), await pz_principal(idp, registered_pesel), accounts=users)
    assert linked.id == registered.person_id

    pesel = new_pesel()
    principal = await pz_principal(idp, pesel)
    made = await get_me(units(), principal, accounts=users)
    born = parse_pesel(pesel)
    assert (made.pesel, made.snils, made.last_name, made.citizenship) == (
        pesel,
        None,
        "Zielińska",
        "PL",
    )
    assert (made.birth_date, made.sex) == (born.birth_date, Sex(born.sex.value))
    assert [p.id for p in await persons_with_pesel(identity, pesel)] == [made.id]
    account = await users.get(principal.subject)
    assert account is not None and account.attribute("person_id") == made.id
    # Later tokens resolve through the stored link.
    assert (await get_me(units(), principal, accounts=users)).id == made.id

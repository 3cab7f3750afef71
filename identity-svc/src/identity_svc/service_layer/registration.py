"""Registration and password reset: the operations of visitors who have not logged in.

A registration with a SNILS (or, for a physician in Poland, a PESEL) that is already registered
answers exactly as a fresh one (a new person id that nobody has, "check your e-mail") and the
registered person is told by e-mail (`account_mail`): the answer never says whether a number is
registered. The number is the login name (username) of the identity provider user.

A registration creates the identity provider user and the person together or not at all:
the provider user is created inside the database transaction (serialised per number by an
advisory lock) and deleted again if the transaction does not commit. The verification e-mail
is sent by the identity provider after the commit; a retry of the same registration returns
the same person and sends the e-mail if it has not gone out yet.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cpd_platform.clock import Clock
from cpd_platform.errors import AlreadyExists
from cpd_platform.snils import parse_snils
from identity_svc.adapters.keycloak_users import VERIFY_EMAIL, AccountExists, Accounts, NewUser
from identity_svc.domain.limits import check_lengths
from identity_svc.domain.person import (
    REALM_ROLE_OF_KIND,
    NationalId,
    NationalIdKind,
    NationalIdTaken,
    Person,
)
from identity_svc.domain.polish_identity import check_pesel
from identity_svc.domain.registration import Registration, RegistrationForm, check_registration
from identity_svc.service_layer.account_mail import PASSWORD_RESET_REQUESTED, REGISTRATION_ATTEMPTED
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

log = logging.getLogger(__name__)


class DuplicateSnils(AlreadyExists):
    def __init__(self) -> None:
        super().__init__(
            "duplicate_snils",
            "Пользователь с таким СНИЛС уже зарегистрирован. Войдите или восстановите пароль",
        )


class EmailTaken(AlreadyExists):
    def __init__(self) -> None:
        super().__init__(
            "email_taken",
            "Этот адрес электронной почты уже указан в другой учётной записи: укажите другой"
            " или войдите в свою",
        )


class Captcha(Protocol):
    """Checks a CAPTCHA answer before a password reset; raises to refuse."""

    async def verify(self, token: str) -> None: ...


class NoCaptcha:
    """Local runs and tests: every answer passes."""

    async def verify(self, token: str) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Registered:
    person_id: str
    email: str
    verification_email_sent: bool


UnitsOfWork = Callable[[], IdentityUnitOfWorkPort]
"""Registration takes a factory: the orphan check and the undo of an identity provider user run
in transactions of their own while the registration's transaction is open."""


async def register(
    units: UnitsOfWork, form: RegistrationForm, *, accounts: Accounts, clock: Clock
) -> Registered:
    registration = check_registration(form, clock.now())
    try:
        return await _register(units, registration, accounts, clock)
    except DuplicateSnils:
        await _emit(units(), REGISTRATION_ATTEMPTED, registration.national_id)
        return Registered(str(uuid.uuid4()), registration.email or "", True)


async def request_password_reset(
    uow: IdentityUnitOfWorkPort,
    snils: str,
    captcha_token: str,
    *,
    captcha: Captcha,
    pesel: str = "",
) -> None:
    """The same work, hence the same time, whether the number is known or not: one outbox
    event; the lookup and the identity provider's e-mail come after the answer
    (`account_mail`). A PESEL, when given, names the account instead of the SNILS."""
    check_lengths({"snils": snils, "pesel": pesel, "captcha_token": captcha_token})
    await captcha.verify(captcha_token)
    account = (
        NationalId(NationalIdKind.PESEL, check_pesel(pesel).pesel)
        if pesel.strip()
        else NationalId(NationalIdKind.SNILS, parse_snils(snils))
    )
    await _emit(uow, PASSWORD_RESET_REQUESTED, account)


async def _emit(uow: IdentityUnitOfWorkPort, event_type: str, national_id: NationalId) -> None:
    """The event names the number by its kind: {"snils": …} or {"pesel": …}."""
    async with uow:
        await uow.emit(event_type, {national_id.kind.value: national_id.number})
        await uow.commit()


async def _register(
    units: UnitsOfWork, registration: Registration, accounts: Accounts, clock: Clock
) -> Registered:
    national_id = registration.national_id
    async with units() as uow:
        await uow.lock_national_id(national_id)
        state = await uow.persons.registration_state(national_id)
        if state is not None:
            if state.fingerprint != registration.fingerprint:
                raise DuplicateSnils()
            # A retry of the same registration: the same person.
            already_sent = state.verification_sent_at is not None
            person = state.person
        else:
            person = await _create(units, uow, registration, accounts)
            already_sent = False
    sent = already_sent or await _send_verification(units(), person, accounts, clock)
    return Registered(person.id, person.email or "", sent)


async def _create(
    units: UnitsOfWork,
    uow: IdentityUnitOfWorkPort,
    registration: Registration,
    accounts: Accounts,
) -> Person:
    person_id = str(uuid.uuid4())
    login = registration.national_id
    await _remove_orphan_account(units(), login.number, accounts)
    attributes = {login.kind.value: [login.number], "person_id": [person_id]}
    if registration.pwz is not None:
        attributes["pwz"] = [registration.pwz]
    try:
        subject = await accounts.create(
            NewUser(
                username=login.number,
                email=registration.email,
                first_name=registration.first_name,
                last_name=registration.last_name,
                password=registration.password,
                attributes=attributes,
                realm_roles=[REALM_ROLE_OF_KIND[registration.kind].value],
                email_verified=False,
                required_actions=[VERIFY_EMAIL],
            )
        )
    except AccountExists:
        # The realm keeps e-mails unique (they are login names too): with no account of
        # this number, the conflict was the e-mail.
        if await accounts.find(login.number) is None:
            raise EmailTaken() from None
        raise DuplicateSnils() from None
    person = Person(
        id=person_id,
        subject=subject,
        snils=registration.snils,
        pesel=registration.pesel,
        pwz=registration.pwz,
        last_name=registration.last_name,
        first_name=registration.first_name,
        patronymic=registration.patronymic,
        birth_date=registration.birth_date,
        region_code=registration.region_code,
        email=registration.email,
        kind=registration.kind,
        sex=registration.sex,
        phone=registration.phone,
        citizenship=registration.citizenship,
        consents=registration.consents,
    )
    try:
        await uow.persons.add(person, registration.fingerprint)
        await uow.commit()
    except BaseException as exc:
        await asyncio.shield(_undo_account(units(), subject, person_id, accounts))
        if isinstance(exc, NationalIdTaken):
            raise DuplicateSnils() from None
        raise
    return person


async def _remove_orphan_account(
    uow: IdentityUnitOfWorkPort, username: str, accounts: Accounts
) -> None:
    """An identity provider user left by a registration whose transaction never committed
    (the process died between the two): it carries a person id no person has."""
    account = await accounts.find(username)
    if account is None:
        return
    person_id = account.attribute("person_id")
    if person_id is None:
        raise DuplicateSnils()
    async with uow:
        if await uow.persons.get_many([person_id]):
            raise DuplicateSnils()
    log.warning("removing an orphan identity provider user", extra={"subject": account.subject})
    await accounts.delete(account.subject)


async def _undo_account(
    uow: IdentityUnitOfWorkPort, subject: str, person_id: str, accounts: Accounts
) -> None:
    # A commit may fail after the database has in fact committed (a lost connection):
    # the account stays when the person exists.
    try:
        async with uow:
            if await uow.persons.get_many([person_id]):
                return
        await accounts.delete(subject)
    except Exception:
        log.exception("could not undo an identity provider user", extra={"subject": subject})


async def _send_verification(
    uow: IdentityUnitOfWorkPort, person: Person, accounts: Accounts, clock: Clock
) -> bool:
    try:
        await accounts.send_verify_email(person.subject)
    except Exception:
        log.warning("verification e-mail not sent", exc_info=True, extra={"person": person.id})
        return False
    async with uow:
        await uow.persons.mark_verification_sent(person.id, clock.now())
        await uow.commit()
    return True

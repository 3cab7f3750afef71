"""The person's own profile: who am I (linking a first login brokered from ESIA or Profil
Zaufany), and changes to it."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jwt

from cpd_platform.clock import Clock
from cpd_platform.errors import InvalidArgument, NotFound, PermissionDenied
from cpd_platform.principal import Principal
from identity_svc.adapters.keycloak_users import Accounts
from identity_svc.domain.brokered_logins import BrokeredLogin, brokered_login
from identity_svc.domain.contacts import normalise_email, normalise_phone
from identity_svc.domain.limits import check_lengths
from identity_svc.domain.person import NationalIdKind, Person, Sex
from identity_svc.domain.polish_identity import check_optional_pwz
from identity_svc.domain.registration import (
    check_birth_date,
    check_citizenship,
    check_name,
    check_optional_name,
    check_region,
)
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

log = logging.getLogger(__name__)

PHONE_UNVERIFIED_MESSAGE = (
    "Новый номер телефона сохранён как неподтверждённый: подтверждение по SMS пока недоступно"
)
EDITABLE_FIELDS = frozenset(
    {
        "last_name",
        "first_name",
        "patronymic",
        "sex",
        "birth_date",
        "region_code",
        "citizenship",
        "email",
        "phone",
    }
)
# A person identified by PESEL: the PESEL decides the birth date and the sex, a Russian region
# does not apply, and the licence number (PWZ) is theirs to keep up to date.
EDITABLE_FIELDS_WITH_PESEL = (EDITABLE_FIELDS - {"sex", "birth_date", "region_code"}) | {"pwz"}


def editable_fields(person: Person) -> frozenset[str]:
    return EDITABLE_FIELDS_WITH_PESEL if person.pesel is not None else EDITABLE_FIELDS


@dataclass(frozen=True, slots=True)
class ProfileChanges:
    """The fields to change (`fields`) and their new values as typed."""

    fields: frozenset[str]
    values: Mapping[str, str]
    sex: Sex | None = None


@dataclass(frozen=True, slots=True)
class ProfileUpdated:
    person: Person
    email_verification_sent: bool
    phone_needs_verification: bool


def token_claims(principal: Principal) -> dict[str, Any]:
    """The claims of the caller's token, which the auth interceptor has already verified."""
    claims: dict[str, Any] = jwt.decode(principal.token, options={"verify_signature": False})
    return claims


async def get_me(
    uow: IdentityUnitOfWorkPort, principal: Principal, *, accounts: Accounts
) -> Person:
    person = await _person_of(uow, principal)
    if person is None:
        if principal.person_id is not None:
            raise NotFound("person_not_found", "Профиль не найден")
        login = brokered_login(token_claims(principal))
        if login is None:
            principal.require_person()  # neither a person nor a brokered login: not_a_person
            raise NotFound("person_not_found", "Профиль не найден")
        person = await _link_brokered_login(uow, principal, login, accounts)
    return await _with_email_verification(uow, person, accounts)


async def update_profile(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    changes: ProfileChanges,
    *,
    accounts: Accounts,
    clock: Clock,
) -> ProfileUpdated:
    person_id = principal.require_person()
    check_lengths(changes.values)
    _refuse_unknown_fields(changes.fields, EDITABLE_FIELDS | EDITABLE_FIELDS_WITH_PESEL)
    async with uow:
        current = await uow.persons.get(person_id)
        if current is None:
            raise NotFound("person_not_found", "Профиль не найден")
        _refuse_unknown_fields(changes.fields, editable_fields(current))
        if current.subject != principal.subject and not await _is_linked(uow, principal):
            raise PermissionDenied("forbidden", "Можно менять только свой профиль")
        updated = apply_changes(current, changes, clock.now())
        email_changed = updated.email != current.email
        phone_changed = updated.phone != current.phone
        await uow.persons.update(updated)
        account_changes = _account_changes(current, updated)
        if account_changes:
            await accounts.update(current.subject, account_changes)
        try:
            await uow.commit()
        except BaseException:
            await _restore_account(accounts, current, account_changes)
            raise
    sent = False
    if email_changed and updated.email:
        try:
            await accounts.send_verify_email(updated.subject)
            sent = True
        except Exception:
            log.warning("verification e-mail not sent", exc_info=True)
    return ProfileUpdated(updated, sent, phone_changed and updated.phone is not None)


def _refuse_unknown_fields(fields: frozenset[str], editable: frozenset[str]) -> None:
    unknown = fields - editable
    if unknown:
        raise InvalidArgument(
            "unknown_profile_field",
            f"Эти поля профиля менять нельзя: {', '.join(sorted(unknown))}",
        )


async def _person_of(uow: IdentityUnitOfWorkPort, principal: Principal) -> Person | None:
    async with uow:
        if principal.person_id is not None:
            return await uow.persons.get(principal.person_id)
        return await uow.persons.person_of_subject(principal.subject)


async def _is_linked(uow: IdentityUnitOfWorkPort, principal: Principal) -> bool:
    """A login linked to the person (an ESIA login of a registered person), in `uow`'s session."""
    person = await uow.persons.person_of_subject(principal.subject)
    return person is not None and person.id == principal.person_id


async def _link_brokered_login(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    login: BrokeredLogin,
    accounts: Accounts,
) -> Person:
    """A first login brokered from ESIA (SNILS) or Profil Zaufany (PESEL): the person with the
    same number, or a new person from the claims. The person id is written back to the
    identity provider user, so that the next tokens carry it."""
    number = login.national_id.number
    async with uow:
        await uow.lock_national_id(login.national_id)
        if login.national_id.kind is NationalIdKind.PESEL:
            found = await uow.persons.find_by_pesel([number])
        else:
            found = await uow.persons.find_by_snils([number])
        if found:
            person = found[0]
            await uow.persons.link(principal.subject, login.identity_provider, person.id)
        else:
            person = login.new_person(person_id=str(uuid.uuid4()), subject=principal.subject)
            await uow.persons.add(person)
        await uow.commit()
    try:
        await accounts.set_attribute(principal.subject, "person_id", person.id)
    except Exception:
        # The link in the database still resolves this account to the person.
        log.warning("person_id not written to the identity provider", exc_info=True)
    return person


async def _with_email_verification(
    uow: IdentityUnitOfWorkPort, person: Person, accounts: Accounts
) -> Person:
    """Only unverified addresses are checked with the identity provider (it confirms them)."""
    if person.email_verified or person.email is None:
        return person
    account = await accounts.get(person.subject)
    if account is None or not account.email_verified or account.email != person.email:
        return person
    verified = dataclasses.replace(person, email_verified=True)
    async with uow:
        await uow.persons.update(verified)
        await uow.commit()
    return verified


async def _restore_account(
    accounts: Accounts, previous: Person, changes: Mapping[str, Any]
) -> None:
    if not changes:
        return
    try:
        await accounts.update(
            previous.subject, _account_changes(previous, previous, all_fields=True)
        )
    except Exception:
        log.exception("identity provider user not restored", extra={"person": previous.id})


def apply_changes(person: Person, changes: ProfileChanges, now: datetime) -> Person:
    values = changes.values
    updated = person
    for name in sorted(changes.fields):
        raw = values.get(name, "")
        if name == "last_name":
            updated = dataclasses.replace(updated, last_name=check_name(raw, name, "фамилия"))
        elif name == "first_name":
            updated = dataclasses.replace(updated, first_name=check_name(raw, name, "имя"))
        elif name == "patronymic":
            updated = dataclasses.replace(
                updated, patronymic=check_optional_name(raw, name, "отчество")
            )
        elif name == "sex":
            if changes.sex is None:
                raise InvalidArgument("sex_required", "Укажите пол")
            updated = dataclasses.replace(updated, sex=changes.sex)
        elif name == "birth_date":
            updated = dataclasses.replace(updated, birth_date=check_birth_date(raw, now.date()))
        elif name == "region_code":
            updated = dataclasses.replace(updated, region_code=check_region(raw))
        elif name == "citizenship":
            updated = dataclasses.replace(updated, citizenship=check_citizenship(raw))
        elif name == "email":
            email = normalise_email(raw)
            if email != person.email:
                updated = dataclasses.replace(updated, email=email, email_verified=False)
        elif name == "phone":
            phone = normalise_phone(raw)
            if phone != person.phone:
                updated = dataclasses.replace(updated, phone=phone, phone_verified=False)
        elif name == "pwz":
            updated = dataclasses.replace(updated, pwz=check_optional_pwz(raw))
    return updated


def _account_changes(before: Person, after: Person, *, all_fields: bool = False) -> dict[str, Any]:
    """What the identity provider user keeps of the profile: names and e-mail."""
    changes: dict[str, Any] = {}
    if all_fields or after.first_name != before.first_name:
        changes["firstName"] = after.first_name
    if all_fields or after.last_name != before.last_name:
        changes["lastName"] = after.last_name
    if all_fields or after.email != before.email:
        changes["email"] = after.email
        changes["emailVerified"] = after.email_verified
    return changes

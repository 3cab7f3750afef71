"""E-mails that visitors' requests cause, sent after the answer, through the outbox.

`RequestPasswordReset` and a registration with an already registered SNILS only write an
event to identity-svc's outbox and answer at once, the same way whether the SNILS is known or
not; this consumer of those events then looks the person up and mails:

* `identity.password_reset_requested` {snils} or {pesel}: the identity provider's "update
  password" e-mail to the person's account (nothing for an unknown number);
* `identity.registration_attempted` {snils} or {pesel}: a notice to the registered person's
  e-mail that someone tried to register with their SNILS (in Russian) or PESEL (in Polish).

Delivery is at least once: a redelivered event (the consumer died before acknowledging) may
send its e-mail twice, which is harmless for both kinds.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from cpd_platform.consumer import Event
from identity_svc.adapters.keycloak_users import Accounts
from identity_svc.domain.person import Person
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

log = logging.getLogger(__name__)

PASSWORD_RESET_REQUESTED = "identity.password_reset_requested"
REGISTRATION_ATTEMPTED = "identity.registration_attempted"
EVENT_TYPES = [PASSWORD_RESET_REQUESTED, REGISTRATION_ATTEMPTED]
CONSUMER_GROUP = "identity-account-mail"

# (to, subject, body)
SendMail = Callable[[str, str, str], Awaitable[None]]

ATTEMPT_SUBJECT = "Попытка регистрации с вашим СНИЛС"
ATTEMPT_BODY = (
    "Здравствуйте, {name}!\n\n"
    "Кто-то попытался зарегистрироваться на платформе непрерывного профессионального развития "
    "с вашим СНИЛС. Ваша учётная запись не изменилась.\n\n"
    "Если это были вы, войдите с вашим паролем или восстановите его на странице входа. "
    "Если нет, просто проигнорируйте это письмо.\n"
)
# The same notice for a person registered with a PESEL (SMK: Polish texts).
ATTEMPT_SUBJECT_PL = "Próba rejestracji z Twoim numerem PESEL"
ATTEMPT_BODY_PL = (
    "Dzień dobry, {name}!\n\n"
    "Ktoś próbował zarejestrować się na platformie z Twoim numerem PESEL. Twoje konto nie "
    "zostało zmienione.\n\n"
    "Jeśli to Ty, zaloguj się swoim hasłem. Jeśli nie, zignoruj tę wiadomość.\n"
)


class AccountMail:
    """The handler of the account e-mail events."""

    def __init__(
        self, uow: Callable[[], IdentityUnitOfWorkPort], accounts: Accounts, send_mail: SendMail
    ) -> None:
        self._uow = uow
        self._accounts = accounts
        self._send_mail = send_mail

    async def __call__(self, event: Event) -> None:
        person = await self._person(event.payload)
        if person is None or not person.email:
            return
        if event.event_type == PASSWORD_RESET_REQUESTED:
            await self._accounts.send_update_password(person.subject)
        elif event.event_type == REGISTRATION_ATTEMPTED:
            name = " ".join(p for p in (person.first_name, person.patronymic) if p)
            subject, body = (
                (ATTEMPT_SUBJECT_PL, ATTEMPT_BODY_PL)
                if person.pesel is not None
                else (ATTEMPT_SUBJECT, ATTEMPT_BODY)
            )
            await self._send_mail(person.email, subject, body.format(name=name))

    async def _person(self, payload: Mapping[str, Any]) -> Person | None:
        async with self._uow() as uow:
            if "pesel" in payload:
                found = await uow.persons.find_by_pesel([str(payload["pesel"])])
            else:
                found = await uow.persons.find_by_snils([str(payload.get("snils", ""))])
        return found[0] if found else None

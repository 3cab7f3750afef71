"""Issuing confirmation codes of an event (and e-mailing them) and uploading its attendance
list; the organiser's side of codes. Redemption: `code_redemption`; verification:
`code_verification`; the mail loop: `adapters/code_mailer`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from cpd_platform.clock import Clock
from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.principal import Principal
from cpd_platform.snils import InvalidSnils, parse_snils
from credits_svc.domain.code_records import CodeRow, PersonContact
from credits_svc.domain.codes import (
    MAX_CODES_PER_REQUEST,
    first_day_after,
    is_over,
    new_code,
)
from credits_svc.domain.limits import MAX_IDEMPOTENCY_KEY_LENGTH
from credits_svc.domain.records import Element, ElementKind
from credits_svc.service_layer.code_verification import decide_all_pending
from credits_svc.service_layer.ports import Authority, Contacts, CreditsUnitOfWorkPort, Elements

EVENT_NOT_FOUND = "Мероприятие не найдено"


async def _event(catalog: Elements, event_id: str) -> Element:
    element = (await catalog.elements([event_id])).get(event_id)
    if element is None or element.kind is not ElementKind.EVENT:
        raise NotFound("event_not_found", EVENT_NOT_FOUND)
    return element


def _mail_text(contact: PersonContact, event: Element, code: str) -> tuple[str, str]:
    subject = f"Код подтверждения участия: {event.title}"
    greeting = f"Здравствуйте, {contact.name}!" if contact.name else "Здравствуйте!"
    body = (
        f"{greeting}\n\n"
        f"Ваш код подтверждения участия в мероприятии «{event.title}»: {code}\n\n"
        "Введите его в личном кабинете в разделе «Мои ЗЕТ»: мероприятие должно быть включено "
        "в ваш план. Код одноразовый и выдан только вам.\n"
    )
    return subject, body


async def issue_codes(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    *,
    event_id: str,
    count: int,
    snils: Sequence[str],
    send_by_mail: bool,
    idempotency_key: str,
    authority: Authority,
    catalog: Elements,
    contacts: Contacts,
    clock: Clock,
) -> list[CodeRow]:
    """Issues `count` codes, or one per SNILS given (bound to it); the same key again returns
    the codes issued the first time."""
    event = await _event(catalog, event_id)
    await authority.require(principal, event.provider_id)
    bound = _parse_snils_list(snils)
    total = max(count, len(bound))
    if total < 1 or total > MAX_CODES_PER_REQUEST:
        raise InvalidArgument(
            "invalid_code_count",
            f"Количество кодов должно быть от 1 до {MAX_CODES_PER_REQUEST}",
        )
    key = idempotency_key.strip()
    if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise InvalidArgument(
            "idempotency_key_too_long",
            f"Ключ идемпотентности длиннее {MAX_IDEMPOTENCY_KEY_LENGTH} символов",
        )
    key = key or uuid.uuid4().hex
    found = await contacts.contacts_by_snils(bound) if send_by_mail and bound else {}
    # Codes may be issued ahead; they are mailed once the event is over.
    send_after = None if is_over(event, clock.today()) else first_day_after(event)
    async with uow:
        if await uow.codes.claim_issue(event_id, key):
            wanted = [
                (s, _mail_status(send_by_mail, found.get(s), send_after is not None)) for s in bound
            ]
            wanted += [("", "")] * (total - len(bound))
            while wanted:
                drawn = [(new_code(), s, status) for s, status in wanted]
                inserted = await uow.codes.add_codes(
                    event_id=event_id,
                    provider_id=event.provider_id,
                    issue_key=key,
                    issued_by=principal.subject,
                    codes=drawn,
                )
                # A collision (about 1 in 10^18 per pair) leaves some undrawn: draw those again.
                stored = {c.code for c in await uow.codes.codes_of_issue(event_id, key)}
                for code, s, status in drawn:
                    if code in stored and status in MAILED:
                        subject, body = _mail_text(found[s], event, code)
                        await uow.codes.queue_mail(
                            found[s].email, subject, body, code, send_after=send_after
                        )
                wanted = [(s, status) for code, s, status in drawn if code not in stored]
                if inserted == len(drawn):
                    break
            await uow.commit()
    async with uow:
        return await uow.codes.codes_of_issue(event_id, key)


async def list_event_codes(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    event_id: str,
    *,
    authority: Authority,
    catalog: Elements,
) -> list[CodeRow]:
    event = await _event(catalog, event_id)
    await authority.require(principal, event.provider_id)
    async with uow:
        return await uow.codes.codes_of_event(event_id)


async def upload_attendance(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    event_id: str,
    snils: Sequence[str],
    *,
    authority: Authority,
    catalog: Elements,
    auto_accept_after: timedelta,
    clock: Clock,
) -> tuple[int, list[str]]:
    """Adds to the event's attendance list; (its size, the numbers that are not a SNILS)."""
    event = await _event(catalog, event_id)
    await authority.require(principal, event.provider_id)
    valid: list[str] = []
    invalid: list[str] = []
    for value in snils:
        try:
            valid.append(parse_snils(value))
        except InvalidSnils:
            invalid.append(value)
    async with uow:
        size = await uow.codes.add_attendance(event_id, sorted(set(valid)), principal.subject)
        await uow.commit()
    # Redemptions waiting for this list are decided now rather than at the next run.
    await decide_all_pending(
        uow, auto_accept_after=auto_accept_after, clock=clock, event_id=event_id
    )
    return size, invalid


# Mail statuses of codes that are in the mail outbox: "scheduled" waits for the event's end.
MAILED = ("queued", "scheduled")


def _mail_status(send_by_mail: bool, contact: PersonContact | None, scheduled: bool) -> str:
    if not send_by_mail:
        return ""
    if contact is None or not contact.email:
        return "no_email"
    return "scheduled" if scheduled else "queued"


def _parse_snils_list(values: Sequence[str]) -> list[str]:
    parsed: list[str] = []
    for value in values:
        try:
            parsed.append(parse_snils(value))
        except InvalidSnils:
            raise InvalidArgument("invalid_snils", f"СНИЛС указан неверно: {value}") from None
    return list(dict.fromkeys(parsed))

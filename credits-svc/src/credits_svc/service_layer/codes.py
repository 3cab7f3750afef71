"""Confirmation codes of events: issue (and e-mail), attendance lists, redemption by a person,
verification (by the attendance list, or automatically after a delay)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError

from cpd_platform.auth import Principal
from cpd_platform.db import UnitOfWorkFactory
from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.lifecycle import sleep_unless_stopped
from cpd_platform.mail import send_mail
from cpd_platform.snils import InvalidSnils, parse_snils
from credits_svc.adapters.attempt_limiter import AttemptLimiter, FailureCounter, Limit
from credits_svc.adapters.codes_repository import (
    CodeRow,
    CodesRepository,
    NewRedemption,
    RedemptionRow,
)
from credits_svc.adapters.repository import LedgerRepository
from credits_svc.adapters.services import PersonContact
from credits_svc.domain.codes import (
    MAX_CODES_PER_REQUEST,
    AttemptLimits,
    RedemptionRejection,
    RedemptionStatus,
    Verdict,
    attempt_counters,
    check_code,
    credit_date,
    ensure_over,
    first_day_after,
    is_over,
    is_well_formed,
    last_day,
    new_code,
    normalised_code,
    redemption_rejection,
    usable_address,
    verify,
)
from credits_svc.domain.ids import time_ordered_uuid
from credits_svc.domain.limits import (
    MAX_ENTERED_CODE_LENGTH,
    MAX_IDEMPOTENCY_KEY_LENGTH,
    looks_like_id,
)
from credits_svc.domain.records import (
    CreditRecord,
    CreditSource,
    CreditStatus,
    Element,
    ElementKind,
    content_hash,
    recorded_event,
)
from credits_svc.service_layer.authority import ProviderAuthority
from credits_svc.service_layer.posting import MOSCOW

log = logging.getLogger("cpd.credits.codes")

EVENT_NOT_FOUND = "Мероприятие не найдено"


class Elements(Protocol):
    async def elements(self, ids: Sequence[str]) -> dict[str, Element]: ...


class Contacts(Protocol):
    async def contacts_by_snils(self, snils: Sequence[str]) -> dict[str, PersonContact]: ...


class Plans(Protocol):
    async def is_planned(self, element_id: str) -> bool: ...


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


class EventCodes:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        authority: ProviderAuthority,
        catalog: Elements,
        contacts: Contacts,
        verifier: Verifier,
        today: Callable[[], date],
    ) -> None:
        self._uow = uow
        self._authority = authority
        self._catalog = catalog
        self._contacts = contacts
        self._verifier = verifier
        self._today = today

    async def issue(
        self,
        principal: Principal,
        *,
        event_id: str,
        count: int,
        snils: Sequence[str],
        send_by_mail: bool,
        idempotency_key: str,
    ) -> list[CodeRow]:
        event = await _event(self._catalog, event_id)
        await self._authority.require(principal, event.provider_id)
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
        contacts = await self._contacts.contacts_by_snils(bound) if send_by_mail and bound else {}
        # Codes may be issued ahead; they are mailed once the event is over.
        send_after = None if is_over(event, self._today()) else first_day_after(event)
        async with self._uow() as uow:
            codes = CodesRepository(uow.session)
            if not await codes.claim_issue(event_id, key):
                await uow.session.rollback()
                return await self._issued(event_id, key)
            wanted = [
                (s, _mail_status(send_by_mail, contacts.get(s), send_after is not None))
                for s in bound
            ]
            wanted += [("", "")] * (total - len(bound))
            while wanted:
                drawn = [(new_code(), s, status) for s, status in wanted]
                inserted = await codes.add_codes(
                    event_id=event_id,
                    provider_id=event.provider_id,
                    issue_key=key,
                    issued_by=principal.subject,
                    codes=drawn,
                )
                # A collision (about 1 in 10^18 per pair) leaves some undrawn: draw those again.
                stored = {c.code for c in await codes.codes_of_issue(event_id, key)}
                for code, s, status in drawn:
                    if code in stored and status in MAILED:
                        subject, body = _mail_text(contacts[s], event, code)
                        await codes.queue_mail(
                            contacts[s].email, subject, body, code, send_after=send_after
                        )
                wanted = [(s, status) for code, s, status in drawn if code not in stored]
                if inserted == len(drawn):
                    break
            await uow.commit()
        return await self._issued(event_id, key)

    async def _issued(self, event_id: str, key: str) -> list[CodeRow]:
        async with self._uow() as uow:
            return await CodesRepository(uow.session).codes_of_issue(event_id, key)

    async def list_codes(self, principal: Principal, event_id: str) -> list[CodeRow]:
        event = await _event(self._catalog, event_id)
        await self._authority.require(principal, event.provider_id)
        async with self._uow() as uow:
            return await CodesRepository(uow.session).codes_of_event(event_id)

    async def upload_attendance(
        self, principal: Principal, event_id: str, snils: Sequence[str]
    ) -> tuple[int, list[str]]:
        event = await _event(self._catalog, event_id)
        await self._authority.require(principal, event.provider_id)
        valid: list[str] = []
        invalid: list[str] = []
        for value in snils:
            try:
                valid.append(parse_snils(value))
            except InvalidSnils:
                invalid.append(value)
        async with self._uow() as uow:
            size = await CodesRepository(uow.session).add_attendance(
                event_id, sorted(set(valid)), principal.subject
            )
            await uow.commit()
        # Redemptions waiting for this list are decided now rather than at the next run.
        await self._verifier.run_all(event_id=event_id)
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


def failure_counter(uow: UnitOfWorkFactory) -> FailureCounter:
    """Failed attempts PostgreSQL holds for a limit key (re-seeds a counter Redis lost)."""

    async def failures_since(key: str, window_seconds: int) -> int:
        async with uow() as work:
            return await CodesRepository(work.session).failures_since(key, window_seconds)

    return failures_since


class Redemptions:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        catalog: Elements,
        plans: Plans,
        limiter: AttemptLimiter,
        limits: AttemptLimits,
        today: Callable[[], date],
    ) -> None:
        self._uow = uow
        self._catalog = catalog
        self._plans = plans
        self._limiter = limiter
        self._limits = limits
        self._today = today

    def _limit_keys(self, person_id: str, event_hint: str, address: str) -> list[Limit]:
        # An event id that cannot name an event does not get a counter of its own.
        event_id = event_hint if looks_like_id(event_hint) else ""
        return [
            Limit(key, maximum)
            for key, maximum in attempt_counters(self._limits, person_id, event_id, address)
        ]

    async def redeem(
        self, principal: Principal, entered: str, event_hint: str, address: str
    ) -> RedemptionRow:
        person_id = principal.require_person()
        if len(entered) > MAX_ENTERED_CODE_LENGTH:
            # Bad input, not a guess: refused before it counts as an attempt.
            raise InvalidArgument(
                "code_too_long",
                f"Код длиннее {MAX_ENTERED_CODE_LENGTH} символов: код состоит из 12 символов",
            )
        address = usable_address(address)
        limits = self._limit_keys(person_id, event_hint, address)
        await self._limiter.acquire(limits)
        code = normalised_code(entered)
        try:
            redemption, failed = await self._redeem(
                principal, person_id, code, event_hint, address, limits
            )
        except BaseException:
            await self._limiter.release(limits)
            raise
        if not failed:
            await self._limiter.release(limits)
        return redemption

    async def _redeem(
        self,
        principal: Principal,
        person_id: str,
        code: str,
        event_hint: str,
        address: str,
        limits: list[Limit],
    ) -> tuple[RedemptionRow, bool]:
        async with self._uow() as uow:
            found = (
                await CodesRepository(uow.session).find_code(code) if is_well_formed(code) else None
            )
        reason = check_code(
            found, person_id=person_id, person_snils=principal.snils, event_id=event_hint
        )
        event: Element | None = None
        if reason is None and found is not None:
            event = (await self._catalog.elements([found.event_id])).get(found.event_id)
            if event is None:
                reason = redemption_rejection("code_not_found")
            else:
                # Raised, not recorded: not a failed attempt (the reservation is given back)
                # and the code stays unused until the event is over.
                ensure_over(event, self._today())
                if not await self._plans.is_planned(found.event_id):
                    reason = redemption_rejection("event_not_in_plan")
        base = NewRedemption(
            id=str(uuid.uuid4()),
            person_id=person_id,
            snils=principal.snils or "",
            code=code,
            event_id=found.event_id if found is not None else None,
            status=RedemptionStatus.REJECTED,
            client_address=address,
        )
        if reason is None and found is not None and event is not None:
            taken = await self._take(base, found.event_id, event)
            if isinstance(taken, RedemptionRow):
                return taken, False
            reason = taken
        assert reason is not None
        return await self._reject(base, reason, limits), True

    async def _take(
        self, base: NewRedemption, event_id: str, event: Element
    ) -> RedemptionRow | RedemptionRejection:
        pending = replace(
            base,
            status=RedemptionStatus.PENDING,
            provider_id=event.provider_id,
            element_kind=event.kind.value,
            zet=event.zet,
            main_specialty_code=event.main_specialty_code,
            additional_specialty_codes=event.additional_specialty_codes,
            completed_on=min(last_day(event) or self._today(), self._today()),
        )
        try:
            async with self._uow() as uow:
                codes = CodesRepository(uow.session)
                if await codes.live_redemption(base.person_id, event_id):
                    return redemption_rejection("event_already_redeemed")
                if not await codes.take_code(base.code, base.person_id):
                    return redemption_rejection("code_already_used")
                await codes.add_redemption(pending)
                await uow.commit()
        except IntegrityError:
            # A concurrent attempt of the same person for the same event won.
            return redemption_rejection("event_already_redeemed")
        return await self._get(pending.id)

    async def _reject(
        self, base: NewRedemption, reason: RedemptionRejection, limits: list[Limit]
    ) -> RedemptionRow:
        rejected = replace(base, reason_code=reason.code, reason_message=reason.message)
        async with self._uow() as uow:
            codes = CodesRepository(uow.session)
            await codes.add_redemption(rejected)
            await codes.record_failures([limit.key for limit in limits])
            await uow.commit()
        return await self._get(rejected.id)

    async def _get(self, redemption_id: str) -> RedemptionRow:
        async with self._uow() as uow:
            found = await CodesRepository(uow.session).get_redemption(redemption_id)
        assert found is not None
        return found

    async def mine(self, principal: Principal) -> list[RedemptionRow]:
        person_id = principal.require_person()
        async with self._uow() as uow:
            return await CodesRepository(uow.session).redemptions_of(person_id)


class Verifier:
    """Decides pending redemptions; a background job, also run after an attendance upload."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        auto_accept_after: timedelta,
        interval_seconds: float,
        now: Callable[[], datetime],
        batch_size: int = 500,
        zone: ZoneInfo = MOSCOW,
    ) -> None:
        self._zone = zone
        self._uow = uow
        self._auto_accept_after = auto_accept_after
        self._interval = interval_seconds
        self._now = now
        self._batch_size = batch_size

    async def run_once(self, event_id: str | None = None) -> int:
        decided = 0
        async with self._uow() as uow:
            codes = CodesRepository(uow.session)
            pending = await codes.pending(self._batch_size, event_id)
            if not pending:
                return 0
            with_list, present = await codes.attendance_of(sorted({p.event_id for p in pending}))
            ledger = LedgerRepository(uow.session)
            now = self._now()
            for redemption in pending:
                verdict = verify(
                    has_attendance_list=redemption.event_id in with_list,
                    attended=(redemption.event_id, redemption.snils) in present,
                    entered_at=redemption.entered_at,
                    now=now,
                    auto_accept_after=self._auto_accept_after,
                )
                if verdict is Verdict.ACCEPT:
                    record = _credit_of(redemption, now.astimezone(self._zone).date())
                    # The person who entered the code is who recorded the credit.
                    await ledger.add(record, batch_id="", recorded_by=redemption.person_id)
                    await uow.emit("credits.recorded", recorded_event(record))
                    await codes.decide(redemption, RedemptionStatus.ACCEPTED, credit_id=record.id)
                    decided += 1
                elif verdict is Verdict.REJECT:
                    reason = redemption_rejection("not_in_attendance_list")
                    await codes.decide(
                        redemption,
                        RedemptionStatus.REJECTED,
                        reason_code=reason.code,
                        reason_message=reason.message,
                    )
                    decided += 1
            await uow.commit()
        return decided

    async def run_all(self, event_id: str | None = None) -> None:
        while await self.run_once(event_id) >= self._batch_size:
            pass

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_all()
            except Exception:
                log.exception("code verification failed; retrying")
            await sleep_unless_stopped(stop, self._interval)


def _credit_of(redemption: RedemptionRow, recorded_on: date) -> CreditRecord:
    completed_on = credit_date(redemption.completed_on, redemption.entered_at.date(), recorded_on)
    return CreditRecord(
        id=time_ordered_uuid(),
        provider_id=redemption.provider_id,
        external_id=f"code:{redemption.code}",
        person_id=redemption.person_id,
        element_id=redemption.event_id,
        element_kind=ElementKind(redemption.element_kind),
        zet=redemption.zet,
        completed_on=completed_on,
        status=CreditStatus.ACCEPTED,
        content_hash=content_hash(
            redemption.snils, redemption.event_id, redemption.zet, completed_on
        ),
        snils=redemption.snils,
        main_specialty_code=redemption.main_specialty_code,
        additional_specialty_codes=redemption.additional_specialty_codes,
        source=CreditSource.CODE,
    )


class CodeMailer:
    """Drains the mail outbox: sends queued e-mails over SMTP, retrying failures later."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        *,
        smtp_host: str,
        smtp_port: int,
        sender: str,
        interval_seconds: float,
        today: Callable[[], date],
    ) -> None:
        self._today = today
        self._uow = uow
        self._host = smtp_host
        self._port = smtp_port
        self._sender = sender
        self._interval = interval_seconds

    async def send_pending(self, limit: int = 50) -> int:
        sent = 0
        async with self._uow() as uow:
            codes = CodesRepository(uow.session)
            for mail in await codes.unsent_mail(limit, self._today()):
                try:
                    await send_mail(
                        host=self._host,
                        port=self._port,
                        sender=self._sender,
                        to=mail.to_address,
                        subject=mail.subject,
                        body=mail.body,
                    )
                except Exception as exc:  # SMTP and network errors: retried on the next run
                    log.warning("mail not sent", extra={"mail_id": mail.id, "error": str(exc)})
                    await codes.mail_failed(mail, str(exc))
                    continue
                await codes.mail_sent(mail)
                sent += 1
            await uow.commit()
        return sent

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.send_pending()
            except Exception:
                log.exception("mail outbox failed; retrying")
            await sleep_unless_stopped(stop, self._interval)

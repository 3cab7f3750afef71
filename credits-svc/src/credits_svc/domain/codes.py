"""Confirmation codes of events (ОМ): issue, redemption, verification.

A code is 12 characters from Latin capitals and digits, drawn with `secrets` (about 62 bits),
single use, bound to one event and optionally to one attendee's SNILS.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition
from credits_svc.domain.limits import MAX_CLIENT_ADDRESS_LENGTH
from credits_svc.domain.records import Element

CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CODE_LENGTH = 12
MAX_CODES_PER_REQUEST = 5000


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalised_code(entered: str) -> str:
    """What a person typed, without spaces and dashes, upper case (codes are often grouped)."""
    return "".join(ch for ch in entered.upper() if ch not in " -\t")


def is_well_formed(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


class CodeStatus(StrEnum):
    ISSUED = "issued"
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class RedemptionStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


# Reasons a person reads (stable code → Russian message).
REDEMPTION_REJECTIONS = {
    "code_not_found": "Код не найден. Проверьте, правильно ли он введён",
    "code_already_used": "Код уже использован",
    "code_for_other_event": "Код относится к другому мероприятию",
    "code_bound_to_other_person": "Код выдан другому участнику",
    "event_not_in_plan": "Мероприятие не включено в план. Добавьте его в план и введите код снова",
    "not_in_attendance_list": "Вы не отмечены в списке присутствия",
    "event_already_redeemed": "Код этого мероприятия вами уже введён",
}


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str
    event_id: str
    provider_id: str
    snils: str
    status: CodeStatus
    redeemed_by: str


@dataclass(frozen=True, slots=True)
class RedemptionRejection:
    code: str
    message: str


def redemption_rejection(code: str) -> RedemptionRejection:
    return RedemptionRejection(code, REDEMPTION_REJECTIONS[code])


def check_code(
    found: IssuedCode | None,
    *,
    person_id: str,
    person_snils: str | None,
    event_id: str,
) -> RedemptionRejection | None:
    """Rejections decided by the code itself (before asking whether the event is planned).
    `event_id` is the event the person meant, or empty."""
    if found is None:
        return redemption_rejection("code_not_found")
    if found.redeemed_by or found.status is not CodeStatus.ISSUED:
        return redemption_rejection("code_already_used")
    if event_id and event_id != found.event_id:
        return redemption_rejection("code_for_other_event")
    if found.snils and found.snils != person_snils:
        return redemption_rejection("code_bound_to_other_person")
    return None


def last_day(event: Element) -> date | None:
    """The event's last day (its end, or its start for a one-day event); None when unknown."""
    return event.ends_on or event.starts_on


def first_day_after(event: Element) -> date | None:
    """The first day on which the event is over: codes are mailed and entered from then on
    (the catalog knows days, not hours, so an event is over once its last day is)."""
    end = last_day(event)
    return None if end is None else end + timedelta(days=1)


def is_over(event: Element, today: date) -> bool:
    start = first_day_after(event)
    return start is None or today >= start


class EventNotFinished(FailedPrecondition):
    """A code entered before its event is over: not a failed attempt, and the code stays
    unused (the person enters it again once the event is over)."""

    def __init__(self, from_day: date) -> None:
        super().__init__(
            "event_not_finished",
            "Мероприятие ещё не завершилось: код можно ввести после его окончания, "
            f"с {from_day:%d.%m.%Y}",
        )


def ensure_over(event: Element, today: date) -> None:
    start = first_day_after(event)
    if start is not None and today < start:
        raise EventNotFinished(start)


def credit_date(event_last_day: date | None, entered_on: date, recorded_on: date) -> date:
    """A code's credit is dated by the event's last day, and never after the day it is
    recorded."""
    return min(event_last_day or entered_on, recorded_on)


@dataclass(frozen=True, slots=True)
class AttemptLimits:
    """Failed attempts allowed per window: per person, per (person, event) when the person
    names the event (enters the code on its page), and per client address as a flood guard
    only (many people share one address behind a hospital's NAT)."""

    per_person: int
    per_person_event: int
    per_address: int


@dataclass(frozen=True, slots=True)
class Limit:
    """One counter of failed attempts (its key) and the failures it allows."""

    key: str
    max_failures: int


def usable_address(address: str) -> str:
    """The client address, or empty when it cannot be one (the gateway vouches for what it
    saw, not for its form): it is stored and becomes a counter's key."""
    if len(address) > MAX_CLIENT_ADDRESS_LENGTH or not address.isprintable():
        return ""
    return address


def attempt_counters(
    limits: AttemptLimits, person_id: str, event_id: str, address: str
) -> list[tuple[str, int]]:
    """(counter key, maximum failures) of one attempt; `address` only when a trusted caller
    (the gateway) vouches for it, else empty."""
    counters = [(f"person:{person_id}", limits.per_person)]
    if event_id:
        counters.append((f"person-event:{person_id}:{event_id}", limits.per_person_event))
    if address:
        counters.append((f"address:{address}", limits.per_address))
    return counters


class Verdict(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    WAIT = "wait"


def verify(
    *,
    has_attendance_list: bool,
    attended: bool,
    entered_at: datetime,
    now: datetime,
    auto_accept_after: timedelta,
) -> Verdict:
    """A pending redemption is decided by the organiser's attendance list when there is one;
    without a list it is accepted once `auto_accept_after` has passed (at most a day)."""
    if has_attendance_list:
        return Verdict.ACCEPT if attended else Verdict.REJECT
    return Verdict.ACCEPT if now - entered_at >= auto_accept_after else Verdict.WAIT

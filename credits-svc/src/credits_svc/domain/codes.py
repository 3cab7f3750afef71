"""Confirmation codes of events (ОМ): issue, redemption, verification.

A code is 12 characters from Latin capitals and digits, drawn with `secrets` (about 62 bits),
single use, bound to one event and optionally to one attendee's SNILS.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

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

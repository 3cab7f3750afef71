"""Codes, redemptions and queued mails as the service stores and lists them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from credits_svc.domain.codes import CodeStatus, RedemptionStatus


@dataclass(frozen=True, slots=True)
class CodeRow:
    code: str
    event_id: str
    snils: str
    status: CodeStatus
    issued_at: datetime
    mail_status: str


@dataclass(frozen=True, slots=True)
class RedemptionRow:
    id: str
    person_id: str
    snils: str
    code: str
    event_id: str
    status: RedemptionStatus
    reason_code: str
    reason_message: str
    entered_at: datetime
    decided_at: datetime | None
    credit_id: str
    provider_id: str
    element_kind: str
    zet: int
    main_specialty_code: str
    additional_specialty_codes: tuple[str, ...]
    completed_on: date | None


@dataclass(frozen=True, slots=True)
class NewRedemption:
    id: str
    person_id: str
    snils: str
    code: str
    event_id: str | None
    status: RedemptionStatus
    reason_code: str = ""
    reason_message: str = ""
    client_address: str = ""
    provider_id: str | None = None
    element_kind: str = ""
    zet: int = 0
    main_specialty_code: str = ""
    additional_specialty_codes: tuple[str, ...] = ()
    completed_on: date | None = None


@dataclass(frozen=True, slots=True)
class QueuedMail:
    id: int
    to_address: str
    subject: str
    body: str
    code: str | None


@dataclass(frozen=True, slots=True)
class PersonContact:
    """Whom a code bound to a SNILS is mailed to (identity-svc's record of the person)."""

    person_id: str
    snils: str
    email: str
    name: str

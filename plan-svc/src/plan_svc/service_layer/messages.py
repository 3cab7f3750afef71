"""Payloads of the events plan-svc consumes, parsed into domain values."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from plan_svc.domain.credits import CreditKind, RecordedCredit

CREDITS_RECORDED = "credits.recorded"
CREDITS_VOIDED = "credits.voided"
CONSUMED_EVENT_TYPES = [CREDITS_RECORDED, CREDITS_VOIDED]


class InvalidPayload(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class CreditVoided:
    credit_id: str
    person_id: str


def _uuid(payload: dict[str, Any], key: str) -> str:
    try:
        return str(uuid.UUID(str(payload[key])))
    except (KeyError, ValueError) as exc:
        raise InvalidPayload(f"{key}: not a UUID") from exc


def _text(payload: dict[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise InvalidPayload(f"{key}: not a non-empty string")
    return value


def parse_credit_recorded(payload: dict[str, Any]) -> RecordedCredit:
    additional = payload.get("additional_specialty_codes")
    if not isinstance(additional, list) or not all(isinstance(c, str) for c in additional):
        raise InvalidPayload("additional_specialty_codes: not a list of strings")
    zet = payload.get("zet")
    if not isinstance(zet, int) or isinstance(zet, bool) or zet < 0:
        raise InvalidPayload("zet: not a non-negative integer")
    try:
        kind = CreditKind(str(payload.get("element_kind")))
        completed_on = date.fromisoformat(_text(payload, "completed_on"))
    except ValueError as exc:
        raise InvalidPayload(str(exc)) from exc
    return RecordedCredit(
        credit_id=_uuid(payload, "credit_id"),
        person_id=_uuid(payload, "person_id"),
        element_id=_text(payload, "element_id"),
        kind=kind,
        main_specialty_code=_text(payload, "main_specialty_code"),
        additional_specialty_codes=tuple(additional),
        zet=zet,
        completed_on=completed_on,
    )


def parse_credit_voided(payload: dict[str, Any]) -> CreditVoided:
    return CreditVoided(
        credit_id=_uuid(payload, "credit_id"), person_id=_uuid(payload, "person_id")
    )

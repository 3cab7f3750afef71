"""Payloads of the events plan-svc consumes, parsed into domain values. credits-svc defines them
once, as the messages of proto/cpd/credits/v1/events.proto written as their canonical JSON;
they are parsed back with `json_format.ParseDict` (fields credits-svc may add later are
ignored)."""

from __future__ import annotations

import logging
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from google.protobuf import json_format
from google.protobuf.message import Message

from cpd.credits.v1 import events_pb2
from cpd_platform.consumer import Event
from plan_svc.domain.credits import CreditKind, RecordedCredit

CREDITS_RECORDED = "credits.recorded"
CREDITS_VOIDED = "credits.voided"
CONSUMED_EVENT_TYPES = [CREDITS_RECORDED, CREDITS_VOIDED]

M = TypeVar("M", bound=Message)


class InvalidPayload(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class CreditVoided:
    credit_id: str
    person_id: str


def _parsed(payload: dict[str, Any], message: M) -> M:
    try:
        return json_format.ParseDict(payload, message, ignore_unknown_fields=True)
    except json_format.ParseError as exc:
        raise InvalidPayload(str(exc)) from exc


def _uuid(value: str, name: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError as exc:
        raise InvalidPayload(f"{name}: not a UUID") from exc


def _text(value: str, name: str) -> str:
    if not value:
        raise InvalidPayload(f"{name}: not a non-empty string")
    return value


def parse_credit_recorded(payload: dict[str, Any]) -> RecordedCredit:
    message = _parsed(payload, events_pb2.CreditRecorded())
    if message.zet < 0:
        raise InvalidPayload("zet: not a non-negative integer")
    try:
        kind = CreditKind(message.element_kind)
        completed_on = date.fromisoformat(_text(message.completed_on, "completed_on"))
    except ValueError as exc:
        raise InvalidPayload(str(exc)) from exc
    return RecordedCredit(
        credit_id=_uuid(message.credit_id, "credit_id"),
        person_id=_uuid(message.person_id, "person_id"),
        element_id=_text(message.element_id, "element_id"),
        kind=kind,
        main_specialty_code=_text(message.main_specialty_code, "main_specialty_code"),
        additional_specialty_codes=tuple(message.additional_specialty_codes),
        zet=message.zet,
        completed_on=completed_on,
    )


def parse_credit_voided(payload: dict[str, Any]) -> CreditVoided:
    message = _parsed(payload, events_pb2.CreditVoided())
    return CreditVoided(
        credit_id=_uuid(message.credit_id, "credit_id"),
        person_id=_uuid(message.person_id, "person_id"),
    )


class CreditEventConsumer(ABC):
    """A consumer of credits-svc's events: each is parsed and handed to `recorded` or `voided`
    (other types are not its concern). Retrying cannot fix a malformed payload: it is logged to
    `log` and the message acknowledged."""

    log: logging.Logger

    async def __call__(self, event: Event) -> None:
        try:
            if event.event_type == CREDITS_RECORDED:
                await self.recorded(event.event_id, parse_credit_recorded(event.payload))
            elif event.event_type == CREDITS_VOIDED:
                await self.voided(event.event_id, parse_credit_voided(event.payload))
        except InvalidPayload:
            self.log.exception("malformed event skipped", extra={"event_id": event.event_id})

    @abstractmethod
    async def recorded(self, event_id: str, credit: RecordedCredit) -> None: ...

    @abstractmethod
    async def voided(self, event_id: str, voided: CreditVoided) -> None: ...

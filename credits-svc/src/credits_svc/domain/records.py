"""Results posted by providers and the credit records they become."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MAX_BATCH_RECORDS = 1000


class ElementKind(StrEnum):
    PROGRAM = "program"
    EVENT = "event"
    MODULE = "module"


class CreditStatus(StrEnum):
    ACCEPTED = "accepted"
    VOIDED = "voided"


@dataclass(frozen=True, slots=True)
class PostedResult:
    """One result as the provider sent it (not validated yet)."""

    external_id: str
    snils: str
    element_id: str
    zet: int
    completed_on: str


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    provider_id: str
    kind: ElementKind
    zet: int
    main_specialty_code: str
    additional_specialty_codes: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True, slots=True)
class CreditRecord:
    id: str
    provider_id: str
    external_id: str
    person_id: str
    element_id: str
    element_kind: ElementKind
    zet: int
    completed_on: date
    status: CreditStatus
    content_hash: str


def payload_hash(results: Sequence[PostedResult]) -> str:
    """SHA-256 (hex) of the batch's records as canonical JSON: a list, in order, of
    [external_id, snils, element_id, zet, completed_on], no spaces, UTF-8."""
    canonical = [[r.external_id, r.snils, r.element_id, r.zet, r.completed_on] for r in results]
    encoded = json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()


def content_hash(snils: str, element_id: str, zet: int, completed_on: date) -> str:
    """Identity of a record's content, to tell a harmless replay from a conflicting one."""
    return hashlib.sha256(
        f"{snils}|{element_id}|{zet}|{completed_on.isoformat()}".encode()
    ).hexdigest()

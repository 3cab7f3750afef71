"""Results posted by providers and the credit records they become."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from cpd_wire.posting_hash import HashedRecord, legacy_payload_hash

# Re-exported: tests and benchmarks hash the batches they post with it.
from cpd_wire.posting_hash import payload_hash as payload_hash

MAX_BATCH_RECORDS = 1000


class ElementKind(StrEnum):
    PROGRAM = "program"
    EVENT = "event"
    MODULE = "module"


class CreditStatus(StrEnum):
    ACCEPTED = "accepted"
    VOIDED = "voided"
    # Replaced by a correction: a newer record references this one.
    SUPERSEDED = "superseded"


class CreditSource(StrEnum):
    POSTING = "posting"
    CORRECTION = "correction"
    CODE = "code"


class PostedResult(NamedTuple):
    """One result as the provider sent it (not validated yet). A named tuple: a batch makes up
    to a thousand of them, and a tuple is several times cheaper to build than a dataclass."""

    external_id: str
    snils: str
    element_id: str
    zet: int
    completed_on: str
    document_number: str = ""
    program_cycle_id: str = ""


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
    title: str = ""


@dataclass(frozen=True, slots=True)
class ProgramCycle:
    """A run of a ДПП program (catalog's ProgramCycle), with its dates."""

    id: str
    element_id: str
    starts_on: date
    ends_on: date


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
    snils: str = ""
    main_specialty_code: str = ""
    additional_specialty_codes: tuple[str, ...] = ()
    document_number: str = ""
    program_cycle_id: str = ""
    deadline: date | None = None
    days_late: int = 0
    source: CreditSource = CreditSource.POSTING
    corrects_id: str = ""
    corrected_by: str = ""
    status_reason: str = ""
    recorded_at: datetime | None = None
    sequence: int = 0
    # Who recorded it: the provider's client id (postings), the person who entered the code
    # (codes) or the corrector's subject (corrections); and the batch of a posting.
    recorded_by: str = ""
    batch_id: str = ""


def payload_hash_matches(results: Sequence[HashedRecord], given: str) -> bool:
    """The documented hash (`cpd_wire.posting_hash`, the provider CLI's too); clients of the
    first version (no document number or cycle in any record) may still send the five-field
    form."""
    if given == payload_hash(results):
        return True
    uses_new_fields = any(r.document_number or r.program_cycle_id for r in results)
    return not uses_new_fields and given == legacy_payload_hash(results)


def content_hash(
    snils: str,
    element_id: str,
    zet: int,
    completed_on: date,
    document_number: str = "",
    program_cycle_id: str = "",
) -> str:
    """Identity of a record's content, to tell a harmless replay from a conflicting one."""
    return hashlib.sha256(
        f"{snils}|{element_id}|{zet}|{completed_on.isoformat()}|{document_number}|"
        f"{program_cycle_id}".encode()
    ).hexdigest()

"""What the ledger stores and reports besides the credit records themselves: a valid posted
result ready to insert, an applied batch, an entry of the ledger's change log, lateness per
provider."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple


class NewRecord(NamedTuple):
    """A valid result ready to insert (a tuple: one is made per posted record)."""

    id: str
    external_id: str
    person_id: str
    snils: str
    element_id: str
    element_kind: str
    main_specialty_code: str
    additional_specialty_codes: Sequence[str]
    zet: int
    completed_on: date
    document_number: str
    program_cycle_id: str
    deadline: date | None
    days_late: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class StoredBatch:
    series_id: str
    sequence: int
    payload_hash: str
    outcomes: list[list[Any]]


@dataclass(frozen=True, slots=True)
class LedgerEntryRow:
    sequence: int
    event_type: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class LatenessRow:
    provider_id: str
    results_with_deadline: int
    late_results: int
    total_days_late: int
    max_days_late: int

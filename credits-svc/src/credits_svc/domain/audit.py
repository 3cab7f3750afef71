"""The audit trail of a credit: who recorded each record of its correction chain, and who
voided or corrected it, when and why.

The `recorded` entry is written with the record itself, in the same row (who: the provider's
client for postings, the person who entered the code for codes, the corrector for
corrections; when; the batch), so posting pays nothing extra for it; the `voided` and
`corrected` entries are rows of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from credits_svc.domain.records import CreditRecord, CreditSource

RECORDED = "recorded"
CODE_EXTERNAL_ID_PREFIX = "code:"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    credit_id: str
    # "recorded" | "voided" | "corrected"
    action: str
    # The subject (user id) or person that acted; empty for a provider system's posting.
    actor: str
    actor_client_id: str
    reason: str
    at: datetime | None
    replaced_by: str = ""
    batch_id: str = ""


def recorded_entry(record: CreditRecord) -> AuditEntry:
    """Who put the record in the ledger, when, and in which batch."""
    if record.source is CreditSource.POSTING:
        return AuditEntry(
            record.id,
            RECORDED,
            "",
            record.recorded_by,
            f"Передано организацией (пакет {record.batch_id})",
            record.recorded_at,
            batch_id=record.batch_id,
        )
    if record.source is CreditSource.CODE:
        code = record.external_id.removeprefix(CODE_EXTERNAL_ID_PREFIX)
        return AuditEntry(
            record.id,
            RECORDED,
            record.recorded_by,
            "",
            f"Подтверждено кодом участия {code}",
            record.recorded_at,
        )
    return AuditEntry(
        record.id,
        RECORDED,
        record.recorded_by,
        "",
        "Исправление предыдущей записи",
        record.recorded_at,
    )


def history(chain: Sequence[CreditRecord], changes: Iterable[AuditEntry]) -> list[AuditEntry]:
    """The trail in chain order: each record's `recorded` entry, then what was done to it (so
    the very first entry says who posted the original record)."""
    by_credit: dict[str, list[AuditEntry]] = {}
    for entry in changes:
        by_credit.setdefault(entry.credit_id, []).append(entry)
    trail: list[AuditEntry] = []
    for record in chain:
        trail.append(recorded_entry(record))
        trail.extend(by_credit.get(record.id, ()))
    return trail

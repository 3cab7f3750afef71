"""The `payload_hash` of a posted batch: part of the posting wire contract
(`proto/cpd/credits/v1/credits.proto`, `PostResultsRequest.payload_hash`). credits-svc checks it
and the provider CLI computes it, both with this module. Pure: standard library only."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any, Protocol


class HashedRecord(Protocol):
    """What the hash reads of a record: credits-svc's PostedResult, a CLI row, or a
    `credits_pb2.ResultRecord`."""

    @property
    def external_id(self) -> str: ...
    @property
    def snils(self) -> str: ...
    @property
    def element_id(self) -> str: ...
    @property
    def zet(self) -> int: ...
    @property
    def completed_on(self) -> str: ...
    @property
    def document_number(self) -> str: ...
    @property
    def program_cycle_id(self) -> str: ...


def _digest(canonical: list[list[Any]]) -> str:
    encoded = json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()


def payload_hash(records: Sequence[HashedRecord]) -> str:
    """SHA-256 (hex) of the batch's records as canonical JSON: a list, in order, of
    [external_id, snils, element_id, zet, completed_on, document_number, program_cycle_id],
    no spaces, UTF-8 (not ASCII-escaped)."""
    return _digest(
        [
            [
                r.external_id,
                r.snils,
                r.element_id,
                r.zet,
                r.completed_on,
                r.document_number,
                r.program_cycle_id,
            ]
            for r in records
        ]
    )


def legacy_payload_hash(records: Sequence[HashedRecord]) -> str:
    """The first version's form, [external_id, snils, element_id, zet, completed_on]: still
    accepted from clients whose records carry no document number and no cycle."""
    return _digest([[r.external_id, r.snils, r.element_id, r.zet, r.completed_on] for r in records])

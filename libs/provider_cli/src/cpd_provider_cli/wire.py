"""What the posting API expects on the wire (see proto/cpd/credits/v1/credits.proto)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from cpd.credits.v1 import credits_pb2
from cpd_provider_cli.results_csv import Row


def payload_hash(rows: Sequence[Row]) -> str:
    """SHA-256 (hex) of the canonical JSON of the records: a list, in order, of
    [external_id, snils, element_id, zet, completed_on, document_number, program_cycle_id]."""
    canonical = [
        [
            r.external_id,
            r.snils,
            r.element_id,
            r.zet,
            r.completed_on,
            r.document_number,
            r.program_cycle_id,
        ]
        for r in rows
    ]
    encoded = json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()


def batch_request(
    rows: Sequence[Row], *, series_id: str, sequence: int
) -> credits_pb2.PostResultsRequest:
    return credits_pb2.PostResultsRequest(
        batch_id=f"{series_id}-{sequence}",
        sequence=sequence,
        series_id=series_id,
        payload_hash=payload_hash(rows),
        records=[
            credits_pb2.ResultRecord(
                external_id=r.external_id,
                snils=r.snils,
                element_id=r.element_id,
                zet=r.zet,
                completed_on=r.completed_on,
                document_number=r.document_number,
                program_cycle_id=r.program_cycle_id,
            )
            for r in rows
        ],
    )

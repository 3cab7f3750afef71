"""What the posting API expects on the wire (see proto/cpd/credits/v1/credits.proto). The
batch's `payload_hash` is computed by `cpd_wire.posting_hash`, the module credits-svc checks
it with."""

from __future__ import annotations

from collections.abc import Sequence

from cpd.credits.v1 import credits_pb2
from cpd_provider_cli.results_csv import Row
from cpd_wire.posting_hash import payload_hash


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

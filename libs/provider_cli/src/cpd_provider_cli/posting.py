"""`cpd-provider post FILE.csv`: streams the file in batches, resumable.

Batch ids are derived from the file's content and the batch size, so the server recognises a
batch it has already applied (and answers with its stored acknowledgement) even when the local
state is lost. The state file next to the CSV (`FILE.csv.cpd-state.json`) keeps every
acknowledged batch, written after each acknowledgement: re-running the same command after an
interruption sends only the batches not acknowledged yet and still reports every rejection.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import grpc

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_provider_cli.auth import ClientCredentials
from cpd_provider_cli.results_csv import BadRow, Row, read_results
from cpd_provider_cli.wire import batch_request

STATE_VERSION = 1


@dataclass
class PostingState:
    file_sha256: str
    batch_size: int
    series_id: str
    # sequence → {"status": ..., "rejected": [[line, external_id, reason_code, message], ...],
    #             "accepted": n, "duplicate": n}
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, file_sha256: str, batch_size: int) -> PostingState:
        series_id = f"csv-{file_sha256[:24]}-{batch_size}"
        fresh = cls(file_sha256, batch_size, series_id)
        if not path.exists():
            return fresh
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return fresh
        if (
            raw.get("version") != STATE_VERSION
            or raw.get("file_sha256") != file_sha256
            or raw.get("batch_size") != batch_size
        ):
            return fresh
        return cls(file_sha256, batch_size, series_id, dict(raw.get("batches", {})))

    def save(self, path: Path) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(
            json.dumps(
                {
                    "version": STATE_VERSION,
                    "file_sha256": self.file_sha256,
                    "batch_size": self.batch_size,
                    "series_id": self.series_id,
                    "batches": self.batches,
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        os.replace(temporary, path)


@dataclass
class Summary:
    accepted: int = 0
    duplicate: int = 0
    rejected: int = 0
    batches_sent: int = 0
    batches_skipped: int = 0


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self._total = max(total, 1)
        self._stream = stream
        self._width = width

    def show(self, done: int, summary: Summary) -> None:
        filled = self._width * done // self._total
        bar = "#" * filled + "." * (self._width - filled)
        self._stream.write(
            f"\r[{bar}] {done}/{self._total} записей ({100 * done // self._total}%) "
            f"принято {summary.accepted}, повторов {summary.duplicate}, "
            f"отклонено {summary.rejected}"
        )
        self._stream.flush()

    def finish(self) -> None:
        self._stream.write("\n")
        self._stream.flush()


def state_path(csv_path: Path) -> Path:
    return csv_path.with_name(csv_path.name + ".cpd-state.json")


def report_path(csv_path: Path) -> Path:
    return csv_path.with_name(csv_path.stem + ".rejected.csv")


def _batches(rows: Sequence[Row], size: int) -> list[list[Row]]:
    return [list(rows[start : start + size]) for start in range(0, len(rows), size)]


def _record_ack(ack: credits_pb2.PostResultsResponse, rows: Sequence[Row]) -> dict[str, Any]:
    if ack.status == credits_pb2.BATCH_STATUS_REJECTED:
        return {
            "status": "rejected",
            "accepted": 0,
            "duplicate": 0,
            "rejected": [[r.line, r.external_id, ack.reason_code, ack.message] for r in rows],
        }
    counts = {"accepted": 0, "duplicate": 0}
    rejected = []
    for row, outcome in zip(rows, ack.outcomes, strict=True):
        if outcome.outcome == credits_pb2.OUTCOME_ACCEPTED:
            counts["accepted"] += 1
        elif outcome.outcome == credits_pb2.OUTCOME_DUPLICATE:
            counts["duplicate"] += 1
        else:
            rejected.append([row.line, row.external_id, outcome.reason_code, outcome.message])
    return {"status": "acknowledged", **counts, "rejected": rejected}


def post_file(
    csv_path: Path,
    *,
    server: str,
    credentials: ClientCredentials,
    batch_size: int = 500,
    progress_stream: TextIO = sys.stderr,
    stop_after_batches: int | None = None,
) -> Summary:
    """Posts the file; returns the summary over all batches (this run and earlier ones).
    `stop_after_batches` simulates an interruption (tests)."""
    content = csv_path.read_bytes()
    text = content.decode("utf-8-sig")
    parsed = list(read_results(text))
    rows = [r for r in parsed if isinstance(r, Row)]
    bad = [r for r in parsed if isinstance(r, BadRow)]
    batches = _batches(rows, batch_size)
    state_file = state_path(csv_path)
    state = PostingState.load(state_file, hashlib.sha256(content).hexdigest(), batch_size)
    summary = Summary(rejected=len(bad))
    progress = Progress(len(rows), progress_stream)
    done = 0
    for sequence, batch_rows in enumerate(batches, start=1):
        stored = state.batches.get(str(sequence))
        if stored is not None:
            _add(summary, stored)
            summary.batches_skipped += 1
            done += len(batch_rows)
    progress.show(done, summary)
    pending = [
        (sequence, batch_rows)
        for sequence, batch_rows in enumerate(batches, start=1)
        if str(sequence) not in state.batches
    ]
    if pending:
        metadata = (("authorization", f"Bearer {credentials.token()}"),)
        with grpc.insecure_channel(server) as channel:
            stub = credits_pb2_grpc.CreditsServiceStub(channel)

            def requests() -> Iterator[credits_pb2.PostResultsRequest]:
                for sequence, batch_rows in pending:
                    yield batch_request(batch_rows, series_id=state.series_id, sequence=sequence)

            acks = stub.PostResults(requests(), metadata=metadata)
            try:
                for (sequence, batch_rows), ack in zip(pending, acks, strict=False):
                    entry = _record_ack(ack, batch_rows)
                    state.batches[str(sequence)] = entry
                    state.save(state_file)
                    _add(summary, entry)
                    summary.batches_sent += 1
                    done += len(batch_rows)
                    progress.show(done, summary)
                    if (
                        stop_after_batches is not None
                        and summary.batches_sent >= stop_after_batches
                    ):
                        acks.cancel()
                        break
            finally:
                progress.finish()
    else:
        progress.finish()
    write_report(csv_path, parsed, state, bad)
    return summary


def _add(summary: Summary, entry: dict[str, Any]) -> None:
    summary.accepted += int(entry["accepted"])
    summary.duplicate += int(entry["duplicate"])
    summary.rejected += len(entry["rejected"])


def write_report(
    csv_path: Path, parsed: Sequence[Row | BadRow], state: PostingState, bad: Sequence[BadRow]
) -> Path:
    """The rejected rows (from every acknowledged batch and the unreadable lines), with the
    reason code and message, in file order."""
    reasons: dict[int, tuple[str, str]] = {b.line: (b.reason_code, b.message) for b in bad}
    for entry in state.batches.values():
        for line, _external_id, code, message in entry["rejected"]:
            reasons[int(line)] = (code, message)
    path = report_path(csv_path)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "line",
                "external_id",
                "snils",
                "element_id",
                "completion_date",
                "zet",
                "reason_code",
                "message",
            ]
        )
        for item in parsed:
            if item.line not in reasons:
                continue
            code, message = reasons[item.line]
            if isinstance(item, Row):
                values = [
                    item.external_id,
                    item.snils,
                    item.element_id,
                    item.completed_on,
                    str(item.zet),
                ]
            else:
                v = item.values
                values = [
                    v.get("external_id", ""),
                    v.get("snils", ""),
                    v.get("element_id", ""),
                    v.get("completion_date", ""),
                    v.get("zet", ""),
                ]
            writer.writerow([item.line, *values, code, message])
    return path

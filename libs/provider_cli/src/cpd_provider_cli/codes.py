"""`cpd-provider codes issue EVENT N`: confirmation codes of an event, written to a CSV."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from pathlib import Path

import grpc

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_provider_cli.auth import ClientCredentials

STATUS_NAMES = {
    credits_pb2.CODE_STATUS_ISSUED: "issued",
    credits_pb2.CODE_STATUS_PENDING: "pending",
    credits_pb2.CODE_STATUS_ACCEPTED: "accepted",
    credits_pb2.CODE_STATUS_REJECTED: "rejected",
}


def read_snils_file(path: Path) -> list[str]:
    """One SNILS per line (a CSV whose first column is the SNILS also works); a header line
    without digits is skipped."""
    numbers = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        first = line.replace(";", ",").split(",")[0].strip()
        if any(ch.isdigit() for ch in first):
            numbers.append(first)
    return numbers


def issue_codes(
    *,
    server: str,
    credentials: ClientCredentials,
    event_id: str,
    count: int,
    snils: list[str],
    send_by_mail: bool,
    out: Path,
    key: str = "",
) -> int:
    """Issues the codes (the same command twice returns the same codes: the idempotency key
    is derived from the arguments unless `key` is given) and writes them to `out`."""
    idempotency_key = (
        key
        or "cli-"
        + hashlib.sha256(
            f"{event_id}|{count}|{'|'.join(snils)}|{send_by_mail}".encode()
        ).hexdigest()[:32]
    )
    with grpc.insecure_channel(server) as channel:
        reply = credits_pb2_grpc.CreditsServiceStub(channel).IssueCodes(
            credits_pb2.IssueCodesRequest(
                event_id=event_id,
                count=count,
                snils=snils,
                send_by_mail=send_by_mail,
                idempotency_key=idempotency_key,
            ),
            metadata=(("authorization", f"Bearer {credentials.token()}"),),
            timeout=60,
        )
    write_codes(out, reply.codes)
    return len(reply.codes)


def write_codes(out: Path, codes: Iterable[credits_pb2.EventCode]) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "event_id", "snils", "status", "mail_status", "issued_at"])
        for c in codes:
            writer.writerow(
                [
                    c.code,
                    c.event_id,
                    c.snils,
                    STATUS_NAMES.get(c.status, ""),
                    c.mail_status,
                    c.issued_at,
                ]
            )


def list_codes(*, server: str, credentials: ClientCredentials, event_id: str, out: Path) -> int:
    with grpc.insecure_channel(server) as channel:
        reply = credits_pb2_grpc.CreditsServiceStub(channel).ListEventCodes(
            credits_pb2.ListEventCodesRequest(event_id=event_id),
            metadata=(("authorization", f"Bearer {credentials.token()}"),),
            timeout=60,
        )
    write_codes(out, reply.codes)
    return len(reply.codes)


def upload_attendance(
    *, server: str, credentials: ClientCredentials, event_id: str, snils: list[str]
) -> tuple[int, list[str]]:
    with grpc.insecure_channel(server) as channel:
        reply = credits_pb2_grpc.CreditsServiceStub(channel).UploadAttendance(
            credits_pb2.UploadAttendanceRequest(event_id=event_id, snils=snils),
            metadata=(("authorization", f"Bearer {credentials.token()}"),),
            timeout=60,
        )
    return reply.attendees, list(reply.invalid_snils)

"""A complete provider client for the CPD platform (docs/providers.md), runnable against `make up`:

    uv run python docs/examples/provider_client.py

It gets a client-credentials token, publishes an interactive module (ИОМ) with UpsertElements,
posts results for it over the PostResults stream (payload hash, per-record outcomes), breaks the
stream off, asks GetPostingState where to resume, and resumes: the first batch sent again is
answered as a replay, and a record posted again with the same content is a duplicate.

Needs only grpcio, protobuf and the generated stubs (`libs/contracts`: package `cpd`); the token
request uses the standard library. tests/e2e/test_docs_examples.py runs it against the platform.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc

# The defaults are the addresses and demo client of `make up`.
TOKEN_URL = "http://127.0.0.1:8080/realms/cpd/protocol/openid-connect/token"
CATALOG = "127.0.0.1:50052"
CREDITS = "127.0.0.1:50054"
CLIENT_ID = "demo-provider"
CLIENT_SECRET = "demo-provider-secret"
SNILS = "112-233-445 95"  # the demo specialist
CARDIOLOGY = "31.08.36"
MAX_BATCH_RECORDS = 1000
DEADLINE_SECONDS = 30  # every call carries a deadline


def client_credentials_token(token_url: str, client_id: str, client_secret: str) -> str:
    """An access token of the provider's client (OAuth 2.0 client credentials grant)."""
    basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
    request = urllib.request.Request(
        token_url,
        data=urllib.parse.urlencode({"grant_type": "client_credentials"}).encode(),
        headers={"Authorization": f"Basic {basic}"},
    )
    with urllib.request.urlopen(request, timeout=DEADLINE_SECONDS) as reply:
        return str(json.load(reply)["access_token"])


def payload_hash(records: Sequence[credits_pb2.ResultRecord]) -> str:
    """Hex SHA-256 of the batch's canonical form: JSON of a list, in the records' order, of
    [external_id, snils, element_id, zet, completed_on, document_number, program_cycle_id],
    without spaces, UTF-8 (non-ASCII characters as they are, not \\u-escaped)."""
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
        for r in records
    ]
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def batch(
    batch_id: str, series_id: str, sequence: int, records: Sequence[credits_pb2.ResultRecord]
) -> credits_pb2.PostResultsRequest:
    if len(records) > MAX_BATCH_RECORDS:
        raise ValueError("split the records: at most 1000 per batch")
    return credits_pb2.PostResultsRequest(
        batch_id=batch_id,
        series_id=series_id,
        sequence=sequence,
        payload_hash=payload_hash(records),
        records=records,
    )


@dataclass
class Report:
    element_id: str = ""
    # batch id -> BatchStatus name, in the order the acknowledgements came
    batches: list[tuple[str, str]] = field(default_factory=list)
    # external id -> outcome name or "REJECTED:<reason_code>", last acknowledgement wins
    records: dict[str, str] = field(default_factory=dict)
    resumed_after: int = 0


def publish_module(
    catalog: catalog_pb2_grpc.CatalogServiceStub, metadata: list[tuple[str, str]]
) -> str:
    """Creates or updates (by the provider's external id) a free interactive module and
    publishes it; returns its element id, the same on every run."""
    module = catalog_pb2.Element(
        external_id="example-ecg-module",
        kind=catalog_pb2.ELEMENT_KIND_MODULE,
        title="Пример: расшифровка ЭКГ (интерактивный модуль)",
        zet=2,
        main_specialty_code=CARDIOLOGY,
        module_kind="clinical_case",
        free=True,
    )
    reply = catalog.UpsertElements(
        catalog_pb2.UpsertElementsRequest(
            items=[catalog_pb2.ElementUpsert(element=module, publish=True)]
        ),
        metadata=metadata,
        timeout=DEADLINE_SECONDS,
    )
    [outcome] = reply.outcomes
    if outcome.error_code:
        raise RuntimeError(f"{outcome.error_code}: {outcome.error_message}")
    return str(outcome.element_id)


def acknowledge(reply: credits_pb2.PostResultsResponse, report: Report) -> None:
    status = credits_pb2.BatchStatus.Name(reply.status)
    report.batches.append((reply.batch_id, status))
    if reply.status == credits_pb2.BATCH_STATUS_REJECTED:
        # Nothing of the batch was applied; fix it (a new batch id if the content changes).
        print(f"batch {reply.batch_id} rejected: {reply.reason_code} ({reply.message})")
        return
    for outcome in reply.outcomes:
        name = credits_pb2.Outcome.Name(outcome.outcome).removeprefix("OUTCOME_")
        if outcome.outcome == credits_pb2.OUTCOME_REJECTED:
            # Per-record reason: report it to whoever fixes the source data.
            name = f"REJECTED:{outcome.reason_code}"
            print(f"  {outcome.external_id}: {outcome.reason_code} — {outcome.message}")
        elif outcome.days_late:
            print(f"  {outcome.external_id}: posted {outcome.days_late} days after the deadline")
        report.records[outcome.external_id] = name


def post(
    credits: credits_pb2_grpc.CreditsServiceStub,
    metadata: list[tuple[str, str]],
    batches: Sequence[credits_pb2.PostResultsRequest],
    report: Report,
) -> None:
    """One PostResults stream: sends the batches and reads one acknowledgement per batch, in
    order. A broken stream raises grpc.RpcError; whatever was acknowledged is committed."""

    def requests() -> Iterator[credits_pb2.PostResultsRequest]:
        yield from batches

    for reply in credits.PostResults(requests(), metadata=metadata, timeout=DEADLINE_SECONDS):
        acknowledge(reply, report)


def run(
    *,
    token_url: str = TOKEN_URL,
    catalog_target: str = CATALOG,
    credits_target: str = CREDITS,
    client_id: str = CLIENT_ID,
    client_secret: str = CLIENT_SECRET,
    snils: str = SNILS,
    run_id: str = "",
) -> Report:
    run_id = run_id or uuid.uuid4().hex[:12]
    token = client_credentials_token(token_url, client_id, client_secret)
    metadata = [("authorization", f"Bearer {token}")]
    report = Report()
    with grpc.insecure_channel(catalog_target) as channel:
        report.element_id = publish_module(catalog_pb2_grpc.CatalogServiceStub(channel), metadata)

    yesterday = (date.today() - timedelta(days=1)).isoformat()

    def record(n: int, person: str, zet: int = 1) -> credits_pb2.ResultRecord:
        return credits_pb2.ResultRecord(
            external_id=f"{run_id}-{n}",  # the provider's own id: the record's idempotency key
            snils=person,
            element_id=report.element_id,
            zet=zet,
            completed_on=yesterday,
            document_number=f"ИОМ-{run_id}-{n}",
        )

    series = f"example-{run_id}"  # one series per file or export run
    first = batch(f"{series}-1", series, 1, [record(1, snils), record(2, "112-233-445 96")])
    second = batch(f"{series}-2", series, 2, [record(1, snils), record(3, snils, zet=2)])

    with grpc.insecure_channel(credits_target) as channel:
        credits = credits_pb2_grpc.CreditsServiceStub(channel)
        # The first stream sends one batch and ends: as if the connection broke here.
        post(credits, metadata, [first], report)
        # After a break: ask where the series stands, resend what follows. Resending a batch
        # that was in fact committed is safe: it is answered with its original acknowledgement.
        state = credits.GetPostingState(
            credits_pb2.GetPostingStateRequest(series_id=series),
            metadata=metadata,
            timeout=DEADLINE_SECONDS,
        )
        report.resumed_after = state.last_committed_sequence
        pending = [b for b in (first, second) if b.sequence > state.last_committed_sequence]
        post(credits, metadata, [first, *pending], report)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--token-url", default=TOKEN_URL)
    parser.add_argument("--catalog", default=CATALOG, help="catalog-svc host:port")
    parser.add_argument("--credits", default=CREDITS, help="credits-svc host:port")
    parser.add_argument("--client-id", default=CLIENT_ID)
    parser.add_argument("--client-secret", default=CLIENT_SECRET)
    parser.add_argument("--snils", default=SNILS)
    args = parser.parse_args()
    report = run(
        token_url=args.token_url,
        catalog_target=args.catalog,
        credits_target=args.credits,
        client_id=args.client_id,
        client_secret=args.client_secret,
        snils=args.snils,
    )
    print(f"element {report.element_id}; resumed after sequence {report.resumed_after}")
    for batch_id, status in report.batches:
        print(f"batch {batch_id}: {status}")
    for external_id, outcome in report.records.items():
        print(f"record {external_id}: {outcome}")


if __name__ == "__main__":
    main()

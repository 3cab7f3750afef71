"""Helpers of credits-svc's integration tests (imported by the test modules)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.snils import with_check_number
from cpd_platform.testing import bearer
from credits_svc.domain.records import payload_hash


def record(external_id: str, element_id: str, **changes: object) -> credits_pb2.ResultRecord:
    values: dict[str, object] = {
        "external_id": external_id,
        "snils": "112-233-445 95",
        "element_id": element_id,
        "zet": 2,
        "completed_on": "2025-05-01",
    }
    values.update(changes)
    return credits_pb2.ResultRecord(**values)  # type: ignore[arg-type]


def batch(
    batch_id: str,
    sequence: int,
    records: Sequence[credits_pb2.ResultRecord],
    series_id: str = "",
) -> credits_pb2.PostResultsRequest:
    digest = payload_hash(records)
    return credits_pb2.PostResultsRequest(
        batch_id=batch_id,
        sequence=sequence,
        payload_hash=digest,
        records=records,
        series_id=series_id,
    )


async def post(
    stub: credits_pb2_grpc.CreditsServiceStub,
    token: str,
    *batches: credits_pb2.PostResultsRequest,
) -> list[credits_pb2.PostResultsResponse]:
    call = stub.PostResults(iter(batches), metadata=bearer(token))
    return [ack async for ack in call]


def outcomes(ack: credits_pb2.PostResultsResponse) -> list[tuple[str, str, str]]:
    return [
        (o.external_id, credits_pb2.Outcome.Name(o.outcome), o.reason_code) for o in ack.outcomes
    ]


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def upsert_element(
    catalog: catalog_pb2_grpc.CatalogServiceStub, provider_token: str, element: catalog_pb2.Element
) -> catalog_pb2.Element:
    """Creates and publishes an element of the calling provider (catalog's bulk upsert)."""
    reply = await catalog.UpsertElements(
        catalog_pb2.UpsertElementsRequest(
            items=[catalog_pb2.ElementUpsert(element=element, publish=True)]
        ),
        metadata=bearer(provider_token),
    )
    [outcome] = reply.outcomes
    assert not outcome.error_code, (outcome.error_code, outcome.error_message)
    found = await catalog.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[outcome.element_id]),
        metadata=bearer(provider_token),
    )
    return found.elements[0]


def valid_snils(seed: int) -> str:
    return with_check_number(f"{300_000_000 + seed % 600_000_000:09d}")


def random_snils() -> str:
    return valid_snils(uuid.uuid4().int % 600_000_000)


async def credits_by_id(
    stub: credits_pb2_grpc.CreditsServiceStub, token: str
) -> dict[str, credits_pb2.Credit]:
    """The caller's own credits (ListMyCredits) by id."""
    reply = await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest(), metadata=bearer(token))
    return {c.id: c for c in reply.credits}

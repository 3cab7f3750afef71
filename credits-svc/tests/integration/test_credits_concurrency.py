"""Replays and broken streams: nothing lost, nothing counted twice (real PostgreSQL, real gRPC)."""

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Sequence

import grpc
import pytest
from credits_helpers import batch, new_id, record
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    yield engine
    await engine.dispose()


def results_file(prefix: str, count: int) -> list[credits_pb2.ResultRecord]:
    return [record(f"{prefix}-{i:05d}", demo.MODULE_ID, zet=1 + i % 2) for i in range(count)]


def batches_of(
    records: Sequence[credits_pb2.ResultRecord], size: int, prefix: str, series: str
) -> list[credits_pb2.PostResultsRequest]:
    return [
        batch(f"{prefix}-{start // size}", start // size + 1, records[start : start + size], series)
        for start in range(0, len(records), size)
    ]


async def stream(
    stub: credits_pb2_grpc.CreditsServiceStub,
    token: str,
    requests: Sequence[credits_pb2.PostResultsRequest],
) -> list[credits_pb2.PostResultsResponse]:
    return [ack async for ack in stub.PostResults(iter(requests), metadata=bearer(token))]


async def ledger_counts(engine: AsyncEngine, prefix: str) -> tuple[int, int, int]:
    """(records, distinct external ids, credits.recorded outbox rows) of one file."""
    async with engine.connect() as connection:
        records, distinct = (
            await connection.execute(
                text(
                    "SELECT count(*), count(DISTINCT external_id) FROM credits.credit_records "
                    "WHERE external_id LIKE :p"
                ),
                {"p": f"{prefix}-%"},
            )
        ).one()
        events = await connection.scalar(
            text(
                # A posted batch's row carries its records' events as a JSON array (other
                # rows, e.g. a redeemed code's, one event).
                "SELECT count(*) FROM credits.outbox o CROSS JOIN LATERAL jsonb_array_elements("
                "CASE jsonb_typeof(o.payload) WHEN 'array' THEN o.payload "
                "ELSE jsonb_build_array(o.payload) END) AS e "
                "JOIN credits.credit_records r ON r.id = CAST(e->>'credit_id' AS uuid) "
                "WHERE o.event_type = 'credits.recorded' AND r.external_id LIKE :p"
            ),
            {"p": f"{prefix}-%"},
        )
    return int(records), int(distinct), int(events or 0)


def accepted(acks: Sequence[credits_pb2.PostResultsResponse]) -> list[str]:
    """Records accepted by batches applied now (a replayed batch repeats its original ack)."""
    return [
        o.external_id
        for a in acks
        if a.status == credits_pb2.BATCH_STATUS_APPLIED
        for o in a.outcomes
        if o.outcome == credits_pb2.OUTCOME_ACCEPTED
    ]


async def test_the_same_file_replayed_three_times_concurrently_leaves_each_record_once(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp, engine: AsyncEngine
) -> None:
    prefix = new_id("file")
    records = results_file(prefix, 10_000)
    series = new_id("series")
    same_batches = batches_of(records, 500, prefix, series)
    # The third replay cuts the file differently (other batch ids) and sends it backwards, so
    # the record-level idempotency and the lock order are what keep it exact.
    other_cut = list(reversed(batches_of(records, 1000, f"{prefix}-recut", new_id("series"))))
    token = await idp.provider_token()

    runs = await asyncio.gather(
        stream(stub, token, same_batches),
        stream(stub, token, same_batches),
        stream(stub, token, other_cut),
    )

    assert await ledger_counts(engine, prefix) == (10_000, 10_000, 10_000)
    taken = Counter(external_id for acks in runs for external_id in accepted(acks))
    assert len(taken) == 10_000 and set(taken.values()) == {1}
    for acks in runs:
        for ack in acks:
            assert ack.status in (
                credits_pb2.BATCH_STATUS_APPLIED,
                credits_pb2.BATCH_STATUS_REPLAYED,
            )
            assert {o.outcome for o in ack.outcomes} <= {
                credits_pb2.OUTCOME_ACCEPTED,
                credits_pb2.OUTCOME_DUPLICATE,
            }
    # Replayed batches answer with the original acknowledgement, the same record ids.
    first, second = runs[0], runs[1]
    for a, b in zip(first, second, strict=True):
        assert [o.record_id for o in a.outcomes] == [o.record_id for o in b.outcomes]


async def test_a_stream_killed_mid_way_resumes_from_the_last_committed_sequence(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp, engine: AsyncEngine
) -> None:
    prefix = new_id("resume")
    series = new_id("series")
    requests = batches_of(results_file(prefix, 4_000), 200, prefix, series)
    token = await idp.provider_token()

    call = stub.PostResults(iter(requests), metadata=bearer(token))
    before_kill: list[credits_pb2.PostResultsResponse] = []
    async for ack in call:
        before_kill.append(ack)
        if len(before_kill) == 7:
            call.cancel()
            break
    with pytest.raises(asyncio.CancelledError):
        await call.read()
    assert [a.sequence for a in before_kill] == list(range(1, 8))
    assert before_kill[-1].last_committed_sequence == 7

    state = await stub.GetPostingState(
        credits_pb2.GetPostingStateRequest(series_id=series), metadata=bearer(token)
    )
    resume_from = state.last_committed_sequence
    assert 7 <= resume_from < len(requests)
    resumed = await stream(stub, token, [r for r in requests if r.sequence > resume_from])
    assert resumed[-1].last_committed_sequence == len(requests)

    assert await ledger_counts(engine, prefix) == (4_000, 4_000, 4_000)
    # Sending the whole file again is harmless too: every batch is a replay.
    again = await stream(stub, token, requests)
    assert {a.status for a in again} == {credits_pb2.BATCH_STATUS_REPLAYED}
    assert await ledger_counts(engine, prefix) == (4_000, 4_000, 4_000)


async def test_posting_state_is_per_provider_system(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    specialist = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetPostingState(
            credits_pb2.GetPostingStateRequest(series_id="x"), metadata=bearer(specialist)
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED

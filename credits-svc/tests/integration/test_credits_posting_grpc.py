"""The provider posting API over real gRPC, with catalog-svc and identity-svc running for real."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator

import grpc
import pytest
from redis.asyncio import Redis

from catalog_svc.main import SPEC as CATALOG
from catalog_svc.settings import CatalogSettings
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.outbox import stream_name
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import bearer, grpc_error_code
from credits_svc.domain.records import PostedResult, payload_hash
from credits_svc.main import SPEC as CREDITS
from credits_svc.settings import CreditsSettings
from identity_svc.main import SPEC as IDENTITY
from identity_svc.settings import IdentitySettings
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def credits_service(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    common = {
        "database_url": database_url,
        "redis_url": redis_url,
        "grpc_port": 0,
        "oidc_issuer": idp.issuer,
    }
    identity = await start_service(
        IDENTITY,
        IdentitySettings.model_validate(
            {
                **common,
                "seed_demo": True,
                "keycloak_url": idp.url,
                "keycloak_client_secret": idp.secrets["identity-svc"],
            }
        ),
    )
    catalog = await start_service(
        CATALOG, CatalogSettings.model_validate({**common, "seed_demo": True})
    )
    credits = await start_service(
        CREDITS,
        CreditsSettings.model_validate(
            {
                **common,
                "catalog_target": f"127.0.0.1:{catalog.port}",
                "identity_target": f"127.0.0.1:{identity.port}",
            }
        ),
    )
    yield credits
    for running in (credits, catalog, identity):
        await running.stop()


@pytest.fixture
async def stub(
    credits_service: RunningService,
) -> AsyncIterator[credits_pb2_grpc.CreditsServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{credits_service.port}") as channel:
        yield credits_pb2_grpc.CreditsServiceStub(channel)


def record(external_id: str, **changes: object) -> credits_pb2.ResultRecord:
    values: dict[str, object] = {
        "external_id": external_id,
        "snils": "112-233-445 95",
        "element_id": demo.MODULE_ID,
        "zet": 2,
        "completed_on": "2025-05-01",
    }
    values.update(changes)
    return credits_pb2.ResultRecord(**values)  # type: ignore[arg-type]


def batch(
    batch_id: str, sequence: int, *records: credits_pb2.ResultRecord
) -> credits_pb2.PostResultsRequest:
    digest = payload_hash(
        [PostedResult(r.external_id, r.snils, r.element_id, r.zet, r.completed_on) for r in records]
    )
    return credits_pb2.PostResultsRequest(
        batch_id=batch_id, sequence=sequence, payload_hash=digest, records=records
    )


async def post(
    stub: credits_pb2_grpc.CreditsServiceStub, token: str, *batches: credits_pb2.PostResultsRequest
) -> list[credits_pb2.PostResultsResponse]:
    call = stub.PostResults(iter(batches), metadata=bearer(token))
    return [ack async for ack in call]


def outcomes(ack: credits_pb2.PostResultsResponse) -> list[tuple[str, str, str]]:
    return [
        (o.external_id, credits_pb2.Outcome.Name(o.outcome), o.reason_code) for o in ack.outcomes
    ]


async def test_accepted_results_become_visible_credits_and_events(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp, redis_url: str
) -> None:
    provider = await idp.provider_token()
    external_id = f"ext-{uuid.uuid4().hex[:8]}"
    [ack] = await post(stub, provider, batch(f"b-{uuid.uuid4().hex}", 1, record(external_id)))
    assert outcomes(ack) == [(external_id, "OUTCOME_ACCEPTED", "")]
    record_id = ack.outcomes[0].record_id

    specialist = await idp.password_token(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
    mine = await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest(), metadata=bearer(specialist))
    assert record_id in {c.id for c in mine.credits}

    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        for _ in range(50):
            entries = await redis.xrange(stream_name("credits.recorded"))
            payloads = [json.loads(fields["payload"]) for _, fields in entries]
            if any(p["credit_id"] == record_id for p in payloads):
                break
            await asyncio.sleep(0.1)
        event = next(p for p in payloads if p["credit_id"] == record_id)
    finally:
        await redis.aclose()
    assert event["person_id"] == demo.SPECIALIST_PERSON_ID
    assert event["element_kind"] == "module"
    assert event["main_specialty_code"] == "cardiology"
    assert event["zet"] == 2


async def test_a_resent_batch_gets_its_original_acknowledgement_and_is_not_applied_twice(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    first = batch(f"b-{uuid.uuid4().hex}", 10, record(f"ext-{uuid.uuid4().hex[:8]}"))
    [original] = await post(stub, provider, first)
    [again] = await post(stub, provider, first)
    assert again.outcomes == original.outcomes
    assert again.last_committed_sequence >= 10


async def test_a_record_resent_in_a_new_batch_is_a_duplicate_and_changed_content_is_refused(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    external_id = f"ext-{uuid.uuid4().hex[:8]}"
    acks = await post(
        stub,
        provider,
        batch(f"b-{uuid.uuid4().hex}", 20, record(external_id)),
        batch(f"b-{uuid.uuid4().hex}", 21, record(external_id)),
        batch(f"b-{uuid.uuid4().hex}", 22, record(external_id, zet=1)),
    )
    assert outcomes(acks[1]) == [(external_id, "OUTCOME_DUPLICATE", "")]
    assert acks[1].outcomes[0].record_id == acks[0].outcomes[0].record_id
    assert outcomes(acks[2]) == [(external_id, "OUTCOME_REJECTED", "conflicting_replay")]


async def test_each_bad_record_is_rejected_with_its_reason_and_the_rest_accepted(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    ok = f"ok-{uuid.uuid4().hex[:8]}"
    [ack] = await post(
        stub,
        provider,
        batch(
            f"b-{uuid.uuid4().hex}",
            30,
            record("r-1", element_id=str(uuid.uuid4())),
            record("r-2", snils="000-000-111 03"),
            record("r-3", snils="112-233-445 96"),
            record("r-4", zet=3),
            record(ok),
            record(ok),
        ),
    )
    assert outcomes(ack) == [
        ("r-1", "OUTCOME_REJECTED", "unknown_element"),
        ("r-2", "OUTCOME_REJECTED", "person_not_found"),
        ("r-3", "OUTCOME_REJECTED", "invalid_snils"),
        ("r-4", "OUTCOME_REJECTED", "zet_over_element"),
        (ok, "OUTCOME_ACCEPTED", ""),
        (ok, "OUTCOME_REJECTED", "duplicate_in_batch"),
    ]


async def test_a_batch_whose_hash_does_not_match_is_refused_whole(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    tampered = batch(f"b-{uuid.uuid4().hex}", 40, record("t-1"))
    tampered.records[0].zet = 1
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await post(stub, provider, tampered)
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(caught.value) == "payload_hash_mismatch"


async def test_a_batch_id_reused_for_other_content_is_refused(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    batch_id = f"b-{uuid.uuid4().hex}"
    await post(stub, provider, batch(batch_id, 50, record(f"u-{uuid.uuid4().hex[:8]}")))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await post(stub, provider, batch(batch_id, 51, record(f"u-{uuid.uuid4().hex[:8]}")))
    assert caught.value.code() == grpc.StatusCode.ABORTED
    assert grpc_error_code(caught.value) == "batch_id_reused"


async def test_only_provider_systems_may_post(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    specialist = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await post(stub, specialist, batch("b-x", 1, record("s-1")))
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest())
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED

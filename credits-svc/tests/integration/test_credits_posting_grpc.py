"""The provider posting API over real gRPC, with catalog-svc and identity-svc running for real."""

import json
import uuid
from datetime import date

import grpc
import pytest
from credits_helpers import batch, new_id, outcomes, post, record
from redis.asyncio import Redis

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.outbox import stream_name
from cpd_platform.testing import bearer, wait_until
from credits_svc.domain.events import recorded_payload
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

MODULE = demo.MODULE_ID


async def test_accepted_results_become_visible_credits_and_events(
    stub: credits_pb2_grpc.CreditsServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
    redis_url: str,
) -> None:
    provider = await idp.provider_token()
    external_id = new_id("ext")
    [ack] = await post(
        stub, provider, batch(new_id("b"), 1, [record(external_id, MODULE, document_number="У-1")])
    )
    assert outcomes(ack) == [(external_id, "OUTCOME_ACCEPTED", "")]
    assert ack.status == credits_pb2.BATCH_STATUS_APPLIED
    record_id = ack.outcomes[0].record_id

    specialist = await idp.password_token(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
    mine = await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest(), metadata=bearer(specialist))
    [credit] = [c for c in mine.credits if c.id == record_id]
    assert credit.status == credits_pb2.CREDIT_STATUS_ACCEPTED
    assert (credit.element_kind, credit.document_number, credit.source) == (
        "module",
        "У-1",
        "posting",
    )

    module = (
        await catalog_stub.BatchGetElements(
            catalog_pb2.BatchGetElementsRequest(ids=[MODULE]), metadata=bearer(provider)
        )
    ).elements[0]
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:

        async def published() -> dict[str, object] | None:
            entries = await redis.xrange(stream_name("credits.recorded"))
            payloads = [json.loads(fields["payload"]) for _, fields in entries]
            return next((p for p in payloads if p["credit_id"] == record_id), None)

        event = await wait_until(published, seconds=5, what="credits.recorded of the record")
    finally:
        await redis.aclose()
    # The payload the ingest builds in SQL is the message's canonical JSON, as domain/events.py
    # makes it, key for key.
    assert event == recorded_payload(
        credit_id=record_id,
        person_id=demo.SPECIALIST_PERSON_ID,
        element_id=MODULE,
        element_kind="module",
        main_specialty_code=module.main_specialty_code,
        additional_specialty_codes=module.additional_specialty_codes,
        zet=2,
        completed_on=date(2025, 5, 1),
        provider_id=demo.PROVIDER_ID,
        source="posting",
    )
    assert module.additional_specialty_codes, "the demo module lists additional specialties"


async def test_a_resent_batch_gets_its_original_acknowledgement_and_is_not_applied_twice(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    series = new_id("series")
    first = batch(new_id("b"), 10, [record(new_id("ext"), MODULE)], series)
    [original] = await post(stub, provider, first)
    [again] = await post(stub, provider, first)
    assert again.status == credits_pb2.BATCH_STATUS_REPLAYED
    assert again.outcomes == original.outcomes
    assert again.last_committed_sequence == original.last_committed_sequence == 10


async def test_a_record_resent_in_a_new_batch_is_a_duplicate_and_changed_content_is_refused(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    external_id = new_id("ext")
    acks = await post(
        stub,
        provider,
        batch(new_id("b"), 20, [record(external_id, MODULE)]),
        batch(new_id("b"), 21, [record(external_id, MODULE)]),
        batch(new_id("b"), 22, [record(external_id, MODULE, zet=1)]),
        batch(new_id("b"), 23, [record(external_id, MODULE, document_number="другой")]),
    )
    assert outcomes(acks[1]) == [(external_id, "OUTCOME_DUPLICATE", "")]
    assert acks[1].outcomes[0].record_id == acks[0].outcomes[0].record_id
    assert outcomes(acks[2]) == [(external_id, "OUTCOME_REJECTED", "conflicting_replay")]
    assert outcomes(acks[3]) == [(external_id, "OUTCOME_REJECTED", "conflicting_replay")]


async def test_each_bad_record_is_rejected_with_its_reason_and_the_rest_accepted(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    ok = new_id("ok")
    [ack] = await post(
        stub,
        provider,
        batch(
            new_id("b"),
            30,
            [
                record("r-1", str(uuid.uuid4())),
                record("r-2", MODULE, snils="000-000-111 03"),
                record("r-3", MODULE, snils="112-233-445 96"),
                record("r-4", MODULE, zet=3),
                record("r-5", MODULE, completed_on="01.05.2025"),
                record("r-6", MODULE, completed_on="2999-01-01"),
                record("r-7", MODULE, zet=-1),
                record("", MODULE),
                record("r-9", demo.EVENT_ID, zet=1, completed_on="2025-05-01"),
                record(ok, MODULE),
                record(ok, MODULE),
            ],
        ),
    )
    assert outcomes(ack) == [
        ("r-1", "OUTCOME_REJECTED", "unknown_element"),
        ("r-2", "OUTCOME_REJECTED", "person_not_found"),
        ("r-3", "OUTCOME_REJECTED", "invalid_snils"),
        ("r-4", "OUTCOME_REJECTED", "zet_over_element"),
        ("r-5", "OUTCOME_REJECTED", "invalid_date"),
        ("r-6", "OUTCOME_REJECTED", "completion_in_future"),
        ("r-7", "OUTCOME_REJECTED", "invalid_zet"),
        ("", "OUTCOME_REJECTED", "missing_external_id"),
        ("r-9", "OUTCOME_REJECTED", "completion_outside_element_dates"),
        (ok, "OUTCOME_ACCEPTED", ""),
        (ok, "OUTCOME_REJECTED", "duplicate_in_batch"),
    ]
    assert all(o.message for o in ack.outcomes if o.reason_code)


async def test_hostile_records_are_rejected_one_by_one_and_the_stream_goes_on(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    """NUL bytes, emoji and quotes, 1900-01-01 and over-long fields: each record is refused
    with its reason; its neighbours and the next batch of the same stream are applied."""
    provider = await idp.provider_token()
    ok, after = new_id("ok"), new_id("after")
    hostile = batch(
        new_id("b"),
        1,
        [
            record("h-1", MODULE, document_number="У-1\x00"),
            record("h-2", MODULE, document_number="У-1 🎓"),
            record("h-3", MODULE, document_number='У-"1"'),
            record("h-4", MODULE, completed_on="1900-01-01"),
            record("h-5", MODULE, document_number="7" * 101),
            record("h-6\x00", MODULE),
            record("h" * 201, MODULE),
            record("h-8", MODULE + "\x00"),
            record("h-9", MODULE, program_cycle_id="c\x00"),
            record("h-10", MODULE, snils="1" * 10_000),
            record(ok, MODULE, document_number="№ У-1/2025"),
        ],
        series_id=new_id("s"),
    )
    next_batch = batch(new_id("b"), 2, [record(after, MODULE)], series_id=hostile.series_id)
    first, second = await post(stub, provider, hostile, next_batch)
    assert outcomes(first) == [
        ("h-1", "OUTCOME_REJECTED", "invalid_document_number"),
        ("h-2", "OUTCOME_REJECTED", "invalid_document_number"),
        ("h-3", "OUTCOME_REJECTED", "invalid_document_number"),
        ("h-4", "OUTCOME_REJECTED", "completion_too_early"),
        ("h-5", "OUTCOME_REJECTED", "invalid_document_number"),
        ("h-6\ufffd", "OUTCOME_REJECTED", "invalid_external_id"),
        ("h" * 201, "OUTCOME_REJECTED", "external_id_too_long"),
        ("h-8", "OUTCOME_REJECTED", "unknown_element"),
        ("h-9", "OUTCOME_REJECTED", "unknown_program_cycle"),
        ("h-10", "OUTCOME_REJECTED", "invalid_snils"),
        (ok, "OUTCOME_ACCEPTED", ""),
    ]
    assert all(o.message for o in first.outcomes if o.reason_code)
    assert outcomes(second) == [(after, "OUTCOME_ACCEPTED", "")]
    assert second.last_committed_sequence == 2


async def test_batch_and_series_ids_with_nul_or_over_the_limit_are_refused_whole(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    good = batch(new_id("b"), 1, [record(new_id("g"), MODULE)], series_id=new_id("s"))
    acks = await post(
        stub,
        provider,
        batch("b\x00", 1, [record(new_id("n"), MODULE)]),
        batch("b" * 201, 1, [record(new_id("n"), MODULE)]),
        batch(new_id("b"), 1, [record(new_id("n"), MODULE)], series_id="s\x00"),
        batch(new_id("b"), 1, [record(new_id("n"), MODULE)], series_id="s" * 201),
        good,
    )
    assert [(a.status, a.reason_code) for a in acks] == [
        (credits_pb2.BATCH_STATUS_REJECTED, "invalid_batch_id"),
        (credits_pb2.BATCH_STATUS_REJECTED, "invalid_batch_id"),
        (credits_pb2.BATCH_STATUS_REJECTED, "invalid_series_id"),
        (credits_pb2.BATCH_STATUS_REJECTED, "invalid_series_id"),
        (credits_pb2.BATCH_STATUS_APPLIED, ""),
    ]
    assert all(a.message for a in acks[:4])


async def test_unusable_batches_are_rejected_whole_and_the_stream_goes_on(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    tampered = batch(new_id("b"), 40, [record(new_id("t"), MODULE)])
    tampered.records[0].zet = 1
    reused_id = new_id("b")
    too_large = batch(new_id("b"), 43, [record(f"big-{i}", MODULE) for i in range(1001)])
    good = batch(new_id("b"), 44, [record(new_id("g"), MODULE)])
    acks = await post(
        stub,
        provider,
        tampered,
        batch(reused_id, 41, [record(new_id("u"), MODULE)]),
        batch(reused_id, 42, [record(new_id("u"), MODULE)]),
        too_large,
        good,
    )
    assert [(a.status, a.reason_code) for a in acks] == [
        (credits_pb2.BATCH_STATUS_REJECTED, "payload_hash_mismatch"),
        (credits_pb2.BATCH_STATUS_APPLIED, ""),
        (credits_pb2.BATCH_STATUS_REJECTED, "batch_id_reused"),
        (credits_pb2.BATCH_STATUS_REJECTED, "batch_too_large"),
        (credits_pb2.BATCH_STATUS_APPLIED, ""),
    ]
    assert all(a.message for a in acks if a.reason_code)
    assert not acks[0].outcomes and not acks[3].outcomes
    assert outcomes(acks[4])[0][1] == "OUTCOME_ACCEPTED"


async def test_only_provider_systems_and_their_staff_may_post(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp
) -> None:
    staff_account = next(a for a in demo.ACCOUNTS if a.key == "provider_staff")
    staff = await idp.person_token(person_id=staff_account.person_id, roles=["provider_staff"])
    external_id = new_id("staff")
    [ack] = await post(stub, staff, batch(new_id("b"), 1, [record(external_id, MODULE)]))
    assert outcomes(ack) == [(external_id, "OUTCOME_ACCEPTED", "")]
    state = await stub.GetPostingState(credits_pb2.GetPostingStateRequest(), metadata=bearer(staff))
    assert state.committed_batches >= 1
    for token in (
        await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID),
        await idp.person_token(roles=["provider_staff"]),  # staff of no provider
        await idp.person_token(roles=["admin"]),  # names no provider to post for
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await post(stub, token, batch(new_id("b"), 1, [record(new_id("s"), MODULE)]))
        assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as anonymous:
        await stub.ListMyCredits(credits_pb2.ListMyCreditsRequest())
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_a_provider_cannot_post_for_another_providers_element(
    stub: credits_pb2_grpc.CreditsServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
) -> None:
    admin = bearer(await idp.person_token(roles=["admin"]))
    other = await catalog_stub.SaveProvider(
        catalog_pb2.SaveProviderRequest(
            provider=catalog_pb2.Provider(
                name="АНО ДПО «Другая организация»", region_code="16", client_id=new_id("client")
            )
        ),
        metadata=admin,
    )
    created = await catalog_stub.CreateElement(
        catalog_pb2.CreateElementRequest(
            element=catalog_pb2.Element(
                kind=catalog_pb2.ELEMENT_KIND_MODULE,
                title="Чужой модуль",
                provider_id=other.provider.id,
                zet=2,
                main_specialty_code="31.08.36",
                audience="medical",
                module_kind="clinical_case",
                free=True,
            )
        ),
        metadata=admin,
    )
    await catalog_stub.PublishElement(
        catalog_pb2.PublishElementRequest(element_id=created.element.id), metadata=admin
    )
    provider = await idp.provider_token()
    [ack] = await post(
        stub, provider, batch(new_id("b"), 1, [record(new_id("x"), created.element.id)])
    )
    assert outcomes(ack)[0][1:] == ("OUTCOME_REJECTED", "element_not_owned")

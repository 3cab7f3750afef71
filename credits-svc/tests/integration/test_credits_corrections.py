"""Voids, corrections, their audit and events; the ledger feed; ДПП lateness per provider."""

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import grpc
import pytest
from credits_helpers import batch, credits_by_id, new_id, post, record, upsert_element
from redis.asyncio import Redis

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.outbox import stream_name
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from credits_svc.domain.deadlines import posting_deadline
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


async def posted(stub: credits_pb2_grpc.CreditsServiceStub, token: str, **changes: object) -> str:
    [ack] = await post(
        stub, token, batch(new_id("b"), 1, [record(new_id("x"), demo.MODULE_ID, **changes)])
    )
    assert ack.outcomes[0].outcome == credits_pb2.OUTCOME_ACCEPTED, ack
    return ack.outcomes[0].record_id


async def events_of(redis_url: str, event_type: str, credit_id: str) -> list[dict[str, object]]:
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:

        async def published() -> list[dict[str, object]]:
            entries = await redis.xrange(stream_name(event_type))
            return [
                p for _, f in entries if (p := json.loads(f["payload"]))["credit_id"] == credit_id
            ]

        return await wait_until(published, seconds=5, what=f"{event_type} of {credit_id}")
    finally:
        await redis.aclose()


async def test_a_correction_supersedes_the_record_with_a_new_one_audited_and_evented(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp, redis_url: str
) -> None:
    provider = await idp.provider_token()
    batch_id = new_id("b")
    [ack] = await post(stub, provider, batch(batch_id, 1, [record(new_id("x"), demo.MODULE_ID)]))
    original = ack.outcomes[0].record_id
    corrected = await stub.CorrectCredit(
        credits_pb2.CorrectCreditRequest(
            credit_id=original, reason="ошибка в дате", zet=1, completed_on="2025-05-02"
        ),
        metadata=bearer(provider),
    )
    new_id_ = corrected.credit.id
    assert corrected.corrected.status == credits_pb2.CREDIT_STATUS_SUPERSEDED
    assert corrected.corrected.corrected_by == new_id_
    assert (corrected.credit.corrects_id, corrected.credit.zet, corrected.credit.source) == (
        original,
        1,
        "correction",
    )
    history = await stub.GetCreditHistory(
        credits_pb2.GetCreditHistoryRequest(credit_id=new_id_), metadata=bearer(provider)
    )
    assert [c.id for c in history.chain] == [original, new_id_]
    # The trail starts with who posted the original (issue 12), then the correction, then who
    # recorded the corrected record.
    posting, correction, recorded_new = history.audit
    assert (
        posting.credit_id,
        posting.action,
        posting.actor_client_id,
        posting.batch_id,
    ) == (original, "recorded", demo.PROVIDER_CLIENT_ID, batch_id)
    assert batch_id in posting.reason
    assert posting.at == history.chain[0].recorded_at
    assert (
        correction.action,
        correction.reason,
        correction.actor_client_id,
        correction.replaced_by,
    ) == ("corrected", "ошибка в дате", demo.PROVIDER_CLIENT_ID, new_id_)
    assert correction.at
    assert (recorded_new.credit_id, recorded_new.action, recorded_new.batch_id) == (
        new_id_,
        "recorded",
        "",
    )
    assert recorded_new.actor  # the corrector's subject
    assert datetime.fromisoformat(posting.at) <= datetime.fromisoformat(correction.at)

    [voided] = await events_of(redis_url, "credits.voided", original)
    assert voided["replaced_by"] == new_id_
    [recorded] = await events_of(redis_url, "credits.recorded", new_id_)
    assert (recorded["corrects_id"], recorded["zet"]) == (original, 1)

    # The old record cannot be changed any more; the person sees both, with statuses.
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.VoidCredit(
            credits_pb2.VoidCreditRequest(credit_id=original, reason="ещё раз"),
            metadata=bearer(provider),
        )
    assert grpc_error_code(caught.value) == "credit_superseded"
    specialist = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    mine = await credits_by_id(stub, specialist)
    assert mine[original].status == credits_pb2.CREDIT_STATUS_SUPERSEDED
    assert mine[original].status_reason == "ошибка в дате"
    assert mine[new_id_].status == credits_pb2.CREDIT_STATUS_ACCEPTED


async def test_voids_need_a_reason_and_the_right_to_act_for_the_provider(
    stub: credits_pb2_grpc.CreditsServiceStub, idp: RunningIdp, redis_url: str
) -> None:
    provider = await idp.provider_token()
    credit = await posted(stub, provider)
    with pytest.raises(grpc.aio.AioRpcError) as no_reason:
        await stub.VoidCredit(
            credits_pb2.VoidCreditRequest(credit_id=credit, reason=" "), metadata=bearer(provider)
        )
    assert grpc_error_code(no_reason.value) == "reason_required"
    for token in (
        await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID),
        await idp.person_token(roles=["provider_staff"]),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as denied:
            await stub.VoidCredit(
                credits_pb2.VoidCreditRequest(credit_id=credit, reason="не моё"),
                metadata=bearer(token),
            )
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    admin = await idp.person_token(roles=["admin"])
    voided = await stub.VoidCredit(
        credits_pb2.VoidCreditRequest(credit_id=credit, reason="ошибочная запись"),
        metadata=bearer(admin),
    )
    assert voided.credit.status == credits_pb2.CREDIT_STATUS_VOIDED
    [event] = await events_of(redis_url, "credits.voided", credit)
    assert (event["reason"], event["person_id"]) == ("ошибочная запись", demo.SPECIALIST_PERSON_ID)

    # The ledger feed (admin only) carries both entries in order.
    entries: list[credits_pb2.LedgerEntry] = []
    after = 0
    while True:
        page = await stub.ListLedgerEntries(
            credits_pb2.ListLedgerEntriesRequest(after_sequence=after, page_size=5000),
            metadata=bearer(admin),
        )
        if not page.entries:
            break
        entries += page.entries
        after = page.last_sequence
    assert [e.sequence for e in entries] == sorted({e.sequence for e in entries})
    mine = [
        (e.event_type, json.loads(e.payload_json))
        for e in entries
        if json.loads(e.payload_json)["credit_id"] == credit
    ]
    assert [kind for kind, _ in mine] == ["credits.recorded", "credits.voided"]
    assert mine[0][1]["person_id"] == demo.SPECIALIST_PERSON_ID
    with pytest.raises(grpc.aio.AioRpcError) as not_admin:
        await stub.ListLedgerEntries(
            credits_pb2.ListLedgerEntriesRequest(), metadata=bearer(provider)
        )
    assert not_admin.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_late_dpp_results_are_marked_and_counted_per_provider(
    stub: credits_pb2_grpc.CreditsServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
) -> None:
    provider = await idp.provider_token()
    today = date.today()
    late_end = today - timedelta(days=80)
    on_time_end = today - timedelta(days=5)
    program = await upsert_element(
        catalog_stub,
        provider,
        catalog_pb2.Element(
            kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
            title=f"Программа {new_id('p')}",
            zet=36,
            main_specialty_code=demo.CARDIOLOGY,
            audience="medical",
            form_of_study="full_time",
            price_kopecks=1000000,
            external_id=new_id("program"),
            cycles=[
                catalog_pb2.ProgramCycle(
                    external_id=new_id("late"),
                    starts_on=(late_end - timedelta(days=20)).isoformat(),
                    ends_on=late_end.isoformat(),
                ),
                catalog_pb2.ProgramCycle(
                    external_id=new_id("ontime"),
                    starts_on=(on_time_end - timedelta(days=20)).isoformat(),
                    ends_on=on_time_end.isoformat(),
                ),
            ],
        ),
    )
    late_cycle, on_time_cycle = sorted(program.cycles, key=lambda c: c.ends_on)
    # Posted late, on time, and one completed after its cycle ended (rejected).
    completions = [(late_end, late_cycle), (on_time_end, on_time_cycle), (today, on_time_cycle)]
    records = [
        record(
            new_id("r"),
            program.id,
            zet=36,
            completed_on=completed_on.isoformat(),
            program_cycle_id=cycle.id,
        )
        for completed_on, cycle in completions
    ]
    [ack] = await post(stub, provider, batch(new_id("b"), 1, records))
    moscow_today = datetime.now(ZoneInfo("Europe/Moscow")).date()
    expected_late = (moscow_today - posting_deadline(late_end)).days
    assert [(o.outcome, o.reason_code, o.days_late) for o in ack.outcomes] == [
        (credits_pb2.OUTCOME_ACCEPTED, "", expected_late),
        (credits_pb2.OUTCOME_ACCEPTED, "", 0),
        (credits_pb2.OUTCOME_REJECTED, "completion_outside_cycle_dates", 0),
    ]
    specialist = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    mine = await credits_by_id(stub, specialist)
    late = mine[ack.outcomes[0].record_id]
    assert (late.deadline, late.days_late, late.program_cycle_id) == (
        posting_deadline(late_end).isoformat(),
        expected_late,
        late_cycle.id,
    )

    own = await stub.ListProviderLateness(
        credits_pb2.ListProviderLatenessRequest(), metadata=bearer(provider)
    )
    [mine_row] = own.providers
    assert mine_row.provider_id == demo.PROVIDER_ID
    assert mine_row.late_results >= 1 and mine_row.results_with_deadline >= 2
    assert mine_row.max_days_late >= expected_late and mine_row.total_days_late >= expected_late
    admin = await idp.person_token(roles=["admin"])
    everyone = await stub.ListProviderLateness(
        credits_pb2.ListProviderLatenessRequest(), metadata=bearer(admin)
    )
    assert demo.PROVIDER_ID in {p.provider_id for p in everyone.providers}

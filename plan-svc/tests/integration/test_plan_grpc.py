import uuid
from collections.abc import AsyncIterator
from datetime import date

import grpc
import pytest
from plan_fakes import FakeCreditsSvc
from plan_platform import plan_settings
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.outbox import stream_name
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from local_idp.pytest_plugin import RunningIdp
from plan_svc.adapters.unit_of_work import PlanUnitOfWork
from plan_svc.domain.cycle import DocumentKind
from plan_svc.main import SPEC
from plan_svc.service_layer.documents import open_cycle_if_absent

pytestmark = pytest.mark.integration

CARDIOLOGY = "31.08.36"
THERAPY = "31.08.49"


@pytest.fixture(scope="module")
async def plan(database_url: str, redis_url: str, idp: RunningIdp) -> AsyncIterator[RunningService]:
    running = await start_service(SPEC, plan_settings(database_url, redis_url, idp, seed_demo=True))
    yield running
    await running.stop()


@pytest.fixture
async def stub(plan: RunningService) -> AsyncIterator[plan_pb2_grpc.PlanServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{plan.port}") as channel:
        yield plan_pb2_grpc.PlanServiceStub(channel)


async def open_test_cycle(
    sessions: async_sessionmaker[AsyncSession],
    person_id: str,
    specialty: str,
    document_date: date,
    rule_set: str,
) -> str:
    cycle = await open_cycle_if_absent(
        PlanUnitOfWork(sessions),
        cycle_id=str(uuid.uuid4()),
        person_id=person_id,
        specialty_code=specialty,
        document_kind=DocumentKind.CERTIFICATE,
        document_date=document_date,
        rule_set_code=rule_set,
    )
    return cycle.id


async def progress(
    stub: plan_pb2_grpc.PlanServiceStub, token: str, *cycle_ids: str
) -> dict[str, plan_pb2.Progress]:
    reply = await stub.BatchGetProgress(
        plan_pb2.BatchGetProgressRequest(cycle_ids=list(cycle_ids)), metadata=bearer(token)
    )
    return {p.cycle_id: p for p in reply.progress}


def credit_ids(found: plan_pb2.Progress) -> list[str]:
    """The credits that count (voided ones stay listed, with their status)."""
    return [c.credit_id for c in found.credits if c.status != "voided"]


async def test_the_demo_specialist_sees_their_seeded_cycle_and_its_rule_set(
    stub: plan_pb2_grpc.PlanServiceStub, idp: RunningIdp
) -> None:
    token = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    reply = await stub.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=bearer(token))
    assert [
        (c.id, c.person_id, c.specialty_code, c.starts_on, c.ends_on, c.rule_set)
        for c in reply.cycles
    ] == [
        (
            demo.SPECIALIST_CYCLE_ID,
            demo.SPECIALIST_PERSON_ID,
            demo.SPECIALIST_SPECIALTY,
            "2024-03-15",
            "2029-03-14",
            "nmo-250",
        )
    ]
    assert not reply.cycles[0].HasField("document")

    found = await progress(stub, token, demo.SPECIALIST_CYCLE_ID, str(uuid.uuid4()), "not-a-uuid")
    assert list(found) == [demo.SPECIALIST_CYCLE_ID]
    demo_progress = found[demo.SPECIALIST_CYCLE_ID]
    assert demo_progress.target_zet == 250
    assert [t.kind for t in demo_progress.by_kind] == ["program", "event", "module"]


async def test_seeding_again_keeps_one_demo_cycle(
    database_url: str,
    redis_url: str,
    idp: RunningIdp,
    stub: plan_pb2_grpc.PlanServiceStub,
) -> None:
    again = await start_service(SPEC, plan_settings(database_url, redis_url, idp, seed_demo=True))
    await again.stop()
    token = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    reply = await stub.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=bearer(token))
    assert [c.id for c in reply.cycles] == [demo.SPECIALIST_CYCLE_ID]


async def test_recorded_credits_count_once_in_every_eligible_cycle_until_voided(
    stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
    sessions: async_sessionmaker[AsyncSession],
    credits_svc: FakeCreditsSvc,
) -> None:
    person = str(uuid.uuid4())
    token = await idp.person_token(person_id=person)
    cardiology = await open_test_cycle(sessions, person, CARDIOLOGY, date(2024, 3, 15), "nmo-250")
    therapy = await open_test_cycle(sessions, person, THERAPY, date(2023, 1, 10), "nmo-709n-144")

    before = await progress(stub, token, cardiology, therapy)
    assert before[cardiology].total_zet == 0
    assert before[therapy].total_zet == 0
    assert before[cardiology].target_zet == 250
    assert before[therapy].target_zet == 144
    assert [(t.kind, t.zet) for t in before[cardiology].by_kind] == [
        ("program", 0),
        ("event", 0),
        ("module", 0),
    ]

    # Completed the day before the cardiology cycle starts, and not eligible for therapy.
    too_early, _ = await credits_svc.record(
        person, kind="event", zet=6, completed_on=date(2024, 3, 14)
    )
    both, both_event = await credits_svc.record(
        person, kind="program", zet=36, completed_on=date(2025, 6, 1), additional=(THERAPY,)
    )

    async def counted_in_both() -> bool:
        found = await progress(stub, token, cardiology, therapy)
        return credit_ids(found[cardiology]) == [both] and credit_ids(found[therapy]) == [both]

    await wait_until(counted_in_both, seconds=15.0)

    await credits_svc.redeliver(both_event)
    marker, _ = await credits_svc.record(
        person, kind="module", zet=2, completed_on=date(2025, 7, 1)
    )

    async def marker_counted() -> bool:
        found = await progress(stub, token, cardiology)
        return marker in credit_ids(found[cardiology])

    await wait_until(marker_counted, seconds=15.0)
    after = await progress(stub, token, cardiology, therapy)
    assert credit_ids(after[cardiology]) == [both, marker]
    assert after[cardiology].total_zet == 38
    assert [(t.kind, t.zet) for t in after[cardiology].by_kind] == [
        ("program", 36),
        ("event", 0),
        ("module", 2),
    ]
    assert after[therapy].total_zet == 36
    assert too_early not in credit_ids(after[cardiology])
    counted = after[cardiology].credits[0]
    assert (counted.kind, counted.zet, counted.completed_on) == ("program", 36, "2025-06-01")

    await credits_svc.void(both, person)

    async def voided_everywhere() -> bool:
        found = await progress(stub, token, cardiology, therapy)
        return credit_ids(found[cardiology]) == [marker] and credit_ids(found[therapy]) == []

    await wait_until(voided_everywhere, seconds=15.0)
    shown = await progress(stub, token, cardiology)
    assert next((c.credit_id, c.status, c.counted_zet) for c in shown[cardiology].credits) == (
        both,
        "voided",
        0,
    )

    # A late redelivery of the original event does not bring the voided credit back.
    await credits_svc.redeliver(both_event)
    last, _ = await credits_svc.record(person, kind="event", zet=4, completed_on=date(2026, 1, 1))

    async def last_counted() -> bool:
        found = await progress(stub, token, cardiology)
        return last in credit_ids(found[cardiology])

    await wait_until(last_counted, seconds=15.0)
    final = await progress(stub, token, cardiology, therapy)
    assert credit_ids(final[cardiology]) == [marker, last]
    assert final[cardiology].total_zet == 6
    assert final[therapy].total_zet == 0


async def test_a_malformed_event_is_acknowledged_and_does_not_hold_up_the_next(
    stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
    sessions: async_sessionmaker[AsyncSession],
    credits_svc: FakeCreditsSvc,
) -> None:
    person = str(uuid.uuid4())
    token = await idp.person_token(person_id=person)
    cycle = await open_test_cycle(sessions, person, CARDIOLOGY, date(2024, 3, 15), "nmo-250")

    await credits_svc.emit("credits.recorded", {"credit_id": "garbage", "person_id": person})
    credit, _ = await credits_svc.record(person, kind="event", zet=5, completed_on=date(2025, 1, 1))

    async def counted() -> bool:
        return credit_ids((await progress(stub, token, cycle))[cycle]) == [credit]

    await wait_until(counted, seconds=15.0)

    async def nothing_left_pending() -> bool:
        summary = await credits_svc.redis.xpending(stream_name("credits.recorded"), "plan-svc")
        return int(summary["pending"]) == 0

    await wait_until(nothing_left_pending, seconds=5.0)


async def test_a_person_reads_only_their_own_cycles_and_an_admin_reads_any(
    stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    owner = str(uuid.uuid4())
    cycle = await open_test_cycle(sessions, owner, CARDIOLOGY, date(2024, 3, 15), "nmo-250")

    stranger = await idp.person_token(person_id=str(uuid.uuid4()))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await progress(stub, stranger, cycle)
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(caught.value) == "forbidden"

    stranger_cycles = await stub.ListMyCycles(
        plan_pb2.ListMyCyclesRequest(), metadata=bearer(stranger)
    )
    assert list(stranger_cycles.cycles) == []

    admin = await idp.person_token(roles=["admin"])
    assert list(await progress(stub, admin, cycle)) == [cycle]


async def test_a_provider_token_has_no_cycles_of_its_own(
    stub: plan_pb2_grpc.PlanServiceStub, idp: RunningIdp
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListMyCycles(
            plan_pb2.ListMyCyclesRequest(), metadata=bearer(await idp.provider_token())
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(caught.value) == "not_a_person"


async def test_calls_without_a_valid_token_are_refused(
    stub: plan_pb2_grpc.PlanServiceStub,
) -> None:
    for metadata in [(), bearer("not-a-jwt")]:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.ListMyCycles(plan_pb2.ListMyCyclesRequest(), metadata=metadata)
        assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED

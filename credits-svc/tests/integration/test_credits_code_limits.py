"""Event confirmation codes over real gRPC on a credits-svc with its own Redis and low limits:
acceptance after the delay without an attendance list, and the brute-force limits (per person,
per person and event, per client address) including a Redis restart."""

import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from codes_helpers import EVENT, Person, issue, new_event, person, redeem, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from cpd.catalog.v1 import catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.plan.v1 import plan_pb2_grpc
from cpd_platform.local_infra import LocalRedis, free_port
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import grpc_error_code, wait_until
from credits_svc.adapters.orm import code_redemptions
from credits_svc.main import SPEC as CREDITS
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


def _address() -> str:
    """A client address of its own (failures are counted per address, across tests)."""
    n = uuid.uuid4().int
    return f"10.{n % 250}.{n // 250 % 250}.{n // 62500 % 250}"


@pytest.fixture
async def private_redis() -> AsyncIterator[LocalRedis]:
    folder = Path(tempfile.mkdtemp(prefix="credits-redis-"))
    redis = LocalRedis(folder, free_port())
    redis.start()
    yield redis
    redis.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
async def strict_credits(platform: Any, private_redis: LocalRedis) -> AsyncIterator[RunningService]:
    """credits-svc with its own Redis (to stop and restart), low limits and a short delay."""
    running = await start_service(
        CREDITS,
        platform.credits_settings(
            redis_url=private_redis.url,
            redeem_max_failures_per_person=3,
            redeem_max_failures_per_person_event=2,
            redeem_max_failures_per_address=20,
            code_auto_accept_seconds=0.5,
        ),
    )
    yield running
    await running.stop()


@pytest.fixture
async def strict_stub(
    strict_credits: RunningService,
) -> AsyncIterator[credits_pb2_grpc.CreditsServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{strict_credits.port}") as channel:
        yield credits_pb2_grpc.CreditsServiceStub(channel)


async def test_without_an_attendance_list_a_code_is_accepted_after_the_delay(
    strict_stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
) -> None:
    provider = await idp.provider_token()
    event = await new_event(catalog_stub, provider)
    someone = await person(idp, plan_stub, event.id)
    [code] = await issue(strict_stub, provider, 1, event=event.id)
    answer = await redeem(strict_stub, someone, code.code, address=_address())
    assert status(answer)[0] == "REDEMPTION_STATUS_PENDING"

    async def decided() -> credits_pb2.Redemption | None:
        [redemption] = (
            await strict_stub.ListMyRedemptions(
                credits_pb2.ListMyRedemptionsRequest(), metadata=someone.metadata
            )
        ).redemptions
        return redemption if redemption.status != credits_pb2.REDEMPTION_STATUS_PENDING else None

    redemption = await wait_until(decided, what="the redemption to be decided")
    assert status(redemption) == ("REDEMPTION_STATUS_ACCEPTED", "")
    assert redemption.credit_id


async def _refused(
    stub: credits_pb2_grpc.CreditsServiceStub, who: Person, code: str, **where: str
) -> str | None:
    """The error code of a refused redemption (`where`: event_id, address, gateway_token)."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redeem(stub, who, code, **where)
    return grpc_error_code(caught.value)


async def _fail(
    stub: credits_pb2_grpc.CreditsServiceStub, who: Person, times: int, **where: str
) -> None:
    for _ in range(times):
        answer = await redeem(stub, who, "WRONGWRONG00", **where)
        assert status(answer)[0] == "REDEMPTION_STATUS_REJECTED"


async def test_failed_attempts_are_limited_per_person_even_across_a_redis_restart(
    strict_stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    private_redis: LocalRedis,
    idp: RunningIdp,
) -> None:
    provider = await idp.provider_token()
    guesser = await person(idp, plan_stub, EVENT)
    newcomer = await person(idp, plan_stub, EVENT)
    [good] = await issue(strict_stub, provider, 1)

    await _fail(strict_stub, guesser, 3)
    # The fourth attempt is refused before the code is even looked at, valid or not.
    assert await _refused(strict_stub, guesser, good.code) == "too_many_attempts"

    # Redis down: fail closed.
    private_redis.stop()
    try:
        assert await _refused(strict_stub, newcomer, good.code) == "redemption_unavailable"
    finally:
        private_redis.start()
    # Redis back, empty: the counters come back from PostgreSQL, the limit still holds.
    assert await _refused(strict_stub, guesser, good.code) == "too_many_attempts"
    # Someone else is not affected, and a success does not count.
    answer = await redeem(strict_stub, newcomer, good.code)
    assert status(answer) == ("REDEMPTION_STATUS_PENDING", "")


async def test_failures_on_one_event_do_not_block_another_beyond_the_person_limit(
    strict_stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    catalog_stub: catalog_pb2_grpc.CatalogServiceStub,
    idp: RunningIdp,
) -> None:
    """Limits: 2 failures per (person, event), 3 per person."""
    provider = await idp.provider_token()
    a, b, c = [await new_event(catalog_stub, provider) for _ in range(3)]
    someone = await person(idp, plan_stub, a.id, b.id, c.id)
    [code_a] = await issue(strict_stub, provider, 1, event=a.id)
    [code_b] = await issue(strict_stub, provider, 1, event=b.id)
    [code_c] = await issue(strict_stub, provider, 1, event=c.id)

    await _fail(strict_stub, someone, 2, event_id=a.id)
    assert await _refused(strict_stub, someone, code_a.code, event_id=a.id) == "too_many_attempts"
    # Event B is still open to the same person...
    answer = await redeem(strict_stub, someone, code_b.code, event_id=b.id)
    assert status(answer) == ("REDEMPTION_STATUS_PENDING", "")
    # ...until the per-person limit (3) is reached: then every event is closed to them.
    await _fail(strict_stub, someone, 1, event_id=c.id)
    assert await _refused(strict_stub, someone, code_c.code, event_id=c.id) == "too_many_attempts"
    assert await _refused(strict_stub, someone, code_c.code) == "too_many_attempts"


async def test_people_behind_one_address_are_not_blocked_by_each_others_failures_until_the_flood_guard(
    strict_stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
) -> None:
    """One hospital NAT, the address vouched for by the gateway's service identity. Limits: 3
    failures per person, 20 per address (the flood guard)."""
    gateway = await idp.client_token("gateway")
    provider = await idp.provider_token()
    nat, elsewhere = _address(), _address()
    codes = [c.code for c in await issue(strict_stub, provider, 3)]
    # Four people exhaust their own limits from the shared address: only they are blocked.
    for _ in range(4):
        clumsy = await person(idp, plan_stub)
        await _fail(strict_stub, clumsy, 3, address=nat, gateway_token=gateway)
        refused = await _refused(strict_stub, clumsy, codes[0], address=nat, gateway_token=gateway)
        assert refused == "too_many_attempts"
    fifth = await person(idp, plan_stub, EVENT)
    answer = await redeem(strict_stub, fifth, codes[0], address=nat, gateway_token=gateway)
    assert status(answer) == ("REDEMPTION_STATUS_PENDING", "")

    # The flood guard: 12 failures so far from the address; 8 more close it for everybody.
    for _ in range(4):
        await _fail(
            strict_stub, await person(idp, plan_stub), 2, address=nat, gateway_token=gateway
        )
    newcomer = await person(idp, plan_stub, EVENT)
    refused = await _refused(strict_stub, newcomer, codes[1], address=nat, gateway_token=gateway)
    assert refused == "too_many_attempts"
    # The same person from another address is not affected.
    answer = await redeem(strict_stub, newcomer, codes[1], address=elsewhere, gateway_token=gateway)
    assert status(answer) == ("REDEMPTION_STATUS_PENDING", "")


async def test_an_untrusted_callers_client_address_is_ignored(
    strict_stub: credits_pb2_grpc.CreditsServiceStub,
    plan_stub: plan_pb2_grpc.PlanServiceStub,
    idp: RunningIdp,
    database_url: str,
) -> None:
    """Without the gateway's service identity `x-client-ip` is whatever the caller wrote: it
    neither feeds the flood guard (20 here) nor is stored."""
    provider = await idp.provider_token()
    address = _address()
    tried: list[str] = []
    for _ in range(21):
        someone = await person(idp, plan_stub)
        answer = await redeem(strict_stub, someone, "WRONGWRONG00", address=address)
        assert status(answer) == ("REDEMPTION_STATUS_REJECTED", "code_not_found")
        tried.append(answer.id)
    [good] = await issue(strict_stub, provider, 1)
    newcomer = await person(idp, plan_stub, EVENT)
    answer = await redeem(strict_stub, newcomer, good.code, address=address)
    assert status(answer) == ("REDEMPTION_STATUS_PENDING", "")
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            stored = await connection.execute(
                select(code_redemptions.c.client_address).where(
                    code_redemptions.c.id.in_([*tried, answer.id])
                )
            )
            assert {row.client_address for row in stored} == {""}
    finally:
        await engine.dispose()


# -- codes wait for the end of their event (issue 12) ------------------------------------------

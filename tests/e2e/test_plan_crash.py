"""Issue 6: killing plan-svc (SIGKILL, no graceful stop) twice while the provider posts results
and voids some of them through the real credits-svc, then letting it run, leaves plan-svc's
projection equal to credits-svc's ledger: nothing lost, nothing counted twice."""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
import uuid
from datetime import date, timedelta

import grpc
import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from tests.e2e.conftest import Tokens, wait_for
from tests.e2e.test_registration import register

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.local_infra import asyncpg_url
from cpd_platform.testing import bearer, new_snils
from credits_svc.domain.records import payload_hash
from local_idp.pytest_plugin import RunningIdp
from plan_svc.adapters.projection_repository import PersonCreditRepository
from plan_svc.domain.projection import CreditProjection, PersonCredit
from plan_svc.service_layer.rebuild import apply_entry

pytestmark = pytest.mark.e2e

BATCHES, RECORDS_PER_BATCH = 40, 8


def random_results(
    rng: random.Random, snils: list[str], count: int, first_day: date, days: int
) -> list[credits_pb2.ResultRecord]:
    """`count` results of the demo module (0..2 ZET) for persons drawn from `snils`, completed on
    days drawn from the `days` days after `first_day`."""
    return [
        credits_pb2.ResultRecord(
            external_id=uuid.uuid4().hex,
            snils=rng.choice(snils),
            element_id=demo.MODULE_ID,
            zet=rng.randint(0, 2),
            completed_on=(first_day + timedelta(days=rng.randint(0, days))).isoformat(),
        )
        for _ in range(count)
    ]


class Provider:
    """The demo provider's system: posts batches of module completions, voids some records."""

    def __init__(self, platform: DevStack, token: str, snils: list[str]) -> None:
        self._channel = grpc.insecure_channel(platform.target("credits"))
        self._credits = credits_pb2_grpc.CreditsServiceStub(self._channel)
        self._token = token
        self._snils = snils
        self._rng = random.Random(20261123)
        self.voided = 0

    def post_batch(self) -> list[str]:
        records = random_results(self._rng, self._snils, RECORDS_PER_BATCH, date(2023, 1, 1), 1000)
        request = credits_pb2.PostResultsRequest(
            batch_id=uuid.uuid4().hex,
            sequence=1,
            payload_hash=payload_hash(records),
            records=records,
        )
        [ack] = self._credits.PostResults(iter([request]), metadata=bearer(self._token), timeout=30)
        assert {o.outcome for o in ack.outcomes} == {credits_pb2.OUTCOME_ACCEPTED}, ack
        return [o.record_id for o in ack.outcomes]

    def void(self, record_id: str) -> None:
        self._credits.VoidCredit(
            credits_pb2.VoidCreditRequest(credit_id=record_id, reason="Ошибка в ведомости"),
            metadata=bearer(self._token),
            timeout=30,
        )
        self.voided += 1

    def run(self, failures: list[BaseException]) -> None:
        try:
            posted: list[str] = []
            for _ in range(BATCHES):
                posted += self.post_batch()
                for record_id in self._rng.sample(posted, 2):
                    posted.remove(record_id)
                    self.void(record_id)
                time.sleep(0.1)
        except BaseException as failure:  # reported by the test thread
            failures.append(failure)
        finally:
            self._channel.close()


def ledger_projection(platform: DevStack, admin: str) -> CreditProjection:
    """credits-svc's ledger, read as `plan-svc rebuild` reads it, folded the same way."""
    projection = CreditProjection()
    with grpc.insecure_channel(platform.target("credits")) as channel:
        credits = credits_pb2_grpc.CreditsServiceStub(channel)
        after = 0
        while True:
            page = credits.ListLedgerEntries(
                credits_pb2.ListLedgerEntriesRequest(after_sequence=after, page_size=500),
                metadata=bearer(admin),
                timeout=30,
            )
            for entry in page.entries:
                apply_entry(projection, entry.event_type, json.loads(entry.payload_json))
            if not page.entries:
                return projection
            after = page.last_sequence


def projected(platform: DevStack, persons: list[str]) -> dict[str, PersonCredit]:
    async def read() -> dict[str, PersonCredit]:
        engine = create_async_engine(asyncpg_url(str(platform.pg_url), platform.database))
        try:
            async with async_sessionmaker(engine)() as session:
                found = await PersonCreditRepository(session).for_persons(persons)
        finally:
            await engine.dispose()
        return {c.credit_id: c for credits in found.values() for c in credits}

    return asyncio.run(read())


def test_killing_plan_svc_while_credits_are_posted_loses_and_doubles_nothing(
    platform: DevStack, tokens: Tokens
) -> None:
    snils = [new_snils() for _ in range(3)]
    persons = [register(platform, digits)["personId"] for digits in snils]
    provider = Provider(
        platform,
        tokens.client(demo.PROVIDER_CLIENT_ID, dev_client_secret(demo.PROVIDER_CLIENT_ID)),
        snils,
    )
    failures: list[BaseException] = []
    posting = threading.Thread(target=provider.run, args=(failures,))
    posting.start()
    try:
        # Killed as soon as it has projected something, then again shortly after its restart.
        wait_for(lambda: len(projected(platform, persons)) > 10, seconds=60)
        assert posting.is_alive(), "the first kill must come while the provider still posts"
        platform.kill("plan")
        time.sleep(0.3)
        platform.restart("plan")
        time.sleep(1.0)
        platform.kill("plan")
        platform.restart("plan")
    finally:
        posting.join(timeout=300)
    assert not failures, failures

    admin = asyncio.run(RunningIdp(platform.idp_url).person_token(roles=["admin"]))
    ledger = ledger_projection(platform, admin).credits
    expected = {i: c for i, c in ledger.items() if c.person_id in persons}
    assert len(expected) == BATCHES * RECORDS_PER_BATCH
    assert sum(c.voided for c in expected.values()) == provider.voided == BATCHES * 2
    # Messages a killed consumer held are claimed again once idle (5 s).
    wait_for(lambda: projected(platform, persons) == expected, seconds=90)

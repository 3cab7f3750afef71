"""Issue 11, "Survive outages": Redis stops for 10 s while a provider streams results and the
specialist reads the dashboard. Posting goes on (the outbox holds the events), no process dies,
every service is ready again within 10 s of Redis's return, the relays catch up and plan-svc's
projection converges to credits-svc's ledger."""

from __future__ import annotations

import time

import pytest
from tests.e2e.conftest import wait_for
from tests.reliability.conftest import Workload
from tests.reliability.outage import (
    OUTAGE_SECONDS,
    DashboardReader,
    StreamingProvider,
    assert_ledger_equals_projection,
    wait_all_ready,
    wait_all_unready,
)

from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.reliability


def test_a_redis_outage_keeps_posting_and_the_projection_catches_up(
    stack: DevStack, workload: Workload
) -> None:
    snils, persons = workload.snils, workload.persons
    provider = StreamingProvider(stack, workload.provider_token, snils).start()
    reader = DashboardReader(stack, workload.specialist_token).start()
    try:
        wait_for(lambda: provider.acked >= 5 and reader.answered >= 2, seconds=30)

        stack.stop_redis()
        stopped = time.monotonic()
        wait_all_unready(stack, seconds=OUTAGE_SECONDS / 2)
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - stopped)))
        stack.check_all_alive()
        acked_during_outage = provider.acks_since(stopped + 1.0)
        stack.start_redis()
        returned = time.monotonic()

        ready_after = wait_all_ready(stack, since=returned)
        ready = time.monotonic()
        print(f"ready again after Redis returned (s): {ready_after}")
        wait_for(lambda: provider.acks_since(returned) >= 5, seconds=30)
        wait_for(lambda: reader.answered_since(returned) >= 2, seconds=30)
    finally:
        provider.stop()
        reader.stop()
    stack.check_all_alive()

    assert not provider.failures, provider.failures
    assert not reader.failures, reader.failures
    # Once ready, ready: no request fails for the outage after that (stale pooled connections
    # are replaced, not handed out).
    assert not [at for at, _ in provider.errors if at > ready + 1.0], provider.errors
    assert not [at for at in reader.unavailable if at > ready + 1.0]
    # Posting needs PostgreSQL only: it went on, the events waiting in the outbox.
    assert not provider.errors, provider.errors
    assert acked_during_outage >= 10

    assert_ledger_equals_projection(stack, provider, persons)

"""Issue 11, "Survive outages": Redis comes back without its data (no persistence, or a failover
to an empty replica). Its streams and consumer groups are gone; plan-svc's consumer creates its
group again, the events held in the outboxes meanwhile flow, and the projection converges."""

from __future__ import annotations

import time

import pytest
from tests.e2e.conftest import wait_for
from tests.reliability.conftest import Workload
from tests.reliability.outage import (
    OUTAGE_SECONDS,
    StreamingProvider,
    assert_ledger_equals_projection,
    wait_all_ready,
    wait_projection_caught_up,
)

from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.reliability


def test_a_redis_back_without_its_data_gets_the_consumer_groups_again(
    stack: DevStack, workload: Workload
) -> None:
    snils, persons = workload.snils, workload.persons
    provider = StreamingProvider(stack, workload.provider_token, snils).start()
    try:
        wait_for(lambda: provider.acked >= 5, seconds=30)
        # Events published before the loss would be lost with it: none is in flight.
        provider.pause()
        wait_projection_caught_up(stack, persons)

        stack.stop_redis()
        stopped = time.monotonic()
        provider.resume()
        time.sleep(OUTAGE_SECONDS / 2)
        stack.start_redis(empty=True)
        returned = time.monotonic()
        wait_all_ready(stack, since=returned)
        wait_for(lambda: provider.acks_since(returned) >= 5, seconds=30)
    finally:
        provider.stop()
    stack.check_all_alive()

    assert not provider.failures, provider.failures
    assert not provider.errors, provider.errors
    assert provider.acks_since(stopped + 1.0, returned) >= 5
    assert_ledger_equals_projection(stack, provider, persons)

"""Issue 11, "Survive outages": Redis stops for 10 s while a provider streams results and the
specialist reads the dashboard. Posting goes on (the outbox holds the events), no process dies,
every service is ready again within 10 s of Redis's return, the relays catch up and plan-svc's
projection converges to credits-svc's ledger."""

from __future__ import annotations

import pytest
from tests.reliability.conftest import OutageRun, Workload
from tests.reliability.outage import assert_ledger_equals_projection

from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.reliability


def test_a_redis_outage_keeps_posting_and_the_projection_catches_up(
    stack: DevStack, workload: Workload, outage_under_workload: OutageRun
) -> None:
    outage = outage_under_workload(stack.stop_redis, stack.start_redis)
    outage.assert_recovered()
    # Posting needs PostgreSQL only: it went on, the events waiting in the outbox.
    assert not outage.provider.errors, outage.provider.errors
    assert outage.acked_during_outage >= 10

    assert_ledger_equals_projection(stack, outage.provider, workload.persons)

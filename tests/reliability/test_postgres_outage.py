"""Issue 11, "Survive outages": PostgreSQL stops for 10 s while a provider streams results and the
specialist reads the dashboard. Requests fail with UNAVAILABLE or a typed GraphQL error, no
process dies, every service is ready again within 10 s of PostgreSQL's return, the stream
resumes, and credits-svc's ledger and plan-svc's projection end equal."""

from __future__ import annotations

import grpc
import pytest
from tests.reliability.conftest import OutageRun, Workload
from tests.reliability.outage import assert_ledger_equals_projection

from cpd_platform.devstack import DevStack

pytestmark = pytest.mark.reliability


def test_a_postgres_outage_fails_requests_cleanly_and_loses_or_doubles_nothing(
    stack: DevStack, workload: Workload, outage_under_workload: OutageRun
) -> None:
    outage = outage_under_workload(stack.stop_postgres, stack.start_postgres)
    outage.assert_recovered()
    during = [
        code for at, code in outage.provider.errors if outage.stopped <= at <= outage.returned + 1
    ]
    assert during, "the provider's stream was not hit by the outage"
    assert set(during) == {grpc.StatusCode.UNAVAILABLE}
    assert outage.acked_during_outage == 0, "a batch was acknowledged without its database"
    assert any(outage.stopped <= at <= outage.returned + 1 for at in outage.reader.unavailable)

    assert_ledger_equals_projection(stack, outage.provider, workload.persons)

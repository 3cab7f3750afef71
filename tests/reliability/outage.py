"""What the reliability tests run against the platform while PostgreSQL or Redis is away: a
provider streaming results with resume, a specialist reading the dashboard, and the checks on
readiness and on the ledger and projections afterwards."""

from __future__ import annotations

import asyncio
import queue
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Self

import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc
from tests.e2e.conftest import graphql, wait_for
from tests.e2e.test_plan_crash import ledger_projection, projected, random_results

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.devstack import SERVICES, DevStack
from cpd_platform.testing import bearer
from credits_svc.domain.records import payload_hash
from local_idp.pytest_plugin import RunningIdp

OUTAGE_SECONDS = 10.0
# Every service answers SERVING for readiness within this long after the dependency returns.
RECOVERY_SECONDS = 10.0
# No request may take longer than its deadline plus this much.
DEADLINE_SECONDS = 10.0
RECORDS_PER_BATCH = 5
BATCHES_PER_STREAM = 15

SERVING = health_pb2.HealthCheckResponse.SERVING
# Health names: readiness follows PostgreSQL and Redis; liveness only the process.
READINESS, LIVENESS = "", "liveness"
ACKED_STATUSES = {credits_pb2.BATCH_STATUS_APPLIED, credits_pb2.BATCH_STATUS_REPLAYED}
ACKED_OUTCOMES = {credits_pb2.OUTCOME_ACCEPTED, credits_pb2.OUTCOME_DUPLICATE}

DASHBOARD = """
query Dashboard {
  me { id snils }
  myCycles { id progress { totalZet targetZet credits { creditId zet status } } }
  myCredits { id zet status }
}"""


@dataclass
class Failure:
    """Something a client saw that an outage must not cause."""

    what: str
    at: float = field(default_factory=time.monotonic)


class _Background:
    """A loop (`_run`) on a daemon thread of its own until `stop()`; `what` names it in the
    failure of a loop that does not stop."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=what, daemon=True)

    def _run(self) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=60)
        assert not self._thread.is_alive(), f"{self._what} hangs"


class StreamingProvider(_Background):
    """The demo provider's system: one series of batches sent over long-lived PostResults
    streams. A broken stream is resumed after the series' last committed sequence
    (GetPostingState), as the provider CLI does; re-sent batches are replayed, not doubled."""

    def __init__(self, stack: DevStack, token: str, snils: list[str]) -> None:
        self._target = stack.target("credits")
        self._token = token
        self._snils = snils
        self._rng = random.Random(uuid.uuid4().int)
        self.series_id = f"reliability-{uuid.uuid4().hex[:12]}"
        self._batches: dict[int, credits_pb2.PostResultsRequest] = {}
        self.acked = 0
        self.acked_at: list[float] = []
        self.errors: list[tuple[float, grpc.StatusCode]] = []
        self.failures: list[Failure] = []
        self._idle = False
        self._posting = threading.Event()
        self._posting.set()
        super().__init__("the provider's stream")

    def pause(self) -> None:
        """Stops sending after the batch in flight; `acked` is final until `resume`."""
        self._posting.clear()
        wait_for(lambda: self._idle, seconds=3 * DEADLINE_SECONDS)

    def resume(self) -> None:
        self._posting.set()

    def acks_since(self, moment: float, until: float = float("inf")) -> int:
        return sum(1 for at in self.acked_at if moment <= at <= until)

    def _request(self, sequence: int) -> credits_pb2.PostResultsRequest:
        if sequence not in self._batches:
            records = random_results(
                self._rng, self._snils, RECORDS_PER_BATCH, date(2024, 1, 1), 600
            )
            self._batches[sequence] = credits_pb2.PostResultsRequest(
                batch_id=uuid.uuid4().hex,
                sequence=sequence,
                payload_hash=payload_hash(records),
                records=records,
                series_id=self.series_id,
            )
        return self._batches[sequence]

    def _run(self) -> None:
        with grpc.insecure_channel(self._target) as channel:
            credits = credits_pb2_grpc.CreditsServiceStub(channel)
            resume = False
            while not self._stop.is_set():
                if not self._posting.is_set():
                    self._idle = True
                    self._stop.wait(0.05)
                    continue
                self._idle = False
                try:
                    if resume:
                        self._resume(credits)
                    self._stream(credits)
                    resume = False
                except grpc.RpcError as error:
                    self.errors.append((time.monotonic(), error.code()))  # type: ignore[attr-defined]
                    if error.code() != grpc.StatusCode.UNAVAILABLE:  # type: ignore[attr-defined]
                        self.failures.append(Failure(f"provider: {error}"))
                    resume = True
                    self._stop.wait(0.2)
                except BaseException as failure:  # reported by the test
                    self.failures.append(Failure(f"provider: {failure!r}"))
                    return

    def _resume(self, credits: credits_pb2_grpc.CreditsServiceStub) -> None:
        state = credits.GetPostingState(
            credits_pb2.GetPostingStateRequest(series_id=self.series_id),
            metadata=bearer(self._token),
            timeout=DEADLINE_SECONDS,
        )
        if state.last_committed_sequence < self.acked:
            self.failures.append(Failure(f"committed {state} behind acknowledged {self.acked}"))
        self.acked = max(self.acked, state.last_committed_sequence)

    def _stream(self, credits: credits_pb2_grpc.CreditsServiceStub) -> None:
        outgoing: queue.Queue[credits_pb2.PostResultsRequest | None] = queue.Queue()

        def requests() -> Iterator[credits_pb2.PostResultsRequest]:
            while (request := outgoing.get()) is not None:
                yield request

        responses = credits.PostResults(
            requests(), metadata=bearer(self._token), timeout=3 * DEADLINE_SECONDS
        )
        try:
            for _ in range(BATCHES_PER_STREAM):
                if self._stop.is_set() or not self._posting.is_set():
                    break
                request = self._request(self.acked + 1)
                outgoing.put(request)
                ack = next(responses)
                if ack.status not in ACKED_STATUSES or ack.sequence != request.sequence:
                    self.failures.append(Failure(f"batch not acknowledged: {ack}"))
                    self._stop.set()
                    break
                if {o.outcome for o in ack.outcomes} - ACKED_OUTCOMES:
                    self.failures.append(Failure(f"records rejected: {ack}"))
                self.acked = max(self.acked, ack.sequence)
                self.acked_at.append(time.monotonic())
                self._stop.wait(0.05)
        finally:
            outgoing.put(None)
        for ack in responses:
            self.failures.append(Failure(f"an acknowledgement nobody asked for: {ack}"))

    def committed(self, stack: DevStack) -> int:
        """The series' last committed sequence, as credits-svc tells it."""
        with grpc.insecure_channel(stack.target("credits")) as channel:
            state = credits_pb2_grpc.CreditsServiceStub(channel).GetPostingState(
                credits_pb2.GetPostingStateRequest(series_id=self.series_id),
                metadata=bearer(self._token),
                timeout=DEADLINE_SECONDS,
            )
        return int(state.last_committed_sequence)


class DashboardReader(_Background):
    """The specialist reloading the dashboard: each answer is data, or, while a dependency is
    away, a GraphQL error with the typed code `service_unavailable`; never a masked internal
    error, an HTTP failure, or an answer slower than the deadline."""

    def __init__(self, stack: DevStack, token: str) -> None:
        self._stack = stack
        self._token = token
        self.answered_at: list[float] = []
        self.unavailable: list[float] = []
        self.failures: list[Failure] = []
        super().__init__("the dashboard")

    @property
    def answered(self) -> int:
        return len(self.answered_at)

    def answered_since(self, moment: float) -> int:
        return sum(1 for at in self.answered_at if at >= moment)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                reply = graphql(self._stack, DASHBOARD, self._token)
            except httpx.HTTPError as error:
                self.failures.append(Failure(f"dashboard: {error!r}"))
                continue
            elapsed = time.monotonic() - started
            if elapsed > DEADLINE_SECONDS:
                self.failures.append(Failure(f"dashboard answered in {elapsed:.1f} s"))
            self._judge(reply)
            self._stop.wait(0.1)

    def _judge(self, reply: httpx.Response) -> None:
        if reply.status_code != 200:
            self.failures.append(Failure(f"dashboard: HTTP {reply.status_code} {reply.text}"))
            return
        body = reply.json()
        errors = body.get("errors") or []
        if not errors:
            self.answered_at.append(time.monotonic())
            return
        codes = {(e.get("extensions") or {}).get("code") for e in errors}
        if codes == {"service_unavailable"}:
            self.unavailable.append(time.monotonic())
        else:
            self.failures.append(Failure(f"dashboard: {errors}"))


def health(stack: DevStack, service: str, name: str) -> int:
    """A service's health status for `name`, or -1 when it does not answer."""
    with grpc.insecure_channel(stack.target(service)) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=name), timeout=1
            )
        except grpc.RpcError:
            return -1
    return int(reply.status)


def readiness(stack: DevStack, service: str) -> int:
    return health(stack, service, READINESS)


def wait_all_unready(stack: DevStack, seconds: float) -> None:
    """Every service reports that it is not ready while its dependency is away, and alive: the
    liveness name stays SERVING, so Kubernetes does not restart it."""
    for service in SERVICES:
        wait_for(lambda s=service: readiness(stack, s) != SERVING, seconds=seconds)  # type: ignore[misc]
    alive = {service: health(stack, service, LIVENESS) for service in SERVICES}
    assert set(alive.values()) == {SERVING}, alive


def wait_all_ready(stack: DevStack, since: float) -> dict[str, float]:
    """Every service and the gateway ready within RECOVERY_SECONDS of `since`; when each was."""
    ready_after: dict[str, float] = {}
    deadline = since + RECOVERY_SECONDS
    pending = set(SERVICES)
    while pending:
        for service in sorted(pending):
            if readiness(stack, service) == SERVING:
                ready_after[service] = time.monotonic() - since
                pending.discard(service)
        assert time.monotonic() < deadline or not pending, (
            f"not ready within {RECOVERY_SECONDS:.0f} s of the dependency's return: {pending}"
        )
        time.sleep(0.1)
    gateway = f"http://127.0.0.1:{stack.ports.gateway}/readyz"
    while httpx.get(gateway, timeout=2).status_code != 200:
        assert time.monotonic() < deadline, "the gateway is not ready"
        time.sleep(0.1)
    ready_after["gateway"] = time.monotonic() - since
    return ready_after


def assert_ledger_equals_projection(
    stack: DevStack, provider: StreamingProvider, persons: list[str]
) -> None:
    """Every acknowledged batch is in credits-svc's ledger exactly once, and plan-svc's
    projection of the persons' credits converges to the ledger."""
    committed = provider.committed(stack)
    assert committed >= provider.acked
    admin = asyncio.run(RunningIdp(stack.idp_url).person_token(roles=["admin"]))
    ledger = ledger_projection(stack, admin).credits
    expected = {i: c for i, c in ledger.items() if c.person_id in persons}
    # Each batch's records once: none lost with a broken stream, none doubled by a re-sent one.
    assert len(expected) == committed * RECORDS_PER_BATCH
    wait_for(lambda: projected(stack, persons) == expected, seconds=60)


def wait_projection_caught_up(stack: DevStack, persons: list[str]) -> None:
    """Waits until plan-svc has projected every credit of the ledger: no event in flight."""
    admin = asyncio.run(RunningIdp(stack.idp_url).person_token(roles=["admin"]))
    ledger = ledger_projection(stack, admin).credits
    expected = {i: c for i, c in ledger.items() if c.person_id in persons}
    wait_for(lambda: projected(stack, persons) == expected, seconds=30)


@dataclass
class Outage:
    """What happened while a dependency was away: moments (time.monotonic()), the acknowledgements
    that arrived during the outage, and the provider and reader that ran throughout."""

    provider: StreamingProvider
    reader: DashboardReader
    stopped: float
    returned: float
    ready: float
    acked_during_outage: int

    def assert_recovered(self) -> None:
        """Nothing crashed, and once ready, ready: no request failed for the outage after that
        (stale pooled connections are replaced, not handed out)."""
        assert not self.provider.failures, self.provider.failures
        assert not self.reader.failures, self.reader.failures
        assert not [at for at, _ in self.provider.errors if at > self.ready + 1.0], (
            self.provider.errors
        )
        assert not [at for at in self.reader.unavailable if at > self.ready + 1.0]


def run_outage(
    stack: DevStack,
    provider: StreamingProvider,
    reader: DashboardReader,
    stop: Callable[[], None],
    start: Callable[[], None],
) -> Outage:
    """Runs the provider and the reader, stops a dependency for OUTAGE_SECONDS while both keep
    going (every service must be unready and alive meanwhile), starts it again, waits until every
    service is ready and both have been served again, then stops them."""
    provider.start()
    reader.start()
    try:
        wait_for(lambda: provider.acked >= 5 and reader.answered >= 2, seconds=30)
        stop()
        stopped = time.monotonic()
        wait_all_unready(stack, seconds=OUTAGE_SECONDS / 2)
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - stopped)))
        stack.check_all_alive()
        # (An acknowledgement of a batch committed just before the stop may still arrive.)
        acked_during_outage = provider.acks_since(stopped + 1.0)
        start()
        returned = time.monotonic()
        ready_after = wait_all_ready(stack, since=returned)
        ready = time.monotonic()
        print(f"ready again after the dependency returned (s): {ready_after}")
        wait_for(lambda: provider.acks_since(returned) >= 5, seconds=30)
        wait_for(lambda: reader.answered_since(returned) >= 2, seconds=30)
    finally:
        provider.stop()
        reader.stop()
    stack.check_all_alive()
    return Outage(provider, reader, stopped, returned, ready, acked_during_outage)

"""Redis Streams consumer groups with idempotent handling.

Handlers record the event id in the service's `processed_events` table in the same transaction
as their change (`claim_event`), so a redelivered event is applied once. A message is
acknowledged only after its handler returns; a failed one stays pending and is claimed again
(XAUTOCLAIM) once it has been idle for `retry_idle_ms`, by this or any other consumer of the
group, so messages held by a consumer that died are not stranded. A message that cannot be
decoded is logged and acknowledged: retrying it cannot help.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from prometheus_client import Gauge
from redis.asyncio import Redis
from redis.exceptions import ResponseError
from sqlalchemy import Column, DateTime, MetaData, PrimaryKeyConstraint, String, Table, func
from sqlalchemy.dialects.postgresql import UUID, insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.context import request_id_var
from cpd_platform.lifecycle import sleep_unless_stopped
from cpd_platform.outages import describe, is_dependency_outage
from cpd_platform.outbox import stream_name

log = logging.getLogger("cpd.consumer")

Message = tuple[str, dict[str, str]]

# Entries of a stream the group has not acknowledged yet: not delivered (XINFO GROUPS `lag`)
# plus delivered and pending. Measured every `measure_seconds`; alerted on by
# k8s/components/monitoring.
CONSUMER_LAG = Gauge(
    "cpd_consumer_lag_events",
    "Stream entries not yet acknowledged by the consumer group",
    ["stream", "group"],
)


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    event_type: str
    payload: dict[str, Any]
    occurred_at: str
    request_id: str


Handler = Callable[[Event], Awaitable[None]]


def processed_events_table(metadata: MetaData) -> Table:
    return Table(
        "processed_events",
        metadata,
        Column("consumer", String(100), nullable=False),
        Column("event_id", UUID(as_uuid=False), nullable=False),
        Column("processed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        PrimaryKeyConstraint("consumer", "event_id"),
    )


async def claim_event(session: AsyncSession, table: Table, consumer: str, event_id: str) -> bool:
    """True the first time this consumer sees the event (in this transaction's view)."""
    result = await session.execute(
        insert(table)
        .values(consumer=consumer, event_id=event_id)
        .on_conflict_do_nothing()
        .returning(table.c.event_id)
    )
    return result.first() is not None


def decode_event(fields: dict[str, str]) -> Event:
    payload = json.loads(fields["payload"])
    if not isinstance(payload, dict):
        raise ValueError("event payload is not an object")
    return Event(
        event_id=fields["event_id"],
        event_type=fields["event_type"],
        payload=payload,
        occurred_at=fields.get("occurred_at", ""),
        request_id=fields.get("request_id", "-"),
    )


class StreamConsumer:
    def __init__(
        self,
        redis: Redis,
        *,
        group: str,
        consumer: str,
        event_types: list[str],
        handler: Handler,
        block_ms: int = 500,
        batch_size: int = 100,
        retry_idle_ms: int = 5000,
        measure_seconds: float = 5.0,
    ) -> None:
        self._redis = redis
        self._group = group
        self._consumer = consumer
        self._streams = [stream_name(t) for t in event_types]
        self._handler = handler
        self._block_ms = block_ms
        self._batch_size = batch_size
        self._retry_idle_ms = retry_idle_ms
        self._measure_seconds = measure_seconds

    async def ensure_groups(self) -> None:
        for stream in self._streams:
            try:
                await self._redis.xgroup_create(stream, self._group, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    async def measure(self) -> dict[str, int]:
        """Sets the lag gauge of every stream of the group; returns it by stream. A lag Redis
        cannot tell (entries deleted from the middle of the stream) counts the pending only."""
        lags: dict[str, int] = {}
        for stream in self._streams:
            groups: list[dict[str, Any]] = await self._redis.xinfo_groups(stream)  # type: ignore[assignment]
            for group in groups:
                if group["name"] == self._group:
                    lags[stream] = int(group.get("lag") or 0) + int(group["pending"])
                    CONSUMER_LAG.labels(stream, self._group).set(lags[stream])
        return lags

    async def process_new(self) -> int:
        """Reads and handles one batch of messages not yet delivered to the group."""
        replies: list[tuple[str, list[Message]]] = await self._redis.xreadgroup(  # type: ignore[assignment]
            self._group,
            self._consumer,
            dict.fromkeys(self._streams, ">"),
            count=self._batch_size,
            block=self._block_ms,
        )
        handled = 0
        for stream, messages in replies or []:
            handled += await self._handle_all(stream, messages)
        return handled

    async def process_stale(self) -> int:
        """Claims and handles messages that stayed unacknowledged for `retry_idle_ms`."""
        handled = 0
        for stream in self._streams:
            reply: list[Any] = await self._redis.xautoclaim(  # type: ignore[assignment]
                stream,
                self._group,
                self._consumer,
                self._retry_idle_ms,
                "0-0",
                count=self._batch_size,
            )
            handled += await self._handle_all(stream, reply[1])
        return handled

    async def _handle_all(self, stream: str, messages: list[Message]) -> int:
        handled = 0
        for message_id, fields in messages:
            if fields and await self._handle(message_id, fields):
                await self._redis.xack(stream, self._group, message_id)
                handled += 1
        return handled

    async def _handle(self, message_id: str, fields: dict[str, str]) -> bool:
        try:
            event = decode_event(fields)
        except (KeyError, ValueError):
            log.error("malformed event acknowledged and skipped", extra={"message_id": message_id})
            return True
        token = request_id_var.set(event.request_id)
        try:
            await self._handler(event)
            return True
        except Exception:
            log.exception("event handler failed; will retry", extra={"event_id": event.event_id})
            return False
        finally:
            request_id_var.reset(token)

    async def run(self, stop: asyncio.Event) -> None:
        """Runs until `stop`, through outages: while Redis or PostgreSQL is away it retries
        every second; a Redis that comes back without our groups (its data lost) gets them
        created again, so new events flow (those lost with the data need a rebuild)."""
        loop = asyncio.get_running_loop()
        next_retry = next_measure = 0.0
        groups_ready = False
        while not stop.is_set():
            try:
                if not groups_ready:
                    await self.ensure_groups()
                    groups_ready = True
                if loop.time() >= next_measure:
                    next_measure = loop.time() + self._measure_seconds
                    await self.measure()
                if loop.time() >= next_retry:
                    await self.process_stale()
                    next_retry = loop.time() + self._retry_idle_ms / 1000
                await self.process_new()
            except ResponseError as exc:
                if "NOGROUP" not in str(exc):
                    log.exception("stream consumer failed; retrying")
                else:
                    log.warning("consumer group missing; creating it again")
                groups_ready = False
                await sleep_unless_stopped(stop, 1.0)
            except Exception as exc:
                if is_dependency_outage(exc):
                    log.warning("stream consumer waits", extra={"reason": describe(exc)})
                else:
                    log.exception("stream consumer failed; retrying")
                await sleep_unless_stopped(stop, 1.0)

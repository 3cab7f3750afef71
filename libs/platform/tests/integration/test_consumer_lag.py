"""A consumer measures its group's lag on real Redis: entries not delivered plus delivered and
not acknowledged (a failed handler's), exported as `cpd_consumer_lag_events`."""

import json
import uuid

import pytest
from prometheus_client import REGISTRY
from redis.asyncio import Redis

from cpd_platform.consumer import Event, StreamConsumer
from cpd_platform.outbox import stream_name

pytestmark = pytest.mark.integration


async def test_lag_counts_undelivered_and_unacknowledged_entries(redis_url: str) -> None:
    event_type = f"lagtest{uuid.uuid4().hex[:8]}.recorded"
    stream, group = stream_name(event_type), "lagtest-group"
    failing = set[str]()

    async def handler(event: Event) -> None:
        if event.event_id in failing:
            raise RuntimeError("handler failed")

    redis = Redis.from_url(redis_url, decode_responses=True)
    consumer = StreamConsumer(
        redis,
        group=group,
        consumer="c1",
        event_types=[event_type],
        handler=handler,
        block_ms=10,
        batch_size=10,
    )
    labels = {"stream": stream, "group": group}
    try:
        await consumer.ensure_groups()
        event_ids = [str(uuid.uuid4()) for _ in range(3)]
        for event_id in event_ids:
            await redis.xadd(
                stream,
                {"event_id": event_id, "event_type": event_type, "payload": json.dumps({})},
            )
        assert await consumer.measure() == {stream: 3}
        assert REGISTRY.get_sample_value("cpd_consumer_lag_events", labels) == 3
        failing.add(event_ids[1])
        assert await consumer.process_new() == 2
        assert await consumer.measure() == {stream: 1}  # the failed one stays pending
        assert REGISTRY.get_sample_value("cpd_consumer_lag_events", labels) == 1
    finally:
        await redis.delete(stream)
        await redis.aclose()

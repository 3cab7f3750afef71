"""Redis client factory.

A Redis that stops answering (frozen, cut off by the network) must fail commands within
seconds, not hang them: a hung command would stall a relay, a consumer or a readiness check
for good. The command timeout stays above the consumers' XREADGROUP block time.
"""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

CONNECT_TIMEOUT_SECONDS = 2.0
COMMAND_TIMEOUT_SECONDS = 5.0
PING_TIMEOUT_SECONDS = 3.0


def create_redis(
    url: str,
    *,
    connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
    command_timeout: float = COMMAND_TIMEOUT_SECONDS,
) -> Redis:
    return Redis.from_url(
        url,
        decode_responses=True,
        health_check_interval=30,
        socket_connect_timeout=connect_timeout,
        socket_timeout=command_timeout,
    )


async def ping_redis(redis: Redis) -> None:
    """Raises (TimeoutError at the latest after PING_TIMEOUT_SECONDS) unless Redis answers."""
    async with asyncio.timeout(PING_TIMEOUT_SECONDS):
        await redis.ping()

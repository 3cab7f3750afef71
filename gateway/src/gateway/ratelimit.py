"""Per-address limit on anonymous operations (registration, login, password reset).

A fixed window in Redis, counted and given its expiry by one script (never INCR then EXPIRE,
which would leave an immortal counter if the second call were lost). The limit protects the
identity provider and identity-svc from floods; it fails open (logged) when Redis is down,
because the provider's own lockout still guards each account.
"""

from __future__ import annotations

import logging
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

HIT = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return {count, redis.call('TTL', KEYS[1])}
"""

KEY_PREFIX = "cpd:gateway:anonymous:"


class RateLimiter:
    def __init__(self, redis: Redis, limit: int, window_seconds: int = 60) -> None:
        self._limit = limit
        self._window = window_seconds
        self._hit = redis.register_script(HIT)

    async def retry_after(self, key: str) -> int | None:
        """Counts a request; seconds to wait when over the limit, else None."""
        try:
            count, ttl = cast(
                list[int], await self._hit(keys=[KEY_PREFIX + key], args=[self._window])
            )
        except (RedisError, OSError):
            log.warning("rate limit unavailable: Redis does not answer")
            return None
        if int(count) > self._limit:
            return max(1, int(ttl))
        return None

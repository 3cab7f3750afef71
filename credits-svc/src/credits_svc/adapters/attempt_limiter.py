"""Limits failed code redemptions per person and per client address.

Redis is the gate: one Lua script checks every counter and reserves an attempt on all of them
atomically (no INCR-then-EXPIRE window, no check-then-act race between concurrent attempts).
A successful attempt gives its reservation back; a failed one keeps it and is also written to
PostgreSQL (`redeem_failures`, in the transaction that records the rejection).

Fail closed, by two rules:
- Redis unreachable: redemption is refused (`redemption_unavailable`) rather than unlimited.
  Codes are not urgent (they are verified within a day anyway), guessing is.
- Redis restarted and lost the counters: a missing counter is never taken as zero; the script
  reports it and the counter is re-seeded from the failures PostgreSQL holds for the window,
  so the limit holds across restarts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, cast

from redis.asyncio import Redis
from redis.exceptions import RedisError

from cpd_platform.errors import FailedPrecondition, ResourceExhausted
from credits_svc.domain.codes import Limit

# KEYS: counters. ARGV: window seconds, then (limit, seed) per key; seed "" = unknown.
# Returns {1, 0} reserved; {0, ttl} over the limit; {-1, i} key i missing and no seed given.
ACQUIRE = """
local window = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 0 then
    local seed = ARGV[2 * i + 1]
    if seed == nil or seed == '' then
      return {-1, i}
    end
    redis.call('SET', key, seed, 'EX', window)
  end
end
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key)) >= tonumber(ARGV[2 * i]) then
    local ttl = redis.call('TTL', key)
    return {0, ttl}
  end
end
for i, key in ipairs(KEYS) do
  redis.call('INCR', key)
  if redis.call('TTL', key) < 0 then
    redis.call('EXPIRE', key, window)
  end
end
return {1, 0}
"""

RELEASE = """
for i, key in ipairs(KEYS) do
  local value = tonumber(redis.call('GET', key) or '0')
  if value > 0 then
    redis.call('DECR', key)
  end
end
return 1
"""

KEY_PREFIX = "cpd:credits:redeem-failures:"


class Unavailable(FailedPrecondition):
    def __init__(self) -> None:
        super().__init__(
            "redemption_unavailable",
            "Ввод кодов временно недоступен. Повторите попытку через несколько минут",
        )


class TooManyAttempts(ResourceExhausted):
    def __init__(self, retry_after: int) -> None:
        minutes = max(1, (retry_after + 59) // 60)
        super().__init__(
            "too_many_attempts",
            f"Слишком много неудачных попыток ввода кода. Повторите через {minutes} мин.",
        )
        self.retry_after = retry_after


FailureCounter = Callable[[str, int], Awaitable[int]]


class AttemptLimiter:
    def __init__(self, redis: Redis, window_seconds: int, failures_since: FailureCounter) -> None:
        self._redis = redis
        self._window = window_seconds
        self._failures_since = failures_since
        self._acquire = redis.register_script(ACQUIRE)
        self._release = redis.register_script(RELEASE)

    @property
    def window_seconds(self) -> int:
        return self._window

    async def acquire(self, limits: Sequence[Limit]) -> None:
        """Reserves one attempt on every limit, or raises TooManyAttempts / Unavailable."""
        keys = [KEY_PREFIX + limit.key for limit in limits]
        seeds = [""] * len(limits)
        for _ in range(len(limits) + 1):
            args: list[Any] = [self._window]
            for limit, seed in zip(limits, seeds, strict=True):
                args += [limit.max_failures, seed]
            try:
                result = cast(list[int], await self._acquire(keys=keys, args=args))
            except (RedisError, OSError):
                raise Unavailable() from None
            status, detail = int(result[0]), int(result[1])
            if status == 1:
                return
            if status == 0:
                raise TooManyAttempts(detail)
            missing = detail - 1
            seeds[missing] = str(await self._failures_since(limits[missing].key, self._window))
        raise Unavailable()

    async def release(self, limits: Sequence[Limit]) -> None:
        """Gives back the reservation of an attempt that did not fail."""
        # If Redis fails here the counter stays one too high until it expires: the safe side.
        with contextlib.suppress(RedisError, OSError):
            await self._release(keys=[KEY_PREFIX + limit.key for limit in limits])

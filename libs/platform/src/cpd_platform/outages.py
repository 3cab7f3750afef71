"""Failures that mean a dependency is away for now (PostgreSQL, Redis, another service), not a
fault in our code: callers get UNAVAILABLE and retry, and the logs say so in one line.

PostgreSQL restarting, a Redis that does not answer, or another service answering UNAVAILABLE
show up as many exception types, bare or wrapped (SQLAlchemy wraps the driver's error, which
wraps the socket's); `is_dependency_outage` looks through the wrapping.
"""

from __future__ import annotations

import asyncpg
import grpc
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

UNAVAILABLE_CODE = "unavailable"
UNAVAILABLE_MESSAGE = "Сервис временно недоступен. Попробуйте позже."

_OUTAGES: tuple[type[BaseException], ...] = (
    # Sockets: refused, reset, broken pipe; connect and read timeouts.
    ConnectionError,
    TimeoutError,
    # PostgreSQL: cannot connect, connection lost, shutting down or starting up, too many
    # connections; SQLAlchemy's pool exhausted.
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InsufficientResourcesError,
    PoolTimeoutError,
    # Redis: down, restarting (BusyLoadingError is a ConnectionError) or not answering.
    RedisConnectionError,
    RedisTimeoutError,
)
_UNAVAILABLE_STATUSES = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED}


def _causes(error: BaseException) -> list[BaseException]:
    """The error and what it wraps: `__cause__` and SQLAlchemy's `orig`, a few levels deep."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 8:
        chain.append(current)
        orig = current.orig if isinstance(current, DBAPIError) else None
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return chain


def is_dependency_outage(error: BaseException) -> bool:
    for cause in _causes(error):
        if isinstance(cause, _OUTAGES):
            return True
        if isinstance(cause, DBAPIError) and cause.connection_invalidated:
            return True
        if isinstance(cause, grpc.aio.AioRpcError) and cause.code() in _UNAVAILABLE_STATUSES:
            return True
    return False


def describe(error: BaseException) -> str:
    """One line for the log: the innermost cause, without the traceback."""
    innermost = _causes(error)[-1]
    return f"{type(innermost).__name__}: {innermost}"[:300]

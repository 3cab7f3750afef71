"""Which failures are a dependency's outage (UNAVAILABLE, retried) and which are our faults."""

import asyncpg
import grpc
import pytest
from redis.exceptions import BusyLoadingError, ResponseError
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from cpd_platform.outages import describe, is_dependency_outage


def wrapped(error: BaseException) -> DBAPIError:
    """As SQLAlchemy's asyncpg dialect raises it: the adapter's error caused by asyncpg's."""

    class AdaptedError(Exception):
        pass

    adapted = AdaptedError(str(error))
    adapted.__cause__ = error
    return OperationalError("SELECT 1", None, adapted)


def rpc_error(code: grpc.StatusCode) -> grpc.aio.AioRpcError:
    return grpc.aio.AioRpcError(code, grpc.aio.Metadata(), grpc.aio.Metadata(), "down")


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "Connect call failed"),
        ConnectionResetError(104, "Connection reset by peer"),
        TimeoutError(),
        wrapped(asyncpg.CannotConnectNowError("the database system is shutting down")),
        wrapped(asyncpg.exceptions.AdminShutdownError("terminating connection")),
        wrapped(asyncpg.ConnectionDoesNotExistError("connection was closed")),
        DBAPIError(
            "SELECT 1", None, Exception("connection is closed"), connection_invalidated=True
        ),
        RedisConnectionError("Error 111 connecting to 127.0.0.1:6379."),
        BusyLoadingError("Redis is loading the dataset in memory"),
        rpc_error(grpc.StatusCode.UNAVAILABLE),
        rpc_error(grpc.StatusCode.DEADLINE_EXCEEDED),
    ],
    ids=repr,
)
def test_an_unreachable_or_restarting_dependency_is_an_outage(error: BaseException) -> None:
    assert is_dependency_outage(error)


@pytest.mark.parametrize(
    "error",
    [
        ValueError("bad value"),
        KeyError("missing"),
        wrapped(asyncpg.UniqueViolationError("duplicate key")),
        IntegrityError("INSERT", None, Exception("duplicate key")),
        ResponseError("WRONGTYPE Operation against a key holding the wrong kind of value"),
        rpc_error(grpc.StatusCode.INTERNAL),
        rpc_error(grpc.StatusCode.INVALID_ARGUMENT),
    ],
    ids=repr,
)
def test_faults_of_our_own_are_not_outages(error: BaseException) -> None:
    assert not is_dependency_outage(error)


def test_the_log_line_names_the_innermost_cause() -> None:
    error = wrapped(asyncpg.CannotConnectNowError("the database system is shutting down"))
    assert describe(error) == "CannotConnectNowError: the database system is shutting down"

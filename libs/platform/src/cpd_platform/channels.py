"""gRPC channel and server options that spread calls over every replica of a service.

A client keeps one HTTP/2 connection per resolved address. Behind a ClusterIP that is one
connection to one pod, so extra replicas get no traffic. Targets written as `dns:///name:port`
(a headless Service) resolve to every pod and the `round_robin` policy uses all of them;
servers close connections after `MAX_CONNECTION_AGE_MS` (with a grace for calls in flight),
so clients re-resolve and pick up new replicas.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import grpc

ROUND_ROBIN_CONFIG = json.dumps({"loadBalancingConfig": [{"round_robin": {}}]})
MAX_CONNECTION_AGE_MS = 5 * 60 * 1000
MAX_CONNECTION_AGE_GRACE_MS = 30 * 1000
# The largest request a server accepts (gRPC's default is 4 MiB): a ФРМР register extract of
# 200,000 records (LoadRegisterExtract) is about 15 MB; the gateway lets only admins send one.
MAX_RECEIVE_MESSAGE_BYTES = 32 * 1024 * 1024

ChannelOptions = list[tuple[str, Any]]


def balances(target: str) -> bool:
    """Whether a target names several addresses the client should spread calls over."""
    return target.startswith(("dns:", "ipv4:", "ipv6:"))


def channel_options(target: str) -> ChannelOptions:
    """Options of a client channel to `target`: round-robin where the target resolves to many."""
    if not balances(target):
        return []
    return [
        ("grpc.lb_policy_name", "round_robin"),
        ("grpc.service_config", ROUND_ROBIN_CONFIG),
    ]


def server_options() -> ChannelOptions:
    """Options of every service's gRPC server: connections age out so clients rebalance;
    requests up to MAX_RECEIVE_MESSAGE_BYTES."""
    return [
        ("grpc.max_connection_age_ms", MAX_CONNECTION_AGE_MS),
        ("grpc.max_connection_age_grace_ms", MAX_CONNECTION_AGE_GRACE_MS),
        ("grpc.max_receive_message_length", MAX_RECEIVE_MESSAGE_BYTES),
    ]


def insecure_channel(
    target: str, interceptors: Sequence[grpc.aio.ClientInterceptor] | None = None
) -> grpc.aio.Channel:
    """A grpc.aio channel to `target` with the balancing options above."""
    return grpc.aio.insecure_channel(
        target, options=channel_options(target), interceptors=interceptors
    )

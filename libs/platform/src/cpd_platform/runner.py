"""Composition of a service process: infrastructure, migrations, servicers, background jobs.

Each service's `main.py` declares a `ServiceSpec`; `run_cli` gives it the commands `serve`
(default), `migrate` (the production migration job) and `seed-demo`, plus the service's own
one-off `commands` (e.g. `plan-svc rebuild`). Tests start the same service in-process with
`start_service` on port 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import grpc
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from cpd_platform.auth import TokenVerifier
from cpd_platform.db import create_engine, create_session_factory, ping_database
from cpd_platform.interceptors import open_channel
from cpd_platform.logging import configure_logging
from cpd_platform.migrations import upgrade_to_head
from cpd_platform.redis import create_redis, ping_redis
from cpd_platform.server import BackgroundJob, GrpcService, ServiceRegistration
from cpd_platform.settings import ServiceSettings

S = TypeVar("S", bound=ServiceSettings)


@dataclass
class Infrastructure:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    redis: Redis
    channels: list[grpc.aio.Channel] = field(default_factory=list)

    @classmethod
    def open(cls, settings: ServiceSettings) -> Infrastructure:
        engine = create_engine(
            settings.database_url,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
        )
        return cls(engine, create_session_factory(engine), create_redis(settings.redis_url))

    def channel(self, target: str, deadline: float) -> grpc.aio.Channel:
        """A channel to another service, closed with the infrastructure."""
        channel = open_channel(target, deadline)
        self.channels.append(channel)
        return channel

    async def close(self) -> None:
        for channel in self.channels:
            await channel.close()
        await self.redis.aclose()
        await self.engine.dispose()


@dataclass
class Wiring:
    registrations: Sequence[ServiceRegistration]
    background: Sequence[BackgroundJob] = ()


@dataclass(frozen=True)
class ServiceSpec(Generic[S]):
    name: str
    settings_type: type[S]
    migrations_dir: Path
    wire: Callable[[S, Infrastructure], Wiring]
    seed_demo: Callable[[S, Infrastructure], Awaitable[None]] | None = None
    # Extra one-off CLI commands by name, run after migrations like `seed-demo`.
    commands: Mapping[str, Callable[[S, Infrastructure], Awaitable[None]]] = field(
        default_factory=dict
    )


@dataclass
class RunningService:
    grpc: GrpcService
    infrastructure: Infrastructure

    @property
    def port(self) -> int:
        return self.grpc.port_bound

    async def stop(self, grace: float = 1.0) -> None:
        await self.grpc.stop(grace)
        await self.infrastructure.close()


async def prepare(spec: ServiceSpec[S], settings: S, infra: Infrastructure) -> None:
    if settings.migrate_on_start:
        await upgrade_to_head(spec.migrations_dir, settings.database_url)
    if getattr(settings, "seed_demo", False) and spec.seed_demo is not None:
        await spec.seed_demo(settings, infra)


def build_grpc_service(spec: ServiceSpec[S], settings: S, infra: Infrastructure) -> GrpcService:
    wiring = spec.wire(settings, infra)
    return GrpcService(
        name=spec.name,
        registrations=wiring.registrations,
        verifier=TokenVerifier.for_issuer(settings.oidc_issuer, settings.oidc_audience),
        readiness_checks=[lambda: ping_database(infra.engine), lambda: ping_redis(infra.redis)],
        background=wiring.background,
        host=settings.grpc_host,
        port=settings.grpc_port,
        metrics_port=settings.metrics_port,
        trusted_gateway_clients=settings.trusted_gateway_clients,
    )


async def start_service(spec: ServiceSpec[S], settings: S) -> RunningService:
    infra = Infrastructure.open(settings)
    try:
        await prepare(spec, settings, infra)
        service = build_grpc_service(spec, settings, infra)
        await service.start()
    except BaseException:
        await infra.close()
        raise
    return RunningService(service, infra)


async def _serve(spec: ServiceSpec[S], settings: S) -> None:
    infra = Infrastructure.open(settings)
    try:
        await prepare(spec, settings, infra)
        await build_grpc_service(spec, settings, infra).serve_until_signalled(
            settings.shutdown_grace
        )
    finally:
        await infra.close()


async def _one_off(spec: ServiceSpec[S], settings: S, command: str) -> None:
    infra = Infrastructure.open(settings)
    try:
        if command == "migrate" or settings.migrate_on_start:
            await upgrade_to_head(spec.migrations_dir, settings.database_url)
        if command == "seed-demo" and spec.seed_demo is not None:
            await spec.seed_demo(settings, infra)
        if command in spec.commands:
            await spec.commands[command](settings, infra)
    finally:
        await infra.close()


def run_cli(spec: ServiceSpec[S], argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=f"{spec.name}-svc")
    parser.add_argument(
        "command",
        nargs="?",
        default="serve",
        choices=["serve", "migrate", "seed-demo", *spec.commands],
    )
    args = parser.parse_args(argv)
    settings = spec.settings_type()
    configure_logging(f"{spec.name}-svc", settings.log_level)
    if args.command == "serve":
        coro: Coroutine[Any, Any, None] = _serve(spec, settings)
    else:
        coro = _one_off(spec, settings, args.command)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(coro)

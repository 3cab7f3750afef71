"""grpc.aio server bootstrap shared by every service.

Health has two kinds of names:

* readiness, `""` and each registered service's full name: SERVING only once every readiness
  check (PostgreSQL, Redis) passes, NOT_SERVING while one fails (checked again every 0.2 s, so it
  turns SERVING by itself once the dependency is back), and when a stop begins (before in-flight
  RPCs drain);
* liveness, `liveness`: SERVING while the process and its event loop run, whatever PostgreSQL
  and Redis do (the Kubernetes liveness probe asks it, so an outage does not restart pods).

Reflection is on; a Prometheus endpoint is served on `metrics_port`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import aio as health_aio
from grpc_reflection.v1alpha import reflection
from prometheus_client import start_http_server

from cpd_platform.auth import TokenVerifier
from cpd_platform.channels import server_options
from cpd_platform.interceptors import server_interceptors
from cpd_platform.lifecycle import sleep_unless_stopped

log = logging.getLogger("cpd.server")

LIVENESS = "liveness"

ReadinessCheck = Callable[[], Awaitable[None]]
# A loop that runs until the event is set, finishing its current step first, so that no
# database or Redis connection is left half-used when the service stops.
BackgroundJob = Callable[[asyncio.Event], Coroutine[Any, Any, None]]


@dataclass
class ServiceRegistration:
    """A servicer and the generated `add_…_to_server` function and full service name."""

    add_to_server: Callable[[Any, grpc.aio.Server], None]
    servicer: Any
    full_name: str
    # Callable without a token (e.g. registration); the servicer decides what visitors may do.
    public: bool = False


@dataclass
class GrpcService:
    name: str
    registrations: Sequence[ServiceRegistration]
    verifier: TokenVerifier
    readiness_checks: Sequence[ReadinessCheck] = ()
    background: Sequence[BackgroundJob] = ()
    host: str = "127.0.0.1"
    port: int = 0
    metrics_port: int = 0
    readiness_interval: float = 2.0
    # `azp` values of the gateway's service identity (`ServiceSettings.trusted_gateway_clients`).
    trusted_gateway_clients: Sequence[str] = ("gateway",)
    port_bound: int = field(default=0, init=False)
    _server: grpc.aio.Server | None = field(default=None, init=False)
    _health: health_aio.HealthServicer | None = field(default=None, init=False)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list, init=False)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event, init=False)

    async def start(self) -> int:
        public = [r.full_name for r in self.registrations if r.public]
        server = grpc.aio.server(
            interceptors=server_interceptors(self.verifier, public, self.trusted_gateway_clients),
            options=server_options(),
        )
        for registration in self.registrations:
            registration.add_to_server(registration.servicer, server)
        health = health_aio.HealthServicer()
        health_pb2_grpc.add_HealthServicer_to_server(health, server)
        names = [r.full_name for r in self.registrations]
        for service_name in ["", *names]:
            await health.set(service_name, health_pb2.HealthCheckResponse.NOT_SERVING)
        await health.set(LIVENESS, health_pb2.HealthCheckResponse.SERVING)
        reflection.enable_server_reflection(
            [*names, reflection.SERVICE_NAME, "grpc.health.v1.Health"], server
        )
        self.port_bound = server.add_insecure_port(f"{self.host}:{self.port}")
        if self.port_bound == 0:
            raise RuntimeError(f"{self.name}: cannot bind {self.host}:{self.port}")
        if self.metrics_port:
            start_http_server(self.metrics_port, addr=self.host)
        await server.start()
        self._server, self._health = server, health
        self._stopping = asyncio.Event()
        jobs = [self._watch_readiness(names), *(job(self._stopping) for job in self.background)]
        self._tasks = [asyncio.create_task(job) for job in jobs]
        log.info(
            "grpc server started",
            extra={"port": self.port_bound, "metrics_port": self.metrics_port},
        )
        return self.port_bound

    async def _ready(self) -> bool:
        try:
            for check in self.readiness_checks:
                await check()
        except Exception as exc:
            log.warning("not ready", extra={"reason": repr(exc)})
            return False
        return True

    async def _watch_readiness(self, names: list[str]) -> None:
        assert self._health is not None
        serving: bool | None = None
        while not self._stopping.is_set():
            ready = await self._ready()
            if ready != serving:
                status = (
                    health_pb2.HealthCheckResponse.SERVING
                    if ready
                    else health_pb2.HealthCheckResponse.NOT_SERVING
                )
                for service_name in ["", *names]:
                    await self._health.set(service_name, status)
                serving = ready
            await sleep_unless_stopped(self._stopping, self.readiness_interval if ready else 0.2)

    async def stop(self, grace: float = 5.0) -> None:
        if self._server is None:
            return
        if self._health is not None:
            await self._health.enter_graceful_shutdown()
        self._stopping.set()
        await self._server.stop(grace)
        _, late = await asyncio.wait(self._tasks, timeout=grace) if self._tasks else ((), ())
        for task in late:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._server = None
        log.info("grpc server stopped")

    async def serve_until_signalled(self, grace: float = 5.0) -> None:
        """Runs until SIGTERM or SIGINT, then stops gracefully."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await self.start()
        await stop.wait()
        await self.stop(grace)

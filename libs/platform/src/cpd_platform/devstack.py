"""The whole platform on one machine: what `make up` runs and what the e2e tests start.

PostgreSQL and Redis (private, under the data folder, unless URLs are given), the local
identity provider, the five services and the gateway, each as its own process, started in
dependency order and awaited until healthy. Demo data is seeded by each service at start.

    python -m cpd_platform.devstack            # defaults from DESIGN.md's "Local run" table
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cpd_platform import demo
from cpd_platform.local_infra import (
    LocalPostgres,
    LocalRedis,
    asyncpg_url,
    ensure_database,
    free_port,
)

SERVICES = ("identity", "catalog", "plan", "credits", "pk_regional")
REALM = "cpd"


def built_web_portal() -> Path | None:
    """The web portal's build (`make web` writes web/dist) in this checkout, if there is one."""
    dist = Path(__file__).resolve().parents[4] / "web" / "dist"
    return dist if (dist / "index.html").is_file() else None


@dataclass(frozen=True)
class Ports:
    gateway: int = 8000
    idp: int = 8080
    identity: int = 50051
    catalog: int = 50052
    plan: int = 50053
    credits: int = 50054
    pk_regional: int = 50055
    smtp: int = 1025
    postgres: int = 0
    redis: int = 0

    @classmethod
    def free(cls) -> Ports:
        return cls(**{name: free_port() for name in cls.__dataclass_fields__})

    def grpc(self, service: str) -> int:
        return int(getattr(self, service))


@dataclass
class DevStack:
    data_dir: Path
    ports: Ports = field(default_factory=Ports)
    pg_url: str | None = None
    redis_url: str | None = None
    environment: str = "dev"
    database: str = "cpd"
    # Scratch stacks (tests) run PostgreSQL without fsync.
    durable: bool = True
    # Whether a private Redis keeps its data across a restart (default: `durable`). The
    # reliability tests restart Redis as production's persistent Redis would come back.
    redis_persist: bool | None = None
    # The gateway's per-address limit on anonymous operations (None: the gateway's default).
    anonymous_requests_per_minute: int | None = None
    # A part of the platform (benchmarks): which services, whether the gateway, their log level.
    services: tuple[str, ...] = SERVICES
    with_gateway: bool = True
    service_log_level: str | None = None
    # The portal's built files, served by the gateway at `/` (dev only); None: no portal.
    web_dist: Path | None = field(default_factory=built_web_portal)
    _processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict, init=False)
    _postgres: LocalPostgres | None = field(default=None, init=False)
    _redis: LocalRedis | None = field(default=None, init=False)
    _database_url: str = field(default="", init=False)

    @property
    def graphql_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.gateway}/graphql"

    @property
    def portal_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.gateway}/"

    @property
    def idp_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.idp}"

    @property
    def issuer(self) -> str:
        return f"{self.idp_url}/realms/{REALM}"

    def target(self, service: str) -> str:
        return f"127.0.0.1:{self.ports.grpc(service)}"

    @property
    def mail_dir(self) -> Path:
        """The local SMTP server's Maildir: every e-mail the platform sends lands here."""
        return self.data_dir / "mail"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def start(self) -> None:
        started = time.monotonic()
        self.log_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._database_url = self._start_storage()
            self._spawn(
                "mail",
                [
                    sys.executable,
                    "-m",
                    "cpd_platform.local_mail",
                    "--port",
                    str(self.ports.smtp),
                    "--dir",
                    str(self.mail_dir),
                ],
                {},
            )
            self._spawn(
                "idp",
                [
                    sys.executable,
                    "-m",
                    "local_idp",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.ports.idp),
                    "--data-dir",
                    str(self.data_dir / "idp"),
                    "--public-url",
                    self.idp_url,
                    "--smtp-host",
                    "127.0.0.1",
                    "--smtp-port",
                    str(self.ports.smtp),
                ],
                {},
            )
            self._wait_http("idp", f"{self.issuer}/.well-known/openid-configuration")
            for service in self.services:
                self._spawn_service(service)
            for service in self.services:
                self._wait_grpc_serving(service)
            if self.with_gateway:
                self._spawn("gateway", [sys.executable, "-m", "gateway"], self._gateway_env())
                self._wait_http("gateway", f"http://127.0.0.1:{self.ports.gateway}/readyz")
        except BaseException:
            self.stop()
            raise
        self.started_in = time.monotonic() - started

    def _start_storage(self) -> str:
        if self.pg_url is None:
            self._postgres = LocalPostgres(
                self.data_dir / "postgres", self.ports.postgres or 54329, fsync=self.durable
            )
            self._postgres.start()
            self.pg_url = self._postgres.server_url
        if self.redis_url is None:
            persist = self.durable if self.redis_persist is None else self.redis_persist
            self._redis = LocalRedis(
                self.data_dir / "redis", self.ports.redis or 63799, persist=persist
            )
            self._redis.start()
            self.redis_url = self._redis.url
        return asyncio.run(ensure_database(self.pg_url, self.database))

    def _service_env(self, service: str, database_url: str) -> dict[str, str]:
        prefix = service.upper() + "_"
        port = self.ports.grpc(service)
        env = {
            "ENVIRONMENT": self.environment,
            "GRPC_PORT": str(port),
            "METRICS_PORT": str(port + 1000) if self.ports == Ports() else "0",
            "DATABASE_URL": asyncpg_url(database_url),
            "REDIS_URL": str(self.redis_url),
            "OIDC_ISSUER": self.issuer,
            "SEED_DEMO": "true",
            "SMTP_PORT": str(self.ports.smtp),
            "KEYCLOAK_URL": self.idp_url,
            "KEYCLOAK_CLIENT_SECRET": dev_client_secret("identity-svc"),
            # A service's own client-credentials client, when the realm has one (pk-regional-svc).
            "SERVICE_CLIENT_SECRET": dev_client_secrets().get(
                f"{service.replace('_', '-')}-svc", ""
            ),
        }
        # Every service may call every other one: IDENTITY_TARGET, CATALOG_TARGET, PLAN_TARGET, …
        env.update({f"{other.upper()}_TARGET": self.target(other) for other in SERVICES})
        if self.service_log_level is not None:
            env["LOG_LEVEL"] = self.service_log_level
        return {prefix + key: value for key, value in env.items()}

    def _gateway_env(self) -> dict[str, str]:
        env = {
            "GATEWAY_ENVIRONMENT": self.environment,
            "GATEWAY_PORT": str(self.ports.gateway),
            "GATEWAY_OIDC_ISSUER": self.issuer,
            "GATEWAY_REDIS_URL": str(self.redis_url),
            # The gateway's service identity (realm client `gateway`), see cpd_platform.context.
            "GATEWAY_CLIENT_ID": "gateway",
            "GATEWAY_CLIENT_SECRET": dev_client_secret("gateway"),
        }
        if self.web_dist is not None:
            env["GATEWAY_WEB_DIST"] = str(self.web_dist)
        if self.anonymous_requests_per_minute is not None:
            env["GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE"] = str(self.anonymous_requests_per_minute)
        env.update({f"GATEWAY_{s.upper()}_TARGET": self.target(s) for s in SERVICES})
        return env

    def _spawn(self, name: str, argv: list[str], env: dict[str, str]) -> None:
        with (self.log_dir / f"{name}.log").open("ab") as log:
            self._processes[name] = subprocess.Popen(
                argv,
                env={**os.environ, **env},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def kill(self, service: str) -> None:
        """SIGKILL one service, as a crash would: no graceful stop."""
        process = self._processes[service]
        process.kill()
        process.wait(10)

    def restart(self, service: str) -> None:
        """Start a stopped or killed service again, with the same settings; wait until SERVING."""
        self._spawn_service(service)
        self._wait_grpc_serving(service)

    def stop_postgres(self) -> None:
        """Stops the private PostgreSQL server (fast shutdown: sessions are cut), as an outage."""
        self._private_postgres().stop()

    def start_postgres(self) -> None:
        """Starts the private PostgreSQL server again, with its data; returns once it accepts."""
        self._private_postgres().start()

    def stop_redis(self) -> None:
        """Stops the private Redis server, as an outage."""
        self._private_redis().stop()

    def start_redis(self, *, empty: bool = False) -> None:
        """Starts the private Redis server again: with its data when it persists, unless
        `empty` (a Redis that lost its data, as after a failover to an empty replica)."""
        redis = self._private_redis()
        if empty:
            redis.clear_data()
        redis.start()

    def _private_postgres(self) -> LocalPostgres:
        if self._postgres is None:
            raise RuntimeError("PostgreSQL is not this stack's own (pg_url was given)")
        return self._postgres

    def _private_redis(self) -> LocalRedis:
        if self._redis is None:
            raise RuntimeError("Redis is not this stack's own (redis_url was given)")
        return self._redis

    def _spawn_service(self, service: str) -> None:
        self._spawn(
            service,
            [sys.executable, "-m", f"{service}_svc.main"],
            self._service_env(service, self._database_url),
        )

    def check_all_alive(self) -> None:
        for name in self._processes:
            self._check_alive(name)

    def _check_alive(self, name: str) -> None:
        process = self._processes[name]
        if process.poll() is not None:
            tail = (self.log_dir / f"{name}.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(
                f"{name} exited with {process.returncode}; its log ends with:\n{tail}"
            )

    def _wait_http(self, name: str, url: str, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive(name)
            with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"{name} not ready at {url} within {timeout:.0f}s")

    def _wait_grpc_serving(self, name: str, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        with grpc.insecure_channel(self.target(name)) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            while time.monotonic() < deadline:
                self._check_alive(name)
                with contextlib.suppress(grpc.RpcError):
                    reply = stub.Check(health_pb2.HealthCheckRequest(), timeout=1)
                    if reply.status == health_pb2.HealthCheckResponse.SERVING:
                        return
                time.sleep(0.1)
        raise TimeoutError(f"{name} not SERVING within {timeout:.0f}s")

    def stop(self) -> None:
        for process in reversed(list(self._processes.values())):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self._processes.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._processes.clear()
        if self._redis is not None:
            self._redis.stop()
        if self._postgres is not None:
            self._postgres.stop()

    def banner(self) -> str:
        grpc_lines = "\n".join(f"  {s.replace('_', '-')}-svc  {self.target(s)}" for s in SERVICES)
        portal = (
            f"Web portal: {self.portal_url}"
            if self.web_dist is not None
            else "Web portal: not built (make web)"
        )
        return f"""
{portal}

CPD platform is up (ready in {self.started_in:.1f} s).

  GraphQL (GraphiQL in a browser)  {self.graphql_url}
  Identity provider, realm {REALM}     {self.issuer}
gRPC services (reflection on):
{grpc_lines}
  Prometheus metrics: each gRPC port + 1000

Demo specialist: SNILS 112-233-445 95 (username {demo.SPECIALIST_SNILS}), password {demo.SPECIALIST_PASSWORD}, client 'web'
Demo provider system: client '{demo.PROVIDER_CLIENT_ID}', secret '{dev_client_secret(demo.PROVIDER_CLIENT_ID)}'
E-mail (local SMTP 127.0.0.1:{self.ports.smtp}) lands in {self.mail_dir}
Logs: {self.log_dir}
Ctrl-C stops everything.
"""


def dev_client_secrets() -> dict[str, str]:
    from local_idp import load_client_secrets  # local runs only; never deployed

    return load_client_secrets()


def dev_client_secret(client_id: str) -> str:
    """Local-only client secrets shipped with the local identity provider."""
    from local_idp import load_client_secrets  # local runs only; never deployed

    return load_client_secrets()[client_id]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path(".data/local"))
    args = parser.parse_args()
    stack = DevStack(
        data_dir=args.data_dir.resolve(),
        pg_url=os.environ.get("CPD_PG_URL"),
        redis_url=os.environ.get("CPD_REDIS_URL"),
    )
    stop = False

    def request_stop(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    stack.start()
    print(stack.banner(), flush=True)
    try:
        while not stop:
            time.sleep(0.5)
            stack.check_all_alive()
    finally:
        print("Stopping…", flush=True)
        stack.stop()


if __name__ == "__main__":
    main()

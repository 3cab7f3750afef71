"""Settings from environment variables (12-factor).

`ProcessSettings` is what every process shares; `ServiceSettings` adds what a gRPC service
needs. Each service and the gateway subclass one with their own prefix, e.g. `IDENTITY_GRPC_PORT`.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ProcessSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CPD_", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"
    oidc_issuer: str = "http://127.0.0.1:8080/realms/cpd"
    oidc_audience: str = "cpd-api"
    # Deadline for every outgoing gRPC call, seconds.
    rpc_deadline: float = 5.0
    # Outgoing mail: the local SMTP server that `make up` starts, a relay in production.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 1025
    mail_from: str = "noreply@cpd.local"

    @property
    def is_dev(self) -> bool:
        return self.environment == "dev"


class ServiceSettings(ProcessSettings):
    grpc_host: str = "127.0.0.1"
    grpc_port: int = 0
    # 0 disables the Prometheus endpoint (tests); by convention the gRPC port + 1000.
    metrics_port: int = 0
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/cpd"
    redis_url: str = "redis://127.0.0.1:6379/0"
    # SQLAlchemy pool per process: at most db_pool_size + db_max_overflow connections, so the
    # sum over the most replicas must fit the pooler (tests/k8s checks the manifests).
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    migrate_on_start: bool = True
    shutdown_grace: float = 5.0
    # `azp` of the gateway's service identity: a valid `x-service-authorization` token of one of
    # these clients marks an RPC as coming through the gateway (`cpd_platform.context`).
    trusted_gateway_clients: list[str] = ["gateway"]
    # The service's own client at the identity provider (client credentials), for calls that
    # must say which service makes them (`cpd_platform.service_identity`); empty: none.
    service_client_id: str = ""
    service_client_secret: str = ""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class GatewaySettings(BaseSettings):
    """Environment variables prefixed `GATEWAY_`."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"
    host: str = "127.0.0.1"
    port: int = 8000
    oidc_issuer: str = "http://127.0.0.1:8080/realms/cpd"
    oidc_audience: str = "cpd-api"
    identity_target: str = "127.0.0.1:50051"
    catalog_target: str = "127.0.0.1:50052"
    plan_target: str = "127.0.0.1:50053"
    credits_target: str = "127.0.0.1:50054"
    pk_regional_target: str = "127.0.0.1:50055"
    # Deadline for every gRPC call, seconds.
    rpc_deadline: float = 5.0
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000

    @property
    def is_dev(self) -> bool:
        return self.environment == "dev"

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ProcessSettings


class GatewaySettings(ProcessSettings):
    """Environment variables prefixed `GATEWAY_`."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    identity_target: str = "127.0.0.1:50051"
    catalog_target: str = "127.0.0.1:50052"
    plan_target: str = "127.0.0.1:50053"
    credits_target: str = "127.0.0.1:50054"
    pk_regional_target: str = "127.0.0.1:50055"
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    redis_url: str = "redis://127.0.0.1:6379/0"
    # Anonymous operations (register, login, …) per client address and minute.
    anonymous_requests_per_minute: int = 60
    # Behind an ingress that sets X-Forwarded-For; off when clients reach the gateway directly.
    trust_forwarded_for: bool = False
    # Larger GraphQL request bodies get HTTP 413 before they are read.
    max_body_bytes: int = 65536
    # The exception (http_guard.UploadAllowance): an administrator's ФРМР extract upload
    # (loadRegisterExtract; 200,000 records are about 15 MB of CSV) may be this large.
    admin_upload_max_body_bytes: int = 32 * 1024 * 1024
    # The gateway's own client at the identity provider (client credentials): its token goes to
    # every backend call as `x-service-authorization`. An empty secret turns it off.
    client_id: str = "gateway"
    client_secret: str = ""
    # Seconds the readiness check waits for Redis: under a second, below the probe's timeout.
    ready_timeout: float = Field(default=0.5, gt=0, lt=1)
    # The web portal's built files (web/dist), served at `/` in dev only; empty: not served.
    web_dist: str = ""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class PkRegionalSettings(ServiceSettings):
    """Environment variables prefixed `PK_REGIONAL_`."""

    model_config = SettingsConfigDict(env_prefix="PK_REGIONAL_", extra="ignore")

    grpc_port: int = 50055
    seed_demo: bool = False
    identity_target: str = "127.0.0.1:50051"
    catalog_target: str = "127.0.0.1:50052"
    # AES-256 key (32 bytes, base64) for passport data; required unless environment=dev.
    passport_key: str = ""
    passport_key_id: str = "k1"
    # Retired keys still needed to read older rows: "id1:base64,id2:base64".
    passport_old_keys: str = ""
    # The service's own client-credentials client (secret: PK_REGIONAL_SERVICE_CLIENT_SECRET):
    # catalog-svc lets only this `azp` release a teacher's seats on behalf of the operator who
    # refused the number. No secret: such refusals fail with `service_identity_missing`.
    service_client_id: str = "pk-regional-svc"
    # Seconds a person's grants are cached (revokes are pushed at once over Redis).
    grants_ttl: float = 30.0

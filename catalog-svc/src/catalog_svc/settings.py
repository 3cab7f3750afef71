from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class CatalogSettings(ServiceSettings):
    """Environment variables prefixed `CATALOG_`."""

    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")

    grpc_port: int = 50052
    seed_demo: bool = False
    # identity-svc: the grants of provider staff (ListGrants).
    identity_target: str = "127.0.0.1:50051"
    # credits-svc: whether a person has a credit for an element they rate (ListMyCredits).
    credits_target: str = "127.0.0.1:50054"
    # How long a person's grants are cached (a revoke is also pushed over Redis pub/sub).
    grants_ttl: float = 30.0
    # Client ids (`azp` of client-credentials tokens) that may release seats held for anyone, on
    # behalf of the operator they name (JSON list in CATALOG_SEAT_AGENTS).
    seat_agents: tuple[str, ...] = ("pk-regional-svc",)

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class CatalogSettings(ServiceSettings):
    """Environment variables prefixed `CATALOG_`."""

    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")

    grpc_port: int = 50052
    seed_demo: bool = False

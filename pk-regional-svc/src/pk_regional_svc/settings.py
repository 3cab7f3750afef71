from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class PkRegionalSettings(ServiceSettings):
    """Environment variables prefixed `PK_REGIONAL_`."""

    model_config = SettingsConfigDict(env_prefix="PK_REGIONAL_", extra="ignore")

    grpc_port: int = 50055
    seed_demo: bool = False

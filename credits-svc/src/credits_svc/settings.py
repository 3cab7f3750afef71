from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class CreditsSettings(ServiceSettings):
    """Environment variables prefixed `CREDITS_`."""

    model_config = SettingsConfigDict(env_prefix="CREDITS_", extra="ignore")

    grpc_port: int = 50054
    seed_demo: bool = False
    catalog_target: str = "127.0.0.1:50052"
    identity_target: str = "127.0.0.1:50051"

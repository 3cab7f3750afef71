from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class PlanSettings(ServiceSettings):
    """Environment variables prefixed `PLAN_`."""

    model_config = SettingsConfigDict(env_prefix="PLAN_", extra="ignore")

    grpc_port: int = 50053
    seed_demo: bool = False

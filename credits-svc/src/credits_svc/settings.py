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
    plan_target: str = "127.0.0.1:50053"
    # A pending code without an attendance list is accepted after this delay (within a day).
    code_auto_accept_seconds: float = 6 * 3600
    code_verify_interval_seconds: float = 60.0
    mail_interval_seconds: float = 5.0
    # Failed code redemptions allowed per window, per person and per client address.
    redeem_window_seconds: int = 3600
    redeem_max_failures_per_person: int = 10
    redeem_max_failures_per_address: int = 50

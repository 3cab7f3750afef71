from __future__ import annotations

from pydantic import field_validator
from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings

# The rule: a code is verified within a day ("в течение суток").
MAX_CODE_AUTO_ACCEPT_SECONDS = 24 * 3600


class CreditsSettings(ServiceSettings):
    """Environment variables prefixed `CREDITS_`."""

    model_config = SettingsConfigDict(env_prefix="CREDITS_", extra="ignore")

    grpc_port: int = 50054
    seed_demo: bool = False
    catalog_target: str = "127.0.0.1:50052"
    identity_target: str = "127.0.0.1:50051"
    plan_target: str = "127.0.0.1:50053"
    # Its own client (credits-svc): identity-svc shows it the e-mail of the persons it mails
    # confirmation codes to (providers see only person ids). Secret: CREDITS_SERVICE_CLIENT_SECRET.
    service_client_id: str = "credits-svc"
    # A pending code without an attendance list is accepted after this delay (within a day).
    # At most MAX_CODE_AUTO_ACCEPT_SECONDS: a larger value is refused at start-up.
    code_auto_accept_seconds: float = 6 * 3600
    code_verify_interval_seconds: float = 60.0
    mail_interval_seconds: float = 5.0
    # Failed code redemptions allowed per window: per person, per (person, event) when the code
    # is entered for a named event, and per client address (as the gateway vouches for it) only
    # as a flood guard: a hospital's NAT puts hundreds of people behind one address.
    redeem_window_seconds: int = 3600
    redeem_max_failures_per_person: int = 20
    redeem_max_failures_per_person_event: int = 5
    redeem_max_failures_per_address: int = 500

    @field_validator("code_auto_accept_seconds")
    @classmethod
    def _verified_within_a_day(cls, value: float) -> float:
        if not 0 <= value <= MAX_CODE_AUTO_ACCEPT_SECONDS:
            raise ValueError(
                "CREDITS_CODE_AUTO_ACCEPT_SECONDS must be between 0 and "
                f"{MAX_CODE_AUTO_ACCEPT_SECONDS} (24 hours): codes are verified within a day "
                "(«в течение суток»)"
            )
        return value

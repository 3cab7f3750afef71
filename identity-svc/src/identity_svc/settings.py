from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class IdentitySettings(ServiceSettings):
    """Environment variables prefixed `IDENTITY_`."""

    model_config = SettingsConfigDict(env_prefix="IDENTITY_", extra="ignore")

    grpc_port: int = 50051
    seed_demo: bool = False
    # Keycloak (or the local identity provider) for user administration.
    keycloak_url: str = "http://127.0.0.1:8080"
    keycloak_realm: str = "cpd"
    keycloak_client_id: str = "identity-svc"
    keycloak_client_secret: str = ""
    # Internal service identities (the client of their `x-service-authorization` token) that get
    # full person records from BatchFindPersonsBySnils: credits-svc mails confirmation codes.
    full_record_clients: list[str] = Field(default_factory=lambda: ["credits-svc"])

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from cpd_platform.settings import ServiceSettings


class PlanSettings(ServiceSettings):
    """Environment variables prefixed `PLAN_`."""

    model_config = SettingsConfigDict(env_prefix="PLAN_", extra="ignore")

    grpc_port: int = 50053
    seed_demo: bool = False
    catalog_target: str = "127.0.0.1:50052"
    identity_target: str = "127.0.0.1:50051"
    credits_target: str = "127.0.0.1:50054"
    # How long the nomenclature of specialties read from catalog-svc is kept (reference data).
    nomenclature_ttl_seconds: float = 600.0
    # `plan-svc rebuild` reads credits-svc's ledger as an admin: a bearer token of an admin,
    # or the client credentials of a confidential client whose service account is an admin.
    admin_token: str = ""
    admin_client_id: str = ""
    admin_client_secret: str = ""

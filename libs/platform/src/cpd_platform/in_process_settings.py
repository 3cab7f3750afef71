"""The settings of a service that a test starts in-process, alike in every service's tests."""

from __future__ import annotations


def in_process_settings(
    database_url: str, redis_url: str, oidc_issuer: str, **overrides: object
) -> dict[str, object]:
    """Its database and Redis, any free gRPC port, the local IdP as issuer and the demo data
    seeded; keyword arguments add or override settings (for the service's model_validate)."""
    return {
        "database_url": database_url,
        "redis_url": redis_url,
        "grpc_port": 0,
        "oidc_issuer": oidc_issuer,
        "seed_demo": True,
        **overrides,
    }

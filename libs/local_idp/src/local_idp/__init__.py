"""Keycloak-compatible identity provider for local runs and tests (never deployed)."""

from __future__ import annotations

from local_idp.app import build_provider, create_app, provider_of
from local_idp.provider import IdentityProvider
from local_idp.realm import RealmConfig, load_realm_config
from local_idp.server import LocalIdpServer
from local_idp.settings import Settings, load_client_secrets
from local_idp.store import Store

__all__ = [
    "IdentityProvider",
    "LocalIdpServer",
    "RealmConfig",
    "Settings",
    "Store",
    "build_provider",
    "create_app",
    "load_client_secrets",
    "load_realm_config",
    "provider_of",
]

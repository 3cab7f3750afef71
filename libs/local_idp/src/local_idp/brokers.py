"""The external identity providers the local IdP fakes: each of the realm's enabled providers
it knows (ESIA, Profil Zaufany), with its test persons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from local_idp.broker import ESIA_ALIAS, ESIA_TEXTS, Broker, load_esia_accounts
from local_idp.pz import PROFIL_ZAUFANY_ALIAS, PZ_TEXTS, load_pz_accounts
from local_idp.realm import IdentityProviderConfig, RealmConfig
from local_idp.settings import Settings

MakeBroker = Callable[[IdentityProviderConfig, Settings], Broker[Any]]

FAKES: dict[str, MakeBroker] = {
    ESIA_ALIAS: lambda provider, settings: Broker(
        provider, load_esia_accounts(settings.esia_accounts_file), ESIA_TEXTS
    ),
    PROFIL_ZAUFANY_ALIAS: lambda provider, settings: Broker(
        provider, load_pz_accounts(settings.pz_accounts_file), PZ_TEXTS
    ),
}


def fake_brokers(realm: RealmConfig, settings: Settings) -> dict[str, Broker[Any]]:
    """Alias → broker, in the realm's order (the login page lists them so)."""
    return {
        alias: make(provider, settings)
        for alias, provider in realm.identity_providers.items()
        if provider.enabled and (make := FAKES.get(alias)) is not None
    }

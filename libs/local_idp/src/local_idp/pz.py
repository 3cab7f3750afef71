"""The fake Profil Zaufany (Poland's trusted profile, SMK): its test persons, as the national
node (Węzeł Krajowy) passes them to Keycloak's SAML broker.

A person's profile is the SAML attributes the realm's ``profil-zaufany`` mappers read:
``PersonIdentifier`` (the PESEL, which is also the username), ``CurrentGivenName``,
``CurrentFamilyName`` and ``DateOfBirth`` (ISO). Profil Zaufany confirms every person's
identity, so there is no trust check after the login (unlike ESIA's simplified accounts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local_idp.broker import BrokerTexts, read_accounts

PROFIL_ZAUFANY_ALIAS = "profil-zaufany"
PZ_TEXTS = BrokerTexts(
    bad_code="Profil Zaufany nie potwierdził logowania. Spróbuj ponownie.",
    disabled="Konto jest zablokowane.",
)
PROFILE_FIELDS = ("PersonIdentifier", "CurrentGivenName", "CurrentFamilyName", "DateOfBirth")


@dataclass(frozen=True, slots=True)
class PzAccount:
    id: str
    pesel: str
    given_name: str
    family_name: str
    birth_date: str  # ISO

    @property
    def key(self) -> str:
        return self.id

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def profile(self) -> dict[str, str]:
        return dict(
            zip(
                PROFILE_FIELDS,
                (self.pesel, self.given_name, self.family_name, self.birth_date),
                strict=True,
            )
        )


def load_pz_accounts(path: Path | None = None) -> tuple[PzAccount, ...]:
    return read_accounts(path, "pz_accounts.json", _account)


def _account(raw: Mapping[str, Any]) -> PzAccount:
    pesel, given, family, born = (str(raw[name]) for name in PROFILE_FIELDS)
    return PzAccount(
        id=str(raw["id"]), pesel=pesel, given_name=given, family_name=family, birth_date=born
    )

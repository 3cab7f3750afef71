"""A first login brokered from an external identity provider: which register number it vouches
for, and the person it makes when nobody has that number yet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from identity_svc.domain.esia import ESIA, esia_snils, person_from_esia
from identity_svc.domain.person import NationalId, NationalIdKind, Person
from identity_svc.domain.profil_zaufany import PROFIL_ZAUFANY, person_from_pz, pz_pesel


@dataclass(frozen=True, slots=True)
class BrokeredLogin:
    identity_provider: str
    national_id: NationalId
    claims: Mapping[str, Any]

    def new_person(self, *, person_id: str, subject: str) -> Person:
        if self.identity_provider == PROFIL_ZAUFANY:
            return person_from_pz(self.claims, person_id=person_id, subject=subject)
        return person_from_esia(self.claims, person_id=person_id, subject=subject)


def brokered_login(claims: Mapping[str, Any]) -> BrokeredLogin | None:
    """The brokered login the token's claims describe, or None for a login by password."""
    provider = claims.get("identity_provider")
    if provider == ESIA:
        return BrokeredLogin(ESIA, NationalId(NationalIdKind.SNILS, esia_snils(claims)), claims)
    if provider == PROFIL_ZAUFANY:
        return BrokeredLogin(
            PROFIL_ZAUFANY, NationalId(NationalIdKind.PESEL, pz_pesel(claims)), claims
        )
    return None

"""Accounts brokered from Profil Zaufany (Poland's trusted profile, SMK): who the token says
the person is.

The identity provider maps the trusted profile into claims (the realm's `profil-zaufany`
mappers in `k8s/keycloak/realm-cpd.json`; libs/local_idp/README.md, "Profil Zaufany"):
`pesel`, `family_name`, `given_name`, `email` (may be absent) and `identity_provider` =
"profil-zaufany". The birth date and the sex come from the PESEL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cpd_platform.errors import FailedPrecondition
from identity_svc.domain.claims import claim_email, claim_text
from identity_svc.domain.person import Person
from identity_svc.domain.polish_identity import check_pesel

PROFIL_ZAUFANY = "profil-zaufany"


class IncompleteProfilZaufanyData(FailedPrecondition):
    def __init__(self, missing: str) -> None:
        super().__init__(
            "pz_data_incomplete",
            f"Profil Zaufany nie przekazał wymaganych danych ({missing}): "
            "zaloguj się numerem PESEL i hasłem",
        )


def pz_pesel(claims: Mapping[str, Any]) -> str:
    """The PESEL of the trusted profile (`invalid_pesel` when it is not one)."""
    return check_pesel(claim_text(claims, "pesel", "PESEL", IncompleteProfilZaufanyData)).pesel


def person_from_pz(claims: Mapping[str, Any], *, person_id: str, subject: str) -> Person:
    """A new person from a Profil Zaufany login's claims (the licence number and the kind are
    asked for later)."""
    pesel = check_pesel(claim_text(claims, "pesel", "PESEL", IncompleteProfilZaufanyData))
    return Person(
        id=person_id,
        subject=subject,
        snils=None,
        pesel=pesel.pesel,
        last_name=claim_text(claims, "family_name", "nazwisko", IncompleteProfilZaufanyData),
        first_name=claim_text(claims, "given_name", "imię", IncompleteProfilZaufanyData),
        patronymic=None,
        birth_date=pesel.birth_date,
        sex=pesel.sex,
        region_code=None,
        email=claim_email(claims),
        citizenship="PL",
    )

"""Accounts brokered from ESIA (Gosuslugi): who the token says the person is.

The identity provider maps ESIA's verified data into claims (the realm's protocol mappers in
`k8s/keycloak/realm-cpd.json`; libs/local_idp/README.md, "Gosuslugi (ESIA)"): `snils`,
`family_name`, `given_name`, `middle_name` (may be absent), `birthdate` (ISO), `gender`
("male"/"female") and `identity_provider` = "esia".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from cpd_platform.errors import FailedPrecondition
from cpd_platform.snils import parse_snils
from identity_svc.domain.claims import claim_email, claim_text, optional_claim_text
from identity_svc.domain.person import Person, Sex

ESIA = "esia"


class IncompleteEsiaData(FailedPrecondition):
    def __init__(self, missing: str) -> None:
        super().__init__(
            "esia_data_incomplete",
            f"Госуслуги не передали нужные данные ({missing}): подтвердите учётную запись "
            "на Госуслугах или зарегистрируйтесь по СНИЛС",
        )


def esia_snils(claims: Mapping[str, Any]) -> str:
    raw = claims.get("snils")
    if not isinstance(raw, str) or not raw:
        raise IncompleteEsiaData("СНИЛС")
    return parse_snils(raw)


def person_from_esia(claims: Mapping[str, Any], *, person_id: str, subject: str) -> Person:
    """A new person from an ESIA login's claims (region, phone, kind are asked for later)."""
    try:
        birth_date = date.fromisoformat(
            claim_text(claims, "birthdate", "дата рождения", IncompleteEsiaData)
        )
    except ValueError:
        raise IncompleteEsiaData("дата рождения") from None
    gender = claims.get("gender")
    return Person(
        id=person_id,
        subject=subject,
        snils=esia_snils(claims),
        last_name=claim_text(claims, "family_name", "фамилия", IncompleteEsiaData),
        first_name=claim_text(claims, "given_name", "имя", IncompleteEsiaData),
        patronymic=optional_claim_text(claims, "middle_name"),
        birth_date=birth_date,
        region_code=None,
        email=claim_email(claims),
        sex=Sex(gender) if gender in {s.value for s in Sex} else None,
    )

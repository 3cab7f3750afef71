"""Persons in Poland (SMK, rule set smk-2023): who the PESEL says they are, and their licence.

The PESEL decides the birth date and the sex (cpd_platform.pesel): a form does not type them
again. The licence number (numer PWZ, cpd_platform.pwz) is required of a physician registering
for specialisation training; persons with other SMK roles (the exam centre, CMKP) may have none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cpd_platform import pesel as pesel_rules
from cpd_platform.pwz import InvalidPwz, parse_pwz
from identity_svc.domain.person import Sex

SEX_OF_PESEL = {pesel_rules.Sex.MALE: Sex.MALE, pesel_rules.Sex.FEMALE: Sex.FEMALE}


@dataclass(frozen=True, slots=True)
class PeselPerson:
    """What a valid PESEL tells about its holder."""

    pesel: str
    birth_date: date
    sex: Sex


def check_pesel(raw: str) -> PeselPerson:
    """The PESEL's number, birth date and sex, or `invalid_pesel`."""
    parsed = pesel_rules.parse_pesel(raw)
    return PeselPerson(parsed.number, parsed.birth_date, SEX_OF_PESEL[parsed.sex])


def check_required_pwz(raw: str) -> str:
    """A physician's licence number: 7 digits with the check digit (`invalid_pwz`)."""
    if not raw.strip():
        raise InvalidPwz()
    return parse_pwz(raw)


def check_optional_pwz(raw: str) -> str | None:
    """A licence number, or None when empty (a profile without one)."""
    return parse_pwz(raw) if raw.strip() else None

"""A person: a specialist or a teacher, identified by SNILS."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cpd_platform.auth import Principal, Role


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    subject: str
    snils: str
    last_name: str
    first_name: str
    patronymic: str | None
    birth_date: date
    region_code: str
    email: str


def may_read_person(principal: Principal, person_id: str) -> bool:
    return principal.person_id == person_id or principal.has_role(Role.ADMIN)


def may_resolve_snils(principal: Principal) -> bool:
    """Providers' systems resolve the SNILS in the results they post."""
    return principal.has_role(Role.PROVIDER_SYSTEM) or principal.has_role(Role.ADMIN)

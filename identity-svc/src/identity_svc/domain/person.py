"""A person: a specialist or a teacher, identified by SNILS."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cpd_platform.auth import Principal

ADMIN_ROLE = "admin"
PROVIDER_SYSTEM_ROLE = "provider_system"


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
    return principal.person_id == person_id or principal.has_role(ADMIN_ROLE)


def may_resolve_snils(principal: Principal) -> bool:
    """Providers' systems resolve the SNILS in the results they post."""
    return principal.has_role(PROVIDER_SYSTEM_ROLE) or principal.has_role(ADMIN_ROLE)

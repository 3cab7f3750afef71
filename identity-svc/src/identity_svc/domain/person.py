"""A person: a specialist or a teacher, identified by SNILS."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.auth import Principal, Role


class PersonKind(StrEnum):
    SPECIALIST_HIGHER = "specialist_higher"
    SPECIALIST_SECONDARY = "specialist_secondary"
    TEACHER = "teacher"


# The realm role each kind of person gets in the identity provider.
REALM_ROLE_OF_KIND: dict[PersonKind, Role] = {
    PersonKind.SPECIALIST_HIGHER: Role.SPECIALIST,
    PersonKind.SPECIALIST_SECONDARY: Role.SPECIALIST,
    PersonKind.TEACHER: Role.TEACHER,
}


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class ConsentKind(StrEnum):
    PERSONAL_DATA = "personal_data"
    USER_AGREEMENT = "user_agreement"


@dataclass(frozen=True, slots=True)
class Consent:
    kind: ConsentKind
    text_version: str
    agreed_at: datetime


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    subject: str
    snils: str
    last_name: str
    first_name: str
    patronymic: str | None
    birth_date: date
    region_code: str | None
    email: str | None
    kind: PersonKind | None = None
    sex: Sex | None = None
    phone: str | None = None
    citizenship: str | None = None
    email_verified: bool = False
    phone_verified: bool = False
    consents: tuple[Consent, ...] = field(default=())


def may_read_person(principal: Principal, person_id: str) -> bool:
    return principal.person_id == person_id or principal.has_role(Role.ADMIN)


def may_resolve_snils(principal: Principal) -> bool:
    """Providers' systems resolve the SNILS in the results they post."""
    return principal.has_role(Role.PROVIDER_SYSTEM) or principal.has_role(Role.ADMIN)

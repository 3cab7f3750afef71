"""A person: a specialist or a teacher identified by SNILS, or a physician in Poland (SMK)
identified by PESEL, with their licence number (PWZ)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.principal import Principal, Role


class PersonKind(StrEnum):
    SPECIALIST_HIGHER = "specialist_higher"
    SPECIALIST_SECONDARY = "specialist_secondary"
    TEACHER = "teacher"
    # A physician in Poland (SMK): PESEL and licence number (PWZ) instead of SNILS.
    SMK_PHYSICIAN = "smk_physician"


# The realm role each kind of person gets in the identity provider.
REALM_ROLE_OF_KIND: dict[PersonKind, Role] = {
    PersonKind.SPECIALIST_HIGHER: Role.SPECIALIST,
    PersonKind.SPECIALIST_SECONDARY: Role.SPECIALIST,
    PersonKind.TEACHER: Role.TEACHER,
    PersonKind.SMK_PHYSICIAN: Role.SMK_TRAINEE,
}


class NationalIdKind(StrEnum):
    SNILS = "snils"
    PESEL = "pesel"


@dataclass(frozen=True, slots=True)
class NationalId:
    """The register number that identifies a person (SNILS in Russia, PESEL in Poland): one per
    person, and their login name (username) in the identity provider."""

    kind: NationalIdKind
    number: str


def national_id_of(snils: str | None, pesel: str | None) -> NationalId:
    """The PESEL when there is one, else the SNILS."""
    if pesel is not None:
        return NationalId(NationalIdKind.PESEL, pesel)
    return NationalId(NationalIdKind.SNILS, snils or "")


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
    # Exactly one of snils and pesel is set (a database check keeps it so).
    snils: str | None
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
    pesel: str | None = None
    # The licence number (numer prawa wykonywania zawodu) of a physician in Poland.
    pwz: str | None = None

    @property
    def national_id(self) -> NationalId:
        return national_id_of(self.snils, self.pesel)


def may_read_person(principal: Principal, person_id: str) -> bool:
    return principal.person_id == person_id or principal.has_role(Role.ADMIN)


OPERATOR_ROLES = (Role.REGIONAL_OPERATOR, Role.MUNICIPAL_OPERATOR, Role.SCHOOL_OPERATOR)


class RecordView(StrEnum):
    """How much of a person a SNILS lookup (`BatchFindPersonsBySnils`) shows its caller."""

    # The person id and the SNILS asked for: enough to know the SNILS is a registered person.
    ID_ONLY = "id_only"
    # The whole record: names, birth date, e-mail, phone, region, consents.
    FULL = "full"


@dataclass(frozen=True, slots=True)
class SnilsCaller:
    """Who looks persons up by SNILS: the user's token, the calling service's own verified
    identity (`x-service-authorization`, `cpd_platform.context.calling_service()`), and the
    regions in which the user holds a regional operator's grant."""

    principal: Principal
    service: str | None
    full_record_clients: frozenset[str]
    operator_regions: frozenset[str]

    @property
    def internal_service(self) -> bool:
        return self.service is not None and self.service in self.full_record_clients


def may_resolve_snils(caller: SnilsCaller) -> bool:
    """Providers' systems resolve the SNILS in the results they post; internal services (credits
    mailing confirmation codes), operators and admins look persons up too."""
    principal = caller.principal
    return caller.internal_service or any(
        principal.has_role(role) for role in (Role.PROVIDER_SYSTEM, Role.ADMIN, *OPERATOR_ROLES)
    )


def record_view(caller: SnilsCaller, person: Person) -> RecordView:
    """Full records for internal service identities (`IDENTITY_FULL_RECORD_CLIENTS`), admins,
    and regional operators for the persons of their regions; everyone else (providers' systems
    and staff, operators outside their region, municipal and school operators, whose scope
    identity-svc cannot place a person in) learns only the person id."""
    if caller.internal_service or caller.principal.has_role(Role.ADMIN):
        return RecordView.FULL
    if person.region_code is not None and person.region_code in caller.operator_regions:
        return RecordView.FULL
    return RecordView.ID_ONLY


class NationalIdTaken(Exception):
    """Another person has this SNILS or PESEL."""


@dataclass(frozen=True, slots=True)
class RegistrationState:
    """What a retry of a registration needs to know about an existing person."""

    person: Person
    fingerprint: str | None
    verification_sent_at: datetime | None

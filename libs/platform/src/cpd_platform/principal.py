"""Who is calling and what they may act on: realm roles, the principal, scopes and grants.

Pure values only (no token verification, no cache, no I/O), so that domain code may use them:
token verification lives in `cpd_platform.auth`, the grant cache in `cpd_platform.access`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cpd_platform.errors import InvalidArgument, PermissionDenied


class Role(StrEnum):
    """Realm roles (k8s/keycloak/realm-cpd.json)."""

    SPECIALIST = "specialist"
    TEACHER = "teacher"
    PROVIDER_STAFF = "provider_staff"
    # A provider's staff member who may grant provider_staff of the same provider.
    PROVIDER_ADMIN = "provider_admin"
    PROVIDER_SYSTEM = "provider_system"
    SCHOOL_HEAD = "school_head"
    SCHOOL_OPERATOR = "school_operator"
    MUNICIPAL_OPERATOR = "municipal_operator"
    REGIONAL_OPERATOR = "regional_operator"
    ADMIN = "admin"
    # Answers people's support requests (identity-svc).
    SUPPORT = "support"
    # SMK (Polish specialisation training, rule set "smk-2023").
    # A doctor in specialisation training (rezydent / lekarz w trakcie specjalizacji).
    SMK_TRAINEE = "smk_trainee"
    # Kierownik specjalizacji: confirms trainees' entries at one training unit.
    SMK_SUPERVISOR = "smk_supervisor"
    # Staff of one training unit (jednostka akredytowana).
    SMK_UNIT_STAFF = "smk_unit_staff"
    # Urząd wojewódzki: qualification proceedings of one voivodeship.
    SMK_VOIVODESHIP_OFFICE = "smk_voivodeship_office"
    # Centrum Egzaminów Medycznych: accepts or returns exam (PES) applications.
    SMK_EXAM_CENTRE = "smk_exam_centre"
    # CMKP: publishes specialisation programmes and accredits training units.
    SMK_CMKP = "smk_cmkp"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling, from a verified access token."""

    subject: str
    client_id: str
    roles: frozenset[str]
    person_id: str | None
    snils: str | None
    token: str

    @classmethod
    def from_claims(cls, claims: dict[str, Any], token: str) -> Principal:
        roles = claims.get("realm_access", {}).get("roles", [])
        return cls(
            subject=str(claims["sub"]),
            client_id=str(claims.get("azp", "")),
            roles=frozenset(str(r) for r in roles),
            person_id=claims.get("person_id") or None,
            snils=claims.get("snils") or None,
            token=token,
        )

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def require_role(self, *roles: str) -> None:
        if not self.roles.intersection(roles):
            raise PermissionDenied("forbidden", "Недостаточно прав для этого действия")

    def require_person(self) -> str:
        if self.person_id is None:
            raise PermissionDenied(
                "not_a_person", "Действие доступно только зарегистрированным пользователям"
            )
        return self.person_id


class ScopeKind(StrEnum):
    PLATFORM = "platform"
    PROVIDER = "provider"
    SCHOOL = "school"
    MUNICIPALITY = "municipality"
    REGION = "region"
    # An SMK training unit (catalog-svc's accredited unit id).
    TRAINING_UNIT = "training_unit"
    # A Polish voivodeship (TERYT code, e.g. "14" for mazowieckie).
    VOIVODESHIP = "voivodeship"


@dataclass(frozen=True, slots=True)
class Scope:
    kind: ScopeKind
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> Scope:
        kind, sep, ident = text.partition(":")
        if not sep or not ident or kind not in ScopeKind.__members__.values():
            raise InvalidArgument("invalid_scope", f"Неизвестная область полномочий: {text!r}")
        return cls(ScopeKind(kind), ident)

    @classmethod
    def provider(cls, provider_id: str) -> Scope:
        return cls(ScopeKind.PROVIDER, provider_id)

    @classmethod
    def school(cls, school_id: str) -> Scope:
        return cls(ScopeKind.SCHOOL, school_id)

    @classmethod
    def municipality(cls, municipality_id: str) -> Scope:
        return cls(ScopeKind.MUNICIPALITY, municipality_id)

    @classmethod
    def region(cls, region_code: str) -> Scope:
        return cls(ScopeKind.REGION, region_code)

    @classmethod
    def training_unit(cls, unit_id: str) -> Scope:
        return cls(ScopeKind.TRAINING_UNIT, unit_id)

    @classmethod
    def voivodeship(cls, code: str) -> Scope:
        return cls(ScopeKind.VOIVODESHIP, code)


PLATFORM = Scope(ScopeKind.PLATFORM, "*")

# The kind of scope each scoped role is granted on.
SCOPE_OF_ROLE: dict[Role, ScopeKind] = {
    Role.ADMIN: ScopeKind.PLATFORM,
    Role.PROVIDER_STAFF: ScopeKind.PROVIDER,
    Role.PROVIDER_ADMIN: ScopeKind.PROVIDER,
    Role.SCHOOL_HEAD: ScopeKind.SCHOOL,
    Role.SCHOOL_OPERATOR: ScopeKind.SCHOOL,
    Role.MUNICIPAL_OPERATOR: ScopeKind.MUNICIPALITY,
    Role.REGIONAL_OPERATOR: ScopeKind.REGION,
    Role.SMK_SUPERVISOR: ScopeKind.TRAINING_UNIT,
    Role.SMK_UNIT_STAFF: ScopeKind.TRAINING_UNIT,
    Role.SMK_VOIVODESHIP_OFFICE: ScopeKind.VOIVODESHIP,
}


@dataclass(frozen=True, slots=True)
class Grant:
    """A scoped role kept by identity-svc: the role and the one scope it applies to."""

    role: Role
    scope: Scope

    def __post_init__(self) -> None:
        expected = SCOPE_OF_ROLE.get(self.role)
        if expected is None or expected != self.scope.kind:
            raise InvalidArgument(
                "invalid_grant_scope",
                f"Роль {self.role} не назначается на область «{self.scope.kind}»",
            )

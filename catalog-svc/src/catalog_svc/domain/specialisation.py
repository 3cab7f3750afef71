"""SMK specialisation programmes and accredited training units (rule set "smk-2023").

A programme is published by CMKP for a specialty in versions: a version never changes, a new
publication is the next version, and a trainee's card keeps the version it was opened under.
What makes a programme valid is the rule set's programme part below (data, with its source);
messages are Polish, for SMK users.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.errors import InvalidArgument, PermissionDenied
from cpd_platform.principal import Principal, Role


class ModuleKind(StrEnum):
    BASIC = "basic"
    SPECIALISED = "specialised"


class ProcedureType(StrEnum):
    A = "a"  # performed
    B = "b"  # assisted


class TrainingMode(StrEnum):
    RESIDENCY = "residency"
    NON_RESIDENCY = "non_residency"


@dataclass(frozen=True, slots=True)
class ProgrammeRules:
    """The programme part of a rule set: the bounds a published programme keeps."""

    rule_set: str
    source: str
    min_duration_years: int
    max_duration_years: int
    max_modules: int
    max_title_length: int


SMK_2023_PROGRAMME = ProgrammeRules(
    rule_set="smk-2023",
    source=(
        "Ustawa z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty, art. 16f "
        "(programy specjalizacji opracowuje CMKP: moduły podstawowy i specjalistyczny, kursy, "
        "staże kierunkowe, procedury medyczne, dyżury medyczne, samokształcenie)"
    ),
    min_duration_years=1,
    max_duration_years=10,
    max_modules=20,
    max_title_length=300,
)

CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
ELEMENT_CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

INVALID_PROGRAMME = "smk_invalid_programme"


@dataclass(frozen=True, slots=True)
class Course:
    code: str
    title: str
    hours: int


@dataclass(frozen=True, slots=True)
class Internship:
    code: str
    title: str
    weeks: int
    where: str = ""


@dataclass(frozen=True, slots=True)
class Procedure:
    code: str
    title: str
    type: ProcedureType
    required_count: int


@dataclass(frozen=True, slots=True)
class Module:
    code: str
    title: str
    kind: ModuleKind
    courses: tuple[Course, ...] = ()
    internships: tuple[Internship, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    duty_hours: int = 0
    self_study_days: int = 0


@dataclass(frozen=True, slots=True)
class ProgrammeDraft:
    """What CMKP publishes: a programme without its version."""

    specialty: str
    specialty_name: str
    title: str
    duration_years: int
    modules: tuple[Module, ...]

    def content_hash(self) -> str:
        """Equal for equal content: a retried publication finds the version it made."""
        canonical = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Programme:
    draft: ProgrammeDraft
    version: int
    rule_set: str
    published_at: datetime
    published_by: str

    @property
    def specialty(self) -> str:
        return self.draft.specialty


def _invalid(message: str) -> InvalidArgument:
    return InvalidArgument(INVALID_PROGRAMME, message)


def check_specialty_code(code: str) -> str:
    if not CODE_PATTERN.match(code):
        raise _invalid(
            "Kod specjalizacji: małe litery, cyfry i łączniki, najwyżej 64 znaki "
            f"(otrzymano {code!r})"
        )
    return code


def _check_title(title: str, what: str, rules: ProgrammeRules) -> None:
    if not title.strip():
        raise _invalid(f"Brak nazwy: {what}")
    if len(title) > rules.max_title_length:
        raise _invalid(f"Nazwa jest za długa (najwyżej {rules.max_title_length} znaków): {what}")


def _check_positive(value: int, what: str) -> None:
    if value <= 0:
        raise _invalid(f"Wartość musi być większa od zera: {what}")


def check_programme(draft: ProgrammeDraft, rules: ProgrammeRules = SMK_2023_PROGRAMME) -> None:
    """Every rule of the programme part; the first broken one is refused with its reason."""
    check_specialty_code(draft.specialty)
    _check_title(draft.specialty_name, "specjalizacja", rules)
    _check_title(draft.title, "program", rules)
    if not rules.min_duration_years <= draft.duration_years <= rules.max_duration_years:
        raise _invalid(
            f"Czas trwania specjalizacji: od {rules.min_duration_years} do "
            f"{rules.max_duration_years} lat"
        )
    if not draft.modules:
        raise _invalid("Program musi mieć co najmniej jeden moduł")
    if len(draft.modules) > rules.max_modules:
        raise _invalid(f"Program może mieć najwyżej {rules.max_modules} modułów")
    kinds = [m.kind for m in draft.modules]
    if ModuleKind.SPECIALISED not in kinds:
        raise _invalid("Program musi mieć moduł specjalistyczny")
    if kinds != sorted(kinds, key=lambda kind: kind != ModuleKind.BASIC):
        raise _invalid("Moduły podstawowe poprzedzają moduły specjalistyczne")
    module_codes: set[str] = set()
    element_codes: set[str] = set()
    for module in draft.modules:
        _check_module(module, module_codes, element_codes, rules)


def _check_module(
    module: Module, module_codes: set[str], element_codes: set[str], rules: ProgrammeRules
) -> None:
    if not CODE_PATTERN.match(module.code):
        raise _invalid(f"Nieprawidłowy kod modułu: {module.code!r}")
    if module.code in module_codes:
        raise _invalid(f"Kod modułu powtarza się: {module.code}")
    module_codes.add(module.code)
    _check_title(module.title, f"moduł {module.code}", rules)
    if module.duty_hours < 0 or module.self_study_days < 0:
        raise _invalid(f"Dyżury i samokształcenie nie mogą być ujemne: moduł {module.code}")
    elements: list[tuple[str, str, int]] = [
        *((c.code, c.title, c.hours) for c in module.courses),
        *((i.code, i.title, i.weeks) for i in module.internships),
        *((p.code, p.title, p.required_count) for p in module.procedures),
    ]
    if not elements and not module.duty_hours and not module.self_study_days:
        raise _invalid(f"Moduł nie ma żadnych wymagań: {module.code}")
    for code, title, amount in elements:
        if not ELEMENT_CODE_PATTERN.match(code):
            raise _invalid(f"Nieprawidłowy kod elementu programu: {code!r}")
        if code in element_codes:
            raise _invalid(f"Kod elementu programu powtarza się: {code}")
        element_codes.add(code)
        _check_title(title, f"element {code}", rules)
        _check_positive(amount, f"element {code}")


def next_version(latest: Programme | None, draft: ProgrammeDraft) -> int | None:
    """The version a publication makes, or None when the latest version has this content
    already (the retry returns it)."""
    if latest is None:
        return 1
    if latest.draft.content_hash() == draft.content_hash():
        return None
    return latest.version + 1


CMKP_ONLY = ("smk_cmkp_only", "Programy i akredytacje prowadzi wyłącznie CMKP")


def require_cmkp(principal: Principal) -> None:
    """Programmes and accreditations are CMKP's (or an admin's)."""
    if not (principal.has_role(Role.SMK_CMKP) or principal.has_role(Role.ADMIN)):
        raise PermissionDenied(*CMKP_ONLY)


# Training units and accreditations.

INVALID_ACCREDITATION = "smk_invalid_accreditation"
REGISTRY_NUMBER = re.compile(r"^[0-9A-Za-z/-]{3,40}$")


@dataclass(frozen=True, slots=True)
class Accreditation:
    specialty: str
    places: dict[TrainingMode, int]
    valid_from: date
    valid_until: date

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_until

    def places_of(self, mode: TrainingMode) -> int:
        return self.places.get(mode, 0)


@dataclass(frozen=True, slots=True)
class TrainingUnit:
    id: str
    registry_number: str
    name: str
    voivodeship: str
    city: str
    accreditations: tuple[Accreditation, ...] = field(default=())

    def accreditation(self, specialty: str) -> Accreditation | None:
        return next((a for a in self.accreditations if a.specialty == specialty), None)


@dataclass(frozen=True, slots=True)
class UnitFilter:
    specialty: str = ""
    voivodeship: str = ""
    mode: TrainingMode | None = None
    valid_on: date | None = None

    def admits(self, unit: TrainingUnit) -> bool:
        if self.voivodeship and unit.voivodeship != self.voivodeship:
            return False
        wanted = [
            a for a in unit.accreditations if not self.specialty or a.specialty == self.specialty
        ]
        return any(self._admits(a) for a in wanted)

    def _admits(self, accreditation: Accreditation) -> bool:
        if self.valid_on is not None and not accreditation.valid_on(self.valid_on):
            return False
        return self.mode is None or accreditation.places_of(self.mode) > 0


def places_by_mode(pairs: list[tuple[TrainingMode, int]]) -> dict[TrainingMode, int]:
    """Places per mode from the request's list; a mode given twice is refused."""
    places: dict[TrainingMode, int] = {}
    for mode, count in pairs:
        if mode in places:
            raise InvalidArgument(INVALID_ACCREDITATION, "Tryb szkolenia podany dwukrotnie")
        places[mode] = count
    return places


def check_accreditation(
    registry_number: str, name: str, city: str, accreditation: Accreditation
) -> None:
    def invalid(message: str) -> InvalidArgument:
        return InvalidArgument(INVALID_ACCREDITATION, message)

    if not REGISTRY_NUMBER.match(registry_number):
        raise invalid("Nieprawidłowy numer księgi rejestrowej jednostki")
    if not name.strip() or len(name) > 300:
        raise invalid("Podaj nazwę jednostki (najwyżej 300 znaków)")
    if not city.strip() or len(city) > 100:
        raise invalid("Podaj miejscowość jednostki (najwyżej 100 znaków)")
    if any(places < 0 for places in accreditation.places.values()):
        raise invalid("Liczba miejsc szkoleniowych nie może być ujemna")
    if not any(accreditation.places.values()):
        raise invalid("Akredytacja musi obejmować co najmniej jedno miejsce szkoleniowe")
    if accreditation.valid_until < accreditation.valid_from:
        raise invalid("Akredytacja kończy się przed dniem rozpoczęcia")


def with_accreditation(unit: TrainingUnit, accreditation: Accreditation) -> TrainingUnit:
    """The unit with the specialty's accreditation replaced (or added), sorted by specialty."""
    others = [a for a in unit.accreditations if a.specialty != accreditation.specialty]
    ordered = tuple(sorted([*others, accreditation], key=lambda a: a.specialty))
    return TrainingUnit(
        unit.id, unit.registry_number, unit.name, unit.voivodeship, unit.city, ordered
    )

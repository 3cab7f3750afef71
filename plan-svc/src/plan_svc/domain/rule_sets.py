"""Versioned rule sets: the regulation's numbers as data, pinned to a cycle when it opens.

A rule set never changes once published: a new version of the rules is a new code (e.g.
"nmo-250-v2"), so a cycle keeps counting by the rules it was opened under.

Which rule set a new cycle gets (`default_rule_set`): periodic accreditation documents pin
`nmo-709n-144` (the transitional form of order 709н: 144 hours), every other document
(certificate, primary and primary specialised accreditation) pins `nmo-250`. A person may name
another published rule set explicitly when adding the document.

Which education levels each document kind admits (`DOCUMENT_ADMISSIONS`) is data too, with its
source: the regulations make every kind valid for specialties of both medical and pharmaceutical
levels of the nomenclature (higher and secondary), so what is enforced is that the specialty is
in the nomenclature (catalog-svc) and of a medical/pharmaceutical level; any other level
(a level catalog-svc does not name, or one added later for non-medical staff) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class DocumentKind(StrEnum):
    CERTIFICATE = "certificate"
    ACCREDITATION_PRIMARY = "accreditation_primary"
    ACCREDITATION_PRIMARY_SPECIALISED = "accreditation_primary_specialised"
    ACCREDITATION_PERIODIC = "accreditation_periodic"


class EducationLevel(StrEnum):
    """Levels of the nomenclature of specialties (catalog-svc): medical and pharmaceutical."""

    HIGHER = "higher"
    SECONDARY = "secondary"


EDUCATION_LEVEL_TITLES: dict[EducationLevel, str] = {
    EducationLevel.HIGHER: "высшее медицинское или фармацевтическое образование",
    EducationLevel.SECONDARY: "среднее медицинское или фармацевтическое образование",
}


@dataclass(frozen=True, slots=True)
class DocumentAdmission:
    """The education levels of specialties a document kind may be issued for."""

    kind: DocumentKind
    levels: frozenset[EducationLevel]
    source: str


_BOTH_LEVELS = frozenset({EducationLevel.HIGHER, EducationLevel.SECONDARY})
_ORDER_709N = (
    "Положение об аккредитации специалистов, утв. приказом Минздрава России от 28.10.2022 № 709н"
)

DOCUMENT_ADMISSIONS: dict[DocumentKind, DocumentAdmission] = {
    admission.kind: admission
    for admission in (
        DocumentAdmission(
            DocumentKind.CERTIFICATE,
            _BOTH_LEVELS,
            "Приказ Минздрава России от 29.11.2012 № 982н: сертификаты специалиста выдавались "
            "специалистам с высшим и со средним медицинским и фармацевтическим образованием "
            "(до 01.01.2021)",
        ),
        DocumentAdmission(
            DocumentKind.ACCREDITATION_PRIMARY,
            _BOTH_LEVELS,
            f"{_ORDER_709N}: первичная аккредитация — после специалитета, бакалавриата, "
            "магистратуры или программ среднего профессионального образования",
        ),
        DocumentAdmission(
            DocumentKind.ACCREDITATION_PRIMARY_SPECIALISED,
            _BOTH_LEVELS,
            f"{_ORDER_709N}: первичная специализированная аккредитация — после ординатуры или "
            "профессиональной переподготовки, в том числе специалистов со средним образованием",
        ),
        DocumentAdmission(
            DocumentKind.ACCREDITATION_PERIODIC,
            _BOTH_LEVELS,
            f"{_ORDER_709N}: периодическая аккредитация — все специалисты с высшим и средним "
            "медицинским и фармацевтическим образованием",
        ),
    )
}


class KindGroup(StrEnum):
    """ДПП ПК programs vs events (ОМ) and interactive modules (ИОМ)."""

    PROGRAM = "program"
    EVENT_AND_MODULE = "event_and_module"


@dataclass(frozen=True, slots=True)
class YearlyRecommendation:
    """ZET recommended per year of a cycle: from ДПП ПК programs and from events and modules."""

    program_zet: int
    event_and_module_zet: int

    @property
    def total_zet(self) -> int:
        return self.program_zet + self.event_and_module_zet

    def of(self, group: KindGroup) -> int:
        return self.program_zet if group == KindGroup.PROGRAM else self.event_and_module_zet


@dataclass(frozen=True, slots=True)
class RuleSet:
    code: str
    version: int
    effective_from: date
    title: str
    # The act the numbers come from, shown to the person with the cycle.
    source: str
    cycle_years: int
    target_zet: int
    yearly: YearlyRecommendation | None = None
    # At least this much must come from ДПП ПК programs (0: no minimum).
    program_min_zet: int = 0
    # At most this much counts from events and modules (None: no cap).
    event_and_module_cap_zet: int | None = None

    @property
    def recommended_program_zet(self) -> int | None:
        return None if self.yearly is None else self.yearly.program_zet * self.cycle_years

    @property
    def recommended_event_and_module_zet(self) -> int | None:
        return None if self.yearly is None else self.yearly.event_and_module_zet * self.cycle_years

    def recommended(self, group: KindGroup) -> int:
        """Over the whole cycle: the recommendation, or the minimum when there is one."""
        if group == KindGroup.PROGRAM:
            return self.recommended_program_zet or self.program_min_zet
        return self.recommended_event_and_module_zet or 0

    def cap(self, group: KindGroup) -> int | None:
        return self.event_and_module_cap_zet if group == KindGroup.EVENT_AND_MODULE else None


NMO_250 = RuleSet(
    code="nmo-250",
    version=1,
    effective_from=date(2016, 1, 1),
    title="НМО: 250 ЗЕТ за пятилетний цикл",
    source=(
        "Концепция развития непрерывного медицинского и фармацевтического образования "
        "(приказ Минздрава России от 21.11.2017 № 926); 250 ЗЕТ за 5 лет, из них в год "
        "36 ЗЕТ — ДПП ПК и 14 ЗЕТ — образовательные мероприятия и интерактивные модули"
    ),
    cycle_years=5,
    target_zet=250,
    yearly=YearlyRecommendation(program_zet=36, event_and_module_zet=14),
)

# Periodic accreditation (order 709н), transitional form: 144 hours over the cycle, all from
# ДПП ПК, or at least 72 from ДПП ПК and at most 72 from ИОМ/ОМ.
NMO_709N_144 = RuleSet(
    code="nmo-709n-144",
    version=1,
    effective_from=date(2022, 3, 1),
    title="Периодическая аккредитация (709н): 144 часа",
    source=(
        f"{_ORDER_709N}, переходная форма портфолио: не менее 144 часов за 5 лет, из них "
        "не менее 72 — ДПП ПК, не более 72 — образовательные мероприятия и модули"
    ),
    cycle_years=5,
    target_zet=144,
    program_min_zet=72,
    event_and_module_cap_zet=72,
)

RULE_SETS: dict[str, RuleSet] = {rule_set.code: rule_set for rule_set in (NMO_250, NMO_709N_144)}

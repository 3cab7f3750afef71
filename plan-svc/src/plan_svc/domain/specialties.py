"""A document's specialty against the nomenclature (kept by catalog-svc) and the document kind.

The nomenclature is reference data read from catalog-svc; this module only decides. Which levels
a document kind admits is data in `rule_sets.DOCUMENT_ADMISSIONS`, with its source.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from plan_svc.domain.cycle import DOCUMENT_KIND_TITLES
from plan_svc.domain.rule_sets import (
    DOCUMENT_ADMISSIONS,
    EDUCATION_LEVEL_TITLES,
    DocumentKind,
    EducationLevel,
)


@dataclass(frozen=True, slots=True)
class NomenclatureSpecialty:
    code: str
    name: str
    # None: a level plan-svc does not know (not a medical or pharmaceutical one).
    level: EducationLevel | None


def check_specialty(
    kind: DocumentKind, code: str, found: NomenclatureSpecialty | None
) -> NomenclatureSpecialty:
    """The specialty when the document kind may be issued for it; a typed refusal otherwise."""
    if found is None:
        raise InvalidArgument(
            "unknown_specialty",
            f"Специальности с кодом {code} нет в номенклатуре специальностей: "
            "выберите специальность из справочника",
        )
    admission = DOCUMENT_ADMISSIONS[kind]
    if found.level is None or found.level not in admission.levels:
        levels = " или ".join(EDUCATION_LEVEL_TITLES[level] for level in sorted(admission.levels))
        raise FailedPrecondition(
            "specialty_level_not_admitted",
            f"Документ «{DOCUMENT_KIND_TITLES[kind]}» не выдаётся по специальности "
            f"«{found.name}»: нужна специальность, требующая: {levels}",
        )
    return found

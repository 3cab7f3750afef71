"""Issue 12: a document's specialty must be in the nomenclature and of an admitted level;
issue 11: free-text fields have documented limits and are refused, never cut."""

import pytest

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from plan_svc.domain.cycle import DocumentKind
from plan_svc.domain.limits import TEXT_LIMITS, checked_text
from plan_svc.domain.rule_sets import (
    DOCUMENT_ADMISSIONS,
    RULE_SETS,
    EducationLevel,
)
from plan_svc.domain.specialties import NomenclatureSpecialty, check_specialty

CARDIOLOGY = NomenclatureSpecialty("31.08.36", "Кардиология", EducationLevel.HIGHER)
NURSING = NomenclatureSpecialty("34.02.01", "Сестринское дело", EducationLevel.SECONDARY)
NON_MEDICAL = NomenclatureSpecialty("44.03.01", "Педагогическое образование", None)


def test_a_specialty_missing_from_the_nomenclature_is_refused_with_a_stable_code() -> None:
    with pytest.raises(InvalidArgument) as caught:
        check_specialty(DocumentKind.CERTIFICATE, "99.99.99", None)
    assert caught.value.code == "unknown_specialty"
    assert "99.99.99" in caught.value.message


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_kind_admits_higher_and_secondary_medical_specialties(
    kind: DocumentKind,
) -> None:
    assert check_specialty(kind, CARDIOLOGY.code, CARDIOLOGY) is CARDIOLOGY
    assert check_specialty(kind, NURSING.code, NURSING) is NURSING


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_a_specialty_of_a_non_medical_level_is_refused_for_every_kind(kind: DocumentKind) -> None:
    with pytest.raises(FailedPrecondition) as caught:
        check_specialty(kind, NON_MEDICAL.code, NON_MEDICAL)
    assert caught.value.code == "specialty_level_not_admitted"
    assert "Педагогическое образование" in caught.value.message


def test_each_document_kind_has_its_admitted_levels_as_data_with_a_source() -> None:
    assert set(DOCUMENT_ADMISSIONS) == set(DocumentKind)
    for admission in DOCUMENT_ADMISSIONS.values():
        assert admission.levels == {EducationLevel.HIGHER, EducationLevel.SECONDARY}
        assert "приказ" in admission.source.lower()
    assert "709н" in DOCUMENT_ADMISSIONS[DocumentKind.ACCREDITATION_PERIODIC].source


def test_every_rule_set_names_the_act_its_numbers_come_from() -> None:
    assert "709н" in RULE_SETS["nmo-709n-144"].source
    assert "144" in RULE_SETS["nmo-709n-144"].source
    assert "250" in RULE_SETS["nmo-250"].source


def test_free_text_up_to_its_limit_is_kept_whole_and_trimmed() -> None:
    limit, _ = TEXT_LIMITS["number"]
    assert checked_text("number", " " + "1" * limit + " ") == "1" * limit


@pytest.mark.parametrize("field", sorted(TEXT_LIMITS))
def test_free_text_over_its_limit_is_refused_not_cut(field: str) -> None:
    limit, label = TEXT_LIMITS[field]
    with pytest.raises(InvalidArgument) as caught:
        checked_text(field, "я" * (limit + 1))
    assert caught.value.code == "text_too_long"
    assert label in caught.value.message and str(limit) in caught.value.message

"""The programme part of rule set "smk-2023" and training units' accreditations: every rule,
with the Polish reason it is refused with."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from catalog_svc.domain.specialisation import (
    SMK_2023_PROGRAMME,
    Accreditation,
    Course,
    Module,
    ModuleKind,
    Procedure,
    ProcedureType,
    Programme,
    TrainingMode,
    TrainingUnit,
    UnitFilter,
    check_accreditation,
    check_programme,
    next_version,
    places_by_mode,
    require_cmkp,
    with_accreditation,
)
from catalog_svc.service_layer.smk_demo import BASIC, DEMO_PROGRAMME, SPECIALISED
from cpd_platform.errors import InvalidArgument, PermissionDenied
from cpd_platform.principal import Principal, Role


def refusal(draft: object) -> str:
    with pytest.raises(InvalidArgument) as refused:
        check_programme(draft)  # type: ignore[arg-type]
    assert refused.value.code == "smk_invalid_programme"
    return refused.value.message


def test_the_demo_programme_keeps_every_rule() -> None:
    check_programme(DEMO_PROGRAMME)
    assert SMK_2023_PROGRAMME.rule_set == "smk-2023"
    assert "art. 16f" in SMK_2023_PROGRAMME.source


@pytest.mark.parametrize("code", ["", "Kardiologia", "kardio logia", "-kardio", "k" * 65])
def test_specialty_code_is_lowercase_letters_digits_hyphens(code: str) -> None:
    assert "Kod specjalizacji" in refusal(dataclasses.replace(DEMO_PROGRAMME, specialty=code))


@pytest.mark.parametrize("years", [0, 11, -1])
def test_duration_is_1_to_10_years(years: int) -> None:
    message = refusal(dataclasses.replace(DEMO_PROGRAMME, duration_years=years))
    assert message == "Czas trwania specjalizacji: od 1 do 10 lat"


@pytest.mark.parametrize("years", [1, 10])
def test_duration_bounds_are_allowed(years: int) -> None:
    check_programme(dataclasses.replace(DEMO_PROGRAMME, duration_years=years))


def test_titles_are_required_and_bounded() -> None:
    assert "Brak nazwy" in refusal(dataclasses.replace(DEMO_PROGRAMME, title="  "))
    assert "za długa" in refusal(dataclasses.replace(DEMO_PROGRAMME, title="x" * 301))
    assert "Brak nazwy" in refusal(dataclasses.replace(DEMO_PROGRAMME, specialty_name=""))


def test_modules_one_specialised_at_least_basic_first_and_at_most_20() -> None:
    assert "co najmniej jeden moduł" in refusal(dataclasses.replace(DEMO_PROGRAMME, modules=()))
    assert "moduł specjalistyczny" in refusal(dataclasses.replace(DEMO_PROGRAMME, modules=(BASIC,)))
    check_programme(dataclasses.replace(DEMO_PROGRAMME, modules=(SPECIALISED,)))
    assert "poprzedzają" in refusal(
        dataclasses.replace(DEMO_PROGRAMME, modules=(SPECIALISED, BASIC))
    )
    many = tuple(
        dataclasses.replace(
            SPECIALISED,
            code=f"m{i}",
            courses=(Course(f"K{i}", "Kurs", 8),),
            internships=(),
            procedures=(),
        )
        for i in range(21)
    )
    assert "najwyżej 20" in refusal(dataclasses.replace(DEMO_PROGRAMME, modules=many))


def test_module_and_element_codes_are_unique_in_the_programme() -> None:
    twice = dataclasses.replace(DEMO_PROGRAMME, modules=(SPECIALISED, SPECIALISED))
    assert "Kod modułu powtarza się" in refusal(twice)
    clash = dataclasses.replace(
        SPECIALISED, courses=(Course("P-EKG", "Kurs o tym samym kodzie co procedura", 8),)
    )
    message = refusal(dataclasses.replace(DEMO_PROGRAMME, modules=(BASIC, clash)))
    assert message == "Kod elementu programu powtarza się: P-EKG"


@pytest.mark.parametrize(
    "module",
    [
        dataclasses.replace(SPECIALISED, courses=(Course("K1", "Kurs", 0),)),
        dataclasses.replace(
            SPECIALISED, procedures=(Procedure("P1", "Procedura", ProcedureType.B, 0),)
        ),
    ],
)
def test_hours_weeks_and_counts_are_positive(module: Module) -> None:
    message = refusal(dataclasses.replace(DEMO_PROGRAMME, modules=(BASIC, module)))
    assert message.startswith("Wartość musi być większa od zera")


def test_negative_duty_hours_and_an_empty_module_are_refused() -> None:
    negative = dataclasses.replace(SPECIALISED, duty_hours=-1)
    assert "ujemne" in refusal(dataclasses.replace(DEMO_PROGRAMME, modules=(BASIC, negative)))
    empty = Module("pusty", "Pusty moduł", ModuleKind.SPECIALISED)
    assert "żadnych wymagań" in refusal(dataclasses.replace(DEMO_PROGRAMME, modules=(empty,)))


def test_versions_count_up_and_the_same_content_is_the_same_version() -> None:
    assert next_version(None, DEMO_PROGRAMME) == 1
    published = Programme(DEMO_PROGRAMME, 3, "smk-2023", datetime(2026, 1, 5, tzinfo=UTC), "cmkp")
    assert next_version(published, DEMO_PROGRAMME) is None
    changed = dataclasses.replace(DEMO_PROGRAMME, duration_years=6)
    assert next_version(published, changed) == 4
    assert DEMO_PROGRAMME.content_hash() == dataclasses.replace(DEMO_PROGRAMME).content_hash()


def _principal(*roles: str) -> Principal:
    return Principal("sub", "web", frozenset(roles), "p-1", None, "t")


def test_only_cmkp_or_an_admin_publishes_and_accredits() -> None:
    require_cmkp(_principal(Role.SMK_CMKP))
    require_cmkp(_principal(Role.ADMIN))
    for role in (Role.SMK_TRAINEE, Role.SMK_SUPERVISOR, Role.SMK_EXAM_CENTRE, Role.SPECIALIST):
        with pytest.raises(PermissionDenied) as refused:
            require_cmkp(_principal(role))
        assert refused.value.code == "smk_cmkp_only"


ACCREDITATION = Accreditation(
    "kardiologia",
    {TrainingMode.RESIDENCY: 2, TrainingMode.NON_RESIDENCY: 1},
    date(2026, 1, 1),
    date(2030, 12, 31),
)


def accreditation_refusal(**changes: object) -> str:
    values: dict[str, object] = {
        "registry_number": "000000012345",
        "name": "Szpital Kliniczny",
        "city": "Warszawa",
        "accreditation": ACCREDITATION,
    }
    values.update(changes)
    with pytest.raises(InvalidArgument) as refused:
        check_accreditation(**values)  # type: ignore[arg-type]
    assert refused.value.code == "smk_invalid_accreditation"
    return refused.value.message


def test_accreditation_rules() -> None:
    check_accreditation("000000012345", "Szpital", "Warszawa", ACCREDITATION)
    assert "księgi rejestrowej" in accreditation_refusal(registry_number="1 2")
    assert "nazwę" in accreditation_refusal(name=" ")
    assert "miejscowość" in accreditation_refusal(city="")
    none = dataclasses.replace(ACCREDITATION, places={TrainingMode.RESIDENCY: 0})
    assert "co najmniej jedno" in accreditation_refusal(accreditation=none)
    negative = dataclasses.replace(ACCREDITATION, places={TrainingMode.RESIDENCY: -1})
    assert "ujemna" in accreditation_refusal(accreditation=negative)
    backwards = dataclasses.replace(ACCREDITATION, valid_until=date(2025, 12, 31))
    assert "przed dniem" in accreditation_refusal(accreditation=backwards)
    with pytest.raises(InvalidArgument, match="dwukrotnie"):
        places_by_mode([(TrainingMode.RESIDENCY, 1), (TrainingMode.RESIDENCY, 2)])


def test_validity_is_inclusive_and_a_mode_left_out_has_no_places() -> None:
    assert ACCREDITATION.valid_on(date(2026, 1, 1)) and ACCREDITATION.valid_on(date(2030, 12, 31))
    assert not ACCREDITATION.valid_on(date(2031, 1, 1))
    only = dataclasses.replace(ACCREDITATION, places={TrainingMode.RESIDENCY: 2})
    assert only.places_of(TrainingMode.NON_RESIDENCY) == 0


def test_reaccrediting_a_specialty_replaces_it_and_filters_see_specialty_mode_date_place() -> None:
    unit = TrainingUnit("u1", "000000012345", "Szpital", "14", "Warszawa")
    other = dataclasses.replace(ACCREDITATION, specialty="chirurgia-ogolna")
    unit = with_accreditation(with_accreditation(unit, ACCREDITATION), other)
    residency_only = dataclasses.replace(ACCREDITATION, places={TrainingMode.RESIDENCY: 5})
    unit = with_accreditation(unit, residency_only)
    assert [a.specialty for a in unit.accreditations] == ["chirurgia-ogolna", "kardiologia"]
    assert unit.accreditation("kardiologia") == residency_only

    assert UnitFilter(specialty="kardiologia", voivodeship="14").admits(unit)
    assert not UnitFilter(voivodeship="12").admits(unit)
    assert not UnitFilter(specialty="kardiologia", mode=TrainingMode.NON_RESIDENCY).admits(unit)
    assert UnitFilter(mode=TrainingMode.NON_RESIDENCY).admits(unit)  # via chirurgia-ogolna
    assert not UnitFilter(valid_on=date(2031, 1, 1)).admits(unit)
    assert not UnitFilter(specialty="pediatria").admits(unit)

from datetime import date

import pytest

from catalog_svc.domain.element import Element, ElementKind, ElementStatus


def _element(main: str, additional: tuple[str, ...]) -> Element:
    return Element(
        id="00000000-0000-0000-0000-000000000001",
        kind=ElementKind.PROGRAM,
        title="Программа",
        provider_id="00000000-0000-0000-0000-000000000002",
        zet=36,
        main_specialty_code=main,
        additional_specialty_codes=additional,
        starts_on=date(2025, 2, 3),
        ends_on=date(2025, 2, 28),
        status=ElementStatus.PUBLISHED,
    )


@pytest.mark.parametrize(
    ("specialty", "eligible"),
    [
        ("31.08.36", True),
        ("31.08.49", True),
        ("31.08.54", True),
        ("31.08.19", False),
        ("", False),
        ("31.08.360", False),
    ],
)
def test_an_element_is_eligible_for_its_main_and_additional_specialties_only(
    specialty: str, eligible: bool
) -> None:
    element = _element("31.08.36", ("31.08.49", "31.08.54"))
    assert element.is_eligible_for(specialty) is eligible


def test_an_element_without_additional_specialties_is_eligible_for_its_main_one_only() -> None:
    element = _element("31.08.36", ())
    assert element.is_eligible_for("31.08.36")
    assert not element.is_eligible_for("31.08.49")


def test_element_kinds_are_stored_as_lowercase_words() -> None:
    assert [kind.value for kind in ElementKind] == ["program", "event", "module"]
    assert ElementKind("module") is ElementKind.MODULE

import pytest

from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.municipality import (
    Municipality,
    MunicipalityKind,
    parse_region_code,
    sorted_by_name,
)


@pytest.mark.parametrize("code", ["16", "77", "01", "99"])
def test_two_digit_region_codes_are_accepted(code: str) -> None:
    assert parse_region_code(code) == code


@pytest.mark.parametrize("code", ["", "1", "1a", "016", " 16", "16 ", "1\n", "١٦", "AB", "16\n"])
def test_anything_but_two_ascii_digits_is_refused(code: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        parse_region_code(code)
    assert caught.value.code == "invalid_region_code"
    assert "двух цифр" in caught.value.message


def _named(name: str) -> Municipality:
    return Municipality(id=name, region_code="16", name=name, kind=MunicipalityKind.URBAN_OKRUG)


def test_municipalities_are_sorted_alphabetically_ignoring_case_and_treating_yo_as_ye() -> None:
    names = [
        "Нижнекамский муниципальный район",
        "городской округ «город Казань»",
        "Ёлкинский муниципальный район",
        "Альметьевский муниципальный район",
        "Елабужский муниципальный район",
    ]
    assert [m.name for m in sorted_by_name(_named(n) for n in names)] == [
        "Альметьевский муниципальный район",
        "городской округ «город Казань»",
        "Елабужский муниципальный район",
        "Ёлкинский муниципальный район",
        "Нижнекамский муниципальный район",
    ]

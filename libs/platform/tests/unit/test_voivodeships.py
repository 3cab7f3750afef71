"""The voivodeships' TERYT codes: sixteen even codes 02–32."""

from __future__ import annotations

import pytest

from cpd_platform.errors import InvalidArgument
from cpd_platform.voivodeships import VOIVODESHIPS, check_voivodeship, is_voivodeship


def test_sixteen_even_codes_from_02_to_32() -> None:
    assert list(VOIVODESHIPS) == [f"{n:02d}" for n in range(2, 33, 2)]
    assert VOIVODESHIPS["14"] == "mazowieckie"
    assert VOIVODESHIPS["12"] == "małopolskie"


@pytest.mark.parametrize("code", ["", "1", "01", "14 ", "34", "mazowieckie"])
def test_anything_else_is_refused_in_polish(code: str) -> None:
    assert not is_voivodeship(code)
    with pytest.raises(InvalidArgument) as refused:
        check_voivodeship(code)
    assert refused.value.code == "invalid_voivodeship"
    assert refused.value.message.startswith("Nieznany kod województwa")


def test_a_known_code_passes() -> None:
    assert check_voivodeship("30") == "30"

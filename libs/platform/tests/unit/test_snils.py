import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpd_platform.snils import (
    InvalidSnils,
    check_number,
    format_snils,
    parse_snils,
    with_check_number,
)


def test_check_number_of_the_demo_specialist() -> None:
    # 1·9 + 1·8 + 2·7 + 2·6 + 3·5 + 3·4 + 4·3 + 4·2 + 5·1 = 95
    assert check_number("112233445") == 95


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("000000000", 0),
        ("000000011", 3),  # 1·2 + 1·1
        ("000002225", 23),  # 2·4 + 2·3 + 2·2 + 5·1
    ],
)
def test_check_number_below_100_is_the_sum(digits: str, expected: int) -> None:
    assert check_number(digits) == expected


def test_sum_of_exactly_100_and_101_gives_00() -> None:
    # 9·9 + 2·8 + 1·3 = 100 ; 9·9 + 2·8 + 1·4 = 101
    assert check_number("920000100") == 0
    assert sum(int(d) * (9 - i) for i, d in enumerate("920000100")) == 100
    assert check_number("920001000") == 0
    assert sum(int(d) * (9 - i) for i, d in enumerate("920001000")) == 101


def test_sum_over_101_is_taken_mod_101_then_mod_100() -> None:
    # 9·(9+8+7+6+5+4+3+2+1) = 405; 405 mod 101 = 1
    assert check_number("999999999") == 1
    # 8·45 = 360; 360 mod 101 = 57
    assert check_number("888888888") == 57


def test_real_world_example() -> None:
    # A commonly cited valid number: 112-233-445 95
    assert parse_snils("112-233-445 95") == "11223344595"


@pytest.mark.parametrize(
    "raw", ["112-233-445 95", "11223344595", "112 233 445 95", " 112-233-445-95 "]
)
def test_separators_are_accepted(raw: str) -> None:
    assert parse_snils(raw) == "11223344595"


@pytest.mark.parametrize("raw", ["", "1122334459", "112233445950", "112-233-445 9a", "abc"])
def test_wrong_shape_is_rejected(raw: str) -> None:
    with pytest.raises(InvalidSnils) as caught:
        parse_snils(raw)
    assert caught.value.code == "invalid_snils"


def test_wrong_check_number_is_rejected() -> None:
    with pytest.raises(InvalidSnils):
        parse_snils("112-233-445 96")


def test_numbers_up_to_001_001_998_are_not_checked() -> None:
    assert parse_snils("001-001-998 00") == "00100199800"
    assert parse_snils("001-001-998 77") == "00100199877"
    with pytest.raises(InvalidSnils):
        parse_snils("001-001-999 77")


def test_format() -> None:
    assert format_snils("11223344595") == "112-233-445 95"


nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)
separators = st.sampled_from(["", " ", "-"])


@given(nine_digits)
def test_a_number_with_its_computed_check_number_is_valid(body: str) -> None:
    snils = f"{body}{check_number(body):02d}"
    assert parse_snils(snils) == snils
    assert parse_snils(format_snils(snils)) == snils


@given(nine_digits, st.lists(separators, min_size=3, max_size=3))
def test_normalisation_ignores_separators(body: str, seps: list[str]) -> None:
    snils = f"{body}{check_number(body):02d}"
    raw = f"{body[:3]}{seps[0]}{body[3:6]}{seps[1]}{body[6:9]}{seps[2]}{snils[9:]}"
    assert parse_snils(raw) == snils


@given(nine_digits.filter(lambda b: int(b) > 1001998), st.integers(min_value=1, max_value=99))
def test_any_other_check_number_is_rejected(body: str, shift: int) -> None:
    wrong = (check_number(body) + shift) % 100
    with pytest.raises(InvalidSnils):
        parse_snils(f"{body}{wrong:02d}")


@given(st.integers(min_value=1_001_999, max_value=999_999_999))
def test_a_number_completed_with_its_check_number_parses_back(body: int) -> None:
    digits = with_check_number(f"{body:09d}")
    assert parse_snils(format_snils(digits)) == digits
    assert with_check_number("112233445") == "11223344595"

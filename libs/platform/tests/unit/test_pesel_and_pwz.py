"""PESEL (Poland's personal number) and the physician's licence number (numer PWZ): check digits,
the birth date with its century in the month, the sex (SMK, rule set smk-2023)."""

from __future__ import annotations

from datetime import date

import pytest

from cpd_platform.errors import InvalidArgument
from cpd_platform.pesel import Sex, parse_pesel, pesel_with_check_digit
from cpd_platform.pwz import parse_pwz, pwz_with_check_digit


def test_a_known_valid_pesel_gives_its_birth_date_and_sex() -> None:
    person = parse_pesel("44051401359")
    assert person.number == "44051401359"
    assert person.birth_date == date(1944, 5, 14)
    assert person.sex is Sex.MALE


@pytest.mark.parametrize(
    ("first_ten", "born"),
    [
        ("8281010000", date(1882, 1, 1)),  # month + 80: the 1800s
        ("0201010000", date(1902, 1, 1)),  # month as is: the 1900s
        ("0221010000", date(2002, 1, 1)),  # month + 20: the 2000s
        ("0241010000", date(2102, 1, 1)),  # month + 40: the 2100s
        ("0261010000", date(2202, 1, 1)),  # month + 60: the 2200s
        ("0432290000", date(2004, 12, 29)),
    ],
)
def test_the_century_is_read_from_the_month(first_ten: str, born: date) -> None:
    assert parse_pesel(pesel_with_check_digit(first_ten)).birth_date == born


def test_the_tenth_digit_gives_the_sex() -> None:
    assert parse_pesel(pesel_with_check_digit("0221010001")).sex is Sex.MALE
    assert parse_pesel(pesel_with_check_digit("0221010002")).sex is Sex.FEMALE


def test_the_check_digit_weights() -> None:
    # Σ (1 3 7 9 1 3 7 9 1 3)·d over the first ten digits = 101; (10 − 101 mod 10) mod 10 = 9.
    assert pesel_with_check_digit("4405140135") == "44051401359"
    # A sum ending in 0 gives the check digit 0, not 10.
    assert pesel_with_check_digit("0000000000") == "00000000000"


@pytest.mark.parametrize(
    "raw",
    [
        "44051401358",  # wrong check digit
        "4405140135",  # ten digits
        "440514013590",  # twelve
        "4405140135a",
        "44053201350",  # 32 May: no such day (check digit made right below)
        "",
    ],
)
def test_invalid_pesels_are_refused_with_a_stable_code(raw: str) -> None:
    if raw == "44053201350":
        raw = pesel_with_check_digit(raw[:10])
    with pytest.raises(InvalidArgument) as refused:
        parse_pesel(raw)
    assert refused.value.code == "invalid_pesel"
    assert "PESEL" in refused.value.message


def test_a_known_valid_pwz() -> None:
    # 5425740: Σ i·dᵢ₊₁ over digits 2..7 = 4 + 4 + 15 + 28 + 20 + 0 = 71; 71 mod 11 = 5.
    assert parse_pwz("5425740") == "5425740"
    assert pwz_with_check_digit("425740") == "5425740"


@pytest.mark.parametrize(
    "raw",
    [
        "6425740",  # wrong check digit
        "542574",  # six digits
        "54257400",  # eight
        "0000000",  # the check digit is never 0
        "542574a",
        "",
    ],
)
def test_invalid_pwz_numbers_are_refused(raw: str) -> None:
    with pytest.raises(InvalidArgument) as refused:
        parse_pwz(raw)
    assert refused.value.code == "invalid_pwz"


def test_a_body_whose_sum_leaves_ten_has_no_valid_number() -> None:
    # 1·0 + 2·0 + 3·0 + 4·0 + 5·0 + 6·5 = 30; 30 mod 11 = 8. Find a body leaving 10:
    # 6·d = 10 mod 11 -> d = 9 (54 mod 11 = 10).
    with pytest.raises(InvalidArgument):
        pwz_with_check_digit("000009")

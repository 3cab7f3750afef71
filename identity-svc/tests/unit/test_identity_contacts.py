"""Phone numbers and e-mail addresses as people type them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from identity_svc.domain.contacts import (
    InvalidEmail,
    InvalidPhone,
    normalise_email,
    normalise_phone,
)


@pytest.mark.parametrize(
    "typed",
    [
        "+7 (912) 345-67-89",
        "8 912 345 67 89",
        "89123456789",
        "+79123456789",
        "7-912-345-67-89",
        "9123456789",
        "+7.912.345.67.89",
    ],
)
def test_russian_numbers_in_any_usual_format_become_plus_seven_and_ten_digits(typed: str) -> None:
    assert normalise_phone(typed) == "+79123456789"


def test_foreign_numbers_are_kept_in_e164() -> None:
    assert normalise_phone("+375 29 123-45-67") == "+375291234567"
    assert normalise_phone("+49 30 1234567") == "+49301234567"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "+7 912 345 67 8",  # nine digits after +7
        "+7 912 345 67 890",  # eleven
        "8 912 345 67 8",
        "912345678",
        "19123456789",
        "+0 123 456 789",
        "+1234567",  # seven digits
        "+1234567890123456",  # sixteen
        "+7 912 ABC 67 89",
        "+7 ٩١٢ 345 67 89",  # non-ASCII digits
        "++79123456789",
    ],
)
def test_anything_else_is_an_invalid_phone(typed: str) -> None:
    with pytest.raises(InvalidPhone) as caught:
        normalise_phone(typed)
    assert caught.value.code == "invalid_phone"


@given(st.integers(min_value=0, max_value=999_999_999))
def test_every_ten_digit_mobile_number_round_trips(rest: int) -> None:
    digits = f"9{rest:09d}"
    assert (
        normalise_phone(f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}")
        == f"+7{digits}"
    )


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("Anna.Smirnova@Example.ORG", "anna.smirnova@example.org"),
        ("  anna+cpd@mail.ru ", "anna+cpd@mail.ru"),
        ("a@xn--80ak6aa92e.xn--p1ai", "a@xn--80ak6aa92e.xn--p1ai"),
        ("o'neil@sub.domain.co.uk", "o'neil@sub.domain.co.uk"),
    ],
)
def test_valid_addresses_are_lower_cased(typed: str, normalised: str) -> None:
    assert normalise_email(typed) == normalised


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "anna",
        "anna@",
        "@example.org",
        "anna@example",
        "anna@@example.org",
        "an na@example.org",
        "anna@exa mple.org",
        "anna..s@example.org",
        ".anna@example.org",
        "anna@-example.org",
        "anna@example.o",
        "anna@example.123",
        "анна@пример.рф",
        "a" * 65 + "@example.org",
        "anna@" + "a" * 250 + ".org",
    ],
)
def test_malformed_addresses_are_refused(typed: str) -> None:
    with pytest.raises(InvalidEmail) as caught:
        normalise_email(typed)
    assert caught.value.code == "invalid_email"

"""The physician's licence number in Poland (numer prawa wykonywania zawodu, PWZ; SMK).

7 digits; the first is the check digit: Σ i·dᵢ over the other six digits (i = 1…6) mod 11. The
check digit is one digit from 1 to 9: a body whose sum leaves 0 or 10 has no number.
"""

from __future__ import annotations

from cpd_platform.errors import InvalidArgument


class InvalidPwz(InvalidArgument):
    def __init__(self) -> None:
        super().__init__(
            "invalid_pwz",
            "Nieprawidłowy numer prawa wykonywania zawodu: wymagane 7 cyfr z poprawną cyfrą kontrolną",
        )


def check_digit(body: str) -> int:
    return sum(weight * int(digit) for weight, digit in enumerate(body, start=1)) % 11


def pwz_with_check_digit(body: str) -> str:
    """The 7 digits whose last six are given, or `invalid_pwz` when no number has that body."""
    check = check_digit(body)
    if check in (0, 10):
        raise InvalidPwz()
    return f"{check}{body}"


def parse_pwz(raw: str) -> str:
    digits = raw.strip()
    if len(digits) != 7 or not digits.isascii() or not digits.isdigit():
        raise InvalidPwz()
    check = check_digit(digits[1:])
    if check in (0, 10) or check != int(digits[0]):
        raise InvalidPwz()
    return digits

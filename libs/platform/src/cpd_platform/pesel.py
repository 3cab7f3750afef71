"""PESEL, the number that identifies a person in Poland's registers (SMK, rule set smk-2023).

11 digits YYMMDDZZZXQ: the birth date (the century in the month: +80 for the 1800s, as is for the
1900s, +20, +40, +60 for the 2000s, 2100s, 2200s), a serial number whose last digit X is odd for
men and even for women, and the check digit Q = (10 − Σ wᵢ·dᵢ mod 10) mod 10 over the first ten
digits with the weights 1 3 7 9 1 3 7 9 1 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cpd_platform.errors import InvalidArgument

WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# Month offset -> the century it stands for.
CENTURIES = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True, slots=True)
class Pesel:
    number: str
    birth_date: date
    sex: Sex


class InvalidPesel(InvalidArgument):
    def __init__(self) -> None:
        super().__init__(
            "invalid_pesel",
            "Nieprawidłowy numer PESEL: wymagane 11 cyfr z poprawną cyfrą kontrolną i datą urodzenia",
        )


def check_digit(first_ten: str) -> int:
    total = sum(weight * int(digit) for weight, digit in zip(WEIGHTS, first_ten, strict=True))
    return (10 - total % 10) % 10


def pesel_with_check_digit(first_ten: str) -> str:
    """The 11 digits whose first ten are given (for generated test and demo data)."""
    return f"{first_ten}{check_digit(first_ten)}"


def parse_pesel(raw: str) -> Pesel:
    """The PESEL with the birth date and sex it encodes, or `invalid_pesel`."""
    digits = raw.strip()
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        raise InvalidPesel()
    if check_digit(digits[:10]) != int(digits[10]):
        raise InvalidPesel()
    return Pesel(digits, _birth_date(digits), Sex.MALE if int(digits[9]) % 2 else Sex.FEMALE)


def _birth_date(digits: str) -> date:
    coded_month = int(digits[2:4])
    offset = coded_month - (coded_month - 1) % 20 - 1 if coded_month else -1
    century = CENTURIES.get(offset)
    if century is None:
        raise InvalidPesel()
    try:
        return date(century + int(digits[0:2]), coded_month - offset, int(digits[4:6]))
    except ValueError:
        raise InvalidPesel() from None

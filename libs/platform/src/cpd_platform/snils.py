"""SNILS, the insurance number that identifies a person in Russian registers.

11 digits shown as `XXX-XXX-XXX YY`. The check number YY is
(Σ dᵢ·(9−i) over the first nine digits, i = 0…8) mod 101, then mod 100.
Numbers up to 001-001-998 were issued before the rule and are not checked.
"""

from __future__ import annotations

import re

from cpd_platform.errors import InvalidArgument

_SEPARATORS = re.compile(r"[\s-]")
_LAST_UNCHECKED = 1_001_998


class InvalidSnils(InvalidArgument):
    def __init__(self) -> None:
        super().__init__(
            "invalid_snils", "СНИЛС указан неверно: нужно 11 цифр с верным контрольным числом"
        )


def check_number(first_nine: str) -> int:
    total = sum(int(digit) * (9 - i) for i, digit in enumerate(first_nine))
    return total % 101 % 100


def with_check_number(first_nine: str) -> str:
    """The 11 digits of the SNILS whose first nine are given (for generated test and demo data)."""
    return f"{first_nine}{check_number(first_nine):02d}"


def parse_snils(raw: str) -> str:
    """Normalises a SNILS written with or without separators to 11 digits, or raises."""
    digits = _SEPARATORS.sub("", raw)
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        raise InvalidSnils()
    body, check = digits[:9], int(digits[9:])
    if int(body) > _LAST_UNCHECKED and check_number(body) != check:
        raise InvalidSnils()
    return digits


def format_snils(digits: str) -> str:
    return f"{digits[0:3]}-{digits[3:6]}-{digits[6:9]} {digits[9:11]}"

"""Poland's sixteen voivodeships (województwa) and their two-digit TERYT codes.

TERYT (the National Official Register of the Territorial Division, kept by GUS) numbers the
voivodeships with even codes 02–32 in alphabetical order of their Polish names. SMK stores the
code (`voivodeship`): training units, places and qualification proceedings are per voivodeship,
and a voivodeship office (urząd wojewódzki) acts for one code.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from cpd_platform.errors import InvalidArgument

VOIVODESHIPS: Mapping[str, str] = MappingProxyType(
    {
        "02": "dolnośląskie",
        "04": "kujawsko-pomorskie",
        "06": "lubelskie",
        "08": "lubuskie",
        "10": "łódzkie",
        "12": "małopolskie",
        "14": "mazowieckie",
        "16": "opolskie",
        "18": "podkarpackie",
        "20": "podlaskie",
        "22": "pomorskie",
        "24": "śląskie",
        "26": "świętokrzyskie",
        "28": "warmińsko-mazurskie",
        "30": "wielkopolskie",
        "32": "zachodniopomorskie",
    }
)


def is_voivodeship(code: str) -> bool:
    return code in VOIVODESHIPS


def check_voivodeship(code: str) -> str:
    """The code if it is a voivodeship's TERYT code, else `invalid_voivodeship` (Polish text)."""
    if code not in VOIVODESHIPS:
        raise InvalidArgument("invalid_voivodeship", f"Nieznany kod województwa (TERYT): {code!r}")
    return code

"""Municipalities of a region (субъект РФ): municipal districts, urban okrugs, city districts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cpd_platform.errors import InvalidArgument

# ASCII only: `\d` and str.isdigit() would also accept other scripts' digits.
_REGION_CODE = re.compile(r"[0-9]{2}")


class MunicipalityKind(StrEnum):
    MUNICIPAL_DISTRICT = "municipal_district"
    URBAN_OKRUG = "urban_okrug"
    CITY_DISTRICT = "city_district"


@dataclass(frozen=True, slots=True)
class Municipality:
    id: str
    region_code: str
    name: str
    kind: MunicipalityKind


def parse_region_code(value: str) -> str:
    """A region's code, two digits as in the official list (e.g. "16" for Tatarstan)."""
    if _REGION_CODE.fullmatch(value) is None:
        raise InvalidArgument(
            "invalid_region_code", "Код региона должен состоять из двух цифр, например 16"
        )
    return value


def _alphabetical_key(name: str) -> tuple[str, str]:
    # Case-insensitive, with ё next to е, whatever the database's collation is.
    return name.casefold().replace("ё", "е"), name


def sorted_by_name(municipalities: Iterable[Municipality]) -> list[Municipality]:
    return sorted(municipalities, key=lambda m: _alphabetical_key(m.name))

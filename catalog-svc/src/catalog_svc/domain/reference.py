"""Reference data: specialties and the providers that offer educational elements."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EducationLevel(StrEnum):
    HIGHER = "higher"
    SECONDARY = "secondary"


@dataclass(frozen=True, slots=True)
class Specialty:
    code: str
    name: str
    level: EducationLevel


@dataclass(frozen=True, slots=True)
class Provider:
    id: str
    name: str
    region_code: str
    # The OAuth client (a token's `azp`) of the provider's own system.
    client_id: str

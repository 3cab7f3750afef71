"""Assignment of places by score (rule set smk-2023): the applicant with the higher score chooses
first among their variants, in their order of preference, each taking the first variant whose
place (specialty, voivodeship, mode) has a place left.

Every place ranks applicants the same way (by score), so this serial choice is the stable
matching: no applicant and place would both rather be matched to each other than as assigned
(a place is left for them only if it had room when they chose, and it was filled by people who
rank higher). It is the applicants' best stable matching, and deterministic: ties are broken by
the LEK/LDEK result, then by the earlier application, then by the application's id, so the input
order never matters. Removing an applicant (a withdrawal) leaves nobody worse off: those ranked
higher choose as before, those ranked lower have at least the places they had.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from cpd_platform.errors import InvalidArgument


@dataclass(frozen=True, slots=True, order=True)
class PlaceKey:
    specialty: str
    voivodeship: str
    mode: str


@dataclass(frozen=True, slots=True)
class Variant:
    place: PlaceKey
    units: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Applicant:
    id: str
    score: Decimal
    exam_percent: Decimal
    submitted_at: datetime
    variants: tuple[Variant, ...]

    @property
    def priority(self) -> tuple[Decimal, Decimal, datetime, str]:
        """Sorts best first: higher score, higher exam result, earlier application, id."""
        return (-self.score, -self.exam_percent, self.submitted_at, self.id)


class Outcome(StrEnum):
    ASSIGNED = "assigned"
    NO_PLACE_LEFT = "no_place_left"
    """Every variant's place was taken by applicants ranked higher."""


@dataclass(frozen=True, slots=True)
class Assignment:
    applicant_id: str
    outcome: Outcome
    variant_index: int | None = None
    """0-based index into the applicant's variants of the one assigned."""
    place: PlaceKey | None = None


def check_places_exist(variants: Iterable[Variant], places: Mapping[PlaceKey, int]) -> None:
    for variant in variants:
        if places.get(variant.place, 0) <= 0:
            raise InvalidArgument(
                "unknown_place",
                "Brak miejsc szkoleniowych dla wariantu: "
                f"{variant.place.specialty}, województwo {variant.place.voivodeship},"
                f" tryb {variant.place.mode}",
            )


def assign_places(
    applicants: Iterable[Applicant], places: Mapping[PlaceKey, int]
) -> dict[str, Assignment]:
    """Each applicant's assignment, the places counted down as the ranking goes."""
    left = dict(places)
    assignments: dict[str, Assignment] = {}
    for applicant in sorted(applicants, key=lambda a: a.priority):
        assignments[applicant.id] = _choose(applicant, left)
    return assignments


def _choose(applicant: Applicant, left: dict[PlaceKey, int]) -> Assignment:
    for index, variant in enumerate(applicant.variants):
        if left.get(variant.place, 0) > 0:
            left[variant.place] -= 1
            return Assignment(applicant.id, Outcome.ASSIGNED, index, variant.place)
    return Assignment(applicant.id, Outcome.NO_PLACE_LEFT)


def next_round(
    applicants: Iterable[Applicant], places: Mapping[PlaceKey, int], withdrawn: Iterable[str]
) -> dict[str, Assignment]:
    """The round after withdrawals: the freed places go down the same ranking."""
    gone = set(withdrawn)
    return assign_places((a for a in applicants if a.id not in gone), places)

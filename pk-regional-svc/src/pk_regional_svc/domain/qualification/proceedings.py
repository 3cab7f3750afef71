"""A qualification session of rule set smk-2023 and what happens in it: the window as data kept
with the session, places per specialty, voivodeship and mode (with their training units when
they come from accreditations), applications checked against them, the rounds of lists computed
by the matching, and which result an applicant may read once lists are published."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.voivodeships import check_voivodeship
from pk_regional_svc.domain.qualification.matching import (
    Applicant,
    Outcome,
    PlaceKey,
    Variant,
    check_places_exist,
    next_round,
)
from pk_regional_svc.domain.qualification.rules import (
    QUALIFICATION_RULE_SETS,
    QualificationRules,
    Session,
    WindowClosed,
    check_variant_counts,
    score,
)


def session_not_found() -> NotFound:
    return NotFound(
        "qualification_session_not_found", "Nie ma takiego postępowania kwalifikacyjnego"
    )


def application_not_found() -> NotFound:
    return NotFound(
        "qualification_application_not_found",
        "Nie ma takiego wniosku w postępowaniu kwalifikacyjnym",
    )


class Mode(StrEnum):
    """The mode of training at a place."""

    RESIDENCY = "residency"
    NON_RESIDENCY = "non_residency"


EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
MAX_SPECIALTY_LENGTH = 100


@dataclass(frozen=True, slots=True)
class QualificationSession:
    id: str
    year: int
    term: Session
    rules_version: str
    opens_on: date
    closes_on: date
    round: int = 0
    """The latest round computed; 0 before the first."""

    @property
    def rules(self) -> QualificationRules:
        return QUALIFICATION_RULE_SETS[self.rules_version]

    def check_open(self, today: date) -> None:
        if not self.opens_on <= today <= self.closes_on:
            raise WindowClosed(self.opens_on, self.closes_on)

    def round_to_compute(self, published_rounds: Iterable[int]) -> int:
        """The current round again while none of its lists is published, else the next."""
        if self.round and self.round not in set(published_rounds):
            return self.round
        return self.round + 1


def new_session(
    session_id: str,
    year: int,
    term: Session,
    rules: QualificationRules,
    window: tuple[date, date] | None = None,
) -> QualificationSession:
    """A session with the rule set's window of its term, or an extraordinary one given."""
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise InvalidArgument(
            "invalid_qualification_session",
            f"Rok postępowania: od {EARLIEST_YEAR} do {LATEST_YEAR}",
        )
    opens_on, closes_on = window or rules.windows[term].dates(year)
    if opens_on > closes_on:
        raise InvalidArgument(
            "invalid_qualification_session",
            "Termin składania wniosków nie może kończyć się przed swoim początkiem",
        )
    return QualificationSession(session_id, year, term, rules.name, opens_on, closes_on)


def place_key(specialty: str, voivodeship: str, mode: str) -> PlaceKey:
    """A checked place: a specialty's code, a voivodeship's TERYT code and a mode."""
    if not specialty.strip() or len(specialty) > MAX_SPECIALTY_LENGTH or mode not in set(Mode):
        raise InvalidArgument(
            "invalid_variant", "Wariant wskazuje specjalizację, województwo i tryb szkolenia"
        )
    return PlaceKey(specialty.strip(), check_voivodeship(voivodeship), mode)


@dataclass(frozen=True, slots=True)
class Places:
    key: PlaceKey
    count: int
    unit_ids: tuple[str, ...] = ()
    """The training units the places are at, when they come from accreditations."""


def checked_places(key: PlaceKey, count: int, unit_ids: Sequence[str] = ()) -> Places:
    if count < 0:
        raise InvalidArgument("invalid_places", "Liczba miejsc nie może być ujemna")
    return Places(key, count, tuple(sorted(set(unit_ids))))


@dataclass(frozen=True, slots=True)
class QualificationApplication:
    id: str
    session_id: str
    person_id: str
    request_id: str
    exam_percent: Decimal
    additional_points: Decimal
    score: Decimal
    variants: tuple[Variant, ...]
    submitted_at: datetime
    withdrawn_at: datetime | None = None

    def applicant(self) -> Applicant:
        return Applicant(self.id, self.score, self.exam_percent, self.submitted_at, self.variants)

    @property
    def voivodeships(self) -> frozenset[str]:
        return frozenset(v.place.voivodeship for v in self.variants)


def checked_score(
    session: QualificationSession,
    today: date,
    exam_percent: Decimal,
    additional_points: Decimal,
    variants: Sequence[Variant],
    places: Mapping[PlaceKey, Places],
) -> Decimal:
    """The application's score once it passes every rule: the window, the variant limits, each
    variant's place in the session (and its units among the place's, when it has units)."""
    rules = session.rules
    session.check_open(today)
    check_variant_counts(rules, [len(v.units) for v in variants])
    check_places_exist(variants, {key: p.count for key, p in places.items()})
    for variant in variants:
        known = places[variant.place].unit_ids
        stray = [unit for unit in variant.units if known and unit not in known]
        if stray:
            raise InvalidArgument(
                "unknown_unit",
                f"Jednostka {stray[0]} nie ma miejsc szkoleniowych wariantu"
                f" {variant.place.specialty}, województwo {variant.place.voivodeship}",
            )
    return score(rules, exam_percent, additional_points)


@dataclass(frozen=True, slots=True)
class RankedResult:
    application_id: str
    round: int
    rank: int
    score: Decimal
    outcome: Outcome
    variant_index: int | None = None
    place: PlaceKey | None = None

    @property
    def explanation(self) -> str:
        if self.outcome is Outcome.ASSIGNED and self.place is not None:
            assert self.variant_index is not None
            return (
                f"Zakwalifikowano: wariant nr {self.variant_index + 1} ({self.place.specialty},"
                f" województwo {self.place.voivodeship}, tryb {_MODE_NAMES[Mode(self.place.mode)]})"
            )
        return (
            "Brak miejsca: miejsca we wszystkich wariantach wniosku zajęli kandydaci"
            " z wyższą pozycją na liście rankingowej"
        )


_MODE_NAMES = {Mode.RESIDENCY: "rezydentura", Mode.NON_RESIDENCY: "poza rezydenturą"}


def compute_round(
    round_number: int,
    applications: Iterable[QualificationApplication],
    places: Mapping[PlaceKey, Places],
) -> list[RankedResult]:
    """The ranking of the applications not withdrawn, each with what it got in this round."""
    every = list(applications)
    applicants = [a.applicant() for a in every]
    withdrawn = [a.id for a in every if a.withdrawn_at is not None]
    assignments = next_round(applicants, {k: p.count for k, p in places.items()}, withdrawn)
    ranked = sorted((a for a in applicants if a.id in assignments), key=lambda a: a.priority)
    return [
        RankedResult(
            a.id,
            round_number,
            rank,
            a.score,
            assignments[a.id].outcome,
            assignments[a.id].variant_index,
            assignments[a.id].place,
        )
        for rank, a in enumerate(ranked, start=1)
    ]


def readable_result(
    results: Mapping[int, RankedResult],
    application: QualificationApplication,
    published: Mapping[int, frozenset[str]],
) -> RankedResult | None:
    """The applicant's result of the latest round in which a list it is on was published: the
    voivodeship of the place got, or (without a place) any voivodeship of the variants."""
    for round_number in sorted(results, reverse=True):
        result = results[round_number]
        lists = published.get(round_number, frozenset())
        if result.place is not None:
            if result.place.voivodeship in lists:
                return result
        elif application.voivodeships & lists:
            return result
    return None

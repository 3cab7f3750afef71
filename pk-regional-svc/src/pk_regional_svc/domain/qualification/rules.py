"""The qualification part of rule set "smk-2023" as data: two sessions a year with their
application windows, at most 15 variants per application and 3 training units per variant, the
score = the LEK/LDEK result in percent plus additional points."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition, InvalidArgument


class Session(StrEnum):
    SPRING = "spring"
    AUTUMN = "autumn"


@dataclass(frozen=True, slots=True)
class Window:
    """Application window of a session: (month, day) to (month, day), both days included."""

    opens: tuple[int, int]
    closes: tuple[int, int]

    def dates(self, year: int) -> tuple[date, date]:
        return date(year, *self.opens), date(year, *self.closes)


@dataclass(frozen=True, slots=True)
class QualificationRules:
    name: str
    source: str
    windows: dict[Session, Window]
    max_variants: int
    max_units_per_variant: int
    max_additional_points: Decimal


SMK_2023 = QualificationRules(
    name="smk-2023",
    source=(
        "Ustawa o zawodach lekarza i lekarza dentysty, art. 16c–16h; rozporządzenie Ministra"
        " Zdrowia w sprawie specjalizacji lekarzy i lekarzy dentystów (postępowanie"
        " kwalifikacyjne dwa razy w roku)"
    ),
    windows={
        Session.SPRING: Window(opens=(2, 1), closes=(2, 28)),
        Session.AUTUMN: Window(opens=(9, 1), closes=(9, 30)),
    },
    max_variants=15,
    max_units_per_variant=3,
    max_additional_points=Decimal(20),
)


QUALIFICATION_RULE_SETS: dict[str, QualificationRules] = {SMK_2023.name: SMK_2023}
"""Every qualification rule set by name; a session keeps the name it was opened under."""


class WindowClosed(FailedPrecondition):
    def __init__(self, opens: date, closes: date) -> None:
        super().__init__(
            "qualification_window_closed",
            f"Wnioski w tym postępowaniu przyjmowane są od {opens:%d.%m.%Y} do {closes:%d.%m.%Y}",
        )


def check_window(rules: QualificationRules, session: Session, year: int, today: date) -> None:
    opens, closes = rules.windows[session].dates(year)
    if not opens <= today <= closes:
        raise WindowClosed(opens, closes)


def check_variant_counts(rules: QualificationRules, units_per_variant: list[int]) -> None:
    if not units_per_variant:
        raise InvalidArgument("no_variants", "Wniosek musi zawierać co najmniej jeden wariant")
    if len(units_per_variant) > rules.max_variants:
        raise InvalidArgument(
            "too_many_variants",
            f"Wniosek może zawierać najwyżej {rules.max_variants} wariantów",
        )
    if any(count > rules.max_units_per_variant for count in units_per_variant):
        raise InvalidArgument(
            "too_many_units",
            f"Wariant może wskazywać najwyżej {rules.max_units_per_variant} jednostki szkolące",
        )


def score(rules: QualificationRules, exam_percent: Decimal, additional_points: Decimal) -> Decimal:
    """The ranking score: the LEK/LDEK result in percent plus additional points."""
    if not Decimal(0) <= exam_percent <= Decimal(100):
        raise InvalidArgument(
            "invalid_exam_result", "Wynik LEK/LDEK podaje się w procentach: 0–100"
        )
    if not Decimal(0) <= additional_points <= rules.max_additional_points:
        raise InvalidArgument(
            "invalid_additional_points",
            f"Punkty dodatkowe: od 0 do {rules.max_additional_points}",
        )
    return exam_percent + additional_points

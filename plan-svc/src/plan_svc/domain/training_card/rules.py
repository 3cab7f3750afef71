"""The training part of rule set "smk-2023": limits of card entries and the exam (PES) sessions
with their application deadlines, as data with their sources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ExamSeason(StrEnum):
    SPRING = "spring"
    AUTUMN = "autumn"


@dataclass(frozen=True, slots=True)
class ExamSessionRule:
    """A session held from `held_from` to `held_until` (month, day) of its year; applications
    are accepted from `apply_from` to `apply_by` (month, day, inclusive) of the year
    `apply_year_offset` from the session's (the day after the other session's deadline, so
    that every day belongs to one session's window)."""

    season: ExamSeason
    title: str
    held_from: tuple[int, int]
    held_until: tuple[int, int]
    apply_from: tuple[int, int]
    apply_by: tuple[int, int]
    apply_year_offset: int

    def window(self, year: int) -> tuple[date, date]:
        applying = year + self.apply_year_offset
        return date(applying, *self.apply_from), date(applying, *self.apply_by)


@dataclass(frozen=True, slots=True)
class TrainingRules:
    rule_set: str
    source: str
    exam_source: str
    sessions: tuple[ExamSessionRule, ...]
    max_internship_weeks_per_entry: int
    max_duty_hours_per_entry: int
    max_self_study_days_per_entry: int
    max_patient_code_length: int
    max_reason_length: int

    def session(self, season: ExamSeason) -> ExamSessionRule:
        return next(s for s in self.sessions if s.season == season)


SMK_2023_TRAINING = TrainingRules(
    rule_set="smk-2023",
    source=(
        "Ustawa z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty, art. 16f–16m "
        "(karta szkolenia specjalizacyjnego: kursy, staże, procedury, dyżury, samokształcenie "
        "potwierdzane przez kierownika specjalizacji)"
    ),
    exam_source=(
        "Ustawa o zawodach lekarza i lekarza dentysty, art. 16r; Ministerstwo Zdrowia: PES w "
        "sesji wiosennej od 1 marca do 30 kwietnia (zgłoszenie do 31 grudnia roku "
        "poprzedniego) i w sesji jesiennej od 1 października do 30 listopada (zgłoszenie do "
        "31 lipca)"
    ),
    sessions=(
        ExamSessionRule(ExamSeason.SPRING, "sesja wiosenna", (3, 1), (4, 30), (8, 1), (12, 31), -1),
        ExamSessionRule(ExamSeason.AUTUMN, "sesja jesienna", (10, 1), (11, 30), (1, 1), (7, 31), 0),
    ),
    max_internship_weeks_per_entry=52,
    max_duty_hours_per_entry=24 * 7,
    max_self_study_days_per_entry=30,
    max_patient_code_length=40,
    max_reason_length=1000,
)

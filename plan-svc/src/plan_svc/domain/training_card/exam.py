"""Applications for the state specialisation exam (PES): a complete card applies for a session
within its window; the exam centre (CEM) accepts or returns the application with a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from plan_svc.domain.training_card.card import Card, check_reason
from plan_svc.domain.training_card.rules import SMK_2023_TRAINING, ExamSeason, TrainingRules

SESSION = re.compile(r"^(\d{4})-(spring|autumn)$")


class ExamStatus(StrEnum):
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    RETURNED = "returned"


@dataclass(frozen=True, slots=True)
class ExamSession:
    year: int
    season: ExamSeason

    def __str__(self) -> str:
        return f"{self.year}-{self.season.value}"


def parse_session(text: str) -> ExamSession:
    match = SESSION.match(text)
    if match is None:
        raise InvalidArgument(
            "smk_invalid_session",
            f"Sesja egzaminu: rok i pora, np. 2027-spring (otrzymano {text!r})",
        )
    return ExamSession(int(match[1]), ExamSeason(match[2]))


def check_window(
    session: ExamSession, today: date, rules: TrainingRules = SMK_2023_TRAINING
) -> None:
    rule = rules.session(session.season)
    opens, closes = rule.window(session.year)
    if not opens <= today <= closes:
        raise FailedPrecondition(
            "smk_exam_window_closed",
            f"Zgłoszenia do PES ({rule.title} {session.year}) przyjmowane są od "
            f"{opens:%d.%m.%Y} do {closes:%d.%m.%Y}",
        )


@dataclass(frozen=True, slots=True)
class ExamApplication:
    id: str
    card_id: str
    trainee_person_id: str
    specialty: str
    session: ExamSession
    status: ExamStatus
    submitted_at: datetime
    idempotency_key: str
    return_reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.status != ExamStatus.RETURNED


def check_may_apply(card: Card, active: list[ExamApplication]) -> None:
    if not card.complete:
        raise FailedPrecondition(
            "smk_card_incomplete",
            "Karta nie jest zrealizowana: kierownik specjalizacji nie zaliczył wszystkich modułów",
        )
    if active:
        raise FailedPrecondition(
            "smk_exam_application_exists",
            f"Zgłoszenie do PES jest już złożone (sesja {active[0].session})",
        )


def decide(
    application: ExamApplication, accept: bool, reason: str, by: str, at: datetime
) -> ExamApplication:
    """The exam centre's decision; the same decision again returns the application as it is."""
    wanted = ExamStatus.ACCEPTED if accept else ExamStatus.RETURNED
    if application.status == wanted:
        return application
    if application.status != ExamStatus.SUBMITTED:
        raise FailedPrecondition(
            "smk_exam_application_decided", "Zgłoszenie zostało już rozpatrzone inaczej"
        )
    return replace(
        application,
        status=wanted,
        return_reason="" if accept else check_reason(reason),
        decided_by=by,
        decided_at=at,
    )

""" "Подтверждение прохождения ПК": the completion document an operator records, and what it
changes in the teacher's training history."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.application import require_text
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.structure import TeacherProfile

MAX_HOURS = 3000


@dataclass(frozen=True, slots=True)
class CompletionInput:
    document_type: str
    series: str
    number: str
    issued_on: str
    hours: int
    organisation: str
    programme: str


@dataclass(frozen=True, slots=True)
class CompletionDocument:
    """A checked document; its natural key is (teacher, type, series, number)."""

    document_type: str
    series: str
    number: str
    issued_on: date
    hours: int
    organisation: str
    programme: str


# The document's fields, entered and stored under the same names.
DOCUMENT_FIELDS = " ".join(f.name for f in fields(CompletionDocument))


@dataclass(frozen=True, slots=True)
class CompletionView:
    id: str
    teacher_id: str
    teacher_name: str
    school_id: str
    municipality_id: str
    campaign_id: str
    number_code: str
    document_type: str
    series: str
    number: str
    issued_on: date
    hours: int
    organisation: str
    programme: str
    recorded_by: str
    recorded_at: datetime


def checked_document(data: CompletionInput, today: date) -> CompletionDocument:
    try:
        issued_on = date.fromisoformat(data.issued_on)
    except ValueError:
        raise InvalidArgument("invalid_issue_date", "Дата документа: ГГГГ-ММ-ДД") from None
    if issued_on > today:
        raise InvalidArgument("invalid_issue_date", "Дата документа не может быть в будущем")
    if not 1 <= data.hours <= MAX_HOURS:
        raise InvalidArgument("invalid_hours", f"Количество часов: от 1 до {MAX_HOURS}")
    return CompletionDocument(
        document_type=require_text(
            data.document_type, "invalid_document_type", "вид документа", 200
        ),
        series=bounded(data.series, "document_series"),
        number=require_text(data.number, "invalid_document_number", "номер документа", 64),
        issued_on=issued_on,
        hours=data.hours,
        organisation=require_text(data.organisation, "invalid_organisation", "организация", 500),
        programme=require_text(data.programme, "invalid_programme", "программа", 500),
    )


def updates_last_training(profile: TeacherProfile, document: CompletionDocument) -> bool:
    """A document counts as the last training unless a later year is already known."""
    return (
        profile.last_training_year is None or document.issued_on.year >= profile.last_training_year
    )

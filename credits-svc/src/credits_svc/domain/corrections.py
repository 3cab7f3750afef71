"""Voids and corrections: the ledger is append-only; a correction is a new record that
references the one it replaces, which becomes superseded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from credits_svc.domain.limits import EARLIEST_COMPLETION, MAX_REASON_LENGTH, is_document_number
from credits_svc.domain.posting import REJECTIONS
from credits_svc.domain.records import CreditRecord, CreditStatus


@dataclass(frozen=True, slots=True)
class Correction:
    zet: int
    completed_on: date
    document_number: str


def checked_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise InvalidArgument("reason_required", "Укажите причину")
    if len(text) > MAX_REASON_LENGTH:
        raise InvalidArgument(
            "reason_too_long", f"Причина длиннее {MAX_REASON_LENGTH} символов: сократите её"
        )
    return text


def ensure_current(record: CreditRecord) -> None:
    """Only the current record of a chain may be voided or corrected."""
    if record.status is CreditStatus.VOIDED:
        raise FailedPrecondition("credit_voided", "Запись уже аннулирована")
    if record.status is CreditStatus.SUPERSEDED:
        raise FailedPrecondition(
            "credit_superseded", "Запись уже исправлена: исправляйте последнюю версию"
        )


def parse_correction(
    zet: int, completed_on: str, document_number: str, *, max_zet: int, today: date
) -> Correction:
    try:
        day = date.fromisoformat(completed_on)
    except ValueError:
        raise InvalidArgument(
            "invalid_date", "Дата завершения указана неверно (нужен формат ГГГГ-ММ-ДД)"
        ) from None
    if day < EARLIEST_COMPLETION:
        raise InvalidArgument("completion_too_early", REJECTIONS["completion_too_early"])
    if day > today:
        raise InvalidArgument("completion_in_future", "Дата завершения ещё не наступила")
    if zet < 0:
        raise InvalidArgument("invalid_zet", "Количество ЗЕТ должно быть неотрицательным")
    if zet > max_zet:
        raise InvalidArgument("zet_over_element", "Количество ЗЕТ больше, чем у элемента обучения")
    if document_number and not is_document_number(document_number):
        raise InvalidArgument("invalid_document_number", REJECTIONS["invalid_document_number"])
    return Correction(zet, day, document_number.strip())


def is_change(record: CreditRecord, correction: Correction) -> bool:
    return (record.zet, record.completed_on, record.document_number) != (
        correction.zet,
        correction.completed_on,
        correction.document_number,
    )

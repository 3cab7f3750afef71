"""Validation of one posted result. Pure: everything it needs is looked up beforehand."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from cpd_platform.snils import InvalidSnils, parse_snils
from credits_svc.domain.deadlines import days_late, posting_deadline
from credits_svc.domain.limits import (
    EARLIEST_COMPLETION,
    MAX_BATCH_ID_LENGTH,
    MAX_EXTERNAL_ID_LENGTH,
    MAX_SERIES_ID_LENGTH,
    MAX_SNILS_LENGTH,
    is_document_number,
    is_printable_text,
)
from credits_svc.domain.records import (
    MAX_BATCH_RECORDS,
    Element,
    ElementKind,
    PostedResult,
    ProgramCycle,
)


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Rejection:
    code: str
    message: str


REJECTIONS = {
    "missing_external_id": "Не указан идентификатор записи у организации",
    "external_id_too_long": "Идентификатор записи длиннее 200 символов",
    "invalid_external_id": "Идентификатор записи содержит управляющие или недопустимые символы",
    "invalid_snils": "СНИЛС указан неверно",
    "invalid_date": "Дата завершения указана неверно (нужен формат ГГГГ-ММ-ДД)",
    "completion_in_future": "Дата завершения ещё не наступила",
    "completion_too_early": "Дата завершения раньше 01.01.2016: такой результат не принимается",
    "invalid_zet": "Количество ЗЕТ должно быть неотрицательным",
    "invalid_document_number": (
        "Номер документа длиннее 100 символов или содержит недопустимые символы (допустимы "
        "русские и латинские буквы, цифры, пробел и - / . , № # ( ) _ :)"
    ),
    "unknown_element": "Элемент обучения не найден",
    "element_not_owned": "Элемент обучения принадлежит другой организации",
    "unknown_program_cycle": "Цикл программы не найден",
    "cycle_of_other_element": "Цикл относится к другой программе",
    "person_not_found": "Специалист с таким СНИЛС не зарегистрирован",
    "completion_outside_element_dates": "Дата завершения вне сроков проведения элемента",
    "completion_outside_cycle_dates": "Дата завершения вне сроков цикла программы",
    "zet_over_element": "Количество ЗЕТ больше, чем у элемента обучения",
    "conflicting_replay": "Запись с этим идентификатором уже передана с другим содержанием",
    "duplicate_in_batch": "Запись с этим идентификатором повторяется в пакете",
}

# Whole-batch rejections (nothing applied, the stream goes on).
BATCH_REJECTIONS = {
    "missing_batch_id": "Не указан идентификатор пакета",
    "invalid_batch_id": (
        "Идентификатор пакета длиннее 200 символов или содержит управляющие символы"
    ),
    "invalid_series_id": (
        "Идентификатор серии пакетов длиннее 200 символов или содержит управляющие символы"
    ),
    "batch_too_large": "В пакете больше 1000 записей: разделите его",
    "payload_hash_mismatch": "Контрольная сумма пакета не совпадает с его содержимым",
    "batch_id_reused": "Идентификатор пакета уже использован для другого содержимого",
}


def rejection(code: str) -> Rejection:
    return Rejection(code, REJECTIONS[code])


def batch_problem(batch_id: str, series_id: str, records: int) -> str | None:
    """Why a batch cannot be applied at all (before its hash is checked), or None."""
    if not batch_id.strip():
        return "missing_batch_id"
    if len(batch_id) > MAX_BATCH_ID_LENGTH or not is_printable_text(batch_id):
        return "invalid_batch_id"
    if len(series_id) > MAX_SERIES_ID_LENGTH or not is_printable_text(series_id):
        return "invalid_series_id"
    if records > MAX_BATCH_RECORDS:
        return "batch_too_large"
    return None


class ValidResult(NamedTuple):
    snils: str
    person_id: str
    element: Element
    zet: int
    completed_on: date
    document_number: str = ""
    program_cycle_id: str = ""
    deadline: date | None = None
    days_late: int = 0


MEMOISED_SNILS_LENGTH = 20  # a written SNILS is 11 to 14 characters


def _parsed_snils(raw: str) -> str | None:
    try:
        return parse_snils(raw)
    except InvalidSnils:
        return None


_memoised_snils = lru_cache(maxsize=100_000)(_parsed_snils)


def normalised_snils(result: PostedResult) -> str | None:
    """Memoised for short inputs: providers post the same persons batch after batch (and
    nobody gets to fill the memo with long junk)."""
    raw = result.snils
    if len(raw) <= MEMOISED_SNILS_LENGTH:
        return _memoised_snils(raw)
    if len(raw) > MAX_SNILS_LENGTH:
        return None  # not a SNILS however it is written
    return _parsed_snils(raw)


def deadline_of(element: Element, cycle: ProgramCycle | None) -> date | None:
    """ДПП results are due one month after the cycle (or, without a cycle, the program) ends;
    events and modules have no posting deadline."""
    if element.kind is not ElementKind.PROGRAM:
        return None
    ends_on = cycle.ends_on if cycle is not None else element.ends_on
    return None if ends_on is None else posting_deadline(ends_on)


def validate(
    result: PostedResult,
    *,
    provider_id: str,
    elements: Mapping[str, Element],
    persons_by_snils: Mapping[str, str],
    cycles: Mapping[str, ProgramCycle] | None = None,
    today: date | None = None,
    snils: str | None = None,
) -> ValidResult | Rejection:
    """`snils`: the result's SNILS already normalised by the caller (saves parsing it twice)."""
    if not result.external_id.strip():
        return rejection("missing_external_id")
    if len(result.external_id) > MAX_EXTERNAL_ID_LENGTH:
        return rejection("external_id_too_long")
    if not is_printable_text(result.external_id):
        return rejection("invalid_external_id")
    if snils is None:
        snils = normalised_snils(result)
    if snils is None:
        return rejection("invalid_snils")
    try:
        completed_on = date.fromisoformat(result.completed_on)
    except ValueError:
        return rejection("invalid_date")
    if completed_on < EARLIEST_COMPLETION:
        return rejection("completion_too_early")
    if today is not None and completed_on > today:
        return rejection("completion_in_future")
    if result.zet < 0:
        return rejection("invalid_zet")
    if result.document_number and not is_document_number(result.document_number):
        return rejection("invalid_document_number")
    element = elements.get(result.element_id)
    if element is None:
        return rejection("unknown_element")
    if element.provider_id != provider_id:
        return rejection("element_not_owned")
    cycle: ProgramCycle | None = None
    if result.program_cycle_id:
        cycle = (cycles or {}).get(result.program_cycle_id)
        if cycle is None:
            return rejection("unknown_program_cycle")
        if cycle.element_id != element.id:
            return rejection("cycle_of_other_element")
    person_id = persons_by_snils.get(snils)
    if person_id is None:
        return rejection("person_not_found")
    if cycle is not None:
        if not cycle.starts_on <= completed_on <= cycle.ends_on:
            return rejection("completion_outside_cycle_dates")
    elif (element.starts_on and completed_on < element.starts_on) or (
        element.ends_on and completed_on > element.ends_on
    ):
        return rejection("completion_outside_element_dates")
    if result.zet > element.zet:
        return rejection("zet_over_element")
    deadline = deadline_of(element, cycle)
    return ValidResult(
        snils,
        person_id,
        element,
        result.zet,
        completed_on,
        result.document_number.strip(),
        result.program_cycle_id,
        deadline,
        days_late(deadline, today) if today is not None else 0,
    )

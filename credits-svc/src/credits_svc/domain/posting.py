"""Validation of one posted result. Pure: everything it needs is looked up beforehand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cpd_platform.snils import InvalidSnils, parse_snils
from credits_svc.domain.records import Element, PostedResult


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
    "invalid_snils": "СНИЛС указан неверно",
    "invalid_date": "Дата завершения указана неверно (нужен формат ГГГГ-ММ-ДД)",
    "invalid_zet": "Количество ЗЕТ должно быть неотрицательным",
    "unknown_element": "Элемент обучения не найден",
    "element_not_owned": "Элемент обучения принадлежит другой организации",
    "person_not_found": "Специалист с таким СНИЛС не зарегистрирован",
    "completion_outside_element_dates": "Дата завершения вне сроков проведения элемента",
    "zet_over_element": "Количество ЗЕТ больше, чем у элемента обучения",
    "conflicting_replay": "Запись с этим идентификатором уже передана с другим содержанием",
    "duplicate_in_batch": "Запись с этим идентификатором повторяется в пакете",
}


def rejection(code: str) -> Rejection:
    return Rejection(code, REJECTIONS[code])


@dataclass(frozen=True, slots=True)
class ValidResult:
    snils: str
    person_id: str
    element: Element
    zet: int
    completed_on: date


def normalised_snils(result: PostedResult) -> str | None:
    try:
        return parse_snils(result.snils)
    except InvalidSnils:
        return None


def validate(
    result: PostedResult,
    *,
    provider_id: str,
    elements: dict[str, Element],
    persons_by_snils: dict[str, str],
) -> ValidResult | Rejection:
    if not result.external_id.strip():
        return rejection("missing_external_id")
    snils = normalised_snils(result)
    if snils is None:
        return rejection("invalid_snils")
    try:
        completed_on = date.fromisoformat(result.completed_on)
    except ValueError:
        return rejection("invalid_date")
    if result.zet < 0:
        return rejection("invalid_zet")
    element = elements.get(result.element_id)
    if element is None:
        return rejection("unknown_element")
    if element.provider_id != provider_id:
        return rejection("element_not_owned")
    person_id = persons_by_snils.get(snils)
    if person_id is None:
        return rejection("person_not_found")
    if (element.starts_on and completed_on < element.starts_on) or (
        element.ends_on and completed_on > element.ends_on
    ):
        return rejection("completion_outside_element_dates")
    if result.zet > element.zet:
        return rejection("zet_over_element")
    return ValidResult(snils, person_id, element, result.zet, completed_on)

"""Maximum lengths of the free-text fields of the regional model (characters, after trimming).

A longer value is refused with `text_too_long` (INVALID_ARGUMENT) naming the field and its
limit; nothing is ever cut silently. The same table is in the README and the proto comments.
"""

from __future__ import annotations

from collections.abc import Iterable

from cpd_platform.text_limits import TEXT_TOO_LONG, TextLimits

__all__ = ["TEXT_TOO_LONG", "bounded", "bounded_all", "too_long_message"]

MAX_LENGTHS: dict[str, int] = {
    # people and places
    "family_name": 100,
    "given_name": 100,
    "middle_name": 100,
    "municipality_name": 300,
    "school_code": 64,
    "school_name": 300,
    # "Моя анкета" and the CSV import of teachers
    "position": 300,
    "subject": 300,
    "qualification_category": 100,
    "last_training_topic": 500,
    "last_training_organisation": 500,
    "last_retraining_topic": 500,
    "phone": 20,
    # decisions
    "refusal_note": 500,
    "cancel_reason": 500,
    # questionnaire
    "question_text": 1000,
    "question_option": 300,
    "answer": 2000,
    # applications and completion documents
    "course_id": 64,
    "passport_issuer": 300,
    "document_type": 200,
    "document_series": 32,
    "document_number": 64,
    "organisation": 500,
    "programme": 500,
}

LABELS: dict[str, str] = {
    "family_name": "фамилия",
    "given_name": "имя",
    "middle_name": "отчество",
    "municipality_name": "наименование муниципального образования",
    "school_code": "код организации",
    "school_name": "наименование организации",
    "position": "должность",
    "subject": "предмет",
    "qualification_category": "квалификационная категория",
    "last_training_topic": "тема последнего обучения",
    "last_training_organisation": "организация последнего обучения",
    "last_retraining_topic": "тема переподготовки",
    "phone": "телефон",
    "refusal_note": "комментарий к отказу",
    "cancel_reason": "причина отмены",
    "question_text": "текст вопроса",
    "question_option": "вариант ответа",
    "answer": "ответ",
    "course_id": "курс",
    "passport_issuer": "кем выдан паспорт",
    "document_type": "вид документа",
    "document_series": "серия документа",
    "document_number": "номер документа",
    "organisation": "организация",
    "programme": "программа",
}


LIMITS = TextLimits({field: (limit, LABELS[field]) for field, limit in MAX_LENGTHS.items()})
too_long_message = LIMITS.message


def bounded(value: str, field: str) -> str:
    """The trimmed value; `text_too_long` when it is longer than the field's limit."""
    return LIMITS.checked(field, value)


def bounded_all(values: Iterable[str], field: str) -> tuple[str, ...]:
    """Trimmed non-empty values, each within the field's limit."""
    return tuple(bounded(v, field) for v in values if v.strip())

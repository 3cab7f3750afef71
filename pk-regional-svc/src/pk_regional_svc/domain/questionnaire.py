"""A campaign's questionnaire: questions and the rules answers follow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from cpd_platform.errors import InvalidArgument
from pk_regional_svc.domain.limits import bounded, bounded_all
from pk_regional_svc.domain.structure import TeacherView


class QuestionKind(StrEnum):
    TEXT = "text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    kind: QuestionKind
    options: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, slots=True)
class Answers:
    values: dict[str, list[str]] = field(default_factory=dict)
    answered_at: datetime | None = None
    # Person id of the operator who answered on the teacher's behalf ("": the teacher).
    filled_by: str = ""


@dataclass(frozen=True, slots=True)
class ResponseRow:
    teacher: TeacherView
    answers: Answers


def check_questions(items: Sequence[Question]) -> None:
    for q in items:
        if not bounded(q.text, "question_text"):
            raise InvalidArgument("invalid_question", "Текст вопроса не может быть пустым")
        bounded_all(q.options, "question_option")
        if q.kind is not QuestionKind.TEXT and len(q.options) < 2:
            raise InvalidArgument(
                "invalid_question", "У вопроса с выбором нужно не меньше двух вариантов"
            )


def check_answers(found: list[Question], given: dict[str, list[str]]) -> dict[str, list[str]]:
    """The answers kept (trimmed, empty ones left out); refused unless each question's rule
    holds: required, from the options, one answer unless multiple choice."""
    by_id = {q.id: q for q in found}
    unknown = set(given) - set(by_id)
    if unknown:
        raise InvalidArgument("unknown_question", "Ответ дан на вопрос, которого нет в анкете")
    clean: dict[str, list[str]] = {}
    for q in found:
        values = [v.strip() for v in given.get(q.id, []) if v.strip()]
        if q.required and not values:
            raise InvalidArgument("answer_required", f"Ответьте на вопрос «{q.text}»")
        if q.kind is not QuestionKind.TEXT and any(v not in q.options for v in values):
            raise InvalidArgument("invalid_answer", f"Выберите вариант из списка: «{q.text}»")
        if q.kind is not QuestionKind.MULTIPLE_CHOICE and len(values) > 1:
            raise InvalidArgument("invalid_answer", f"На вопрос «{q.text}» нужен один ответ")
        values = list(bounded_all(values, "answer"))
        if values:
            clean[q.id] = values
    return clean

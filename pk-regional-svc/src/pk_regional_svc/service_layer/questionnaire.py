"""A campaign's questionnaire: questions set by the regional operator, teachers' answers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import questionnaire_answers, questions, teachers
from pk_regional_svc.domain.limits import bounded, bounded_all
from pk_regional_svc.domain.structure import TeacherView
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import READ, REGIONAL, Place
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.structure import (
    my_teacher_row,
    scoped_filter,
    teacher_for,
    teacher_view,
)


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


def _question(row: Any) -> Question:
    return Question(str(row.id), row.text, QuestionKind(row.kind), tuple(row.options), row.required)


async def _questions(uow: UnitOfWork, campaign_id: str) -> list[Question]:
    found = await uow.session.execute(
        select(questions)
        .where(questions.c.campaign_id == campaign_id, questions.c.active)
        .order_by(questions.c.position)
    )
    return [_question(r) for r in found]


async def set_questions(
    deps: Deps, principal: Principal, campaign_id: str, items: Sequence[Question]
) -> list[Question]:
    """Replaces the questionnaire; questions given with their id keep it (and their answers)."""
    for q in items:
        if not bounded(q.text, "question_text"):
            raise InvalidArgument("invalid_question", "Текст вопроса не может быть пустым")
        bounded_all(q.options, "question_option")
        if q.kind is not QuestionKind.TEXT and len(q.options) < 2:
            raise InvalidArgument(
                "invalid_question", "У вопроса с выбором нужно не меньше двух вариантов"
            )
    async with deps.uow() as uow:
        campaign = await uow.campaigns.get(campaign_id, lock=True)
        await deps.authz.require(principal, REGIONAL, Place(campaign.region_code))
        before = await _questions(uow, campaign_id)
        known = {q.id for q in before}
        await uow.session.execute(
            update(questions).where(questions.c.campaign_id == campaign_id).values(active=False)
        )
        for position, q in enumerate(items):
            values = {
                "position": position,
                "text": q.text.strip(),
                "kind": q.kind.value,
                "options": list(q.options),
                "required": q.required,
                "active": True,
            }
            if q.id and q.id in known:
                await uow.session.execute(
                    update(questions).where(questions.c.id == q.id).values(**values)
                )
            else:
                await uow.session.execute(
                    pg_insert(questions).values(
                        id=str(uuid.uuid4()), campaign_id=campaign_id, **values
                    )
                )
        after = await _questions(uow, campaign_id)
        await audit.record(
            uow,
            principal,
            "set_questions",
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            {"questions": [q.text for q in before]},
            {"questions": [q.text for q in after]},
        )
        await uow.commit()
    return after


async def get_questionnaire(
    deps: Deps, principal: Principal, campaign_id: str
) -> tuple[list[Question], Answers]:
    async with deps.uow() as uow:
        await uow.campaigns.get(campaign_id)
        found = await _questions(uow, campaign_id)
        answers = Answers()
        if principal.person_id or principal.snils:
            try:
                me = await my_teacher_row(uow, principal)
            except NotFound:
                me = None
            if me is not None:
                row = (
                    await uow.session.execute(
                        select(questionnaire_answers).where(
                            questionnaire_answers.c.campaign_id == campaign_id,
                            questionnaire_answers.c.teacher_id == me["id"],
                        )
                    )
                ).one_or_none()
                if row is not None:
                    answers = Answers(dict(row.answers), row.answered_at)
    return found, answers


def _check_answers(found: list[Question], given: dict[str, list[str]]) -> dict[str, list[str]]:
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


async def answer_questionnaire(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    given: dict[str, list[str]],
    teacher_id: str = "",
) -> Answers:
    """The calling teacher's answers, or (teacher_id) an operator's on a teacher's behalf."""
    async with deps.uow() as uow:
        campaign = await uow.campaigns.get(campaign_id)
        campaign.questionnaire.require_open(deps.clock.now())
        me, filled_by = await teacher_for(deps, uow, principal, teacher_id)
        if me["region_code"] != campaign.region_code:
            raise NotFound("campaign_not_found", "Кампания не найдена")
        clean = _check_answers(await _questions(uow, campaign_id), given)
        statement = pg_insert(questionnaire_answers).values(
            campaign_id=campaign_id, teacher_id=me["id"], answers=clean, filled_by=filled_by
        )
        row = (
            await uow.session.execute(
                statement.on_conflict_do_update(
                    constraint="pk_questionnaire_answers",
                    set_={
                        "answers": statement.excluded.answers,
                        "answered_at": func.now(),
                        "filled_by": statement.excluded.filled_by,
                    },
                ).returning(questionnaire_answers.c.answered_at)
            )
        ).one()
        if filled_by:
            await audit.record(
                uow,
                principal,
                "answer_questionnaire_for_teacher",
                "teacher",
                str(me["id"]),
                Place(me["region_code"], str(me["municipality_id"]), str(me["school_id"])),
                None,
                {"campaign_id": campaign_id, "answers": clean},
            )
        await uow.commit()
    return Answers(clean, row.answered_at, filled_by)


async def list_responses(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    not_answered_only: bool,
    page_size: int,
    page_token: str,
) -> tuple[PageOf[ResponseRow], int]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        campaign = await uow.campaigns.get(campaign_id)
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=teachers.c.region_code,
            municipality_col=teachers.c.municipality_id,
            school_col=teachers.c.school_id,
            region_code=campaign.region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        joined = teachers.outerjoin(
            questionnaire_answers,
            and_(
                questionnaire_answers.c.teacher_id == teachers.c.id,
                questionnaire_answers.c.campaign_id == campaign_id,
            ),
        )
        answered_total = (
            await uow.session.scalar(
                select(func.count())
                .select_from(joined)
                .where(where, questionnaire_answers.c.teacher_id.is_not(None))
            )
            or 0
        )
        if not_answered_only:
            where = and_(where, questionnaire_answers.c.teacher_id.is_(None))
        total = await uow.session.scalar(select(func.count()).select_from(joined).where(where)) or 0
        found = await uow.session.execute(
            select(
                teachers,
                questionnaire_answers.c.answers,
                questionnaire_answers.c.answered_at,
                questionnaire_answers.c.filled_by,
            )
            .select_from(joined)
            .where(where)
            .order_by(teachers.c.family_name, teachers.c.given_name, teachers.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [
            ResponseRow(
                teacher_view(r._mapping),
                Answers(dict(r.answers or {}), r.answered_at, r.filled_by or ""),
            )
            for r in found
        ]
    return PageOf(items, next_token(limit, offset, total), total), answered_total

"""Questionnaires and answers in PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from pk_regional_svc.adapters.listing import counted_page
from pk_regional_svc.adapters.orm import questionnaire_answers, questions, teachers
from pk_regional_svc.adapters.rows import teacher_view_from_row
from pk_regional_svc.adapters.visibility import scope_clause
from pk_regional_svc.domain.questionnaire import Answers, Question, QuestionKind, ResponseRow
from pk_regional_svc.domain.scope import ListScope


def _question(row: Any) -> Question:
    return Question(str(row.id), row.text, QuestionKind(row.kind), tuple(row.options), row.required)


class QuestionnaireRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def questions(self, campaign_id: str) -> list[Question]:
        found = await self._session.execute(
            select(questions)
            .where(questions.c.campaign_id == campaign_id, questions.c.active)
            .order_by(questions.c.position)
        )
        return [_question(r) for r in found]

    async def replace_questions(self, campaign_id: str, items: Sequence[Question]) -> None:
        """The given questions in their order; those with a known id keep it (and their
        answers); the others are retired."""
        known = {q.id for q in await self.questions(campaign_id)}
        await self._session.execute(
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
                await self._session.execute(
                    update(questions).where(questions.c.id == q.id).values(**values)
                )
            else:
                await self._session.execute(
                    insert(questions).values(
                        id=str(uuid.uuid4()), campaign_id=campaign_id, **values
                    )
                )

    async def answers_of(self, campaign_id: str, teacher_id: str) -> Answers | None:
        row = (
            await self._session.execute(
                select(questionnaire_answers).where(
                    questionnaire_answers.c.campaign_id == campaign_id,
                    questionnaire_answers.c.teacher_id == teacher_id,
                )
            )
        ).one_or_none()
        return Answers(dict(row.answers), row.answered_at) if row is not None else None

    async def save_answers(self, campaign_id: str, teacher_id: str, answers: Answers) -> None:
        statement = insert(questionnaire_answers).values(
            campaign_id=campaign_id,
            teacher_id=teacher_id,
            answers=answers.values,
            answered_at=answers.answered_at,
            filled_by=answers.filled_by,
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                constraint="pk_questionnaire_answers",
                set_={
                    "answers": statement.excluded.answers,
                    "answered_at": statement.excluded.answered_at,
                    "filled_by": statement.excluded.filled_by,
                },
            )
        )

    async def responses(
        self,
        campaign_id: str,
        scope: ListScope,
        not_answered_only: bool,
        limit: int,
        offset: int,
    ) -> tuple[list[ResponseRow], int, int]:
        """(page, teachers listed, teachers in scope who answered)."""
        t, qa = teachers, questionnaire_answers
        where = scope_clause(scope, t.c.region_code, t.c.municipality_id, t.c.school_id)
        joined = t.outerjoin(qa, and_(qa.c.teacher_id == t.c.id, qa.c.campaign_id == campaign_id))
        answered = await self._session.scalar(
            select(func.count()).select_from(joined).where(where, qa.c.teacher_id.is_not(None))
        )
        if not_answered_only:
            where = and_(where, qa.c.teacher_id.is_(None))
        found, total = await counted_page(
            self._session,
            select(t, qa.c.answers, qa.c.answered_at, qa.c.filled_by)
            .select_from(joined)
            .where(where),
            (t.c.family_name, t.c.given_name, t.c.id),
            limit,
            offset,
        )
        rows = [
            ResponseRow(
                teacher_view_from_row(r._mapping),
                Answers(dict(r.answers or {}), r.answered_at, r.filled_by or ""),
            )
            for r in found
        ]
        return rows, total, answered or 0

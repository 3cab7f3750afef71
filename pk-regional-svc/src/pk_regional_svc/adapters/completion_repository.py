"""Completion documents in PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.mapping import same_named
from pk_regional_svc.adapters.listing import counted_page
from pk_regional_svc.adapters.number_repository import TEACHER_NAME
from pk_regional_svc.adapters.orm import completion_documents, holdings, teachers, unique_numbers
from pk_regional_svc.adapters.visibility import number_filter, scope_clause
from pk_regional_svc.domain.completion import DOCUMENT_FIELDS, CompletionDocument, CompletionView
from pk_regional_svc.domain.numbers import NumberFilter
from pk_regional_svc.domain.scope import ListScope
from pk_regional_svc.domain.structure import Teacher


def _select() -> Any:
    d = completion_documents
    return select(
        d, TEACHER_NAME.label("teacher_name"), unique_numbers.c.code, teachers.c.person_id
    ).select_from(
        d.join(teachers, teachers.c.id == d.c.teacher_id)
        .outerjoin(holdings, holdings.c.id == d.c.holding_id)
        .outerjoin(unique_numbers, unique_numbers.c.id == holdings.c.number_id)
    )


def _view(m: Any) -> CompletionView:
    return CompletionView(
        id=str(m["id"]),
        teacher_id=str(m["teacher_id"]),
        teacher_name=m["teacher_name"],
        school_id=str(m["school_id"]),
        municipality_id=str(m["municipality_id"]),
        campaign_id=str(m["campaign_id"]) if m["campaign_id"] else "",
        number_code=m["code"] or "",
        **{name: m[name] for name in DOCUMENT_FIELDS.split()},
        recorded_by=m["recorded_by"],
        recorded_at=m["recorded_at"],
    )


class CompletionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_absent(
        self,
        document_id: str,
        teacher: Teacher,
        document: CompletionDocument,
        *,
        campaign_id: str,
        holding_id: str,
        recorded_by: str,
    ) -> bool:
        """False (nothing written) when the teacher already has this document."""
        added = await self._session.scalar(
            insert(completion_documents)
            .values(
                id=document_id,
                teacher_id=teacher.id,
                region_code=teacher.region_code,
                municipality_id=teacher.municipality_id,
                school_id=teacher.school_id,
                campaign_id=campaign_id or None,
                holding_id=holding_id or None,
                recorded_by=recorded_by,
                **same_named(document, DOCUMENT_FIELDS),
            )
            .on_conflict_do_nothing(constraint="uq_completion_documents_natural")
            .returning(completion_documents.c.id)
        )
        return added is not None

    async def find(self, teacher_id: str, document: CompletionDocument) -> CompletionView:
        d = completion_documents
        row = (
            await self._session.execute(
                _select().where(
                    d.c.teacher_id == teacher_id,
                    d.c.document_type == document.document_type,
                    d.c.series == document.series,
                    d.c.number == document.number,
                )
            )
        ).one()
        return _view(row._mapping)

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[CompletionView], int]:
        d = completion_documents
        where = and_(
            scope_clause(scope, d.c.region_code, d.c.municipality_id, d.c.school_id),
            *number_filter(
                f,
                campaign_col=d.c.campaign_id,
                year=func.extract("year", d.c.issued_on),
                status_col=None,
                teacher_col=d.c.teacher_id,
                person_col=teachers.c.person_id,
            ),
        )
        found, total = await counted_page(
            self._session, _select().where(where), (d.c.recorded_at.desc(), d.c.id), limit, offset
        )
        return [_view(r._mapping) for r in found], total

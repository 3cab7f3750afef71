"""Support requests and their threads in PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, or_, select, true, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from identity_svc.adapters.orm import SupportMessageRow, SupportRequestRow
from identity_svc.domain.support import (
    AuthorKind,
    SupportFilter,
    SupportMessage,
    SupportRequest,
    SupportStatus,
    SupportTopic,
    SupportVisibility,
)


def _request(row: SupportRequestRow, messages: tuple[SupportMessage, ...] = ()) -> SupportRequest:
    return SupportRequest(
        id=str(row.id),
        person_id=str(row.person_id),
        topic=SupportTopic(row.topic),
        subject=row.subject,
        context_reference=row.context_reference,
        provider_id=row.provider_id,
        status=SupportStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        messages=messages,
    )


def _message(row: SupportMessageRow) -> SupportMessage:
    return SupportMessage(
        id=str(row.id),
        request_id=str(row.request_id),
        author_person_id=str(row.author_person_id) if row.author_person_id else None,
        author_kind=AuthorKind(row.author_kind),
        text=row.text,
        at=row.at,
    )


def _visible(visibility: SupportVisibility) -> Any:
    if visibility.everything:
        return true()
    own = (
        SupportRequestRow.person_id == uuid.UUID(visibility.person_id)
        if visibility.person_id
        else None
    )
    theirs = SupportRequestRow.provider_id.in_(sorted(visibility.providers))
    return or_(own, theirs) if own is not None else theirs


class SupportRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def open(self, request: SupportRequest, idempotency_key: str) -> SupportRequest:
        """Inserts the request and its first message, unless the person opened one with this
        key already: then returns that one."""
        inserted = await self._session.scalar(
            pg_insert(SupportRequestRow)
            .values(
                id=uuid.UUID(request.id),
                person_id=uuid.UUID(request.person_id),
                topic=str(request.topic),
                subject=request.subject,
                context_reference=request.context_reference,
                provider_id=request.provider_id,
                status=str(request.status),
                idempotency_key=idempotency_key or None,
                created_at=request.created_at,
                updated_at=request.updated_at,
            )
            .on_conflict_do_nothing()
            .returning(SupportRequestRow.id)
        )
        if inserted is None:
            existing = await self._session.scalar(
                select(SupportRequestRow.id).where(
                    SupportRequestRow.person_id == uuid.UUID(request.person_id),
                    SupportRequestRow.idempotency_key == idempotency_key,
                )
            )
            found = await self.get(str(existing))
            assert found is not None
            return found
        for message in request.messages:
            await self.add_message(message, "")
        return request

    async def get(self, request_id: str, *, lock: bool = False) -> SupportRequest | None:
        ids = valid_uuids([request_id])
        if not ids:
            return None
        query = select(SupportRequestRow).where(SupportRequestRow.id == ids[0])
        row = await self._session.scalar(query.with_for_update() if lock else query)
        if row is None:
            return None
        messages = await self._session.scalars(
            select(SupportMessageRow)
            .where(SupportMessageRow.request_id == ids[0])
            .order_by(SupportMessageRow.at, SupportMessageRow.id)
        )
        return _request(row, tuple(_message(m) for m in messages))

    async def message_with_key(self, request_id: str, idempotency_key: str) -> str | None:
        """The id of the request's message posted with this key, if any."""
        found = await self._session.scalar(
            select(SupportMessageRow.id).where(
                SupportMessageRow.request_id == uuid.UUID(request_id),
                SupportMessageRow.idempotency_key == idempotency_key,
            )
        )
        return str(found) if found is not None else None

    async def add_message(self, message: SupportMessage, idempotency_key: str) -> None:
        await self._session.execute(
            pg_insert(SupportMessageRow).values(
                id=uuid.UUID(message.id),
                request_id=uuid.UUID(message.request_id),
                author_person_id=(
                    uuid.UUID(message.author_person_id) if message.author_person_id else None
                ),
                author_kind=str(message.author_kind),
                text=message.text,
                idempotency_key=idempotency_key or None,
                at=message.at,
            )
        )

    async def save_status(self, request: SupportRequest) -> None:
        await self._session.execute(
            update(SupportRequestRow)
            .where(SupportRequestRow.id == uuid.UUID(request.id))
            .values(status=str(request.status), updated_at=request.updated_at)
        )

    async def page(
        self,
        visibility: SupportVisibility,
        shown: SupportFilter,
        limit: int,
        offset: int,
    ) -> tuple[list[SupportRequest], int]:
        """The visible requests (without their threads) the filter shows, the latest changed first."""
        where = _visible(visibility)
        if shown.status is not None:
            where = (SupportRequestRow.status == str(shown.status)) & where
        if shown.topic is not None:
            where = (SupportRequestRow.topic == str(shown.topic)) & where
        total = await self._session.scalar(
            select(func.count()).select_from(SupportRequestRow).where(where)
        )
        rows = await self._session.scalars(
            select(SupportRequestRow)
            .where(where)
            .order_by(SupportRequestRow.updated_at.desc(), SupportRequestRow.id)
            .limit(limit)
            .offset(offset)
        )
        return [_request(r) for r in rows], int(total or 0)

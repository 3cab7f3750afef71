"""Role requests in PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row, func, select, true, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from identity_svc.adapters.orm import PersonRow, RoleRequestRow
from identity_svc.domain.grants import parse_grant
from identity_svc.domain.role_requests import (
    DecidableRequests,
    Requester,
    RoleRequest,
    RoleRequestStatus,
)

# A request with who asks: the persons row joined in the same statement (no query per request).
_WithRequester = Row[RoleRequestRow, str, str, str | None, str | None, str | None]
_WITH_REQUESTER = select(
    RoleRequestRow,
    PersonRow.last_name,
    PersonRow.first_name,
    PersonRow.patronymic,
    PersonRow.snils,
    PersonRow.pesel,
).join(PersonRow, PersonRow.id == RoleRequestRow.person_id)


def _request(result: _WithRequester) -> RoleRequest:
    row: RoleRequestRow = result[0]
    names = (result.last_name, result.first_name, result.patronymic)
    return RoleRequest(
        id=str(row.id),
        person_id=str(row.person_id),
        grant=parse_grant(row.role, row.scope),
        justification=row.justification,
        status=RoleRequestStatus(row.status),
        created_at=row.created_at,
        decided_by=row.decided_by,
        decided_by_person_id=str(row.decided_by_person_id) if row.decided_by_person_id else None,
        decided_at=row.decided_at,
        refusal_reason=row.refusal_reason,
        requester=Requester(
            full_name=" ".join(n for n in names if n), snils=result.snils, pesel=result.pesel
        ),
    )


def _decision(request: RoleRequest) -> dict[str, Any]:
    return {
        "status": str(request.status),
        "decided_by": request.decided_by,
        "decided_by_person_id": (
            uuid.UUID(request.decided_by_person_id) if request.decided_by_person_id else None
        ),
        "decided_at": request.decided_at,
        "refusal_reason": request.refusal_reason,
    }


class RoleRequestRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_if_no_pending(self, request: RoleRequest) -> RoleRequest:
        """Inserts the request unless the person has a pending one for the same grant (also a
        concurrent one); returns the pending request."""
        await self._session.execute(
            pg_insert(RoleRequestRow)
            .values(
                id=uuid.UUID(request.id),
                person_id=uuid.UUID(request.person_id),
                role=str(request.grant.role),
                scope=str(request.grant.scope),
                justification=request.justification,
                status=str(request.status),
                created_at=request.created_at,
            )
            .on_conflict_do_nothing()
        )
        result = await self._session.execute(
            _WITH_REQUESTER.where(
                RoleRequestRow.person_id == uuid.UUID(request.person_id),
                RoleRequestRow.role == str(request.grant.role),
                RoleRequestRow.scope == str(request.grant.scope),
                RoleRequestRow.status == str(RoleRequestStatus.PENDING),
            )
        )
        return _request(result.one())

    async def get(self, request_id: str, *, lock: bool = False) -> RoleRequest | None:
        ids = valid_uuids([request_id])
        if not ids:
            return None
        query = _WITH_REQUESTER.where(RoleRequestRow.id == ids[0])
        if lock:
            query = query.with_for_update(of=RoleRequestRow)
        row = (await self._session.execute(query)).one_or_none()
        return _request(row) if row is not None else None

    async def save_decision(self, request: RoleRequest) -> None:
        await self._session.execute(
            update(RoleRequestRow)
            .where(RoleRequestRow.id == uuid.UUID(request.id))
            .values(**_decision(request))
        )

    async def page_of_person(
        self, person_id: str, limit: int, offset: int
    ) -> tuple[list[RoleRequest], int]:
        return await self._page(RoleRequestRow.person_id == uuid.UUID(person_id), limit, offset)

    async def page_to_decide(
        self, decidable: DecidableRequests, pending_only: bool, limit: int, offset: int
    ) -> tuple[list[RoleRequest], int]:
        where: Any = (
            true()
            if decidable.everything
            else tuple_(RoleRequestRow.role, RoleRequestRow.scope).in_(
                [(str(g.role), str(g.scope)) for g in decidable.grants]
            )
        )
        if pending_only:
            where = (RoleRequestRow.status == str(RoleRequestStatus.PENDING)) & where
        return await self._page(where, limit, offset)

    async def _page(self, where: Any, limit: int, offset: int) -> tuple[list[RoleRequest], int]:
        total = await self._session.scalar(
            select(func.count()).select_from(RoleRequestRow).where(where)
        )
        rows = await self._session.execute(
            _WITH_REQUESTER.where(where)
            .order_by(RoleRequestRow.created_at.desc(), RoleRequestRow.id)
            .limit(limit)
            .offset(offset)
        )
        return [_request(r) for r in rows], int(total or 0)

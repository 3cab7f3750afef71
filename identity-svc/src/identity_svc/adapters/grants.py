"""Grants and their audit trail in PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Grant
from identity_svc.adapters.orm import GrantAuditRow, GrantRow
from identity_svc.domain.grants import GrantAudit, GrantRecord, PersonGrant, parse_grant


def _record(row: GrantRow) -> GrantRecord:
    return GrantRecord(
        person_id=str(row.person_id),
        grant=parse_grant(row.role, row.scope),
        granted_by=row.granted_by,
        granted_at=row.granted_at,
    )


def _snapshot(record: GrantRecord | None) -> dict[str, Any] | None:
    if record is None:
        return None
    return {
        "person_id": record.person_id,
        "role": str(record.grant.role),
        "scope": str(record.grant.scope),
        "granted_by": record.granted_by,
        "granted_at": record.granted_at.isoformat(),
    }


def _key(target: PersonGrant) -> Any:
    return (
        (GrantRow.person_id == uuid.UUID(target.person_id))
        & (GrantRow.role == str(target.grant.role))
        & (GrantRow.scope == str(target.grant.scope))
    )


class GrantRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def grants_of(self, person_id: str) -> list[GrantRecord]:
        ids = valid_uuids([person_id])
        if not ids:
            return []
        rows = await self._session.scalars(
            select(GrantRow)
            .where(GrantRow.person_id == ids[0])
            .order_by(GrantRow.role, GrantRow.scope)
        )
        return [_record(row) for row in rows]

    async def held_by(self, person_id: str) -> frozenset[Grant]:
        return frozenset(r.grant for r in await self.grants_of(person_id))

    async def get(self, target: PersonGrant) -> GrantRecord | None:
        row = await self._session.scalar(select(GrantRow).where(_key(target)))
        return _record(row) if row is not None else None

    async def add(self, record: GrantRecord) -> GrantRecord:
        """Inserts the grant unless it exists (concurrent grants included); returns the stored one."""
        await self._session.execute(
            pg_insert(GrantRow)
            .values(
                person_id=uuid.UUID(record.person_id),
                role=str(record.grant.role),
                scope=str(record.grant.scope),
                granted_by=record.granted_by,
                granted_at=record.granted_at,
            )
            .on_conflict_do_nothing()
        )
        stored = await self.get(PersonGrant(record.person_id, record.grant))
        assert stored is not None
        return stored

    async def remove(self, target: PersonGrant) -> GrantRecord | None:
        row = await self._session.scalar(delete(GrantRow).where(_key(target)).returning(GrantRow))
        return _record(row) if row is not None else None

    async def audit(self, entry: GrantAudit) -> None:
        await self._session.execute(
            insert(GrantAuditRow).values(
                action=entry.action.value,
                actor_subject=entry.actor_subject,
                actor_person_id=uuid.UUID(entry.actor_person_id) if entry.actor_person_id else None,
                person_id=uuid.UUID(entry.target.person_id),
                role=str(entry.target.grant.role),
                scope=str(entry.target.grant.scope),
                before=_snapshot(entry.before),
                after=_snapshot(entry.after),
                at=entry.at,
            )
        )

    async def audit_trail(self, person_id: str) -> list[dict[str, Any]]:
        rows = await self._session.scalars(
            select(GrantAuditRow)
            .where(GrantAuditRow.person_id == uuid.UUID(person_id))
            .order_by(GrantAuditRow.id)
        )
        return [
            {
                "action": r.action,
                "actor_subject": r.actor_subject,
                "role": r.role,
                "scope": r.scope,
                "before": r.before,
                "after": r.after,
                "at": r.at,
            }
            for r in rows
        ]

"""The audit trail in PostgreSQL: one row per operator action, in the action's transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from pk_regional_svc.adapters.orm import audit_events
from pk_regional_svc.adapters.visibility import scope_clause
from pk_regional_svc.domain.scope import AuditEntry, AuditView, ListScope


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, entry: AuditEntry) -> None:
        await self._session.execute(
            insert(audit_events).values(
                actor_person_id=entry.actor_person_id,
                actor_subject=entry.actor_subject,
                action=entry.action,
                entity_type=entry.entity_type,
                entity_id=entry.entity_id,
                region_code=entry.place.region_code,
                municipality_id=entry.place.municipality_id,
                school_id=entry.place.school_id,
                before=entry.before,
                after=entry.after,
            )
        )

    async def before_of(
        self, action: str, entity_type: str, entity_id: str
    ) -> dict[str, Any] | None:
        """The `before` of an action recorded on an entity (the first, if several)."""
        found: dict[str, Any] | None = await self._session.scalar(
            select(audit_events.c.before)
            .where(
                audit_events.c.action == action,
                audit_events.c.entity_type == entity_type,
                audit_events.c.entity_id == entity_id,
            )
            .limit(1)
        )
        return found

    async def page(
        self, scope: ListScope, actor_person_id: str, action: str, limit: int, offset: int
    ) -> list[AuditView]:
        """Newest first; up to `limit` rows (the caller asks one more to know of a next page)."""
        a = audit_events
        conditions = [scope_clause(scope, a.c.region_code, a.c.municipality_id, a.c.school_id)]
        if actor_person_id:
            conditions.append(a.c.actor_person_id == actor_person_id)
        if action:
            conditions.append(a.c.action == action)
        found = await self._session.execute(
            select(a).where(and_(*conditions)).order_by(a.c.id.desc()).limit(limit).offset(offset)
        )
        return [
            AuditView(
                str(r.id),
                r.at,
                r.actor_person_id,
                r.actor_subject,
                r.action,
                r.entity_type,
                r.entity_id,
                json.dumps(r.before, ensure_ascii=False) if r.before is not None else "",
                json.dumps(r.after, ensure_ascii=False) if r.after is not None else "",
                str(r.school_id or ""),
                str(r.municipality_id or ""),
                r.region_code,
            )
            for r in found
        ]

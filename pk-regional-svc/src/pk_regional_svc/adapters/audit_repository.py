"""The audit trail in PostgreSQL: one row per operator action, in the action's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from pk_regional_svc.adapters.orm import audit_events
from pk_regional_svc.domain.scope import AuditEntry


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

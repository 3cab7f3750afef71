"""Every operator action leaves an audit row (who, when, before/after) in its transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert

from cpd_platform.db import UnitOfWork
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import audit_events
from pk_regional_svc.service_layer.authz import Place


async def record(
    uow: UnitOfWork,
    principal: Principal,
    action: str,
    entity_type: str,
    entity_id: str,
    place: Place,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    await uow.session.execute(
        insert(audit_events).values(
            actor_person_id=principal.person_id or "",
            actor_subject=principal.subject,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            region_code=place.region_code,
            municipality_id=place.municipality_id,
            school_id=place.school_id,
            before=before,
            after=after,
        )
    )

"""Every operator action leaves an audit row (who, when, before/after) in its transaction."""

from __future__ import annotations

from typing import Any

from cpd_platform.principal import Principal
from pk_regional_svc.domain.scope import AuditEntry, Place
from pk_regional_svc.service_layer.ports import PkRegionalUnitOfWorkPort


async def record(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    action: str,
    entity_type: str,
    entity_id: str,
    place: Place,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    await uow.audit.add(
        AuditEntry(
            actor_person_id=principal.person_id or "",
            actor_subject=principal.subject,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            place=place,
            before=before,
            after=after,
        )
    )

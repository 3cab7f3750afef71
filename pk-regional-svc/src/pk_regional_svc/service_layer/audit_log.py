"""Reading the audit trail (operators, within their scope)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select

from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import audit_events
from pk_regional_svc.service_layer.authz import READ
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.structure import scoped_filter


@dataclass(frozen=True, slots=True)
class AuditView:
    id: str
    at: datetime
    actor_person_id: str
    actor_subject: str
    action: str
    entity_type: str
    entity_id: str
    before_json: str
    after_json: str
    school_id: str
    municipality_id: str
    region_code: str


async def list_audit_events(
    deps: Deps,
    principal: Principal,
    region_code: str,
    municipality_id: str,
    school_id: str,
    actor_person_id: str,
    action: str,
    page_size: int,
    page_token: str,
) -> PageOf[AuditView]:
    limit, offset = bounds(page_size, page_token)
    a = audit_events
    async with deps.uow() as uow:
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=a.c.region_code,
            municipality_col=a.c.municipality_id,
            school_col=a.c.school_id,
            region_code=region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        conditions = [where]
        if actor_person_id:
            conditions.append(a.c.actor_person_id == actor_person_id)
        if action:
            conditions.append(a.c.action == action)
        found = await uow.session.execute(
            select(a)
            .where(and_(*conditions))
            .order_by(a.c.id.desc())
            .limit(limit + 1)
            .offset(offset)
        )
        items = [
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
    more = len(items) > limit
    return PageOf(items[:limit], next_token(limit, offset, offset + limit + (1 if more else 0)), 0)

"""Unique numbers: lists, refusals (back to the school's pool), reassignment."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, select, union_all

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.catalog import Catalog
from pk_regional_svc.adapters.number_repository import (
    free_numbers_select,
    holding_from_row,
    holdings_select,
)
from pk_regional_svc.adapters.orm import unique_numbers
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.numbers import Holding, NumberStatus, RefusalReason, reassigned
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, READ
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort
from pk_regional_svc.service_layer.refusal import refuse_holding
from pk_regional_svc.service_layer.structure import school_place, scoped_filter


@dataclass(frozen=True, slots=True)
class NumberFilter:
    campaign_id: str = ""
    region_code: str = ""
    year: int = 0
    municipality_id: str = ""
    school_id: str = ""
    status: NumberStatus | None = None
    teacher_id: str = ""


async def list_numbers(
    deps: Deps, principal: Principal, f: NumberFilter, page_size: int, page_token: str
) -> PageOf[Holding]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        rows = union_all(holdings_select(), free_numbers_select()).subquery("numbers")
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=rows.c.region_code,
            municipality_col=rows.c.municipality_id,
            school_col=rows.c.school_id,
            region_code=f.region_code,
            municipality_id=f.municipality_id,
            school_id=f.school_id,
        )
        conditions = [where]
        if f.campaign_id:
            ids = [str(u) for u in valid_uuids([f.campaign_id])]
            conditions.append(rows.c.campaign_id.in_(ids))
        if f.year:
            conditions.append(rows.c.year == f.year)
        if f.status is not None:
            conditions.append(rows.c.status == f.status.value)
        if f.teacher_id:
            people = [str(u) for u in valid_uuids([f.teacher_id])]
            conditions.append(rows.c.teacher_id.in_(people) | rows.c.person_id.in_(people))
        clause = and_(*conditions)
        total = await uow.session.scalar(select(func.count()).select_from(rows).where(clause)) or 0
        found = await uow.session.execute(
            select(rows)
            .where(clause)
            .order_by(rows.c.year.desc(), rows.c.school_id, rows.c.code, rows.c.updated_at)
            .limit(limit)
            .offset(offset)
        )
        items = [holding_from_row(r._mapping) for r in found]
    return PageOf(items, next_token(limit, offset, total), total)


async def refuse_number(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    holding_id: str,
    reason: RefusalReason | None,
    note: str,
    *,
    authz: Authorizer,
    catalog: Catalog,
    clock: Clock,
) -> tuple[Holding, int]:
    """By the holder, or by an operator in scope; the number returns to the school's pool."""
    reason = reason or RefusalReason.NOT_STATED
    note = bounded(note, "refusal_note")
    async with uow:
        holding = await uow.numbers.holding(holding_id, lock=True)
        if not holding.is_held_by(principal.person_id):
            await authz.require(
                principal,
                OPERATE,
                Place(holding.region_code, holding.municipality_id, holding.school_id),
            )
        holding.require_refusable()
        after = await refuse_holding(
            uow, principal, holding, reason, note, catalog=catalog, clock=clock
        )
        free = await uow.numbers.free_in_pool(after.campaign_id, after.school_id)
        await uow.commit()
    return after, free


async def reassign_number(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    number_id: str,
    teacher_id: str,
    *,
    authz: Authorizer,
) -> tuple[Holding, int]:
    """A freed number of the school's pool handed to another confirmed candidate."""
    if not valid_uuids([number_id]) or not valid_uuids([teacher_id]):
        raise NotFound("number_not_found", "Номер не найден")
    async with uow:
        number = await uow.numbers.number(number_id, lock=True)
        place = Place(number.region_code, number.municipality_id, number.school_id)
        await authz.require(principal, OPERATE, place)
        campaign = await uow.campaigns.get(number.campaign_id)
        if await uow.numbers.is_held(number_id):
            raise FailedPrecondition("number_not_free", "Этот номер уже закреплён за педагогом")
        holding = reassigned(
            number,
            await uow.candidates.recipient(campaign, teacher_id),
            year=campaign.year,
            rules=campaign.rules,
            holding_id=str(uuid.uuid4()),
        )
        await uow.numbers.add_holding(holding)
        after = await uow.numbers.holding(holding.holding_id)
        await audit.record(
            uow,
            principal,
            "reassign_number",
            "number",
            number_id,
            place,
            {"number_code": number.code, "status": NumberStatus.FREE.value},
            after.audit_snapshot(),
        )
        free = await uow.numbers.free_in_pool(campaign.id, number.school_id)
        await uow.commit()
    return after, free


async def school_pool(
    deps: Deps, principal: Principal, campaign_id: str, school_id: str
) -> tuple[int, list[Holding]]:
    async with deps.uow() as uow:
        await uow.campaigns.get(campaign_id)
        # One school's pool is an explicit request for that school: refused out of scope.
        await deps.authz.require(principal, READ, await school_place(uow, school_id))
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=unique_numbers.c.region_code,
            municipality_col=unique_numbers.c.municipality_id,
            school_col=unique_numbers.c.school_id,
            school_id=school_id,
            roles=READ,
        )
        found = await uow.session.execute(
            free_numbers_select()
            .where(where, unique_numbers.c.campaign_id == campaign_id)
            .order_by(unique_numbers.c.code)
        )
        items = [holding_from_row(r._mapping) for r in found]
    return len(items), items

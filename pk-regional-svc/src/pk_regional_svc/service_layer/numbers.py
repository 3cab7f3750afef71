"""Unique numbers: lists, refusals (back to the school's pool), reassignment."""

from __future__ import annotations

import uuid

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.catalog import Catalog
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberStatus,
    RefusalReason,
    reassigned,
)
from pk_regional_svc.domain.scope import place_of
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, READ
from pk_regional_svc.service_layer.listing import FilteredList, list_scope
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort
from pk_regional_svc.service_layer.refusal import refuse_holding

list_numbers = FilteredList[Holding](lambda uow: uow.numbers)


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
                place_of(holding),
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
        place = place_of(number)
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
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    school_id: str,
    *,
    authz: Authorizer,
) -> tuple[int, list[Holding]]:
    async with uow:
        await uow.campaigns.get(campaign_id)
        # One school's pool is an explicit request for that school: refused out of scope.
        await authz.require(principal, READ, await uow.structure.school_place(school_id))
        scope = await list_scope(uow, authz, principal, school_id=school_id, roles=READ)
        items = await uow.numbers.free_numbers(campaign_id, scope)
    return len(items), items

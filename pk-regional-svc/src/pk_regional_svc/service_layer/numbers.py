"""Unique numbers: lists, refusals (back to the school's pool), reassignment."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, literal, null, select, union_all, update

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import FailedPrecondition, InvalidArgument, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import (
    applications,
    campaigns,
    candidate_decisions,
    holdings,
    teachers,
    unique_numbers,
)
from pk_regional_svc.domain.allocation import Decision
from pk_regional_svc.domain.application import release_key
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.numbers import (
    OPEN,
    NumberStatus,
    RefusalReason,
    transition,
)
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, READ, Place
from pk_regional_svc.service_layer.campaigns import campaign_from_row, load_campaign
from pk_regional_svc.service_layer.candidates import eligible, recent_budget
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import bounds, next_token
from pk_regional_svc.service_layer.structure import PageOf, school_place, scoped_filter


@dataclass(frozen=True, slots=True)
class HoldingView:
    holding_id: str
    number_id: str
    number_code: str
    campaign_id: str
    year: int
    school_id: str
    municipality_id: str
    teacher_id: str
    teacher_name: str
    status: NumberStatus
    refusal_reason: RefusalReason | None
    refusal_note: str
    application_id: str
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class NumberFilter:
    campaign_id: str = ""
    region_code: str = ""
    year: int = 0
    municipality_id: str = ""
    school_id: str = ""
    status: NumberStatus | None = None
    teacher_id: str = ""


_NAME = func.concat_ws(
    " ", teachers.c.family_name, teachers.c.given_name, func.nullif(teachers.c.middle_name, "")
)


def _holdings_select() -> Any:
    n = unique_numbers
    return select(
        holdings.c.id.label("holding_id"),
        n.c.id.label("number_id"),
        n.c.code,
        n.c.campaign_id,
        holdings.c.year,
        n.c.region_code,
        n.c.school_id,
        n.c.municipality_id,
        holdings.c.teacher_id,
        _NAME.label("teacher_name"),
        holdings.c.status,
        holdings.c.refusal_reason,
        holdings.c.refusal_note,
        applications.c.id.label("application_id"),
        holdings.c.updated_at,
        teachers.c.person_id,
    ).select_from(
        holdings.join(n, n.c.id == holdings.c.number_id)
        .join(teachers, teachers.c.id == holdings.c.teacher_id)
        .outerjoin(applications, applications.c.holding_id == holdings.c.id)
    )


def _free_select() -> Any:
    n = unique_numbers
    live = exists().where(
        holdings.c.number_id == n.c.id, holdings.c.status != NumberStatus.REFUSED.value
    )
    return (
        select(
            null().label("holding_id"),
            n.c.id.label("number_id"),
            n.c.code,
            n.c.campaign_id,
            campaigns.c.year,
            n.c.region_code,
            n.c.school_id,
            n.c.municipality_id,
            null().label("teacher_id"),
            literal("").label("teacher_name"),
            literal(NumberStatus.FREE.value).label("status"),
            null().label("refusal_reason"),
            literal("").label("refusal_note"),
            null().label("application_id"),
            n.c.created_at.label("updated_at"),
            null().label("person_id"),
        )
        .select_from(n.join(campaigns, campaigns.c.id == n.c.campaign_id))
        .where(~live)
    )


def holding_view(m: Any) -> HoldingView:
    return HoldingView(
        holding_id=str(m["holding_id"]) if m["holding_id"] else "",
        number_id=str(m["number_id"]),
        number_code=m["code"],
        campaign_id=str(m["campaign_id"]),
        year=m["year"],
        school_id=str(m["school_id"]),
        municipality_id=str(m["municipality_id"]),
        teacher_id=str(m["teacher_id"]) if m["teacher_id"] else "",
        teacher_name=m["teacher_name"] or "",
        status=NumberStatus(m["status"]),
        refusal_reason=RefusalReason(m["refusal_reason"]) if m["refusal_reason"] else None,
        refusal_note=m["refusal_note"] or "",
        application_id=str(m["application_id"]) if m["application_id"] else "",
        updated_at=m["updated_at"],
    )


async def list_numbers(
    deps: Deps, principal: Principal, f: NumberFilter, page_size: int, page_token: str
) -> PageOf[HoldingView]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        rows = union_all(_holdings_select(), _free_select()).subquery("numbers")
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
        items = [holding_view(r._mapping) for r in found]
    return PageOf(items, next_token(limit, offset, total), total)


async def load_holding(uow: UnitOfWork, holding_id: str, *, lock: bool = False) -> Any:
    if not valid_uuids([holding_id]):
        raise NotFound("holding_not_found", "Номер не найден")
    if lock:
        await uow.session.execute(
            select(holdings.c.id).where(holdings.c.id == holding_id).with_for_update()
        )
    row = (
        await uow.session.execute(_holdings_select().where(holdings.c.id == holding_id))
    ).one_or_none()
    if row is None:
        raise NotFound("holding_not_found", "Номер не найден")
    return row._mapping


async def free_in_pool(uow: UnitOfWork, campaign_id: str, school_id: str) -> int:
    n = unique_numbers
    live = exists().where(
        holdings.c.number_id == n.c.id, holdings.c.status != NumberStatus.REFUSED.value
    )
    return (
        await uow.session.scalar(
            select(func.count())
            .select_from(n)
            .where(n.c.campaign_id == campaign_id, n.c.school_id == school_id, ~live)
        )
        or 0
    )


def _snapshot(h: HoldingView) -> dict[str, Any]:
    return {
        "number_code": h.number_code,
        "teacher_id": h.teacher_id,
        "status": h.status.value,
        "refusal_reason": h.refusal_reason.value if h.refusal_reason else None,
    }


async def refuse_in_uow(
    deps: Deps,
    uow: UnitOfWork,
    principal: Principal,
    holding: Any,
    reason: RefusalReason,
    note: str,
) -> HoldingView:
    """Refuses a holding (the caller has checked who may); releases seats of a submitted
    application; the number returns to the pool."""
    before = holding_view(holding)
    transition(before.status, NumberStatus.REFUSED)
    if before.status is NumberStatus.APPLICATION_SUBMITTED and before.application_id:
        app = (
            await uow.session.execute(
                select(applications.c.submission_no).where(
                    applications.c.id == before.application_id
                )
            )
        ).one()
        key = release_key(before.application_id, app.submission_no)
        if principal.person_id is not None and principal.person_id == str(
            holding["person_id"] or ""
        ):
            await deps.catalog.release(key)  # the teacher releases their own seats
        else:
            # The operator's own token goes along: catalog-svc records them as the releaser.
            await deps.catalog.release_for_holder(key)
    await uow.session.execute(
        update(holdings)
        .where(holdings.c.id == before.holding_id)
        .values(
            status=NumberStatus.REFUSED.value,
            refusal_reason=reason.value,
            refusal_note=note.strip(),
            updated_at=func.now(),
        )
    )
    if before.application_id:
        await uow.session.execute(
            update(applications)
            .where(applications.c.id == before.application_id)
            .values(status="closed", reservation_id="", updated_at=func.now())
        )
    after = holding_view(await load_holding(uow, before.holding_id))
    await audit.record(
        uow,
        principal,
        "refuse_number",
        "holding",
        before.holding_id,
        Place(holding["region_code"], before.municipality_id, before.school_id),
        _snapshot(before),
        {**_snapshot(after), "note": note.strip()},
    )
    return after


async def refuse_number(
    deps: Deps, principal: Principal, holding_id: str, reason: RefusalReason | None, note: str
) -> tuple[HoldingView, int]:
    reason = reason or RefusalReason.NOT_STATED
    note = bounded(note, "refusal_note")
    async with deps.uow() as uow:
        holding = await load_holding(uow, holding_id, lock=True)
        is_holder = (
            bool(principal.person_id) and str(holding["person_id"] or "") == principal.person_id
        )
        if not is_holder:
            await deps.authz.require(
                principal,
                OPERATE,
                Place(
                    holding["region_code"],
                    str(holding["municipality_id"]),
                    str(holding["school_id"]),
                ),
            )
        if holding_view(holding).status not in OPEN:
            raise FailedPrecondition(
                "number_not_refusable", "Отказаться можно только от действующего номера"
            )
        after = await refuse_in_uow(deps, uow, principal, holding, reason, note)
        free = await free_in_pool(uow, after.campaign_id, after.school_id)
        await uow.commit()
    return after, free


async def reassign_number(
    deps: Deps, principal: Principal, number_id: str, teacher_id: str
) -> tuple[HoldingView, int]:
    if not valid_uuids([number_id]) or not valid_uuids([teacher_id]):
        raise NotFound("number_not_found", "Номер не найден")
    async with deps.uow() as uow:
        number = (
            await uow.session.execute(
                select(unique_numbers).where(unique_numbers.c.id == number_id).with_for_update()
            )
        ).one_or_none()
        if number is None:
            raise NotFound("number_not_found", "Номер не найден")
        place = Place(number.region_code, str(number.municipality_id), str(number.school_id))
        await deps.authz.require(principal, OPERATE, place)
        campaign_row = await load_campaign(uow, str(number.campaign_id))
        campaign = campaign_from_row(campaign_row)
        live = await uow.session.scalar(
            select(func.count())
            .select_from(holdings)
            .where(
                holdings.c.number_id == number_id, holdings.c.status != NumberStatus.REFUSED.value
            )
        )
        if live:
            raise FailedPrecondition("number_not_free", "Этот номер уже закреплён за педагогом")
        teacher = (
            await uow.session.execute(
                select(
                    teachers.c.id,
                    teachers.c.school_id,
                    func.coalesce(candidate_decisions.c.decision, Decision.PENDING.value).label(
                        "decision"
                    ),
                    eligible(campaign).label("eligible"),
                    recent_budget(campaign).label("recent_budget"),
                )
                .select_from(
                    teachers.outerjoin(
                        candidate_decisions,
                        and_(
                            candidate_decisions.c.teacher_id == teachers.c.id,
                            candidate_decisions.c.campaign_id == campaign.id,
                        ),
                    )
                )
                .where(teachers.c.id == teacher_id)
            )
        ).one_or_none()
        if teacher is None or str(teacher.school_id) != str(number.school_id):
            raise InvalidArgument(
                "teacher_not_in_school", "Номер можно передать только педагогу той же организации"
            )
        if not teacher.eligible or teacher.decision != Decision.CONFIRMED.value:
            raise FailedPrecondition(
                "not_a_confirmed_candidate", "Номер можно передать только подтверждённому кандидату"
            )
        if teacher.recent_budget:
            raise FailedPrecondition(
                "budget_number_within_three_years",
                "Педагог уже получал бюджетный номер в течение 3 лет",
            )
        chose_off_budget = await uow.session.scalar(
            select(func.count())
            .select_from(holdings)
            .where(
                holdings.c.campaign_id == campaign.id,
                holdings.c.teacher_id == teacher_id,
                holdings.c.status == NumberStatus.REFUSED.value,
                holdings.c.refusal_reason == RefusalReason.OFF_BUDGET_CHOSEN.value,
            )
        )
        if chose_off_budget:
            raise FailedPrecondition(
                "off_budget_chosen",
                "Педагог выбрал внебюджетное обучение: в этом году бюджетный номер ему не передаётся",
            )
        has_live = await uow.session.scalar(
            select(func.count())
            .select_from(holdings)
            .where(
                holdings.c.campaign_id == campaign.id,
                holdings.c.teacher_id == teacher_id,
                holdings.c.status != NumberStatus.REFUSED.value,
            )
        )
        if has_live:
            raise FailedPrecondition(
                "already_has_number", "У педагога уже есть номер в этой кампании"
            )
        holding_id = str(uuid.uuid4())
        await uow.session.execute(
            holdings.insert().values(
                id=holding_id,
                number_id=number_id,
                campaign_id=campaign.id,
                year=campaign.year,
                region_code=number.region_code,
                municipality_id=number.municipality_id,
                school_id=number.school_id,
                teacher_id=teacher_id,
                status=NumberStatus.ASSIGNED.value,
            )
        )
        after = holding_view(await load_holding(uow, holding_id))
        await audit.record(
            uow,
            principal,
            "reassign_number",
            "number",
            number_id,
            place,
            {"number_code": number.code, "status": NumberStatus.FREE.value},
            _snapshot(after),
        )
        free = await free_in_pool(uow, campaign.id, str(number.school_id))
        await uow.commit()
    return after, free


async def school_pool(
    deps: Deps, principal: Principal, campaign_id: str, school_id: str
) -> tuple[int, list[HoldingView]]:
    async with deps.uow() as uow:
        await load_campaign(uow, campaign_id)
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
            _free_select()
            .where(where, unique_numbers.c.campaign_id == campaign_id)
            .order_by(unique_numbers.c.code)
        )
        items = [holding_view(r._mapping) for r in found]
    return len(items), items

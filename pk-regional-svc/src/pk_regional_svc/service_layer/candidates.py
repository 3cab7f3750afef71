"""Candidates (listed automatically) and operators' decisions on them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, select

from cpd_platform.errors import InvalidArgument
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.candidate_repository import (
    candidate_from_row,
    candidates_select,
    listed,
    with_decisions,
)
from pk_regional_svc.adapters.orm import candidate_decisions, teachers
from pk_regional_svc.domain.allocation import Decision
from pk_regional_svc.domain.candidate_list import CandidateView
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, READ
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort
from pk_regional_svc.service_layer.structure import scoped_filter


async def list_candidates(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    decision: Decision | None,
    page_size: int,
    page_token: str,
) -> PageOf[CandidateView]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        campaign = await uow.campaigns.get(campaign_id)
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=teachers.c.region_code,
            municipality_col=teachers.c.municipality_id,
            school_col=teachers.c.school_id,
            region_code=campaign.region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        where = and_(where, listed(campaign))
        if decision is not None:
            where = and_(
                where,
                func.coalesce(candidate_decisions.c.decision, Decision.PENDING.value)
                == decision.value,
            )
        query, joined = candidates_select(campaign), with_decisions(campaign)
        total = await uow.session.scalar(select(func.count()).select_from(joined).where(where)) or 0
        found = await uow.session.execute(
            query.where(where)
            .order_by(teachers.c.family_name, teachers.c.given_name, teachers.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [candidate_from_row(r, campaign) for r in found]
    return PageOf(items, next_token(limit, offset, total), total)


async def decide_candidates(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    teacher_ids: Sequence[str],
    decision: Decision,
    *,
    authz: Authorizer,
) -> list[CandidateView]:
    """Confirms or removes candidates, each in the operator's scope; repeating changes nothing."""
    ids = sorted({str(u) for u in valid_uuids(teacher_ids)})
    if not ids or len(ids) != len(set(teacher_ids)):
        raise InvalidArgument("invalid_teacher_ids", "Укажите педагогов из списка кандидатов")
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        found = {
            c.teacher.teacher.id: c
            for c in await uow.candidates.views(campaign, ids)
            if c.is_candidate_of(campaign)
        }
        if len(found) != len(ids):
            raise InvalidArgument(
                "not_a_candidate",
                "Среди выбранных есть педагоги, которые не являются кандидатами этой кампании",
            )
        places = {i: _place(found[i]) for i in ids}
        for teacher_id in ids:
            await authz.require(principal, OPERATE, places[teacher_id])
        who = principal.person_id or principal.subject
        for teacher_id in ids:
            before = found[teacher_id].decision
            if before is decision:
                continue
            await uow.candidates.decide(campaign_id, teacher_id, decision, who)
            await audit.record(
                uow,
                principal,
                "decide_candidate",
                "teacher",
                teacher_id,
                places[teacher_id],
                {"decision": before.value},
                {"decision": decision.value, "campaign_id": campaign_id},
            )
        result = await uow.candidates.views(campaign, ids)
        await uow.commit()
    return result


def _place(candidate: CandidateView) -> Place:
    teacher = candidate.teacher.teacher
    return Place(teacher.region_code, teacher.municipality_id, teacher.school_id)

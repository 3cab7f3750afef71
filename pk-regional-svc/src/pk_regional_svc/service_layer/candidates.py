"""Candidates (listed automatically) and operators' decisions on them."""

from __future__ import annotations

from collections.abc import Sequence

from cpd_platform.errors import InvalidArgument
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.domain.allocation import Decision
from pk_regional_svc.domain.candidate_list import CandidateView
from pk_regional_svc.domain.scope import place_of
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE
from pk_regional_svc.service_layer.listing import page_in_scope
from pk_regional_svc.service_layer.paging import PageOf
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


async def list_candidates(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    decision: Decision | None,
    page_size: int,
    page_token: str,
    *,
    authz: Authorizer,
) -> PageOf[CandidateView]:
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        return await page_in_scope(
            uow,
            authz,
            principal,
            page_size,
            page_token,
            lambda scope, limit, offset: uow.candidates.page(
                campaign, scope, decision, limit, offset
            ),
            region_code=campaign.region_code,
            municipality_id=municipality_id,
            school_id=school_id,
        )


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
        places = {i: place_of(found[i].teacher.teacher) for i in ids}
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

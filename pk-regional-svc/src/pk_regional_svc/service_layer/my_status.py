"""The calling teacher's state in a campaign."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import candidate_decisions, holdings
from pk_regional_svc.domain.allocation import Decision
from pk_regional_svc.domain.candidates import is_candidate
from pk_regional_svc.domain.numbers import NumberStatus
from pk_regional_svc.service_layer.applications import ApplicationView, my_application
from pk_regional_svc.service_layer.campaigns import Campaign, campaign_from_row, load_campaign
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.numbers import HoldingView, holding_view, load_holding
from pk_regional_svc.service_layer.structure import TeacherView, my_teacher_row, teacher_view


@dataclass(frozen=True, slots=True)
class MyStatus:
    teacher: TeacherView
    campaign: Campaign
    candidate: bool
    decision: Decision
    holding: HoldingView | None
    application: ApplicationView | None


async def my_campaign_status(deps: Deps, principal: Principal, campaign_id: str) -> MyStatus:
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        me = await my_teacher_row(uow, principal)
        decision = await uow.session.scalar(
            select(candidate_decisions.c.decision).where(
                candidate_decisions.c.campaign_id == campaign_id,
                candidate_decisions.c.teacher_id == me["id"],
            )
        )
        # The live holding, else the latest refused one (so the teacher sees the refusal).
        row = (
            await uow.session.execute(
                select(holdings.c.id)
                .where(holdings.c.campaign_id == campaign_id, holdings.c.teacher_id == me["id"])
                .order_by(
                    (holdings.c.status == NumberStatus.REFUSED.value).asc(),
                    holdings.c.updated_at.desc(),
                )
                .limit(1)
            )
        ).one_or_none()
        holding = holding_view(await load_holding(uow, str(row.id))) if row else None
        application = await my_application(uow, holding.holding_id) if holding else None
        await uow.commit()
    return MyStatus(
        teacher=teacher_view(me),
        campaign=campaign,
        candidate=is_candidate(campaign.year, me["last_training_year"], campaign.rules),
        decision=Decision(decision) if decision else Decision.PENDING,
        holding=holding,
        application=application,
    )

"""The calling teacher's state in a campaign."""

from __future__ import annotations

from dataclasses import dataclass

from cpd_platform.principal import Principal
from pk_regional_svc.domain.allocation import Decision
from pk_regional_svc.domain.application import Application
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidates import is_candidate
from pk_regional_svc.domain.numbers import Holding
from pk_regional_svc.domain.structure import TeacherView
from pk_regional_svc.service_layer.ports import PkRegionalUnitOfWorkPort


@dataclass(frozen=True, slots=True)
class MyStatus:
    teacher: TeacherView
    campaign: Campaign
    candidate: bool
    decision: Decision
    holding: Holding | None
    application: Application | None


async def my_campaign_status(
    uow: PkRegionalUnitOfWorkPort, principal: Principal, campaign_id: str
) -> MyStatus:
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        me = await uow.teachers.of_person(principal.person_id, principal.snils)
        decision = await uow.candidates.decision(campaign_id, me.teacher.id)
        holding = await uow.numbers.latest_holding_of(campaign_id, me.teacher.id)
        application = await uow.applications.of_holding(holding.holding_id) if holding else None
        await uow.commit()  # keeps the person link made on the first visit
    return MyStatus(
        teacher=me,
        campaign=campaign,
        candidate=is_candidate(
            campaign.year, me.teacher.profile.last_training_year, campaign.rules
        ),
        decision=decision,
        holding=holding,
        application=application,
    )

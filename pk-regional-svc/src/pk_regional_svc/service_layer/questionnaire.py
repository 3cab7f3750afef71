"""A campaign's questionnaire: questions set by the regional operator, teachers' answers."""

from __future__ import annotations

from collections.abc import Sequence

from cpd_platform.clock import Clock
from cpd_platform.errors import NotFound
from cpd_platform.principal import Principal
from pk_regional_svc.domain.questionnaire import (
    Answers,
    Question,
    ResponseRow,
    check_answers,
    check_questions,
)
from pk_regional_svc.domain.scope import Place, place_of
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import READ, REGIONAL
from pk_regional_svc.service_layer.listing import list_scope
from pk_regional_svc.service_layer.paging import PageOf, bounds, next_token
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort
from pk_regional_svc.service_layer.teacher_access import teacher_for


async def set_questions(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    items: Sequence[Question],
    *,
    authz: Authorizer,
) -> list[Question]:
    """Replaces the questionnaire; questions given with their id keep it (and their answers)."""
    check_questions(items)
    async with uow:
        campaign = await uow.campaigns.get(campaign_id, lock=True)
        await authz.require(principal, REGIONAL, Place(campaign.region_code))
        before = await uow.questionnaires.questions(campaign_id)
        await uow.questionnaires.replace_questions(campaign_id, items)
        after = await uow.questionnaires.questions(campaign_id)
        await audit.record(
            uow,
            principal,
            "set_questions",
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            {"questions": [q.text for q in before]},
            {"questions": [q.text for q in after]},
        )
        await uow.commit()
    return after


async def get_questionnaire(
    uow: PkRegionalUnitOfWorkPort, principal: Principal, campaign_id: str
) -> tuple[list[Question], Answers]:
    """The questions, and the calling teacher's answers when they are a teacher."""
    async with uow:
        await uow.campaigns.get(campaign_id)
        found = await uow.questionnaires.questions(campaign_id)
        answers = None
        if principal.person_id or principal.snils:
            try:
                me = await uow.teachers.of_person(principal.person_id, principal.snils)
            except NotFound:
                me = None
            if me is not None:
                answers = await uow.questionnaires.answers_of(campaign_id, me.teacher.id)
    return found, answers or Answers()


async def answer_questionnaire(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    given: dict[str, list[str]],
    teacher_id: str = "",
    *,
    authz: Authorizer,
    clock: Clock,
) -> Answers:
    """The calling teacher's answers, or (teacher_id) an operator's on a teacher's behalf."""
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        campaign.questionnaire.require_open(clock.now())
        me, filled_by = await teacher_for(uow, authz, principal, teacher_id)
        teacher = me.teacher
        if teacher.region_code != campaign.region_code:
            raise NotFound("campaign_not_found", "Кампания не найдена")
        clean = check_answers(await uow.questionnaires.questions(campaign_id), given)
        answers = Answers(clean, clock.now(), filled_by)
        await uow.questionnaires.save_answers(campaign_id, teacher.id, answers)
        if filled_by:
            await audit.record(
                uow,
                principal,
                "answer_questionnaire_for_teacher",
                "teacher",
                teacher.id,
                place_of(teacher),
                None,
                {"campaign_id": campaign_id, "answers": clean},
            )
        await uow.commit()
    return answers


async def list_responses(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    not_answered_only: bool,
    page_size: int,
    page_token: str,
    *,
    authz: Authorizer,
) -> tuple[PageOf[ResponseRow], int]:
    """A page of the campaign's teachers with their answers, and how many in scope answered."""
    limit, offset = bounds(page_size, page_token)
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        scope = await list_scope(
            uow,
            authz,
            principal,
            region_code=campaign.region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        items, total, answered = await uow.questionnaires.responses(
            campaign_id, scope, not_answered_only, limit, offset
        )
    return PageOf(items, next_token(limit, offset, total), total), answered

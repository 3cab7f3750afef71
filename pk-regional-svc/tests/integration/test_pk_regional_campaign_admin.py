"""Campaign administration over gRPC: cancelling a campaign opened by mistake, a municipal quota
shared out, operators filling a teacher's profile and questionnaire."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from pk_regional_journeys import (
    Stub,
    World,
    confirm_and_allocate,
    open_campaign,
    refused,
    school_with_teachers,
)

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.testing import bearer, grpc_error_code

pytestmark = pytest.mark.integration


async def test_a_campaign_opened_by_mistake_is_cancelled_until_numbers_are_allocated(
    pk: Stub, world: World
) -> None:
    mistaken = await open_campaign(pk, world, 2029)
    await pk.SetQuestions(
        pb.SetQuestionsRequest(
            campaign_id=mistaken.id,
            questions=[pb.Question(text="Нужен ли курс?", kind=pb.QUESTION_KIND_TEXT)],
        ),
        metadata=bearer(world.regional),
    )
    error = await refused(
        pk.CancelCampaign(
            pb.CancelCampaignRequest(campaign_id=mistaken.id),
            metadata=bearer(world.tokens["muni0_op"]),
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    error = await refused(
        pk.CancelCampaign(
            pb.CancelCampaignRequest(campaign_id=mistaken.id, reason="я" * 501),
            metadata=bearer(world.regional),
        )
    )
    assert grpc_error_code(error) == "text_too_long"
    for _ in range(2):  # a retry answers the same
        cancelled = await pk.CancelCampaign(
            pb.CancelCampaignRequest(campaign_id=mistaken.id, reason="не тот год"),
            metadata=bearer(world.regional),
        )
        assert (cancelled.campaign.id, cancelled.campaign.year) == (mistaken.id, 2029)
    error = await refused(
        pk.GetCampaign(
            pb.GetCampaignRequest(campaign_id=mistaken.id), metadata=bearer(world.regional)
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND
    assert (await open_campaign(pk, world, 2029)).id != mistaken.id  # the year is free again
    audit = await pk.ListAuditEvents(
        pb.ListAuditEventsRequest(region_code="16", action="cancel_campaign"),
        metadata=bearer(world.regional),
    )
    assert [e.entity_id for e in audit.events].count(mistaken.id) == 1
    allocated = await open_campaign(pk, world, 2030)
    await pk.RunAllocation(
        pb.RunAllocationRequest(campaign_id=allocated.id), metadata=bearer(world.regional)
    )
    error = await refused(
        pk.CancelCampaign(
            pb.CancelCampaignRequest(campaign_id=allocated.id), metadata=bearer(world.regional)
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert grpc_error_code(error) == "campaign_already_allocated"


async def test_a_municipal_quota_alone_is_shared_out_to_its_schools(
    pk: Stub, world: World, roles: Any
) -> None:
    school, _ = await school_with_teachers(pk, world, roles, 3, "Квотный")
    campaign = await open_campaign(
        pk, world, 2028, quotas=[pb.Quota(municipality_id=school.municipality_id, count=2)]
    )
    listed = await pk.ListCandidates(
        pb.ListCandidatesRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(world.regional),
    )
    await confirm_and_allocate(
        pk, world, campaign.id, [c.teacher.id for c in listed.candidates], world.regional
    )
    report = await pk.GetAllocationReport(
        pb.GetAllocationReportRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(world.regional),
    )
    assert sorted(o.reason for o in report.outcomes) == sorted(
        [pb.ALLOCATION_REASON_GRANTED] * 2 + [pb.ALLOCATION_REASON_SCHOOL_QUOTA_EXHAUSTED]
    )
    shown = await pk.ListQuotas(
        pb.ListQuotasRequest(campaign_id=campaign.id, municipality_id=school.municipality_id),
        metadata=bearer(world.regional),
    )
    assert {
        (q.quota.school_id, q.quota.count, q.used) for q in shown.quotas if q.quota.school_id
    } == {(school.id, 2, 2)}


async def test_a_school_operator_fills_the_profile_and_questionnaire_for_a_teacher(
    pk: Stub, world: World, roles: Any
) -> None:
    t6 = world.teachers["t6"]  # school 1, municipality 0
    operator = world.tokens["school1_op"]
    profile = pb.TeacherProfile(
        birth_year=1979,
        position="учитель",
        subjects=["химия"],
        qualification_category="первая",
        last_training_on="2024-02-01",
        last_training_topic="ФГОС",
        last_training_organisation="ИРО РТ",
        no_retraining=True,
        teaching_since_year=2001,
    )
    filled = (
        await pk.UpdateMyProfile(
            pb.UpdateMyProfileRequest(profile=profile, teacher_id=t6.id), metadata=bearer(operator)
        )
    ).teacher
    assert filled.id == t6.id and filled.profile_complete and filled.profile_filled_by
    teacher_token = await world.teacher_token(roles, "t3")
    for token in (world.tokens["muni1_op"], world.tokens["school1_head"], teacher_token):
        error = await refused(
            pk.UpdateMyProfile(
                pb.UpdateMyProfileRequest(profile=profile, teacher_id=t6.id),
                metadata=bearer(token),
            )
        )
        assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    campaign = await open_campaign(pk, world, 2026)
    questions = (
        await pk.SetQuestions(
            pb.SetQuestionsRequest(
                campaign_id=campaign.id,
                questions=[pb.Question(text="Удобная форма", kind=pb.QUESTION_KIND_TEXT)],
            ),
            metadata=bearer(world.regional),
        )
    ).questions
    answered = await pk.AnswerQuestionnaire(
        pb.AnswerQuestionnaireRequest(
            campaign_id=campaign.id,
            teacher_id=t6.id,
            answers=[pb.Answer(question_id=questions[0].id, values=["очно"])],
        ),
        metadata=bearer(operator),
    )
    assert answered.filled_by == filled.profile_filled_by
    responses = await pk.ListQuestionnaireResponses(
        pb.ListQuestionnaireResponsesRequest(campaign_id=campaign.id, school_id=t6.school_id),
        metadata=bearer(operator),
    )
    mine = next(r for r in responses.responses if r.teacher.id == t6.id)
    assert mine.answered and mine.filled_by == filled.profile_filled_by
    audit = await pk.ListAuditEvents(
        pb.ListAuditEventsRequest(school_id=t6.school_id, page=pb.Page(page_size=500)),
        metadata=bearer(operator),
    )
    actions = {(e.action, e.entity_id) for e in audit.events}
    assert {
        ("fill_profile_for_teacher", t6.id),
        ("answer_questionnaire_for_teacher", t6.id),
    } <= actions

"""A campaign over gRPC against real PostgreSQL, Redis, identity-svc and catalog-svc: closed windows and
the whole journey from candidates to completion."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from pk_regional_journeys import (
    Stub,
    World,
    budget_application,
    certificate,
    open_campaign,
    refused,
)
from sqlalchemy import text

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code

pytestmark = pytest.mark.integration


async def test_closed_windows_refuse_with_a_clear_message(
    pk: Stub, world: World, roles: Any
) -> None:
    campaign = await open_campaign(pk, world, 2031, open_now=False)
    await pk.SetQuestions(
        pb.SetQuestionsRequest(
            campaign_id=campaign.id,
            questions=[pb.Question(text="Нужен ли курс?", kind=pb.QUESTION_KIND_TEXT)],
        ),
        metadata=bearer(world.regional),
    )
    token = await world.teacher_token(roles, "t1")
    error = await refused(
        pk.AnswerQuestionnaire(
            pb.AnswerQuestionnaireRequest(campaign_id=campaign.id), metadata=bearer(token)
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert grpc_error_code(error) == "questionnaire_window_closed"
    assert "Анкетирование ещё не открыто" in (error.details() or "")
    error = await refused(
        pk.SaveApplication(
            pb.SaveApplicationRequest(campaign_id=campaign.id, basis=pb.FUNDING_CHOICE_BUDGET),
            metadata=bearer(token),
        )
    )
    assert grpc_error_code(error) == "applications_window_closed"


async def test_a_whole_small_campaign(
    pk: Stub, world: World, roles: Any, regional_stack: tuple[RunningService, RunningService]
) -> None:
    s1, s2, s3 = (world.schools[k] for k in "123")
    campaign = await open_campaign(
        pk,
        world,
        2025,
        quotas=[
            pb.Quota(municipality_id=world.munis[0], count=3),
            pb.Quota(municipality_id=world.munis[1], count=5),
            pb.Quota(school_id=s1.id, count=1),
            pb.Quota(school_id=s2.id, count=2),
            pb.Quota(school_id=s3.id, count=5),
        ],
    )
    assert campaign.questionnaire_open_now and campaign.required_hours == 72
    # Questionnaire.
    questions = (
        await pk.SetQuestions(
            pb.SetQuestionsRequest(
                campaign_id=campaign.id,
                questions=[
                    pb.Question(
                        text="Форма обучения",
                        kind=pb.QUESTION_KIND_SINGLE_CHOICE,
                        options=["очно", "дистанционно"],
                        required=True,
                    ),
                ],
            ),
            metadata=bearer(world.regional),
        )
    ).questions
    t1 = await world.teacher_token(roles, "t1")
    await pk.AnswerQuestionnaire(
        pb.AnswerQuestionnaireRequest(
            campaign_id=campaign.id,
            answers=[pb.Answer(question_id=questions[0].id, values=["очно"])],
        ),
        metadata=bearer(t1),
    )
    responses = await pk.ListQuestionnaireResponses(
        pb.ListQuestionnaireResponsesRequest(campaign_id=campaign.id, school_id=s2.id),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert responses.answered_total == 1 and responses.total == 3
    # Candidates of 2025: never trained (t0, t8), 2015, 2022 (exactly 3 years), 2019, 2010, 2018;
    # not 2023 (t3) nor 2024 (t6).
    listed = await pk.ListCandidates(
        pb.ListCandidatesRequest(campaign_id=campaign.id, page=pb.Page(page_size=500)),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    mine = {c.teacher.id for c in listed.candidates}
    expected = {world.teachers[k].id for k in ("t0", "t1", "t2", "t4", "t5", "t7", "t8")}
    assert mine == {
        i for i in expected if world.teachers_by_id[i].municipality_id == world.munis[0]
    }
    assert world.teachers["t3"].id not in mine and world.teachers["t6"].id not in mine

    def decide(teacher_ids: list[str], decision: Any, operator: str) -> Any:
        return pk.DecideCandidates(
            pb.DecideCandidatesRequest(
                campaign_id=campaign.id, teacher_ids=teacher_ids, decision=decision
            ),
            metadata=bearer(world.tokens[operator]),
        )

    # The school operator of school 1 confirms its candidates; out of scope is refused.
    school1 = [c.teacher.id for c in listed.candidates if c.teacher.school_id == s1.id]
    await decide(school1, pb.CANDIDATE_DECISION_CONFIRMED, "school1_op")
    school2 = [c.teacher.id for c in listed.candidates if c.teacher.school_id == s2.id]
    error = await refused(decide(school2, pb.CANDIDATE_DECISION_CONFIRMED, "school1_op"))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    error = await refused(decide(school1, pb.CANDIDATE_DECISION_REMOVED, "school1_head"))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    await decide(school2, pb.CANDIDATE_DECISION_CONFIRMED, "muni0_op")
    # Allocation by the regional operator only; once.
    error = await refused(
        pk.RunAllocation(
            pb.RunAllocationRequest(campaign_id=campaign.id),
            metadata=bearer(world.tokens["muni0_op"]),
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    summary = (
        await pk.RunAllocation(
            pb.RunAllocationRequest(campaign_id=campaign.id), metadata=bearer(world.regional)
        )
    ).summary
    assert summary.ran_now
    again = (
        await pk.RunAllocation(
            pb.RunAllocationRequest(campaign_id=campaign.id), metadata=bearer(world.regional)
        )
    ).summary
    assert not again.ran_now and again.granted == summary.granted
    report = await pk.GetAllocationReport(
        pb.GetAllocationReportRequest(campaign_id=campaign.id, municipality_id=world.munis[0]),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    reasons = {o.teacher_id: o.reason for o in report.outcomes}
    t = {k: world.teachers[k].id for k in ("t0", "t1", "t4", "t7")}
    # Priority: never trained (t0), then 2015 (t1), 2018 (t7), 2019 (t4); school 2 has 2 numbers.
    assert reasons == {
        t["t0"]: pb.ALLOCATION_REASON_GRANTED,
        t["t1"]: pb.ALLOCATION_REASON_GRANTED,
        t["t7"]: pb.ALLOCATION_REASON_GRANTED,
        t["t4"]: pb.ALLOCATION_REASON_SCHOOL_QUOTA_EXHAUSTED,
    }
    foreign = await pk.GetAllocationReport(
        pb.GetAllocationReportRequest(campaign_id=campaign.id, school_id=s2.id),
        metadata=bearer(world.tokens["school1_op"]),
    )
    assert list(foreign.outcomes) == []
    # The teacher t1 (2015, school 2) holds a number: budget application with the demo groups.
    status = await pk.GetMyCampaignStatus(
        pb.GetMyCampaignStatusRequest(campaign_id=campaign.id), metadata=bearer(t1)
    )
    assert status.holding.status == pb.NUMBER_STATUS_ASSIGNED, status
    draft = (
        await pk.SaveApplication(
            budget_application(campaign.id),
            metadata=bearer(t1),
        )
    ).application
    assert draft.status == pb.APPLICATION_STATUS_DRAFT and draft.total_hours == 72
    assert draft.passport_masked == "92 ** ****56"
    pk_service = regional_stack[1]
    async with pk_service.infrastructure.engine.connect() as connection:
        stored = (
            await connection.execute(
                text(
                    "SELECT passport_sealed, passport_key_id FROM pk_regional.applications "
                    "WHERE id = :id"
                ),
                {"id": draft.id},
            )
        ).one()
    assert stored.passport_key_id == "dev"
    assert (
        b"123456" not in stored.passport_sealed
        and "Татарстан".encode() not in stored.passport_sealed
    )
    submitted = (
        await pk.SubmitApplication(
            pb.SubmitApplicationRequest(application_id=draft.id), metadata=bearer(t1)
        )
    ).application
    assert submitted.status == pb.APPLICATION_STATUS_SUBMITTED and submitted.reservation_id
    retried = (
        await pk.SubmitApplication(
            pb.SubmitApplicationRequest(application_id=draft.id), metadata=bearer(t1)
        )
    ).application
    assert retried.reservation_id == submitted.reservation_id
    cancelled = (
        await pk.CancelApplication(
            pb.CancelApplicationRequest(application_id=draft.id), metadata=bearer(t1)
        )
    ).application
    assert cancelled.status == pb.APPLICATION_STATUS_DRAFT
    submitted = (
        await pk.SubmitApplication(
            pb.SubmitApplicationRequest(application_id=draft.id), metadata=bearer(t1)
        )
    ).application
    assert submitted.reservation_id != retried.reservation_id
    # Operators see the application masked; the completion document closes the number.
    apps = await pk.ListApplications(
        pb.ListApplicationsRequest(filter=pb.ReportFilter(campaign_id=campaign.id)),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert [a.passport_masked for a in apps.applications if a.id == draft.id] == ["92 ** ****56"]
    done = await pk.RecordCompletion(
        certificate(world.teachers["t1"].id, "000123", campaign_id=campaign.id),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert done.created and done.holding.status == pb.NUMBER_STATUS_COMPLETED
    profile = (await pk.GetMyProfile(pb.GetMyProfileRequest(), metadata=bearer(t1))).teacher
    assert profile.profile.last_training_year == 2025
    # Trained this year: no longer eligible by date, yet still listed with the completed status.
    listed = await pk.ListCandidates(
        pb.ListCandidatesRequest(campaign_id=campaign.id, school_id=s2.id),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    statuses = {c.teacher.id: c.number_status for c in listed.candidates}
    assert statuses[world.teachers["t1"].id] == pb.NUMBER_STATUS_COMPLETED
    # Refusal of another granted number returns it to the school's pool; reassignment.
    numbers = await pk.ListNumbers(
        pb.ListNumbersRequest(filter=pb.ReportFilter(campaign_id=campaign.id, school_id=s2.id)),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    t7 = next(h for h in numbers.holdings if h.teacher_id == t["t7"])
    assert t7.status == pb.NUMBER_STATUS_ASSIGNED and t7.status_text == "присвоен"
    refusal = await pk.RefuseNumber(
        pb.RefuseNumberRequest(holding_id=t7.holding_id, reason=pb.REFUSAL_REASON_MATERNITY_LEAVE),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert refusal.holding.refusal_text == "декретный отпуск"
    assert refusal.free_in_school_pool == 1
    # The reports count refusals per reason in the database, in the caller's scope.
    by_reason = {
        token: [
            (r.reason, r.reason_text, r.count)
            for r in (
                await pk.GetAllocationReport(
                    pb.GetAllocationReportRequest(campaign_id=campaign.id, **narrowed),
                    metadata=bearer(world.tokens[token]),
                )
            ).refusals_by_reason
        ]
        for token, narrowed in (
            ("muni0_op", {"municipality_id": world.munis[0]}),
            ("muni1_op", {}),
        )
    }
    assert by_reason == {
        "muni0_op": [(pb.REFUSAL_REASON_MATERNITY_LEAVE, "декретный отпуск", 1)],
        "muni1_op": [],
    }
    pool = await pk.GetSchoolPool(
        pb.GetSchoolPoolRequest(campaign_id=campaign.id, school_id=s2.id),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert pool.message == "Свободных номеров, закреплённых за организацией: 1"
    error = await refused(
        pk.GetSchoolPool(
            pb.GetSchoolPoolRequest(campaign_id=campaign.id, school_id=s2.id),
            metadata=bearer(world.tokens["school1_op"]),
        )
    )
    assert grpc_error_code(error) == "out_of_scope"
    error = await refused(
        pk.ReassignNumber(
            pb.ReassignNumberRequest(number_id=t7.number_id, teacher_id=t["t4"]),
            metadata=bearer(world.tokens["muni1_op"]),
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    given = await pk.ReassignNumber(
        pb.ReassignNumberRequest(number_id=t7.number_id, teacher_id=t["t4"]),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert given.holding.teacher_id == t["t4"] and given.holding.number_code == t7.number_code
    assert given.free_in_school_pool == 0
    # Audit rows exist for the operators' actions, visible in scope.
    audit = await pk.ListAuditEvents(
        pb.ListAuditEventsRequest(municipality_id=world.munis[0], page=pb.Page(page_size=500)),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    actions = {e.action for e in audit.events}
    assert {"decide_candidate", "record_completion"} <= actions
    assert all("123456" not in e.after_json for e in audit.events)
    # Exports.
    export = await pk.ExportReport(
        pb.ExportReportRequest(
            kind=pb.REPORT_KIND_NUMBERS,
            format=pb.EXPORT_FORMAT_XLSX,
            filter=pb.ReportFilter(campaign_id=campaign.id),
        ),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert export.content[:2] == b"PK" and export.rows >= 1
    teachers_csv = (
        await pk.ExportReport(
            pb.ExportReportRequest(
                kind=pb.REPORT_KIND_TEACHERS,
                format=pb.EXPORT_FORMAT_CSV,
                filter=pb.ReportFilter(school_id=s2.id),
            ),
            metadata=bearer(world.tokens["muni0_op"]),
        )
    ).content.decode("utf-8-sig")
    header, *lines = teachers_csv.splitlines()
    assert header.split(";")[2:5] == ["Код организации", "Организация", "Муниципалитет"]
    assert lines and all(line.split(";")[2:4] == [s2.code, s2.name] for line in lines)
    assert s2.id not in teachers_csv

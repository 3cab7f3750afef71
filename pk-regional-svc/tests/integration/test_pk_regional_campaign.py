"""The regional model over gRPC against real PostgreSQL, Redis, identity-svc and catalog-svc."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest
from sqlalchemy import text

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd.pk_regional.v1 import pk_regional_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration
Stub = pk_regional_pb2_grpc.PkRegionalServiceStub


async def refused(call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    return caught.value


def windows(open_now: bool) -> pb.CampaignWindows:
    now = datetime.now(UTC)
    start, end = (
        (now - timedelta(days=1), now + timedelta(days=1))
        if open_now
        else (now + timedelta(days=10), now + timedelta(days=20))
    )
    return pb.CampaignWindows(
        questionnaire_opens_at=start.isoformat(),
        questionnaire_closes_at=end.isoformat(),
        applications_open_at=start.isoformat(),
        applications_close_at=end.isoformat(),
    )


@dataclass
class World:
    regional: str
    munis: list[str]
    schools: dict[str, pb.School]
    teachers: dict[str, pb.Teacher] = field(default_factory=dict)
    snils: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def teachers_by_id(self) -> dict[str, pb.Teacher]:
        return {t.id: t for t in self.teachers.values()}


@pytest.fixture(scope="module")
async def world(regional_stack: tuple[RunningService, RunningService], roles: Any) -> World:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{regional_stack[1].port}") as channel:
        stub = Stub(channel)
        regional = await roles.operator("regional_operator", "region:16")
        tag = uuid.uuid4().hex[:6]
        munis = []
        for i in range(2):
            reply = await stub.CreateMunicipality(
                pb.CreateMunicipalityRequest(
                    region_code="16",
                    name=f"Тестовый район {tag}-{i}",
                    kind=pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT,
                ),
                metadata=bearer(regional),
            )
            munis.append(reply.municipality.id)
        schools_csv = "municipality;code;name;kind\n" + "".join(
            f"Тестовый район {tag}-{m};{tag}-{s};Школа {s};general\n"
            for m, s in ((0, 1), (0, 2), (1, 3))
        )
        report = (
            await stub.ImportSchools(
                pb.ImportSchoolsRequest(region_code="16", csv=schools_csv.encode()),
                metadata=bearer(regional),
            )
        ).report
        assert report.created == 3
        listed = await stub.ListSchools(
            pb.ListSchoolsRequest(region_code="16", page=pb.Page(page_size=500)),
            metadata=bearer(regional),
        )
        schools = {s.code.split("-")[1]: s for s in listed.schools if s.code.startswith(tag)}
        w = World(regional, munis, schools)
        rows = ["school_code,snils,family_name,given_name,last_training,position,subjects"]
        for i in range(9):
            snils = roles.new_snils()
            school = f"{tag}-{1 + i % 3}"
            trained = ["", "2015", "2022", "2023", "2019-05-04", "2010", "2024", "2018", ""][i]
            rows.append(f"{school},{snils},Учитель{i},Имя{i},{trained},учитель,математика")
            w.snils[f"t{i}"] = snils
        report = (
            await stub.ImportTeachers(
                pb.ImportTeachersRequest(region_code="16", csv=("\n".join(rows) + "\n").encode()),
                metadata=bearer(regional),
            )
        ).report
        assert report.created == 9 and not report.rejected
        teachers = await stub.ListTeachers(
            pb.ListTeachersRequest(region_code="16", page=pb.Page(page_size=500)),
            metadata=bearer(regional),
        )
        by_snils = {t.snils: t for t in teachers.teachers}
        w.teachers = {k: by_snils[v] for k, v in w.snils.items()}
        w.tokens["school1_op"] = await roles.operator(
            "school_operator", f"school:{schools['1'].id}"
        )
        w.tokens["school1_head"] = await roles.operator("school_head", f"school:{schools['1'].id}")
        w.tokens["muni0_op"] = await roles.operator(
            "municipal_operator", f"municipality:{munis[0]}"
        )
        w.tokens["muni1_op"] = await roles.operator(
            "municipal_operator", f"municipality:{munis[1]}"
        )
        return w


async def test_csv_import_reports_rejected_rows_and_is_idempotent(
    pk: Stub, world: World, roles: Any
) -> None:
    tag = world.schools["1"].code.split("-")[0]
    content = (
        "school_code;snils;family_name;given_name;last_training\n"
        f"{tag}-1;{world.snils['t0']};Учитель0;Имя0;\n"
        f"{tag}-1;123;Плохой;СНИЛС;\n"
        f"нет-такой;{roles.new_snils()};Без;Школы;\n"
        f"{tag}-2;{roles.new_snils()};Дата;Неверная;32.13.2020\n"
    ).encode()
    first = (
        await pk.ImportTeachers(
            pb.ImportTeachersRequest(region_code="16", csv=content), metadata=bearer(world.regional)
        )
    ).report
    assert (first.created, first.updated, first.unchanged) == (0, 0, 1)
    assert [(r.row, r.code) for r in first.rejected] == [
        (3, "invalid_snils"),
        (4, "unknown_school"),
        (5, "invalid_date"),
    ]
    again = (
        await pk.ImportSchools(
            pb.ImportSchoolsRequest(
                region_code="16",
                csv=f"municipality,code,name,kind\nНет района,{tag}-9,Школа,general\n".encode(),
            ),
            metadata=bearer(world.regional),
        )
    ).report
    assert [(r.row, r.code) for r in again.rejected] == [(2, "unknown_municipality")]


async def _import(pk: Stub, world: World, lines: list[str]) -> Any:
    reply = await pk.ImportTeachers(
        pb.ImportTeachersRequest(region_code="16", csv=("\n".join(lines) + "\n").encode()),
        metadata=bearer(world.regional),
    )
    return reply.report


async def _fresh_school(pk: Stub, world: World) -> str:
    """The code of a new school in a new municipality (teachers there stay out of the others'
    campaigns)."""
    tag = uuid.uuid4().hex[:6]
    await pk.CreateMunicipality(
        pb.CreateMunicipalityRequest(
            region_code="16", name=f"Район {tag}", kind=pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT
        ),
        metadata=bearer(world.regional),
    )
    await pk.ImportSchools(
        pb.ImportSchoolsRequest(
            region_code="16",
            csv=f"municipality,code,name,kind\nРайон {tag},{tag},Школа,general\n".encode(),
        ),
        metadata=bearer(world.regional),
    )
    return tag


async def _stored(pk: Stub, world: World, snils: list[str]) -> dict[str, pb.Teacher]:
    listed = await pk.ListTeachers(
        pb.ListTeachersRequest(region_code="16", page=pb.Page(page_size=1000)),
        metadata=bearer(world.regional),
    )
    return {t.snils: t for t in listed.teachers if t.snils in snils}


@pytest.mark.parametrize("first_filled", [False, True])
async def test_csv_import_of_new_teachers_mixes_filled_and_empty_cells(
    pk: Stub, world: World, roles: Any, first_filled: bool
) -> None:
    school = await _fresh_school(pk, world)
    snils = [roles.new_snils() for _ in range(4)]
    years = ["2023", "", "2022", ""] if first_filled else ["", "2023", "", "2021"]
    middles = ["Иванович", "", "Петровна", ""] if first_filled else ["", "Ильич", "", "Львовна"]
    report = await _import(
        pk,
        world,
        ["school_code,snils,family_name,given_name,middle_name,last_budget_number_year"]
        + [
            f"{school},{s},Смешанный{i},Имя{i},{middles[i]},{years[i]}" for i, s in enumerate(snils)
        ],
    )
    assert (report.created, list(report.rejected)) == (4, [])
    stored = await _stored(pk, world, snils)
    assert [stored[s].last_budget_number_year for s in snils] == [int(y or 0) for y in years]
    assert [stored[s].middle_name for s in snils] == middles


async def test_csv_reimport_keeps_values_of_missing_columns_and_empty_cells(
    pk: Stub, world: World, roles: Any
) -> None:
    tag = await _fresh_school(pk, world)
    snils = [roles.new_snils() for _ in range(3)]
    await _import(
        pk,
        world,
        ["school_code,snils,family_name,given_name,middle_name,position,last_budget_number_year"]
        + [f"{tag},{s},Повторный{i},Имя{i},Отчество{i},учитель,2023" for i, s in enumerate(snils)],
    )
    # No middle_name nor last_budget_number_year column at all: both kept.
    report = await _import(
        pk,
        world,
        ["school_code,snils,family_name,given_name"]
        + [f"{tag},{s},Повторный{i},Имя{i}" for i, s in enumerate(snils)],
    )
    assert (report.unchanged, list(report.rejected)) == (3, [])
    # Empty cells keep; "-" clears on purpose.
    report = await _import(
        pk,
        world,
        [
            "school_code,snils,family_name,given_name,middle_name,position,last_budget_number_year",
            f"{tag},{snils[0]},Повторный0,Имя0,,,",
            f"{tag},{snils[1]},Повторный1,Имя1,-,-,-",
            f"{tag},{snils[2]},Повторный2,Имя2,{'я' * 101},,",
        ],
    )
    assert [(r.row, r.code) for r in report.rejected] == [(4, "text_too_long")]
    stored = await _stored(pk, world, snils)
    kept, cleared = stored[snils[0]], stored[snils[1]]
    assert (kept.middle_name, kept.profile.position, kept.last_budget_number_year) == (
        "Отчество0",
        "учитель",
        2023,
    )
    assert (cleared.middle_name, cleared.profile.position, cleared.last_budget_number_year) == (
        "",
        "",
        0,
    )


async def test_free_text_over_its_limit_is_refused_not_cut(
    pk: Stub, world: World, roles: Any
) -> None:
    token = world.tokens.get("t5") or await roles.teacher(world.snils["t5"])
    error = await refused(
        pk.UpdateMyProfile(
            pb.UpdateMyProfileRequest(profile=pb.TeacherProfile(position="п" * 301)),
            metadata=bearer(token),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(error) == "text_too_long"
    assert "не длиннее 300" in (error.details() or "")
    error = await refused(
        pk.RefuseNumber(
            pb.RefuseNumberRequest(holding_id=str(uuid.uuid4()), note="x" * 10_000),
            metadata=bearer(world.regional),
        )
    )
    assert grpc_error_code(error) == "text_too_long"


@pytest.mark.parametrize("campaign_id", ["not-a-uuid", str(uuid.uuid4())])
async def test_a_completion_for_an_unknown_campaign_is_not_found(
    pk: Stub, world: World, campaign_id: str
) -> None:
    error = await refused(
        pk.RecordCompletion(
            pb.RecordCompletionRequest(
                teacher_id=world.teachers["t1"].id,
                campaign_id=campaign_id,
                document_type="удостоверение о повышении квалификации",
                series="16",
                number=f"unknown-campaign-{campaign_id[:8]}",
                issued_on="2025-11-20",
                hours=72,
                organisation="ИРО РТ",
                programme="Формирование функциональной грамотности",
            ),
            metadata=bearer(world.tokens["muni0_op"]),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND
    assert grpc_error_code(error) == "campaign_not_found"


async def test_import_needs_the_regional_operator(pk: Stub, world: World) -> None:
    error = await refused(
        pk.ImportSchools(
            pb.ImportSchoolsRequest(region_code="16", csv=b"municipality,code,name,kind\n"),
            metadata=bearer(world.tokens["muni0_op"]),
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(error) == "out_of_scope"


async def test_each_role_sees_its_scope_and_is_refused_outside(
    pk: Stub, world: World, idp: RunningIdp
) -> None:
    s1, s2, s3 = (world.schools[k].id for k in "123")

    async def teachers_of(token: str, **filters: Any) -> set[str]:
        reply = await pk.ListTeachers(
            pb.ListTeachersRequest(page=pb.Page(page_size=500), **filters), metadata=bearer(token)
        )
        return {t.school_id for t in reply.teachers}

    assert await teachers_of(world.tokens["school1_op"]) == {s1}
    assert await teachers_of(world.tokens["school1_head"], school_id=s1) == {s1}
    assert await teachers_of(world.tokens["muni0_op"]) == {s1, s2}
    assert {s1, s2, s3} <= await teachers_of(world.regional)
    # Filters narrow to the caller's scope: never refused, never wider.
    for token, school in (
        (world.tokens["school1_op"], s2),
        (world.tokens["school1_head"], s3),
        (world.tokens["muni0_op"], s3),
        (world.tokens["muni1_op"], s1),
    ):
        assert await teachers_of(token, school_id=school) == set()
    m0, m1 = world.munis
    assert await teachers_of(world.tokens["school1_op"], municipality_id=m0) == {s1}
    assert await teachers_of(world.tokens["school1_op"], municipality_id=m1) == set()
    assert await teachers_of(world.tokens["muni0_op"], municipality_id=m1) == set()
    stranger = await idp.person_token(person_id=str(uuid.uuid4()), roles=["teacher"])
    error = await refused(teachers_of(stranger))
    assert grpc_error_code(error) == "not_an_operator"


async def test_my_profile_links_the_person_and_lists_missing_fields(
    pk: Stub, world: World, roles: Any
) -> None:
    token = await roles.teacher(world.snils["t1"])
    world.tokens["t1"] = token
    me = (await pk.GetMyProfile(pb.GetMyProfileRequest(), metadata=bearer(token))).teacher
    assert me.id == world.teachers["t1"].id and me.person_id
    assert not me.profile_complete and "birth_year" in me.missing_profile_fields
    profile = pb.TeacherProfile(
        birth_year=1980,
        position="учитель",
        subjects=["математика"],
        qualification_category="высшая",
        last_training_on="2015-03-01",
        last_training_topic="ФГОС",
        last_training_organisation="ИРО РТ",
        no_retraining=True,
        teaching_since_year=2003,
    )
    me = (
        await pk.UpdateMyProfile(pb.UpdateMyProfileRequest(profile=profile), metadata=bearer(token))
    ).teacher
    assert me.profile_complete and list(me.missing_profile_fields) == []
    incomplete = await pk.ListTeachers(
        pb.ListTeachersRequest(school_id=world.schools["2"].id, profile_incomplete_only=True),
        metadata=bearer(world.tokens["muni0_op"]),
    )
    assert world.teachers["t1"].id not in {t.id for t in incomplete.teachers}
    assert incomplete.total >= 1


async def test_closed_windows_refuse_with_a_clear_message(
    pk: Stub, world: World, roles: Any
) -> None:
    campaign = (
        await pk.OpenCampaign(
            pb.OpenCampaignRequest(region_code="16", year=2031, windows=windows(False)),
            metadata=bearer(world.regional),
        )
    ).campaign
    await pk.SetQuestions(
        pb.SetQuestionsRequest(
            campaign_id=campaign.id,
            questions=[pb.Question(text="Нужен ли курс?", kind=pb.QUESTION_KIND_TEXT)],
        ),
        metadata=bearer(world.regional),
    )
    token = world.tokens.get("t1") or await roles.teacher(world.snils["t1"])
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
    campaign = (
        await pk.OpenCampaign(
            pb.OpenCampaignRequest(
                region_code="16",
                year=2025,
                windows=windows(True),
                quotas=[
                    pb.Quota(municipality_id=world.munis[0], count=3),
                    pb.Quota(municipality_id=world.munis[1], count=5),
                    pb.Quota(school_id=s1.id, count=1),
                    pb.Quota(school_id=s2.id, count=2),
                    pb.Quota(school_id=s3.id, count=5),
                ],
            ),
            metadata=bearer(world.regional),
        )
    ).campaign
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
    t1 = world.tokens.get("t1") or await roles.teacher(world.snils["t1"])
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
    # The school operator of school 1 confirms its candidates; out of scope is refused.
    school1 = [c.teacher.id for c in listed.candidates if c.teacher.school_id == s1.id]
    await pk.DecideCandidates(
        pb.DecideCandidatesRequest(
            campaign_id=campaign.id, teacher_ids=school1, decision=pb.CANDIDATE_DECISION_CONFIRMED
        ),
        metadata=bearer(world.tokens["school1_op"]),
    )
    school2 = [c.teacher.id for c in listed.candidates if c.teacher.school_id == s2.id]
    error = await refused(
        pk.DecideCandidates(
            pb.DecideCandidatesRequest(
                campaign_id=campaign.id,
                teacher_ids=school2,
                decision=pb.CANDIDATE_DECISION_CONFIRMED,
            ),
            metadata=bearer(world.tokens["school1_op"]),
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    error = await refused(
        pk.DecideCandidates(
            pb.DecideCandidatesRequest(
                campaign_id=campaign.id,
                teacher_ids=school1,
                decision=pb.CANDIDATE_DECISION_REMOVED,
            ),
            metadata=bearer(world.tokens["school1_head"]),
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    await pk.DecideCandidates(
        pb.DecideCandidatesRequest(
            campaign_id=campaign.id, teacher_ids=school2, decision=pb.CANDIDATE_DECISION_CONFIRMED
        ),
        metadata=bearer(world.tokens["muni0_op"]),
    )
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
            pb.SaveApplicationRequest(
                campaign_id=campaign.id,
                basis=pb.FUNDING_CHOICE_BUDGET,
                passport=pb.Passport(
                    series="9205",
                    number="123456",
                    issuer="МВД по Республике Татарстан",
                    issued_on="2015-04-01",
                ),
                phone="+7 900 123-45-67",
                position="учитель",
                subject="математика",
                qualification_category="высшая",
                course_id=demo.REGIONAL_PROGRAM_ID,
                group_ids=list(demo.REGIONAL_GROUP_IDS),
            ),
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
        pb.RecordCompletionRequest(
            teacher_id=world.teachers["t1"].id,
            campaign_id=campaign.id,
            document_type="удостоверение о повышении квалификации",
            series="16",
            number="000123",
            issued_on="2025-11-20",
            hours=72,
            organisation="ИРО РТ",
            programme="Формирование функциональной грамотности",
        ),
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


async def _seats_free(catalog_port: int, token: str) -> int:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{catalog_port}") as channel:
        reply = await catalog_pb2_grpc.CatalogServiceStub(channel).BatchGetProgramCycles(
            catalog_pb2.BatchGetProgramCyclesRequest(ids=list(demo.REGIONAL_GROUP_IDS)),
            metadata=bearer(token),
        )
    return sum(
        s.free for c in reply.cycles for s in c.seats if s.basis == catalog_pb2.FUNDING_BASIS_BUDGET
    )


@dataclass
class Allocated:
    campaign: pb.Campaign
    school: pb.School
    operator: str
    snils: list[str]
    teacher_ids: dict[str, str]


async def _allocated_school(pk: Stub, world: World, roles: Any, year: int) -> Allocated:
    """A new school with three never-trained teachers, confirmed, in a campaign of `year` with
    two numbers for the school: by SNILS order the first two hold them."""
    tag = await _fresh_school(pk, world)
    snils = sorted(roles.new_snils() for _ in range(3))
    await _import(
        pk,
        world,
        ["school_code,snils,family_name,given_name"]
        + [f"{tag},{s},Отказной{i},Имя{i}" for i, s in enumerate(snils)],
    )
    school = next(
        s
        for s in (
            await pk.ListSchools(
                pb.ListSchoolsRequest(region_code="16", page=pb.Page(page_size=1000)),
                metadata=bearer(world.regional),
            )
        ).schools
        if s.code == tag
    )
    campaign = (
        await pk.OpenCampaign(
            pb.OpenCampaignRequest(
                region_code="16",
                year=year,
                windows=windows(True),
                quotas=[
                    pb.Quota(municipality_id=school.municipality_id, count=2),
                    pb.Quota(school_id=school.id, count=2),
                ],
            ),
            metadata=bearer(world.regional),
        )
    ).campaign
    operator = await roles.operator("school_operator", f"school:{school.id}")
    candidates = await pk.ListCandidates(
        pb.ListCandidatesRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(operator),
    )
    by_snils = {c.teacher.snils: c.teacher.id for c in candidates.candidates}
    await pk.DecideCandidates(
        pb.DecideCandidatesRequest(
            campaign_id=campaign.id,
            teacher_ids=list(by_snils.values()),
            decision=pb.CANDIDATE_DECISION_CONFIRMED,
        ),
        metadata=bearer(operator),
    )
    await pk.RunAllocation(
        pb.RunAllocationRequest(campaign_id=campaign.id), metadata=bearer(world.regional)
    )
    return Allocated(campaign, school, operator, snils, by_snils)


async def test_an_operator_refuses_a_submitted_application_releasing_its_seats(
    pk: Stub, world: World, roles: Any, catalog: RunningService
) -> None:
    a = await _allocated_school(pk, world, roles, 2027)
    campaign, operator, snils = a.campaign, a.operator, a.snils
    first = await roles.teacher(snils[0])
    draft = (
        await pk.SaveApplication(
            pb.SaveApplicationRequest(
                campaign_id=campaign.id,
                basis=pb.FUNDING_CHOICE_BUDGET,
                passport=pb.Passport(
                    series="9205", number="654321", issuer="МВД по РТ", issued_on="2015-04-01"
                ),
                phone="+7 900 765-43-21",
                position="учитель",
                subject="физика",
                qualification_category="первая",
                course_id=demo.REGIONAL_PROGRAM_ID,
                group_ids=list(demo.REGIONAL_GROUP_IDS),
            ),
            metadata=bearer(first),
        )
    ).application
    free_before = await _seats_free(catalog.port, world.regional)
    await pk.SubmitApplication(
        pb.SubmitApplicationRequest(application_id=draft.id), metadata=bearer(first)
    )
    assert await _seats_free(catalog.port, world.regional) == free_before - 2
    status = await pk.GetMyCampaignStatus(
        pb.GetMyCampaignStatusRequest(campaign_id=campaign.id), metadata=bearer(first)
    )
    assert status.holding.status == pb.NUMBER_STATUS_APPLICATION_SUBMITTED
    # The school's operator refuses the number during the year: seats back, application closed.
    refusal = await pk.RefuseNumber(
        pb.RefuseNumberRequest(
            holding_id=status.holding.holding_id,
            reason=pb.REFUSAL_REASON_ILLNESS,
            note="длительная болезнь",
        ),
        metadata=bearer(operator),
    )
    assert refusal.holding.status == pb.NUMBER_STATUS_REFUSED
    assert refusal.holding.refusal_note == "длительная болезнь"
    assert refusal.free_in_school_pool == 1
    assert await _seats_free(catalog.port, world.regional) == free_before
    closed = await pk.GetApplication(
        pb.GetApplicationRequest(application_id=draft.id), metadata=bearer(first)
    )
    assert closed.application.status == pb.APPLICATION_STATUS_CLOSED


async def test_off_budget_choice_bars_a_budget_number_for_the_campaign_year(
    pk: Stub, world: World, roles: Any
) -> None:
    a = await _allocated_school(pk, world, roles, 2032)
    campaign, school, operator, snils, by_snils = (
        a.campaign,
        a.school,
        a.operator,
        a.snils,
        a.teacher_ids,
    )
    second = await roles.teacher(snils[1])
    # The second teacher chooses off-budget: the number returns to the pool, and no budget
    # number may be handed to them this year.
    saved = await pk.SaveApplication(
        pb.SaveApplicationRequest(campaign_id=campaign.id, basis=pb.FUNDING_CHOICE_OFF_BUDGET),
        metadata=bearer(second),
    )
    assert saved.holding.status == pb.NUMBER_STATUS_REFUSED
    assert saved.holding.refusal_reason == pb.REFUSAL_REASON_OFF_BUDGET_CHOSEN
    pool = await pk.GetSchoolPool(
        pb.GetSchoolPoolRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(operator),
    )
    assert pool.free_count == 1
    error = await refused(
        pk.ReassignNumber(
            pb.ReassignNumberRequest(
                number_id=pool.free_numbers[0].number_id, teacher_id=by_snils[snils[1]]
            ),
            metadata=bearer(operator),
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert grpc_error_code(error) == "off_budget_chosen"
    given = await pk.ReassignNumber(
        pb.ReassignNumberRequest(
            number_id=pool.free_numbers[0].number_id, teacher_id=by_snils[snils[2]]
        ),
        metadata=bearer(operator),
    )
    assert given.holding.status == pb.NUMBER_STATUS_ASSIGNED


async def test_a_campaign_opened_by_mistake_is_cancelled_until_numbers_are_allocated(
    pk: Stub, world: World
) -> None:
    async def open_campaign(year: int) -> pb.Campaign:
        reply = await pk.OpenCampaign(
            pb.OpenCampaignRequest(region_code="16", year=year, windows=windows(True)),
            metadata=bearer(world.regional),
        )
        opened: pb.Campaign = reply.campaign
        return opened

    mistaken = await open_campaign(2029)
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
    assert (await open_campaign(2029)).id != mistaken.id  # the year is free again
    audit = await pk.ListAuditEvents(
        pb.ListAuditEventsRequest(region_code="16", action="cancel_campaign"),
        metadata=bearer(world.regional),
    )
    assert [e.entity_id for e in audit.events].count(mistaken.id) == 1
    allocated = await open_campaign(2030)
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
    tag = await _fresh_school(pk, world)
    snils = [roles.new_snils() for _ in range(3)]
    await _import(
        pk,
        world,
        ["school_code,snils,family_name,given_name", *(f"{tag},{s},Квотный,Имя" for s in snils)],
    )
    school = next(
        s
        for s in (
            await pk.ListSchools(
                pb.ListSchoolsRequest(region_code="16", page=pb.Page(page_size=1000)),
                metadata=bearer(world.regional),
            )
        ).schools
        if s.code == tag
    )
    campaign = (
        await pk.OpenCampaign(
            pb.OpenCampaignRequest(
                region_code="16",
                year=2028,
                windows=windows(True),
                quotas=[pb.Quota(municipality_id=school.municipality_id, count=2)],
            ),
            metadata=bearer(world.regional),
        )
    ).campaign
    listed = await pk.ListCandidates(
        pb.ListCandidatesRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(world.regional),
    )
    await pk.DecideCandidates(
        pb.DecideCandidatesRequest(
            campaign_id=campaign.id,
            teacher_ids=[c.teacher.id for c in listed.candidates],
            decision=pb.CANDIDATE_DECISION_CONFIRMED,
        ),
        metadata=bearer(world.regional),
    )
    await pk.RunAllocation(
        pb.RunAllocationRequest(campaign_id=campaign.id), metadata=bearer(world.regional)
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
    teacher_token = await roles.teacher(world.snils["t3"])
    for token in (world.tokens["muni1_op"], world.tokens["school1_head"], teacher_token):
        error = await refused(
            pk.UpdateMyProfile(
                pb.UpdateMyProfileRequest(profile=profile, teacher_id=t6.id),
                metadata=bearer(token),
            )
        )
        assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    campaign = (
        await pk.OpenCampaign(
            pb.OpenCampaignRequest(region_code="16", year=2026, windows=windows(True)),
            metadata=bearer(world.regional),
        )
    ).campaign
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

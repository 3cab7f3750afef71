"""Structure over gRPC: CSV imports, free-text limits, scopes of each role, «Моя анкета»."""

from __future__ import annotations

import uuid
from typing import Any

import grpc
import pytest
from pk_regional_journeys import (
    Stub,
    World,
    certificate,
    fresh_school,
    import_teachers_csv,
    refused,
    stored_teachers,
)

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


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


@pytest.mark.parametrize("first_filled", [False, True])
async def test_csv_import_of_new_teachers_mixes_filled_and_empty_cells(
    pk: Stub, world: World, roles: Any, first_filled: bool
) -> None:
    school = await fresh_school(pk, world)
    snils = [roles.new_snils() for _ in range(4)]
    years = ["2023", "", "2022", ""] if first_filled else ["", "2023", "", "2021"]
    middles = ["Иванович", "", "Петровна", ""] if first_filled else ["", "Ильич", "", "Львовна"]
    report = await import_teachers_csv(
        pk,
        world,
        ["school_code,snils,family_name,given_name,middle_name,last_budget_number_year"]
        + [
            f"{school},{s},Смешанный{i},Имя{i},{middles[i]},{years[i]}" for i, s in enumerate(snils)
        ],
    )
    assert (report.created, list(report.rejected)) == (4, [])
    stored = await stored_teachers(pk, world, snils)
    assert [stored[s].last_budget_number_year for s in snils] == [int(y or 0) for y in years]
    assert [stored[s].middle_name for s in snils] == middles


async def test_csv_reimport_keeps_values_of_missing_columns_and_empty_cells(
    pk: Stub, world: World, roles: Any
) -> None:
    tag = await fresh_school(pk, world)
    snils = [roles.new_snils() for _ in range(3)]
    await import_teachers_csv(
        pk,
        world,
        ["school_code,snils,family_name,given_name,middle_name,position,last_budget_number_year"]
        + [f"{tag},{s},Повторный{i},Имя{i},Отчество{i},учитель,2023" for i, s in enumerate(snils)],
    )
    # No middle_name nor last_budget_number_year column at all: both kept.
    report = await import_teachers_csv(
        pk,
        world,
        ["school_code,snils,family_name,given_name"]
        + [f"{tag},{s},Повторный{i},Имя{i}" for i, s in enumerate(snils)],
    )
    assert (report.unchanged, list(report.rejected)) == (3, [])
    # Empty cells keep; "-" clears on purpose.
    report = await import_teachers_csv(
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
    stored = await stored_teachers(pk, world, snils)
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
    token = await world.teacher_token(roles, "t5")
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
            certificate(
                world.teachers["t1"].id,
                f"unknown-campaign-{campaign_id[:8]}",
                campaign_id=campaign_id,
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
    token = await world.teacher_token(roles, "t1")
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


async def test_a_municipal_operator_reads_their_municipality_before_it_has_schools(
    pk: Stub, world: World, roles: Any
) -> None:
    created = (
        await pk.CreateMunicipality(
            pb.CreateMunicipalityRequest(
                region_code="16",
                name=f"Район без школ {uuid.uuid4().hex[:8]}",
                kind=pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT,
            ),
            metadata=bearer(world.regional),
        )
    ).municipality
    operator = await roles.operator("municipal_operator", f"municipality:{created.id}")
    schools = await pk.ListSchools(
        pb.ListSchoolsRequest(municipality_id=created.id), metadata=bearer(operator)
    )
    assert not schools.schools

    found = await pk.BatchGetMunicipalities(
        pb.BatchGetMunicipalitiesRequest(
            municipality_ids=[created.id, str(uuid.uuid4()), "not-a-uuid", world.munis[0]]
        ),
        metadata=bearer(operator),
    )
    by_id = {m.id: m for m in found.municipalities}
    assert set(by_id) == {created.id, world.munis[0]}
    assert (by_id[created.id].region_code, by_id[created.id].name) == ("16", created.name)

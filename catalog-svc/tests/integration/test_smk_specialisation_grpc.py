"""SMK programmes and training units over gRPC and PostgreSQL: CMKP publishes versions (a retry
publishes nothing), accredits units with places per mode; every role's refusals carry Polish
messages; anyone signed in reads."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator

import grpc
import pytest
from catalog_steps import rpc_error

from catalog_svc.entrypoints.specialisation_translate import draft_to_pb
from catalog_svc.service_layer.smk_demo import DEMO_PROGRAMME, DEMO_SPECIALTY, DEMO_UNIT
from cpd.catalog.v1 import specialisation_pb2 as pb
from cpd.catalog.v1 import specialisation_pb2_grpc
from cpd_platform.principal import Role
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp


@pytest.fixture
async def smk(
    catalog: RunningService,
) -> AsyncIterator[specialisation_pb2_grpc.SpecialisationServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{catalog.port}") as channel:
        yield specialisation_pb2_grpc.SpecialisationServiceStub(channel)


async def refused(call: object) -> tuple[grpc.StatusCode, str, str]:
    """The status, the domain error code and the message of a call that must fail."""
    error = await rpc_error(call)
    return error.code(), grpc_error_code(error) or "", error.details() or ""


def a_specialty() -> str:
    return f"kardiologia-{uuid.uuid4().hex[:8]}"


def accredit(specialty: str, registry: str, **changes: object) -> pb.AccreditUnitRequest:
    request = pb.AccreditUnitRequest(
        registry_number=registry,
        name="Szpital Kliniczny im. Testowy",
        voivodeship="14",
        city="Warszawa",
        accreditation=pb.Accreditation(
            specialty=specialty,
            places=[pb.ModePlaces(mode=pb.TRAINING_MODE_RESIDENCY, places=2)],
            valid_from="2026-01-01",
            valid_until="2030-12-31",
        ),
    )
    for field, value in changes.items():
        setattr(request, field, value)
    return request


async def test_cmkp_publishes_versions_and_a_retry_returns_the_same_version(
    smk: specialisation_pb2_grpc.SpecialisationServiceStub, idp: RunningIdp
) -> None:
    cmkp = bearer(await idp.person_token(person_id=str(uuid.uuid4()), roles=[Role.SMK_CMKP]))
    draft = dataclasses.replace(DEMO_PROGRAMME, specialty=a_specialty())
    first = await smk.PublishProgramme(
        pb.PublishProgrammeRequest(programme=draft_to_pb(draft)), metadata=cmkp
    )
    assert first.created and first.programme.version == 1
    assert first.programme.rule_set == "smk-2023" and first.programme.published_at
    again = await smk.PublishProgramme(
        pb.PublishProgrammeRequest(programme=draft_to_pb(draft)), metadata=cmkp
    )
    assert not again.created and again.programme == first.programme

    longer = dataclasses.replace(draft, duration_years=6)
    second = await smk.PublishProgramme(
        pb.PublishProgrammeRequest(programme=draft_to_pb(longer)), metadata=cmkp
    )
    assert second.created and second.programme.version == 2

    reader = bearer(await idp.person_token(roles=[Role.SMK_TRAINEE]))
    latest = await smk.GetProgramme(
        pb.GetProgrammeRequest(specialty=draft.specialty), metadata=reader
    )
    assert latest.programme.version == 2 and latest.programme.duration_years == 6
    v1 = await smk.GetProgramme(
        pb.GetProgrammeRequest(specialty=draft.specialty, version=1), metadata=reader
    )
    assert v1.programme == first.programme
    # The whole module tree comes back as published.
    module = v1.programme.modules[1]
    assert module.kind == pb.PROGRAMME_MODULE_KIND_SPECIALISED
    assert [(p.code, p.type, p.required_count) for p in module.procedures] == [
        ("P-ECHO", pb.PROCEDURE_TYPE_A, 2),
        ("P-KORONAROGRAFIA", pb.PROCEDURE_TYPE_B, 2),
    ]
    assert module.internships[0].weeks == 2 and module.courses[0].hours == 40
    listed = await smk.ListProgrammes(pb.ListProgrammesRequest(), metadata=reader)
    assert [p.version for p in listed.programmes if p.specialty == draft.specialty] == [2]

    assert await refused(
        smk.GetProgramme(
            pb.GetProgrammeRequest(specialty=draft.specialty, version=3), metadata=reader
        )
    ) == (
        grpc.StatusCode.NOT_FOUND,
        "smk_programme_not_found",
        "Nie znaleziono programu specjalizacji",
    )


async def test_only_cmkp_or_an_admin_publishes_and_accredits(
    smk: specialisation_pb2_grpc.SpecialisationServiceStub, idp: RunningIdp
) -> None:
    draft = dataclasses.replace(DEMO_PROGRAMME, specialty=a_specialty())
    request = pb.PublishProgrammeRequest(programme=draft_to_pb(draft))
    for role in (Role.SMK_TRAINEE, Role.SMK_SUPERVISOR, Role.SMK_EXAM_CENTRE, Role.SPECIALIST):
        token = bearer(await idp.person_token(roles=[role]))
        assert await refused(smk.PublishProgramme(request, metadata=token)) == (
            grpc.StatusCode.PERMISSION_DENIED,
            "smk_cmkp_only",
            "Programy i akredytacje prowadzi wyłącznie CMKP",
        )
        status, code, _ = await refused(
            smk.AccreditUnit(accredit(draft.specialty, "REG-1"), metadata=token)
        )
        assert (status, code) == (grpc.StatusCode.PERMISSION_DENIED, "smk_cmkp_only")
    admin = bearer(await idp.person_token(roles=[Role.ADMIN]))
    assert (await smk.PublishProgramme(request, metadata=admin)).programme.version == 1


async def test_bad_programmes_are_refused_in_polish(
    smk: specialisation_pb2_grpc.SpecialisationServiceStub, idp: RunningIdp
) -> None:
    cmkp = bearer(await idp.person_token(roles=[Role.SMK_CMKP]))
    draft = draft_to_pb(dataclasses.replace(DEMO_PROGRAMME, specialty=a_specialty()))
    draft.modules[0].procedures[0].required_count = 0
    status, code, message = await refused(
        smk.PublishProgramme(pb.PublishProgrammeRequest(programme=draft), metadata=cmkp)
    )
    assert (status, code) == (grpc.StatusCode.INVALID_ARGUMENT, "smk_invalid_programme")
    assert message == "Wartość musi być większa od zera: element P-EKG"
    draft.modules[0].procedures[0].required_count = 3
    draft.modules[0].kind = pb.PROGRAMME_MODULE_KIND_UNSPECIFIED
    assert (
        await refused(
            smk.PublishProgramme(pb.PublishProgrammeRequest(programme=draft), metadata=cmkp)
        )
    )[1:] == ("smk_invalid_programme", "Nie podano rodzaju modułu (podstawowy lub specjalistyczny)")


async def test_units_are_accredited_idempotently_and_listed_by_filters(
    smk: specialisation_pb2_grpc.SpecialisationServiceStub, idp: RunningIdp
) -> None:
    cmkp = bearer(await idp.person_token(roles=[Role.SMK_CMKP]))
    specialty = a_specialty()
    assert (await refused(smk.AccreditUnit(accredit(specialty, "REG-0"), metadata=cmkp)))[1] == (
        "smk_programme_not_found"
    )
    draft = dataclasses.replace(DEMO_PROGRAMME, specialty=specialty)
    await smk.PublishProgramme(
        pb.PublishProgrammeRequest(programme=draft_to_pb(draft)), metadata=cmkp
    )

    registry = f"REG-{uuid.uuid4().hex[:10]}"
    unit = (await smk.AccreditUnit(accredit(specialty, registry), metadata=cmkp)).unit
    again = (await smk.AccreditUnit(accredit(specialty, registry), metadata=cmkp)).unit
    assert again == unit and uuid.UUID(unit.id)
    [accreditation] = unit.accreditations
    assert {p.mode: p.places for p in accreditation.places} == {
        pb.TRAINING_MODE_RESIDENCY: 2,
        pb.TRAINING_MODE_NON_RESIDENCY: 0,
    }
    # Accrediting again replaces the places; the unit keeps its id.
    changed = accredit(specialty, registry)
    changed.accreditation.places.append(
        pb.ModePlaces(mode=pb.TRAINING_MODE_NON_RESIDENCY, places=3)
    )
    replaced = (await smk.AccreditUnit(changed, metadata=cmkp)).unit
    assert replaced.id == unit.id
    assert {p.mode: p.places for p in replaced.accreditations[0].places}[
        pb.TRAINING_MODE_NON_RESIDENCY
    ] == 3

    other = (
        await smk.AccreditUnit(
            accredit(specialty, f"REG-{uuid.uuid4().hex[:10]}", voivodeship="12", city="Kraków"),
            metadata=cmkp,
        )
    ).unit
    reader = bearer(await idp.person_token(roles=[Role.SMK_TRAINEE]))

    async def listed(**filters: object) -> list[str]:
        request = pb.ListTrainingUnitsRequest(specialty=specialty, **filters)  # type: ignore[arg-type]
        return [u.id for u in (await smk.ListTrainingUnits(request, metadata=reader)).units]

    assert await listed() == [other.id, unit.id]  # voivodeship 12 before 14
    assert await listed(voivodeship="14") == [unit.id]
    assert await listed(mode=pb.TRAINING_MODE_NON_RESIDENCY) == [unit.id]
    assert await listed(valid_on="2031-01-01") == []
    batch = await smk.BatchGetTrainingUnits(
        pb.BatchGetTrainingUnitsRequest(ids=[unit.id, str(uuid.uuid4()), "zły"]), metadata=reader
    )
    assert [u.id for u in batch.units] == [unit.id]

    assert (
        await refused(
            smk.AccreditUnit(accredit(specialty, registry, voivodeship="15"), metadata=cmkp)
        )
    )[1:] == ("invalid_voivodeship", "Nieznany kod województwa (TERYT): '15'")
    backwards = accredit(specialty, registry)
    backwards.accreditation.valid_until = "2025-01-01"
    assert (await refused(smk.AccreditUnit(backwards, metadata=cmkp)))[1:] == (
        "smk_invalid_accreditation",
        "Akredytacja kończy się przed dniem rozpoczęcia",
    )


async def test_the_local_run_has_the_demo_programme_and_unit(
    smk: specialisation_pb2_grpc.SpecialisationServiceStub, idp: RunningIdp
) -> None:
    reader = bearer(await idp.person_token(roles=[Role.SMK_TRAINEE]))
    demo = await smk.GetProgramme(pb.GetProgrammeRequest(specialty=DEMO_SPECIALTY), metadata=reader)
    assert demo.programme.version == 1 and demo.programme.published_by == "demo"
    units = await smk.ListTrainingUnits(
        pb.ListTrainingUnitsRequest(specialty=DEMO_SPECIALTY, voivodeship="14"), metadata=reader
    )
    assert DEMO_UNIT.id in [u.id for u in units.units]

import uuid

import grpc
import pytest
from catalog_steps import refused

from catalog_svc.adapters.unit_of_work import CatalogUnitOfWork
from catalog_svc.domain.element import Element, ElementKind, ElementStatus
from catalog_svc.domain.reference import ModuleKind
from catalog_svc.settings import CatalogSettings
from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import RunningService, ServiceSpec, start_service
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

HIGHER = catalog_pb2.EDUCATION_LEVEL_HIGHER
SECONDARY = catalog_pb2.EDUCATION_LEVEL_SECONDARY


@pytest.fixture(scope="module")
async def specialist(idp: RunningIdp) -> str:
    return await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)


async def test_specialties_are_listed_whole_or_by_education_level(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    every = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(), metadata=bearer(specialist)
    )
    by_code = {s.code: s for s in every.specialties}
    assert (by_code["31.08.36"].name, by_code["31.08.36"].level) == ("Кардиология", HIGHER)
    assert by_code["31.08.49"].name == "Терапия"
    assert by_code["31.08.54"].name == "Общая врачебная практика (семейная медицина)"
    assert by_code["33.08.02"].name == "Управление и экономика фармации"
    assert (by_code["34.02.01"].name, by_code["34.02.01"].level) == ("Сестринское дело", SECONDARY)
    assert "cardiology" not in by_code

    secondary = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(level=SECONDARY), metadata=bearer(specialist)
    )
    secondary_codes = {s.code for s in secondary.specialties}
    assert {"34.02.01", "31.02.01", "31.02.02", "31.02.03", "33.02.01", "32.02.01"} <= (
        secondary_codes
    )
    assert {s.level for s in secondary.specialties} == {SECONDARY}

    higher = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(level=HIGHER), metadata=bearer(specialist)
    )
    assert {s.level for s in higher.specialties} == {HIGHER}
    assert len(higher.specialties) + len(secondary.specialties) == len(every.specialties)
    assert not secondary_codes & {s.code for s in higher.specialties}


async def test_reference_lists_carry_regions_bases_forms_formats_kinds_and_subjects(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    async def items(kind: int) -> dict[str, str]:
        reply = await stub.ListReference(
            catalog_pb2.ListReferenceRequest(kind=kind), metadata=bearer(specialist)
        )
        return {i.code: i.name for i in reply.items}

    regions = await items(catalog_pb2.REFERENCE_KIND_REGION)
    assert regions["16"] == "Республика Татарстан"
    assert len(regions) == 89
    assert set(await items(catalog_pb2.REFERENCE_KIND_FUNDING_BASIS)) == {
        "budget",
        "contract",
        "oms",
        "ticket",
    }
    assert await items(catalog_pb2.REFERENCE_KIND_FORM_OF_STUDY) == {
        "full_time": "Очная",
        "part_time": "Очно-заочная",
        "extramural": "Заочная",
    }
    assert set(await items(catalog_pb2.REFERENCE_KIND_EVENT_FORMAT)) == {"online", "offline"}
    assert set(await items(catalog_pb2.REFERENCE_KIND_MODULE_KIND)) == {k.value for k in ModuleKind}
    assert "math" in await items(catalog_pb2.REFERENCE_KIND_TEACHER_SUBJECT)

    assert await refused(
        stub.ListReference(catalog_pb2.ListReferenceRequest(), metadata=bearer(specialist))
    ) == (grpc.StatusCode.INVALID_ARGUMENT, "invalid_reference_kind")


async def test_batch_get_specialties_returns_the_known_codes_only(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    reply = await stub.BatchGetSpecialties(
        catalog_pb2.BatchGetSpecialtiesRequest(
            codes=["31.08.49", "no-such-specialty", "31.08.36", "31.08.49"]
        ),
        metadata=bearer(specialist),
    )
    assert sorted((s.code, s.name) for s in reply.specialties) == [
        ("31.08.36", "Кардиология"),
        ("31.08.49", "Терапия"),
    ]


async def test_batch_get_elements_returns_the_demo_elements_and_ignores_unknown_or_malformed_ids(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    ids = [demo.PROGRAM_ID, str(uuid.uuid4()), "not-a-uuid", demo.EVENT_ID, demo.MODULE_ID]
    reply = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=ids), metadata=bearer(specialist)
    )
    elements = {e.id: e for e in reply.elements}
    assert set(elements) == {demo.PROGRAM_ID, demo.EVENT_ID, demo.MODULE_ID}

    program = elements[demo.PROGRAM_ID]
    assert program.kind == catalog_pb2.ELEMENT_KIND_PROGRAM
    assert program.title == "Кардиология: актуальные вопросы диагностики и лечения"
    assert program.provider_id == demo.PROVIDER_ID
    assert program.zet == 36
    assert program.main_specialty_code == demo.CARDIOLOGY
    assert list(program.additional_specialty_codes) == [demo.THERAPY, demo.GENERAL_PRACTICE]
    assert (program.starts_on, program.ends_on) == ("2025-02-03", "2025-02-28")
    assert (program.status, program.region_code, program.audience) == ("published", "16", "medical")
    assert program.provider_name == "ФГБОУ ВО «Демонстрационный медицинский университет»"
    [cycle] = program.cycles
    assert cycle.id == demo.PROGRAM_CYCLE_ID
    assert (cycle.starts_on, cycle.ends_on) == ("2025-02-03", "2025-02-28")
    budget = next(s for s in cycle.seats if s.basis == catalog_pb2.FUNDING_BASIS_BUDGET)
    assert budget.total == 24
    contract = next(s for s in cycle.seats if s.basis == catalog_pb2.FUNDING_BASIS_CONTRACT)
    assert contract.price_kopecks == 1_500_000

    event = elements[demo.EVENT_ID]
    assert (event.kind, event.zet, list(event.additional_specialty_codes)) == (
        catalog_pb2.ELEMENT_KIND_EVENT,
        6,
        [],
    )
    assert (event.starts_on, event.ends_on) == ("2025-04-10", "2025-04-11")
    assert (event.free, event.tickets_total, event.event_format) == (True, 200, "offline")

    module = elements[demo.MODULE_ID]
    assert (module.kind, module.title, module.zet) == (
        catalog_pb2.ELEMENT_KIND_MODULE,
        "Интерпретация ЭКГ",
        2,
    )
    assert list(module.additional_specialty_codes) == [demo.THERAPY]
    assert module.module_kind == "clinical_case"
    assert (module.starts_on, module.ends_on) == ("", "")


async def test_withdrawn_elements_are_still_returned(
    catalog: RunningService, stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    withdrawn = Element(
        id=str(uuid.uuid4()),
        kind=ElementKind.EVENT,
        title="Отменённый семинар",
        provider_id=demo.PROVIDER_ID,
        zet=0,
        main_specialty_code=demo.THERAPY,
        additional_specialty_codes=(),
        starts_on=None,
        ends_on=None,
        status=ElementStatus.WITHDRAWN,
    )
    async with CatalogUnitOfWork(catalog.infrastructure.sessions) as uow:
        await uow.elements.add_if_absent(withdrawn)
        await uow.commit()
    reply = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[withdrawn.id]), metadata=bearer(specialist)
    )
    assert [(e.id, e.title, e.zet, e.status) for e in reply.elements] == [
        (withdrawn.id, "Отменённый семинар", 0, "withdrawn")
    ]


async def test_batch_get_elements_reads_at_most_a_thousand_ids(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    unknown = [str(uuid.uuid4()) for _ in range(1000)]
    beyond_the_cap = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[*unknown, demo.PROGRAM_ID]),
        metadata=bearer(specialist),
    )
    assert list(beyond_the_cap.elements) == []

    within_the_cap = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[demo.PROGRAM_ID, *unknown]),
        metadata=bearer(specialist),
    )
    assert [e.id for e in within_the_cap.elements] == [demo.PROGRAM_ID]


async def test_a_provider_system_learns_which_provider_it_acts_for(
    stub: catalog_pb2_grpc.CatalogServiceStub, idp: RunningIdp
) -> None:
    token = await idp.provider_token("demo-provider")
    reply = await stub.GetProviderByClient(
        catalog_pb2.GetProviderByClientRequest(client_id=demo.PROVIDER_CLIENT_ID),
        metadata=bearer(token),
    )
    assert reply.provider.id == demo.PROVIDER_ID
    assert reply.provider.name == "ФГБОУ ВО «Демонстрационный медицинский университет»"
    assert reply.provider.region_code == "16"


async def test_a_specialist_may_not_resolve_a_provider_client(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    assert await refused(
        stub.GetProviderByClient(
            catalog_pb2.GetProviderByClientRequest(client_id=demo.PROVIDER_CLIENT_ID),
            metadata=bearer(specialist),
        )
    ) == (grpc.StatusCode.PERMISSION_DENIED, "forbidden")


async def test_a_provider_system_may_not_resolve_another_client(
    stub: catalog_pb2_grpc.CatalogServiceStub, idp: RunningIdp
) -> None:
    token = await idp.provider_token("demo-provider")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetProviderByClient(
            catalog_pb2.GetProviderByClientRequest(client_id="another-provider"),
            metadata=bearer(token),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_an_admin_resolves_any_client_and_gets_not_found_for_an_unknown_one(
    stub: catalog_pb2_grpc.CatalogServiceStub, idp: RunningIdp
) -> None:
    admin = await idp.person_token(roles=["admin"])
    known = await stub.GetProviderByClient(
        catalog_pb2.GetProviderByClientRequest(client_id=demo.PROVIDER_CLIENT_ID),
        metadata=bearer(admin),
    )
    assert known.provider.id == demo.PROVIDER_ID

    assert await refused(
        stub.GetProviderByClient(
            catalog_pb2.GetProviderByClientRequest(client_id="no-such-client"),
            metadata=bearer(admin),
        )
    ) == (grpc.StatusCode.NOT_FOUND, "provider_not_found")


async def test_seeding_again_changes_nothing(
    catalog_settings: CatalogSettings,
    catalog_spec: ServiceSpec[CatalogSettings],
    stub: catalog_pb2_grpc.CatalogServiceStub,
    specialist: str,
) -> None:
    before = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(), metadata=bearer(specialist)
    )
    ids = [demo.PROGRAM_ID, demo.EVENT_ID, demo.MODULE_ID, demo.REGIONAL_PROGRAM_ID]
    elements_before = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=ids), metadata=bearer(specialist)
    )
    again = await start_service(catalog_spec, catalog_settings)
    await again.stop()
    after = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(), metadata=bearer(specialist)
    )
    assert after == before
    elements = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=ids), metadata=bearer(specialist)
    )
    assert len(elements.elements) == 4
    assert [len(e.cycles) for e in elements.elements] == [
        len(e.cycles) for e in elements_before.elements
    ]


async def test_calls_without_a_token_are_refused(stub: catalog_pb2_grpc.CatalogServiceStub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListSpecialties(catalog_pb2.ListSpecialtiesRequest())
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED

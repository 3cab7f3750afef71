import uuid
from collections.abc import AsyncIterator

import grpc
import pytest

from catalog_svc.adapters.repository import ElementRepository
from catalog_svc.domain.element import Element, ElementKind, ElementStatus
from catalog_svc.main import SPEC
from catalog_svc.settings import CatalogSettings
from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform import demo
from cpd_platform.db import UnitOfWork
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration

HIGHER = catalog_pb2.EDUCATION_LEVEL_HIGHER
SECONDARY = catalog_pb2.EDUCATION_LEVEL_SECONDARY


def settings_for(database_url: str, redis_url: str, idp: RunningIdp) -> CatalogSettings:
    return CatalogSettings.model_validate(
        {
            "database_url": database_url,
            "redis_url": redis_url,
            "grpc_port": 0,
            "oidc_issuer": idp.issuer,
            "seed_demo": True,
        }
    )


@pytest.fixture(scope="module")
async def catalog(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    running = await start_service(SPEC, settings_for(database_url, redis_url, idp))
    yield running
    await running.stop()


@pytest.fixture
async def stub(catalog: RunningService) -> AsyncIterator[catalog_pb2_grpc.CatalogServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{catalog.port}") as channel:
        yield catalog_pb2_grpc.CatalogServiceStub(channel)


@pytest.fixture(scope="module")
async def specialist(idp: RunningIdp) -> str:
    return await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)


async def test_specialties_are_listed_whole_or_by_education_level(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    every = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(), metadata=bearer(specialist)
    )
    assert {s.code for s in every.specialties} == {
        "cardiology",
        "therapy",
        "general-practice",
        "pediatrics",
        "nursing",
        "nursing-pediatrics",
    }
    cardiology = next(s for s in every.specialties if s.code == "cardiology")
    assert (cardiology.name, cardiology.level) == ("Кардиология", HIGHER)

    secondary = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(level=SECONDARY), metadata=bearer(specialist)
    )
    assert [(s.code, s.name, s.level) for s in secondary.specialties] == [
        ("nursing", "Сестринское дело", SECONDARY),
        ("nursing-pediatrics", "Сестринское дело в педиатрии", SECONDARY),
    ]

    higher = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(level=HIGHER), metadata=bearer(specialist)
    )
    assert {s.code for s in higher.specialties} == {
        "cardiology",
        "therapy",
        "general-practice",
        "pediatrics",
    }
    assert {s.level for s in higher.specialties} == {HIGHER}


async def test_batch_get_specialties_returns_the_known_codes_only(
    stub: catalog_pb2_grpc.CatalogServiceStub, specialist: str
) -> None:
    reply = await stub.BatchGetSpecialties(
        catalog_pb2.BatchGetSpecialtiesRequest(
            codes=["therapy", "no-such-specialty", "cardiology", "therapy"]
        ),
        metadata=bearer(specialist),
    )
    assert sorted((s.code, s.name) for s in reply.specialties) == [
        ("cardiology", "Кардиология"),
        ("therapy", "Терапия"),
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
    assert program.main_specialty_code == "cardiology"
    assert list(program.additional_specialty_codes) == ["therapy", "general-practice"]
    assert (program.starts_on, program.ends_on) == ("2025-02-03", "2025-02-28")

    event = elements[demo.EVENT_ID]
    assert (event.kind, event.zet, list(event.additional_specialty_codes)) == (
        catalog_pb2.ELEMENT_KIND_EVENT,
        6,
        [],
    )
    assert (event.starts_on, event.ends_on) == ("2025-04-10", "2025-04-11")

    module = elements[demo.MODULE_ID]
    assert (module.kind, module.title, module.zet) == (
        catalog_pb2.ELEMENT_KIND_MODULE,
        "Интерпретация ЭКГ",
        2,
    )
    assert list(module.additional_specialty_codes) == ["therapy"]
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
        main_specialty_code="therapy",
        additional_specialty_codes=(),
        starts_on=None,
        ends_on=None,
        status=ElementStatus.WITHDRAWN,
    )
    async with UnitOfWork(catalog.infrastructure.sessions) as uow:
        await ElementRepository(uow.session).add_if_absent(withdrawn)
        await uow.commit()
    reply = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[withdrawn.id]), metadata=bearer(specialist)
    )
    assert [(e.id, e.title, e.zet) for e in reply.elements] == [
        (withdrawn.id, "Отменённый семинар", 0)
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
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetProviderByClient(
            catalog_pb2.GetProviderByClientRequest(client_id=demo.PROVIDER_CLIENT_ID),
            metadata=bearer(specialist),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(caught.value) == "forbidden"


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

    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetProviderByClient(
            catalog_pb2.GetProviderByClientRequest(client_id="no-such-client"),
            metadata=bearer(admin),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert grpc_error_code(caught.value) == "provider_not_found"


async def test_seeding_again_changes_nothing(
    database_url: str,
    redis_url: str,
    idp: RunningIdp,
    stub: catalog_pb2_grpc.CatalogServiceStub,
    specialist: str,
) -> None:
    again = await start_service(SPEC, settings_for(database_url, redis_url, idp))
    await again.stop()
    reply = await stub.ListSpecialties(
        catalog_pb2.ListSpecialtiesRequest(), metadata=bearer(specialist)
    )
    assert len(reply.specialties) == 6
    elements = await stub.BatchGetElements(
        catalog_pb2.BatchGetElementsRequest(ids=[demo.PROGRAM_ID, demo.EVENT_ID, demo.MODULE_ID]),
        metadata=bearer(specialist),
    )
    assert len(elements.elements) == 3


async def test_calls_without_a_token_are_refused(stub: catalog_pb2_grpc.CatalogServiceStub) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListSpecialties(catalog_pb2.ListSpecialtiesRequest())
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED

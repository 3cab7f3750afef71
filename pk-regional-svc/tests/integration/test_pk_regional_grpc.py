from collections.abc import AsyncIterator

import grpc
import pytest

from cpd.pk_regional.v1 import pk_regional_pb2, pk_regional_pb2_grpc
from cpd_platform import demo
from cpd_platform.in_process_settings import in_process_settings
from cpd_platform.runner import RunningService, start_service
from cpd_platform.testing import bearer, grpc_error_code
from local_idp.pytest_plugin import RunningIdp
from pk_regional_svc.main import SPEC
from pk_regional_svc.settings import PkRegionalSettings

pytestmark = pytest.mark.integration

TATARSTAN_IN_ORDER = [
    "Альметьевский муниципальный район",
    "городской округ «город Казань»",
    "городской округ «город Набережные Челны»",
    "Елабужский муниципальный район",
    "Зеленодольский муниципальный район",
    "Нижнекамский муниципальный район",
]


def demo_names(reply: pk_regional_pb2.ListMunicipalitiesResponse) -> list[str]:
    return [m.name for m in reply.municipalities if m.name in TATARSTAN_IN_ORDER]


def settings_for(database_url: str, redis_url: str, idp: RunningIdp) -> PkRegionalSettings:
    return PkRegionalSettings.model_validate(
        in_process_settings(database_url, redis_url, idp.issuer)
    )


@pytest.fixture(scope="module")
async def pk_regional(
    database_url: str, redis_url: str, idp: RunningIdp
) -> AsyncIterator[RunningService]:
    running = await start_service(SPEC, settings_for(database_url, redis_url, idp))
    yield running
    await running.stop()


@pytest.fixture
async def stub(
    pk_regional: RunningService,
) -> AsyncIterator[pk_regional_pb2_grpc.PkRegionalServiceStub]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{pk_regional.port}") as channel:
        yield pk_regional_pb2_grpc.PkRegionalServiceStub(channel)


@pytest.fixture(scope="module")
async def teacher(idp: RunningIdp) -> str:
    return await idp.person_token()


async def test_tatarstan_municipalities_are_listed_by_name(
    stub: pk_regional_pb2_grpc.PkRegionalServiceStub, teacher: str
) -> None:
    reply = await stub.ListMunicipalities(
        pk_regional_pb2.ListMunicipalitiesRequest(region_code="16"), metadata=bearer(teacher)
    )
    # Other tests of the session add generated municipalities; the demo ones keep their order.
    assert demo_names(reply) == TATARSTAN_IN_ORDER
    assert {m.region_code for m in reply.municipalities} == {"16"}
    kazan = next(m for m in reply.municipalities if "Казань" in m.name)
    assert kazan.id == demo.demo_id("municipality:городской округ «город Казань»")


async def test_a_provider_system_may_list_municipalities_too(
    stub: pk_regional_pb2_grpc.PkRegionalServiceStub, idp: RunningIdp
) -> None:
    reply = await stub.ListMunicipalities(
        pk_regional_pb2.ListMunicipalitiesRequest(region_code="16"),
        metadata=bearer(await idp.provider_token()),
    )
    assert demo_names(reply) == TATARSTAN_IN_ORDER


async def test_a_region_without_municipalities_gives_an_empty_list(
    stub: pk_regional_pb2_grpc.PkRegionalServiceStub, teacher: str
) -> None:
    reply = await stub.ListMunicipalities(
        pk_regional_pb2.ListMunicipalitiesRequest(region_code="77"), metadata=bearer(teacher)
    )
    assert list(reply.municipalities) == []


@pytest.mark.parametrize("code", ["1a", "", "160"])
async def test_a_malformed_region_code_is_an_invalid_argument(
    stub: pk_regional_pb2_grpc.PkRegionalServiceStub, teacher: str, code: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListMunicipalities(
            pk_regional_pb2.ListMunicipalitiesRequest(region_code=code), metadata=bearer(teacher)
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(caught.value) == "invalid_region_code"
    assert "двух цифр" in (caught.value.details() or "")


async def test_seeding_again_keeps_one_row_per_municipality(
    database_url: str,
    redis_url: str,
    idp: RunningIdp,
    stub: pk_regional_pb2_grpc.PkRegionalServiceStub,
    teacher: str,
) -> None:
    again = await start_service(SPEC, settings_for(database_url, redis_url, idp))
    await again.stop()
    reply = await stub.ListMunicipalities(
        pk_regional_pb2.ListMunicipalitiesRequest(region_code="16"), metadata=bearer(teacher)
    )
    assert demo_names(reply) == TATARSTAN_IN_ORDER


async def test_calls_without_a_token_are_refused(
    stub: pk_regional_pb2_grpc.PkRegionalServiceStub,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListMunicipalities(pk_regional_pb2.ListMunicipalitiesRequest(region_code="16"))
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED

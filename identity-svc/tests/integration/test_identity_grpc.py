from collections.abc import Callable

import grpc
import pytest

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform import demo
from cpd_platform.runner import start_service
from cpd_platform.testing import bearer, grpc_error_code
from identity_svc.main import SPEC
from identity_svc.settings import IdentitySettings
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.integration


async def test_demo_specialist_logs_in_with_the_seeded_account_and_reads_their_profile(
    stub: identity_pb2_grpc.IdentityServiceStub, idp: RunningIdp
) -> None:
    token = await idp.password_token(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
    reply = await stub.GetMe(identity_pb2.GetMeRequest(), metadata=bearer(token))
    assert reply.person.id == demo.SPECIALIST_PERSON_ID
    assert reply.person.snils == demo.SPECIALIST_SNILS
    assert reply.person.last_name == "Смирнова"


async def test_seeding_twice_keeps_one_person_and_one_account(
    identity_settings: Callable[..., IdentitySettings],
    idp: RunningIdp,
    stub: identity_pb2_grpc.IdentityServiceStub,
) -> None:
    again = await start_service(SPEC, identity_settings())
    await again.stop()
    token = await idp.provider_token()
    reply = await stub.BatchFindPersonsBySnils(
        identity_pb2.BatchFindPersonsBySnilsRequest(snils=[demo.SPECIALIST_SNILS]),
        metadata=bearer(token),
    )
    assert [p.id for p in reply.persons] == [demo.SPECIALIST_PERSON_ID]


async def test_a_token_without_a_person_gets_no_profile(
    stub: identity_pb2_grpc.IdentityServiceStub, idp: RunningIdp
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetMe(identity_pb2.GetMeRequest(), metadata=bearer(await idp.provider_token()))
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_error_code(caught.value) == "not_a_person"


async def test_a_person_reads_only_themselves_and_an_admin_reads_anyone(
    stub: identity_pb2_grpc.IdentityServiceStub, idp: RunningIdp
) -> None:
    other = await idp.person_token(person_id="0b6f3d4e-8f0e-4a43-9d43-3b1b4b8a0a01")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.BatchGetPersons(
            identity_pb2.BatchGetPersonsRequest(ids=[demo.SPECIALIST_PERSON_ID]),
            metadata=bearer(other),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED

    admin = await idp.person_token(roles=["admin"])
    reply = await stub.BatchGetPersons(
        identity_pb2.BatchGetPersonsRequest(ids=[demo.SPECIALIST_PERSON_ID, "not-a-uuid"]),
        metadata=bearer(admin),
    )
    assert [p.id for p in reply.persons] == [demo.SPECIALIST_PERSON_ID]


async def test_providers_resolve_snils_in_any_format_and_specialists_may_not(
    stub: identity_pb2_grpc.IdentityServiceStub, idp: RunningIdp
) -> None:
    provider = await idp.provider_token()
    reply = await stub.BatchFindPersonsBySnils(
        identity_pb2.BatchFindPersonsBySnilsRequest(snils=["112-233-445 95"]),
        metadata=bearer(provider),
    )
    assert [p.snils for p in reply.persons] == [demo.SPECIALIST_SNILS]

    with pytest.raises(grpc.aio.AioRpcError) as invalid:
        await stub.BatchFindPersonsBySnils(
            identity_pb2.BatchFindPersonsBySnilsRequest(snils=["112-233-445 96"]),
            metadata=bearer(provider),
        )
    assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(invalid.value) == "invalid_snils"

    specialist = await idp.person_token(person_id=demo.SPECIALIST_PERSON_ID)
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await stub.BatchFindPersonsBySnils(
            identity_pb2.BatchFindPersonsBySnilsRequest(snils=[demo.SPECIALIST_SNILS]),
            metadata=bearer(specialist),
        )
    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_calls_without_a_valid_token_are_refused(
    stub: identity_pb2_grpc.IdentityServiceStub,
) -> None:
    for metadata in [(), bearer("not-a-jwt"), (("authorization", "Basic abc"),)]:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.GetMe(identity_pb2.GetMeRequest(), metadata=metadata)
        assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_a_token_for_another_audience_is_refused(
    identity_settings: Callable[..., IdentitySettings], idp: RunningIdp
) -> None:
    running = await start_service(
        SPEC, identity_settings(oidc_audience="another-api", seed_demo=False)
    )
    try:
        token = await idp.password_token(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await identity_pb2_grpc.IdentityServiceStub(channel).GetMe(
                    identity_pb2.GetMeRequest(), metadata=bearer(token)
                )
        assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    finally:
        await running.stop()


async def test_an_over_long_name_in_a_profile_change_is_refused_not_cut(
    stub: identity_pb2_grpc.IdentityServiceStub, idp: RunningIdp
) -> None:
    token = await idp.password_token(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.UpdateProfile(
            identity_pb2.UpdateProfileRequest(fields=["last_name"], last_name="Смирнова" * 20),
            metadata=bearer(token),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error_code(caught.value) == "text_too_long"
    me = await stub.GetMe(identity_pb2.GetMeRequest(), metadata=bearer(token))
    assert me.person.last_name == "Смирнова"

"""The gateway's own client-credentials token: fetched from the identity provider in the
background (retried while the provider is down, never crashing the gateway) and sent as
`x-service-authorization` on every backend call, anonymous or signed in, next to the caller's
own `authorization` and `x-client-ip`.

The client is `demo-provider` here: the `gateway` client is added to the realm by the identity
side; for the gateway any confidential client with client credentials behaves the same."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import httpx
import pytest
from gateway_serving import free_port, served

from cpd_platform.auth import TokenVerifier
from cpd_platform.interceptors import SERVICE_AUTHORIZATION_KEY as METADATA_KEY
from cpd_platform.testing import wait_until
from gateway.service_token import ServiceToken
from gateway.settings import GatewaySettings
from local_idp.pytest_plugin import RunningIdp

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings("ignore::litestar.exceptions.LitestarDeprecationWarning"),
]

CLIENT = "demo-provider"


async def test_the_token_is_a_client_credentials_token_of_the_client(idp: RunningIdp) -> None:
    token = ServiceToken(idp.issuer, CLIENT, idp.secrets[CLIENT])
    lifetime = await token.fetch()
    assert lifetime > 0
    [(key, value)] = token.metadata()
    assert key == METADATA_KEY and value.startswith("Bearer ")
    principal = await TokenVerifier.for_issuer(idp.issuer, "cpd-api").verify(value[7:])
    assert principal.client_id == CLIENT
    assert principal.person_id is None


async def test_no_secret_no_token_and_no_request(idp: RunningIdp) -> None:
    token = ServiceToken(idp.issuer, CLIENT, "")
    token.start()
    assert not token.enabled
    assert token.metadata() == ()
    await token.stop()


async def test_an_identity_provider_that_is_not_up_yet_is_retried(idp: RunningIdp) -> None:
    down = f"http://127.0.0.1:{free_port()}/realms/cpd"
    token = ServiceToken(down, CLIENT, idp.secrets[CLIENT])
    token.start()
    await asyncio.sleep(0.3)
    assert token.metadata() == ()  # nothing yet, and nothing crashed
    # The provider "comes up": the same background task gets a token on its next attempt.
    token._token_url = f"{idp.issuer}/protocol/openid-connect/token"
    await wait_until(lambda: bool(token.metadata()), seconds=10.0)
    await token.stop()


async def test_a_wrong_secret_is_retried_not_fatal(idp: RunningIdp) -> None:
    token = ServiceToken(idp.issuer, CLIENT, "wrong-secret")
    token.start()
    await asyncio.sleep(0.3)
    assert token.metadata() == ()
    await token.stop()


class Recorder(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Stands in for a backend's network edge: keeps each call's metadata and answers
    UNIMPLEMENTED (the gateway's answer to the client does not matter here)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, str]]] = []

    async def intercept_service(
        self,
        continuation: Callable[[Any], Awaitable[Any]],
        details: grpc.HandlerCallDetails,
    ) -> Any:
        self.calls.append((details.method, dict(details.invocation_metadata or ())))
        return None


@pytest.fixture
async def recorded_backend() -> AsyncIterator[tuple[str, Recorder]]:
    recorder = Recorder()
    server = grpc.aio.server(interceptors=[recorder])
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    yield f"127.0.0.1:{port}", recorder
    await server.stop(None)


async def test_every_backend_call_carries_the_service_token(
    idp: RunningIdp, redis_url: str, recorded_backend: tuple[str, Recorder]
) -> None:
    target, recorder = recorded_backend
    settings = GatewaySettings(
        redis_url=redis_url,
        oidc_issuer=idp.issuer,
        client_id=CLIENT,
        client_secret=idp.secrets[CLIENT],
        identity_target=target,
        catalog_target=target,
        plan_target=target,
        credits_target=target,
        pk_regional_target=target,
        trust_forwarded_for=True,
    )
    user = await idp.person_token(person_id=str(uuid.uuid4()))
    address = "203.0.113.7"
    anonymous = 'mutation { requestPasswordReset(snils: "112-233-445 95") { __typename } }'
    signed_in = '{ me { id } catalog(query: "", first: 1) { __typename } }'
    async with served(settings) as (url, app), httpx.AsyncClient() as http:
        await wait_until(lambda: bool(app.state.service_token.metadata()), seconds=10.0)
        for query, headers in [
            (anonymous, {}),
            (signed_in, {"Authorization": f"Bearer {user}"}),
        ]:
            reply = await http.post(
                f"{url}/graphql",
                json={"query": query},
                headers={"X-Forwarded-For": address, **headers},
            )
            assert reply.status_code == 200
    methods = [method for method, _ in recorder.calls]
    assert "/cpd.identity.v1.PublicIdentityService/RequestPasswordReset" in methods
    assert "/cpd.identity.v1.IdentityService/GetMe" in methods
    assert any(m.startswith("/cpd.catalog.v1.CatalogService/") for m in methods)
    service = await TokenVerifier.for_issuer(idp.issuer, "cpd-api").verify(
        recorder.calls[0][1][METADATA_KEY].removeprefix("Bearer ")
    )
    assert service.client_id == CLIENT
    for method, metadata in recorder.calls:
        assert metadata[METADATA_KEY].startswith("Bearer "), method
        assert metadata["x-client-ip"] == address, method
        if method.endswith("RequestPasswordReset"):
            assert "authorization" not in metadata
        else:
            assert metadata["authorization"] == f"Bearer {user}", method

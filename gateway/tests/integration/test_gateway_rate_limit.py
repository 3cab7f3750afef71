"""Anonymous operations are limited per client address, with a Redis counter per window."""

import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis

from gateway.app import create_app
from gateway.ratelimit import RateLimiter
from gateway.settings import GatewaySettings

pytestmark = [
    pytest.mark.integration,
    # Raised by strawberry's Litestar controller (not our code) when the app is built in-process.
    pytest.mark.filterwarnings("ignore::litestar.exceptions.LitestarDeprecationWarning"),
]

LOGIN = 'mutation { login(snils: "112-233-445 95", password: "x") { __typename } }'


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[AsyncTestClient]:  # type: ignore[type-arg]
    settings = GatewaySettings(
        redis_url=redis_url,
        anonymous_requests_per_minute=2,
        trust_forwarded_for=True,
        # Nothing listens there: a login answers with a typed error at once.
        oidc_issuer="http://127.0.0.1:9/realms/cpd",
    )
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield client


async def login(client: AsyncTestClient, address: str) -> httpx.Response:  # type: ignore[type-arg]
    return await client.post(
        "/graphql", json={"query": LOGIN}, headers={"X-Forwarded-For": address}
    )


async def test_an_address_over_the_limit_waits_and_others_do_not(
    client: AsyncTestClient,  # type: ignore[type-arg]
) -> None:
    address, other = f"{uuid.uuid4()}", f"{uuid.uuid4()}"  # the Redis is shared by the session
    first, second, third = [await login(client, address) for _ in range(3)]
    assert [first.status_code, second.status_code] == [200, 200]
    assert first.json()["data"]["login"]["__typename"] == "UserError"
    assert third.status_code == 429
    assert 1 <= int(third.headers["retry-after"]) <= 60
    assert (await login(client, other)).status_code == 200


async def test_authenticated_requests_are_not_counted(
    client: AsyncTestClient,  # type: ignore[type-arg]
) -> None:
    address = str(uuid.uuid4())
    for _ in range(3):
        reply = await client.post(
            "/graphql",
            json={"query": "{ me { id } }"},
            headers={"X-Forwarded-For": address, "Authorization": "Bearer not-a-jwt"},
        )
        assert reply.status_code == 401  # the token is checked, the anonymous limit is not
    assert (await login(client, address)).status_code == 200


async def test_the_window_counter_always_expires(redis_url: str) -> None:
    redis = Redis.from_url(redis_url)
    limiter = RateLimiter(redis, limit=5, window_seconds=30)
    address = str(uuid.uuid4())
    assert await limiter.retry_after(address) is None
    ttl = await redis.ttl(f"cpd:gateway:anonymous:{address}")
    assert 0 < ttl <= 30
    await redis.aclose()

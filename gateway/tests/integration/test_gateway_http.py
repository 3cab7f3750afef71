"""The gateway's HTTP edge: body size and shape, strings no storage can keep, introspection per
environment, readiness on what the gateway owns, and the client address it trusts."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from litestar.testing import AsyncTestClient
from redis.asyncio import Redis

from gateway.app import create_app
from gateway.settings import GatewaySettings
from local_idp.pytest_plugin import RunningIdp

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings("ignore::litestar.exceptions.LitestarDeprecationWarning"),
]

Client = AsyncTestClient[Any]
NOWHERE = "127.0.0.1:9"  # no backend listens: the gateway must not need one for these answers
JSON = {"Content-Type": "application/json"}


def settings(redis_url: str, **overrides: Any) -> GatewaySettings:
    values: dict[str, Any] = {
        "redis_url": redis_url,
        "oidc_issuer": "http://127.0.0.1:9/realms/cpd",
        "identity_target": NOWHERE,
        "catalog_target": NOWHERE,
        "plan_target": NOWHERE,
        "credits_target": NOWHERE,
        "pk_regional_target": NOWHERE,
        "anonymous_requests_per_minute": 10_000,
        "trust_forwarded_for": True,
        **overrides,
    }
    return GatewaySettings(**values)


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[Client]:
    async with AsyncTestClient(app=create_app(settings(redis_url))) as client:
        yield client


def forwarded() -> dict[str, str]:
    return {"X-Forwarded-For": str(uuid.uuid4())}  # a fresh address: no shared rate-limit counter


def error_of(reply: Any) -> tuple[str, str]:
    [error] = reply.json()["errors"]
    return error["extensions"]["code"], error["message"]


# ---------------------------------------------------------------- size


async def test_a_body_over_the_limit_is_refused_by_its_content_length(client: Client) -> None:
    query = "# " + "x" * 1_000_000 + "\n{ __typename }"
    reply = await client.post("/graphql", json={"query": query}, headers=forwarded())
    assert reply.status_code == 413
    code, message = error_of(reply)
    assert code == "request_too_large"
    assert "65536" in message


async def test_the_body_limit_is_a_setting(redis_url: str) -> None:
    app = create_app(settings(redis_url, max_body_bytes=100))
    async with AsyncTestClient(app=app) as client:
        small = await client.post("/graphql", json={"query": "{ __typename }"}, headers=forwarded())
        large = await client.post(
            "/graphql", json={"query": "{ __typename }" + " " * 100}, headers=forwarded()
        )
    assert small.status_code == 200 and small.json() == {"data": {"__typename": "Query"}}
    assert large.status_code == 413


# ---------------------------------------------------------------- shape

MALFORMED = [
    ("a JSON string", b'"{ __typename }"', JSON, "invalid_request"),
    ("JSON null", b"null", JSON, "invalid_request"),
    ("a JSON number", b"123", JSON, "invalid_request"),
    ("a JSON list", b'[{"query": "{ __typename }"}]', JSON, "invalid_request"),
    ("invalid UTF-8", b'{"query": "{ \xff\xfe }"}', JSON, "invalid_utf8"),
    ("invalid JSON", b'{"query": ', JSON, "invalid_json"),
    ("an empty body", b"", JSON, "invalid_json"),
    ("a query that is not a string", b'{"query": 1}', JSON, "invalid_request"),
    ("no query", b'{"variables": {}}', JSON, "invalid_request"),
    (
        "variables that are not an object",
        b'{"query": "{ __typename }", "variables": "x"}',
        JSON,
        "invalid_request",
    ),
    (
        "an operation name that is not a string",
        b'{"query": "{ __typename }", "operationName": 1}',
        JSON,
        "invalid_request",
    ),
    (
        "a wrong content type",
        b'{"query": "{ __typename }"}',
        {"Content-Type": "text/plain"},
        "unsupported_content_type",
    ),
    ("no content type", b'{"query": "{ __typename }"}', {}, "unsupported_content_type"),
]


@pytest.mark.parametrize(
    ("body", "headers", "code"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
async def test_malformed_bodies_get_400_with_a_graphql_shaped_error(
    client: Client, body: bytes, headers: dict[str, str], code: str
) -> None:
    reply = await client.post("/graphql", content=body, headers={**headers, **forwarded()})
    assert reply.status_code == 400
    assert reply.headers["content-type"].startswith("application/json")
    assert error_of(reply)[0] == code


async def test_a_body_with_a_charset_parameter_is_accepted(client: Client) -> None:
    reply = await client.post(
        "/graphql",
        content=b'{"query": "{ __typename }"}',
        headers={"Content-Type": "application/json; charset=utf-8", **forwarded()},
    )
    assert reply.json() == {"data": {"__typename": "Query"}}


# ---------------------------------------------------------------- strings


@pytest.mark.parametrize(
    "raw", [b"112\\u0000", b"\\ud800112", b"112\\udfff"], ids=["NUL", "high", "low"]
)
async def test_nul_and_unpaired_surrogates_in_variables_are_refused(
    client: Client, raw: bytes
) -> None:
    body = (
        b'{"query": "mutation($s: String!) { login(snils: $s, password: \\"x\\") '
        b'{ __typename } }", "variables": {"s": "' + raw + b'"}}'
    )
    reply = await client.post("/graphql", content=body, headers={**JSON, **forwarded()})
    assert reply.status_code == 200
    assert reply.json()["data"] is None
    code, message = error_of(reply)
    assert code == "invalid_characters"
    assert "$s" in message


async def test_answers_are_json_in_utf_8(client: Client) -> None:
    """Encoded by msgspec: Russian texts as UTF-8, not escaped (a third fewer bytes)."""
    body = b'{"query": "mutation { login(snils: \\"112\\u0000\\", password: \\"x\\") { __typename } }"}'
    reply = await client.post("/graphql", content=body, headers={**JSON, **forwarded()})
    _, message = error_of(reply)
    assert any(ord(letter) > 127 for letter in message)
    assert message.encode() in reply.content


# ---------------------------------------------------------------- introspection

INTROSPECTION = "{ __schema { queryType { name } } }"


async def test_dev_serves_the_schema_to_anonymous_callers(client: Client) -> None:
    for query in (INTROSPECTION, '{ __type(name: "Query") { name } }'):
        reply = await client.post("/graphql", json={"query": query}, headers=forwarded())
        assert reply.status_code == 200, reply.text
        assert "errors" not in reply.json()
    # Introspection does not open other fields to anonymous callers.
    mixed = await client.post(
        "/graphql", json={"query": "{ __schema { queryType { name } } me { id } }"}
    )
    assert mixed.status_code == 401


async def test_production_serves_no_introspection_to_anybody(
    redis_url: str, idp: RunningIdp
) -> None:
    app = create_app(settings(redis_url, environment="production", oidc_issuer=idp.issuer))
    token = await idp.person_token(person_id=str(uuid.uuid4()))
    async with AsyncTestClient(app=app) as client:
        anonymous = await client.post(
            "/graphql", json={"query": INTROSPECTION}, headers=forwarded()
        )
        signed_in = await client.post(
            "/graphql",
            json={"query": INTROSPECTION},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert anonymous.status_code == 401
    assert signed_in.status_code == 200
    assert signed_in.json()["data"] is None
    assert "introspection" in signed_in.json()["errors"][0]["message"].lower()


# ---------------------------------------------------------------- health


async def test_ready_with_redis_while_every_backend_is_down(client: Client) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    reply = await client.get("/readyz")
    assert reply.status_code == 200
    assert reply.json() == {"status": "ready"}


@pytest.mark.parametrize(
    "redis_url",
    ["redis://127.0.0.1:9/0", "redis://10.255.255.1:6379/0"],
    ids=["refused", "unanswered"],
)
async def test_not_ready_without_redis_and_quick_to_say_so(redis_url: str) -> None:
    async with AsyncTestClient(app=create_app(settings(redis_url))) as client:
        started = time.monotonic()
        reply = await client.get("/readyz")
        elapsed = time.monotonic() - started
        live = await client.get("/healthz")
    assert reply.status_code == 503
    assert elapsed < 1.0
    assert live.status_code == 200


# ---------------------------------------------------------------- client address


@pytest.fixture
def untrusting_settings(redis_url: str) -> Iterator[GatewaySettings]:
    yield settings(redis_url, trust_forwarded_for=False, anonymous_requests_per_minute=2)


async def test_x_forwarded_for_is_ignored_unless_configured(
    untrusting_settings: GatewaySettings, redis_url: str
) -> None:
    redis = Redis.from_url(redis_url)
    await redis.delete("cpd:gateway:anonymous:testclient")  # the test client's own address
    await redis.aclose()
    login = 'mutation { login(snils: "112-233-445 95", password: "x") { __typename } }'
    async with AsyncTestClient(app=create_app(untrusting_settings)) as client:
        replies = [
            await client.post("/graphql", json={"query": login}, headers=forwarded())
            for _ in range(3)
        ]
    # Three different forged addresses, one real one: the third request is over the limit.
    assert [r.status_code for r in replies] == [200, 200, 429]

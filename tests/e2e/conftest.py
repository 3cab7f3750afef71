"""The whole platform, started as `make up` starts it (one process per service), on free ports."""

import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import grpc
import httpx
import pytest

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.devstack import DevStack, Ports
from cpd_platform.testing import bearer

T = TypeVar("T")


@pytest.fixture(scope="session")
def platform(pg_server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevStack]:
    stack = DevStack(
        data_dir=Path(tmp_path_factory.mktemp("platform")),
        ports=Ports.free(),
        pg_url=pg_server_url,
        redis_url=os.environ.get("CPD_REDIS_URL"),
        database=f"cpd_e2e_{uuid.uuid4().hex[:10]}",
        durable=False,
        # Every e2e test registers and logs in from 127.0.0.1: the per-address limit on
        # anonymous operations is tested in gateway/tests/integration instead.
        anonymous_requests_per_minute=100_000,
    )
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


class Tokens:
    def __init__(self, stack: DevStack) -> None:
        self._stack = stack
        self.url = f"{stack.issuer}/protocol/openid-connect/token"

    def password(self, username: str, password: str, **extra: str) -> dict[str, str]:
        reply = httpx.post(
            self.url,
            data={
                "grant_type": "password",
                "client_id": "web",
                "username": username,
                "password": password,
                **extra,
            },
        )
        reply.raise_for_status()
        return dict(reply.json())

    def client(self, client_id: str, secret: str) -> str:
        reply = httpx.post(
            self.url, data={"grant_type": "client_credentials"}, auth=(client_id, secret)
        )
        reply.raise_for_status()
        return str(reply.json()["access_token"])


@pytest.fixture(scope="session")
def tokens(platform: DevStack) -> Tokens:
    return Tokens(platform)


def graphql(stack: DevStack, query: str, token: str | None, **variables: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(
        stack.graphql_url,
        json={"query": query, "variables": variables},
        headers=headers,
        timeout=10,
    )


def gql(stack: DevStack, query: str, token: str, **variables: object) -> dict[str, Any]:
    """The `data` of an operation that must succeed (HTTP 200, no errors)."""
    reply = graphql(stack, query, token, **variables)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert "errors" not in body, body
    return dict(body["data"])


def published(stack: DevStack, provider: str, element: catalog_pb2.Element) -> str:
    """The provider's system upserts and publishes `element` over gRPC; its id."""
    with grpc.insecure_channel(stack.target("catalog")) as channel:
        reply = catalog_pb2_grpc.CatalogServiceStub(channel).UpsertElements(
            catalog_pb2.UpsertElementsRequest(
                items=[catalog_pb2.ElementUpsert(element=element, publish=True)]
            ),
            metadata=bearer(provider),
            timeout=10,
        )
    [outcome] = reply.outcomes
    assert not outcome.error_code, outcome
    return str(outcome.element_id)


def wait_for(check: Callable[[], T], seconds: float = 30.0) -> T:
    """Polls `check` until it returns something truthy, and returns that."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.2)

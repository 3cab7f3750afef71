"""The guides' examples run against the platform (issue 20): the provider client of
docs/providers.md, every ```graphql block of docs/providers.md and docs/frontend.md (as the user
its `# as:` line names, with the variables of its `# variables:` line), and the error model the
frontend guide describes."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from tests.e2e.conftest import Tokens, graphql
from tests.e2e.test_registration import registered_and_verified

from cpd.credits.v1 import credits_pb2
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_wire.posting_hash import payload_hash
from local_idp.login_client import BrowserLogin
from local_idp.pytest_plugin import RunningIdp

pytestmark = pytest.mark.e2e

DOCS = Path(__file__).resolve().parents[2] / "docs"
MY_CREDITS = "query { myCredits { elementId documentNumber zet status source } }"


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"docs_example_{name}", DOCS / "examples" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_example_hash_is_the_services_hash() -> None:
    client = _example("provider_client")
    records = [
        credits_pb2.ResultRecord(
            external_id="R-1",
            snils="112-233-445 95",
            element_id="0b0e3c1e-5a0c-4c52-9a37-6f0f5a5c1d11",
            zet=36,
            completed_on="2025-05-30",
            document_number="№ 12/ПК",
            program_cycle_id="",
        )
    ]
    assert client.payload_hash(records) == payload_hash(records)


def test_the_provider_client_example_posts_credits_the_specialist_sees(
    platform: DevStack, tokens: Tokens
) -> None:
    client = _example("provider_client")
    report = client.run(
        token_url=f"{platform.issuer}/protocol/openid-connect/token",
        catalog_target=platform.target("catalog"),
        credits_target=platform.target("credits"),
        client_id=demo.PROVIDER_CLIENT_ID,
        client_secret=dev_client_secret(demo.PROVIDER_CLIENT_ID),
        snils=demo.SPECIALIST_SNILS,
        run_id="docs-example",
    )
    series = "example-docs-example"
    assert report.resumed_after == 1
    assert report.batches == [
        (f"{series}-1", "BATCH_STATUS_APPLIED"),
        (f"{series}-1", "BATCH_STATUS_REPLAYED"),
        (f"{series}-2", "BATCH_STATUS_APPLIED"),
    ]
    assert report.records == {
        "docs-example-1": "DUPLICATE",
        "docs-example-2": "REJECTED:invalid_snils",
        "docs-example-3": "ACCEPTED",
    }
    token = tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)["access_token"]
    body = graphql(platform, MY_CREDITS, token).json()
    assert "errors" not in body, body
    mine = {
        c["documentNumber"]: (c["zet"], c["status"], c["source"])
        for c in body["data"]["myCredits"]
        if c["elementId"] == report.element_id
    }
    assert mine == {
        "ИОМ-docs-example-1": (1, "ACCEPTED", "POSTING"),
        "ИОМ-docs-example-3": (2, "ACCEPTED", "POSTING"),
    }


# ---- every ```graphql block of the guides, as the user its `# as:` line names ----

BLOCK = re.compile(r"```graphql\n(.*?)```", re.S)


@dataclass(frozen=True)
class Example:
    guide: str
    number: int
    document: str
    user: str
    variables: dict[str, Any]
    expected_typename: str | None

    @property
    def id(self) -> str:
        return f"{self.guide}#{self.number}"


def _examples() -> list[Example]:
    found = []
    for guide in ("providers.md", "frontend.md"):
        for number, match in enumerate(BLOCK.finditer((DOCS / guide).read_text("utf-8")), 1):
            lines = match[1].splitlines()
            user = next(line for line in lines if line.startswith("# as:")).removeprefix("# as:")
            variables = next(
                (
                    json.loads(line.removeprefix("# variables:"))
                    for line in lines
                    if line.startswith("# variables:")
                ),
                {},
            )
            expected = next(
                (
                    line.removeprefix("# expect:").strip()
                    for line in lines
                    if line.startswith("# expect:")
                ),
                None,
            )
            found.append(Example(guide, number, match[1], user.strip(), variables, expected))
    return found


EXAMPLES = _examples()
GRANT = """mutation($role: String!, $scope: String!, $personId: ID) {
  grantRole(role: $role, scope: $scope, personId: $personId) { __typename ... on UserError { code message } } }"""


class Users:
    """Tokens of the users the examples name: `anonymous`, `specialist` (the demo specialist),
    `admin`, or a role with its scope (`regional_operator region:16`; `provider_staff` is staff
    of the demo provider), granted to a newly registered person by an admin."""

    def __init__(self, platform: DevStack, tokens: Tokens) -> None:
        self._platform = platform
        self._tokens = tokens
        self._cache: dict[str, str | None] = {}

    def token(self, user: str) -> str | None:
        if user not in self._cache:
            self._cache[user] = self._new(user)
        return self._cache[user]

    def _new(self, user: str) -> str | None:
        if user == "anonymous":
            return None
        if user == "specialist":
            return self._tokens.password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)[
                "access_token"
            ]
        if user == "admin":
            return asyncio.run(RunningIdp(self._platform.idp_url).person_token(roles=["admin"]))
        role, _, scope = user.partition(" ")
        scope = scope or f"provider:{demo.PROVIDER_ID}"
        _, token = registered_and_verified(self._platform)
        me = graphql(self._platform, "{ me { id } }", token).json()["data"]["me"]["id"]
        granted = graphql(
            self._platform, GRANT, self.token("admin"), role=role, scope=scope, personId=me
        )
        assert granted.json()["data"]["grantRole"]["__typename"] != "UserError", granted.text
        return token


@pytest.fixture(scope="module")
def users(platform: DevStack, tokens: Tokens) -> Users:
    return Users(platform, tokens)


def test_the_guides_have_graphql_examples() -> None:
    guides = {example.guide for example in EXAMPLES}
    assert guides == {"providers.md", "frontend.md"}
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_a_graphql_example_of_the_guides_runs(
    platform: DevStack, users: Users, example: Example
) -> None:
    token = users.token(example.user)
    reply = httpx.post(
        platform.graphql_url,
        json={"query": example.document, "variables": example.variables},
        headers={"Authorization": f"Bearer {token}"} if token else {},
        timeout=10,
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert "errors" not in body, body
    assert body["data"] and all(value is not None for value in body["data"].values()), body
    typenames = {
        value.get("__typename") for value in body["data"].values() if isinstance(value, dict)
    }
    if example.expected_typename is None:
        assert "UserError" not in typenames, body
    else:
        assert typenames == {example.expected_typename}, body


# ---- the error model of docs/frontend.md, section 2 ----


def test_http_refusals_look_as_the_frontend_guide_says(platform: DevStack) -> None:
    anonymous = httpx.post(platform.graphql_url, json={"query": "{ me { id } }"}, timeout=10)
    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"] == "Bearer"
    assert anonymous.json()["status_code"] == 401 and anonymous.json()["detail"]

    not_json = httpx.post(
        platform.graphql_url, content=b"{", headers={"content-type": "application/json"}, timeout=10
    )
    assert not_json.status_code == 400
    assert not_json.json()["errors"][0]["extensions"]["code"] == "invalid_json"

    too_large = httpx.post(
        platform.graphql_url, json={"query": "{ me { id } }", "x": "a" * 70_000}, timeout=10
    )
    assert too_large.status_code == 413
    assert too_large.json()["errors"][0]["extensions"]["code"] == "request_too_large"


def test_graphql_errors_carry_the_codes_the_frontend_guide_names(
    platform: DevStack, users: Users
) -> None:
    token = users.token("specialist")
    deep = "{ " + "myCycles { specialty { " * 6 + "code" + " } }" * 6 + " }"
    body = graphql(platform, deep, token).json()
    assert body["errors"][0]["extensions"]["code"] == "query_too_deep"
    unknown = graphql(
        platform, '{ element(id: "00000000-0000-4000-8000-000000000000") { id } }', token
    )
    assert unknown.status_code == 200
    assert unknown.json()["errors"][0]["extensions"]["code"] == "element_not_found"
    wrong = graphql(
        platform,
        'mutation { login(snils: "112-233-445 95", password: "не тот") { ... on UserError { code } } }',
        None,
    )
    assert wrong.json()["data"]["login"] == {"code": "INVALID_CREDENTIALS"}


def test_the_login_steps_of_the_frontend_guide(platform: DevStack) -> None:
    endpoints = f"{platform.issuer}/protocol/openid-connect"
    with httpx.Client(timeout=10) as http:

        def refresh(refresh_token: str) -> httpx.Response:
            form = {
                "grant_type": "refresh_token",
                "client_id": "web",
                "refresh_token": refresh_token,
            }
            return http.post(f"{endpoints}/token", data=form)

        browser = BrowserLogin(http, platform.issuer, redirect_uri="http://127.0.0.1:5173/callback")
        # 1. the login page, 2. the code exchanged with the verifier (no client secret)
        result = browser.with_password(demo.SPECIALIST_SNILS, demo.SPECIALIST_PASSWORD)
        exchanged = browser.exchange(result)
        assert exchanged.status_code == 200, exchanged.text
        assert (
            graphql(platform, "{ me { id } }", exchanged.json()["access_token"]).status_code == 200
        )
        # 3. refresh
        refreshed = refresh(exchanged.json()["refresh_token"])
        assert refreshed.status_code == 200, refreshed.text
        tokens = refreshed.json()
        assert tokens["access_token"] and tokens["expires_in"] == 300
        me = graphql(platform, "{ me { id } }", tokens["access_token"]).json()
        assert me["data"]["me"]["id"] == demo.SPECIALIST_PERSON_ID
        # 4. log out: the refresh token no longer works
        logout = http.post(
            f"{endpoints}/logout",
            data={"client_id": "web", "refresh_token": tokens["refresh_token"]},
        )
        assert logout.status_code in (200, 204), logout.text
        again = refresh(tokens["refresh_token"])
        assert again.status_code == 400 and again.json()["error"] == "invalid_grant"

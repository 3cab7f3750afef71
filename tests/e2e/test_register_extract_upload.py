"""A full-size ФРМР register extract is uploaded through the gateway (issue 17): an
administrator's loadRegisterExtract may exceed the gateway's everyday 64 KiB body limit (the
admin upload allowance, GATEWAY_ADMIN_UPLOAD_MAX_BODY_BYTES), while an anonymous caller, a
specialist, or an administrator's other operations over 64 KiB are still refused with 413.

Other tests expect no extract loaded (documents "not checked"): the extract is removed from
plan-svc's tables afterwards, as before the test."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from tests.e2e.conftest import graphql
from tests.e2e.test_demo_accounts import login_as
from tests.e2e.test_registration import registered_and_verified
from tests.e2e.test_role_requests import account

from cpd_platform.devstack import DevStack
from cpd_platform.local_infra import asyncpg_url

pytestmark = pytest.mark.e2e

LOAD = """
mutation Load($content: String!) {
  loadRegisterExtract(format: "csv", content: $content) {
    __typename
    ... on RegisterExtractPayload { records }
    ... on UserError { code message }
  }
}"""
EVERYDAY_LIMIT = 65536
RECORDS = 200_000  # the most an extract may hold: 12 MB of CSV


def extract_csv(records: int) -> str:
    """A register extract of `records` distinct certificates, as ФРМР exports them."""
    lines = ["snils,document_kind,series,number,specialty_code,issued_on"]
    lines += [
        f"{10_000_000_000 + n},certificate,,7724 {n:09d},31.08.36,2024-03-15"
        for n in range(records)
    ]
    return "\n".join(lines) + "\n"


def unload_extract(platform: DevStack) -> None:
    async def delete() -> None:
        engine = create_async_engine(asyncpg_url(str(platform.pg_url), platform.database))
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM plan.frmr_records"))
            await connection.execute(text("DELETE FROM plan.frmr_extracts"))
        await engine.dispose()

    asyncio.run(delete())


@pytest.fixture
def extract_restored(platform: DevStack) -> Iterator[None]:
    try:
        yield
    finally:
        unload_extract(platform)


def test_an_admin_uploads_a_full_size_extract_and_others_keep_the_small_limit(
    platform: DevStack, extract_restored: None
) -> None:
    content = extract_csv(RECORDS)
    assert len(content.encode()) > 10 * 1024 * 1024  # over gRPC's default 4 MiB as well
    admin = login_as(platform, account("admin"))

    started = time.perf_counter()
    reply = httpx.post(  # plan-svc's deadline for it is 60 s, not the usual 5 s
        platform.graphql_url,
        json={"query": LOAD, "variables": {"content": content}},
        headers={"Authorization": f"Bearer {admin}"},
        timeout=90,
    )
    elapsed = time.perf_counter() - started
    assert reply.status_code == 200, reply.text[:500]
    print(f"{len(content.encode()) / 1e6:.1f} MB, {RECORDS} records: {elapsed:.1f} s")
    assert (reply.json()["data"] or {}).get("loadRegisterExtract") == {
        "__typename": "RegisterExtractPayload",
        "records": RECORDS,
    }, reply.text[:500]

    # Just over the everyday limit: refused for anyone but an administrator's upload.
    small = extract_csv(1200)
    assert EVERYDAY_LIMIT < len(small.encode()) < 2 * EVERYDAY_LIMIT
    _, specialist = registered_and_verified(platform)
    padded_query = "query { __typename }" + " " * EVERYDAY_LIMIT
    for token, query, variables in [
        (None, LOAD, {"content": small}),
        (specialist, LOAD, {"content": small}),
        ("not-a-token", LOAD, {"content": small}),
        (admin, padded_query, {}),
    ]:
        refused = graphql(platform, query, token, **variables)
        assert refused.status_code == 413, refused.text[:500]
        assert refused.json()["errors"][0]["extensions"]["code"] == "request_too_large"
    # The specialist's attempt under the limit reaches plan-svc, which refuses it: admins only.
    tiny = graphql(platform, LOAD, specialist, content=extract_csv(10)).json()
    assert tiny["data"]["loadRegisterExtract"]["__typename"] == "UserError", tiny

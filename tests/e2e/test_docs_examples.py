"""The guides' examples run against the platform (issue 20): the provider client of
docs/providers.md, and every ```graphql block of docs/providers.md and docs/frontend.md."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from tests.e2e.conftest import Tokens, graphql

from cpd.credits.v1 import credits_pb2
from cpd_platform import demo
from cpd_platform.devstack import DevStack, dev_client_secret
from cpd_platform.posting_hash import payload_hash

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

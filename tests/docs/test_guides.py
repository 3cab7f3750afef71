"""What the guides state that can be checked without a platform: the payload hash worked
example of docs/providers.md, and that the guides' links to files and the reference resolve."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from cpd.credits.v1 import credits_pb2
from cpd_wire.posting_hash import payload_hash

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = ("providers.md", "frontend.md")
FIELDS = (
    "external_id",
    "snils",
    "element_id",
    "zet",
    "completed_on",
    "document_number",
    "program_cycle_id",
)


def test_the_worked_payload_hash_example_is_right() -> None:
    text = (DOCS / "providers.md").read_text(encoding="utf-8")
    section = text[text.index("Worked example") :]
    canonical = re.search(r"```json\n(.*?)\n```", section, re.S)
    stated = re.search(r"`([0-9a-f]{64})`", section)
    assert canonical is not None and stated is not None
    body = canonical[1]
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == stated[1]
    records = [
        credits_pb2.ResultRecord(**dict(zip(FIELDS, row, strict=True))) for row in json.loads(body)
    ]
    assert payload_hash(records) == stated[1]


@pytest.mark.parametrize("guide", GUIDES)
def test_relative_links_of_the_guides_resolve(guide: str) -> None:
    text = (DOCS / guide).read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text)
    assert links
    missing = [link for link in links if not (DOCS / link).exists()]
    assert not missing, missing

"""The batch payload hash, with a worked example a provider can check an implementation against
(docs/providers.md may cite it)."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from cpd_wire.posting_hash import legacy_payload_hash, payload_hash


class Record(NamedTuple):
    external_id: str
    snils: str
    element_id: str
    zet: int
    completed_on: str
    document_number: str = ""
    program_cycle_id: str = ""


BATCH = [
    Record(
        "ext-1",
        "112-233-445 95",
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        36,
        "2025-05-01",
        "УД-12/3",
        "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    ),
    Record("ext-2", "11223344595", "0f8fad5b-d9cb-469f-a165-70867728950e", 0, "2025-05-02"),
]
# The canonical form of BATCH, byte for byte: no spaces, non-ASCII characters as UTF-8.
CANONICAL = (
    '[["ext-1","112-233-445 95","0f8fad5b-d9cb-469f-a165-70867728950e",36,"2025-05-01",'
    '"УД-12/3","7c9e6679-7425-40de-944b-e07fc1f90ae7"],'
    '["ext-2","11223344595","0f8fad5b-d9cb-469f-a165-70867728950e",0,"2025-05-02","",""]]'
)
DIGEST = "c7aeda0f14ecb820fc4e49c4dddee9cabd7f824a6e168c5ad663831d96346fb0"


def test_the_worked_example_hashes_to_its_published_digest() -> None:
    assert hashlib.sha256(CANONICAL.encode()).hexdigest() == DIGEST
    assert payload_hash(BATCH) == DIGEST


def test_every_field_and_the_order_of_records_change_the_hash() -> None:
    changed = [BATCH[0]._replace(document_number="УД-12/4"), BATCH[1]]
    assert payload_hash(changed) != DIGEST
    assert payload_hash(list(reversed(BATCH))) != DIGEST
    assert payload_hash([BATCH[0]._replace(zet=35), BATCH[1]]) != DIGEST


def test_the_legacy_form_leaves_out_the_document_number_and_the_cycle() -> None:
    short = [BATCH[1]]
    expected = hashlib.sha256(
        b'[["ext-2","11223344595","0f8fad5b-d9cb-469f-a165-70867728950e",0,"2025-05-02"]]'
    ).hexdigest()
    assert legacy_payload_hash(short) == expected
    assert payload_hash(short) != expected

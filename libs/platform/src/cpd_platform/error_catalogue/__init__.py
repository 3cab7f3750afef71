"""The catalogue of stable error codes (issue 20): every code a client can meet, its gRPC
status or HTTP status, the Russian message, an English meaning, and the operations that can
return it. Data only; `tests/docs/test_error_catalogue.py` scans the sources and fails when a
service sends a code that is not here, `pytest_guard` checks the codes gRPC servers send while
the tests run, and `make docs` renders it into docs/reference. The gateway's GraphQL enum
`ErrorCode` is derived from it: after a change run `make schema`, `make web-codegen` and
`make docs`.

The operation lists were derived by a static walk of each service's calls from its servicer
(and of the gateway's resolvers to the RPCs they call) and then kept by hand: they say which
operations *may* return a code, so a list can name an operation that reaches the check only
for some inputs.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from cpd_platform.error_catalogue import (
    catalog,
    credits,
    gateway,
    identity,
    pk_regional,
    plan,
    platform,
    shared,
    smk_qualification,
)
from cpd_platform.error_catalogue.entry import EVERY_OPERATION, Channel, ErrorEntry

# Sections in the order the reference shows them.
SECTIONS: tuple[tuple[str, tuple[ErrorEntry, ...]], ...] = (
    ("Every service", platform.ENTRIES),
    ("Several services", shared.ENTRIES),
    ("identity-svc", identity.ENTRIES),
    ("catalog-svc", catalog.ENTRIES),
    ("plan-svc", plan.ENTRIES),
    ("credits-svc", credits.ENTRIES),
    ("pk-regional-svc", pk_regional.ENTRIES),
    ("pk-regional-svc: SMK qualification", smk_qualification.ENTRIES),
    ("gateway", gateway.ENTRIES),
)


def _by_code() -> Mapping[str, ErrorEntry]:
    entries: dict[str, ErrorEntry] = {}
    for _, section in SECTIONS:
        for entry in section:
            if entry.code in entries:
                raise ValueError(f"error code catalogued twice: {entry.code}")
            entries[entry.code] = entry
    return MappingProxyType(dict(sorted(entries.items())))


CATALOGUE: Mapping[str, ErrorEntry] = _by_code()
"""Every stable code, sorted."""


def is_catalogued(code: str) -> bool:
    return code in CATALOGUE


__all__ = ["CATALOGUE", "EVERY_OPERATION", "SECTIONS", "Channel", "ErrorEntry", "is_catalogued"]

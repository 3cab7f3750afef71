"""The catalogue of stable error codes (issue 20): every code a client can meet, its gRPC
status or HTTP status, the Russian message, an English meaning, and the operations that can
return it. The data is in one TOML file per section next to this module (`platform.toml`,
`shared.toml`, `identity.toml`, …; read by `entry_files`). `tests/docs/test_error_catalogue.py`
scans the sources and fails when a service sends a code that is not here, `pytest_guard` checks the codes gRPC servers send while
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

from cpd_platform.error_catalogue.entry import EVERY_OPERATION, Channel, ErrorEntry
from cpd_platform.error_catalogue.entry_files import read_entries

# Sections in the order the reference shows them, each read from its data file next to this
# module (platform.toml, shared.toml, …).
SECTIONS: tuple[tuple[str, tuple[ErrorEntry, ...]], ...] = tuple(
    (title, read_entries(f"{name}.toml"))
    for title, name in (
        ("Every service", "platform"),
        ("Several services", "shared"),
        ("identity-svc", "identity"),
        ("catalog-svc", "catalog"),
        ("plan-svc", "plan"),
        ("credits-svc", "credits"),
        ("pk-regional-svc", "pk_regional"),
        ("pk-regional-svc: SMK qualification", "smk_qualification"),
        ("gateway", "gateway"),
    )
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

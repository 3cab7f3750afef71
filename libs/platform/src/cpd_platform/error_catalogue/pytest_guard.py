"""pytest plugin (registered in the root conftest): every DomainError code that a gRPC server
running inside the tests sends is catalogued. The runtime side of the static scan in
tests/docs/test_error_catalogue.py; services the e2e tier starts as processes are covered by
the scan only."""

from __future__ import annotations

from collections.abc import Iterator

import grpc
import pytest

from cpd_platform import interceptors
from cpd_platform.error_catalogue import CATALOGUE
from cpd_platform.errors import DomainError


@pytest.fixture(scope="session", autouse=True)
def sent_error_codes_are_catalogued() -> Iterator[None]:
    uncatalogued: dict[str, str] = {}
    original = interceptors.status_of

    def checked(error: DomainError) -> grpc.StatusCode:
        if error.code not in CATALOGUE:
            uncatalogued.setdefault(error.code, f"{type(error).__name__}: {error.message}")
        return original(error)

    interceptors.status_of = checked
    yield
    interceptors.status_of = original
    assert not uncatalogued, (
        "gRPC errors were sent with codes missing from cpd_platform.error_catalogue: "
        + "; ".join(f"{code} ({what})" for code, what in sorted(uncatalogued.items()))
    )

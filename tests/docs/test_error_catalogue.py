"""The error catalogue holds every code the sources can send (a static scan), and its entries
are well formed: statuses exist, operations name real RPCs and GraphQL fields."""

from __future__ import annotations

from pathlib import Path

import graphql
import grpc
import pytest
from google.protobuf import descriptor_pool

from cpd.catalog.v1 import catalog_pb2, specialisation_pb2
from cpd.credits.v1 import credits_pb2
from cpd.identity.v1 import identity_pb2
from cpd.pk_regional.v1 import pk_regional_pb2, qualification_pb2
from cpd.plan.v1 import plan_pb2, training_card_pb2
from cpd_platform.error_catalogue import CATALOGUE, EVERY_OPERATION, Channel
from docs.code_scan import scan, source_files
from gateway import errors as gateway_errors

ROOT = Path(__file__).resolve().parents[2]

# Places that send a code the scan cannot read from the call itself: the code is passed on
# from an error caught or received (those codes are scanned where they are made), or built
# at run time. Each lists the codes it can produce beyond the passed-on ones.
INDIRECT: dict[tuple[str, str], tuple[str, ...]] = {
    # plan-svc passes catalog-svc's reservation refusal on, or its own fallback.
    ("plan-svc/src/plan_svc/adapters/services.py", "error_code(exc) or 'seat_not_reserved'"): (
        "seat_not_reserved",
    ),
    ("plan-svc/src/plan_svc/adapters/frmr.py", "exc.code"): (),
    (
        "pk-regional-svc/src/pk_regional_svc/domain/campaign.py",
        "f'{self.kind.value}_window_closed'",
    ): ("questionnaire_window_closed", "applications_window_closed"),
    # The profile's name fields go through check_name / check_optional_name.
    ("identity-svc/src/identity_svc/service_layer/profile.py", "name"): (
        "invalid_last_name",
        "last_name_required",
        "invalid_first_name",
        "first_name_required",
        "invalid_patronymic",
    ),
    ("gateway/src/gateway/schema/identity/login.py", "exc.code"): (
        "invalid_snils",
        "invalid_pesel",
    ),
    ("gateway/src/gateway/schema/credits.py", "redemption.reason_code"): (),
    ("gateway/src/gateway/schema/common.py", "exc.code"): (),
    ("gateway/src/gateway/schema/common.py", "error.code"): (),
    ("gateway/src/gateway/input_guard.py", "invalid.code"): (),
    # The error interceptor sends the DomainError's own code.
    ("libs/platform/src/cpd_platform/interceptors.py", "exc.code"): (),
    # A service error without a code reaches clients as its status name.
    ("gateway/src/gateway/errors.py", "code"): tuple(
        status.name.lower()
        for status in gateway_errors._PASSED_THROUGH  # the set the gateway passes on
    ),
}


@pytest.fixture(scope="module")
def scanned() -> tuple[list[object], list[object]]:
    found, unresolved = scan(source_files(ROOT))
    return list(found), list(unresolved)


def test_every_code_the_sources_send_is_catalogued(scanned: tuple[list, list]) -> None:
    found, _ = scanned
    assert len(found) > 200  # the scan still sees the services
    missing = sorted(
        {
            f"{f.code} ({f.path.relative_to(ROOT)}:{f.line})"
            for f in found
            if f.code not in CATALOGUE
        }
    )
    assert not missing, "codes missing from cpd_platform.error_catalogue: " + ", ".join(missing)


def test_codes_sent_indirectly_are_known_and_catalogued(scanned: tuple[list, list]) -> None:
    _, unresolved = scanned
    sites = {(str(u.path.relative_to(ROOT)), u.expression) for u in unresolved}
    unknown = sites - INDIRECT.keys()
    assert not unknown, (
        "error codes the scan cannot read (raise a literal or a module constant, or list the "
        f"site in INDIRECT with the codes it sends): {sorted(unknown)}"
    )
    indirect = {code for codes in INDIRECT.values() for code in codes}
    assert sorted(indirect - CATALOGUE.keys()) == []


def _rpc_names() -> set[str]:
    pool = descriptor_pool.Default()
    names: set[str] = set()
    for module in (
        catalog_pb2,
        specialisation_pb2,
        credits_pb2,
        identity_pb2,
        pk_regional_pb2,
        qualification_pb2,
        plan_pb2,
        training_card_pb2,
    ):
        file = pool.FindFileByName(module.DESCRIPTOR.name)
        for service in file.services_by_name.values():
            names.add(f"{service.name}/*")
            names.update(f"{service.name}/{method.name}" for method in service.methods)
    return names


def _graphql_root_fields() -> set[str]:
    schema = graphql.build_schema((ROOT / "gateway/schema.graphql").read_text(encoding="utf-8"))
    roots = [schema.query_type, schema.mutation_type]
    return {name for root in roots if root is not None for name in root.fields}


def test_entries_are_well_formed() -> None:
    rpcs, fields = _rpc_names(), _graphql_root_fields()
    for code, entry in CATALOGUE.items():
        assert entry.code == code and code == code.lower(), code
        assert entry.channels and entry.message and entry.meaning, code
        if Channel.GRPC_STATUS in entry.channels:
            assert entry.grpc_status in grpc.StatusCode.__members__, code
        if Channel.HTTP in entry.channels:
            assert entry.http_status is not None and 400 <= entry.http_status < 500, code
        for operation in entry.operation_names:
            known = operation == EVERY_OPERATION or operation in rpcs or operation in fields
            assert known, f"{code}: unknown operation {operation}"

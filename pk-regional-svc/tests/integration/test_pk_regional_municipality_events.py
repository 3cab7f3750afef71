"""identity-svc hears of pk-regional-svc's municipalities through events, not calls: a
municipality created here lets its region's operator appoint a municipal operator there."""

from __future__ import annotations

import uuid
from typing import Any

import grpc
import pytest
from pk_regional_journeys import Stub, World

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code, wait_until
from identity_svc.adapters.municipalities import KnownMunicipalities

pytestmark = pytest.mark.integration


async def test_a_new_municipality_reaches_identity_svc_and_its_operator_can_be_appointed(
    pk: Stub, world: World, roles: Any, regional_stack: tuple[RunningService, RunningService]
) -> None:
    identity = regional_stack[0]
    created = await pk.CreateMunicipality(
        pb.CreateMunicipalityRequest(
            region_code="16",
            name=f"Событийный район {uuid.uuid4().hex[:6]}",
            kind=pb.MUNICIPALITY_KIND_MUNICIPAL_DISTRICT,
        ),
        metadata=bearer(world.regional),
    )
    municipality_id = created.municipality.id
    known = KnownMunicipalities(identity.infrastructure.sessions)

    async def heard_of() -> bool:
        return municipality_id in await known.municipality_ids("16")

    assert await wait_until(
        heard_of, what="pk_regional.municipality_registered reaching identity-svc"
    )
    assert municipality_id not in await known.municipality_ids("02")

    appointee, _ = await roles.person()
    scope = f"municipality:{municipality_id}"
    async with grpc.aio.insecure_channel(f"127.0.0.1:{identity.port}") as channel:
        stub = identity_pb2_grpc.IdentityServiceStub(channel)
        granted = await stub.GrantRole(
            identity_pb2.GrantRoleRequest(
                person_id=appointee, role="municipal_operator", scope=scope
            ),
            metadata=bearer(world.regional),
        )
        assert (granted.grant.role, granted.grant.scope) == ("municipal_operator", scope)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.GrantRole(
                identity_pb2.GrantRoleRequest(
                    person_id=appointee,
                    role="municipal_operator",
                    scope=f"municipality:{uuid.uuid4()}",
                ),
                metadata=bearer(world.regional),
            )
    assert grpc_error_code(caught.value) == "grant_not_allowed"

"""A teacher reads their own completion documents over gRPC (real PostgreSQL, identity-svc):
only their own; operators, who are no teachers, have none to read."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from pk_regional_journeys import Stub, World, certificate, refused

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.testing import bearer, grpc_error_code

pytestmark = pytest.mark.integration


async def test_a_teacher_reads_only_their_own_completion_documents(
    pk: Stub, world: World, roles: Any
) -> None:
    trained = world.teachers["t1"]
    recorded = await pk.RecordCompletion(
        certificate(
            trained.id,
            "own-document-1",
            issued_on="2025-10-02",
            hours=36,
            programme="Цифровая образовательная среда",
        ),
        metadata=bearer(world.tokens["muni0_op"]),
    )

    mine = await pk.ListMyCompletions(
        pb.ListMyCompletionsRequest(), metadata=bearer(await world.teacher_token(roles, "t1"))
    )
    assert recorded.document.id in [d.id for d in mine.documents]
    assert {d.teacher_id for d in mine.documents} == {trained.id}
    own = next(d for d in mine.documents if d.id == recorded.document.id)
    assert (own.number, own.hours, own.programme) == (
        "own-document-1",
        36,
        "Цифровая образовательная среда",
    )

    other = await pk.ListMyCompletions(
        pb.ListMyCompletionsRequest(), metadata=bearer(await world.teacher_token(roles, "t2"))
    )
    assert trained.id not in {d.teacher_id for d in other.documents}

    for operator in (world.tokens["muni0_op"], world.tokens["school1_head"], world.regional):
        error = await refused(
            pk.ListMyCompletions(pb.ListMyCompletionsRequest(), metadata=bearer(operator))
        )
        assert error.code() == grpc.StatusCode.NOT_FOUND
        assert grpc_error_code(error) == "teacher_not_found"

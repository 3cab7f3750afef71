"""The per-request DataLoaders: one BatchGet… call per kind of thing, answers in the order of the
keys asked for, None for a key the service does not know."""

from __future__ import annotations

import asyncio
from typing import Any

from gateway_fakes import FakeBackends

from cpd.catalog.v1 import catalog_pb2
from cpd.plan.v1 import plan_pb2
from gateway.loaders import Loaders


async def test_each_loader_batches_its_keys_into_one_call_and_answers_in_their_order() -> None:
    backends = FakeBackends(
        {
            "BatchGetSpecialties": catalog_pb2.BatchGetSpecialtiesResponse(
                specialties=[catalog_pb2.Specialty(code="31.08.36", name="Кардиология")]
            ),
            "BatchGetProviders": catalog_pb2.BatchGetProvidersResponse(
                providers=[catalog_pb2.Provider(id="p2"), catalog_pb2.Provider(id="p1")]
            ),
            "BatchGetProgramCycles": catalog_pb2.BatchGetProgramCyclesResponse(
                cycles=[catalog_pb2.ProgramCycle(id="pc1")]
            ),
            "BatchGetProgress": plan_pb2.BatchGetProgressResponse(
                progress=[plan_pb2.Progress(cycle_id="c1", total_zet=36)]
            ),
        }
    )
    fake: Any = backends
    loaders = Loaders(fake, ())
    specialties, providers, cycles, progress = await asyncio.gather(
        loaders.specialty.load_many(["31.08.36", "00.00.00"]),
        loaders.provider.load_many(["p1", "p2"]),
        loaders.program_cycle.load_many(["pc1"]),
        loaders.progress.load_many(["c0", "c1"]),
    )
    assert [s and s.name for s in specialties] == ["Кардиология", None]
    assert [p and p.id for p in providers] == ["p1", "p2"]
    assert [c and c.id for c in cycles] == ["pc1"]
    assert [p and p.total_zet for p in progress] == [None, 36]
    assert sorted(backends.requests, key=lambda call: call[0]) == [
        ("BatchGetProgramCycles", catalog_pb2.BatchGetProgramCyclesRequest(ids=["pc1"])),
        ("BatchGetProgress", plan_pb2.BatchGetProgressRequest(cycle_ids=["c0", "c1"])),
        ("BatchGetProviders", catalog_pb2.BatchGetProvidersRequest(ids=["p1", "p2"])),
        (
            "BatchGetSpecialties",
            catalog_pb2.BatchGetSpecialtiesRequest(codes=["31.08.36", "00.00.00"]),
        ),
    ]

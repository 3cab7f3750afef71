"""Per-request DataLoaders: one batched gRPC call per kind of thing a query asks for."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from cpd.catalog.v1 import catalog_pb2
from cpd.plan.v1 import plan_pb2
from gateway.backends import Backends


class Loaders:
    def __init__(self, backends: Backends, metadata: tuple[tuple[str, str], ...]) -> None:
        self._backends = backends
        self._metadata = metadata
        self.specialty = DataLoader[str, catalog_pb2.Specialty | None](load_fn=self._specialties)
        self.element = DataLoader[str, catalog_pb2.Element | None](load_fn=self._elements)
        self.provider = DataLoader[str, catalog_pb2.Provider | None](load_fn=self._providers)
        self.program_cycle = DataLoader[str, catalog_pb2.ProgramCycle | None](
            load_fn=self._program_cycles
        )
        self.progress = DataLoader[str, plan_pb2.Progress | None](load_fn=self._progress)
        self.plan_items = DataLoader[str, list[plan_pb2.PlanItem]](load_fn=self._plan_items)

    async def _specialties(self, codes: Sequence[str]) -> list[catalog_pb2.Specialty | None]:
        reply = await self._backends.call(
            self._backends.catalog.BatchGetSpecialties,
            catalog_pb2.BatchGetSpecialtiesRequest(codes=list(codes)),
            self._metadata,
        )
        found = {s.code: s for s in reply.specialties}
        return [found.get(code) for code in codes]

    async def _elements(self, ids: Sequence[str]) -> list[catalog_pb2.Element | None]:
        reply = await self._backends.call(
            self._backends.catalog.BatchGetElements,
            catalog_pb2.BatchGetElementsRequest(ids=list(ids)),
            self._metadata,
        )
        found = {e.id: e for e in reply.elements}
        return [found.get(i) for i in ids]

    async def _progress(self, cycle_ids: Sequence[str]) -> list[plan_pb2.Progress | None]:
        reply = await self._backends.call(
            self._backends.plan.BatchGetProgress,
            plan_pb2.BatchGetProgressRequest(cycle_ids=list(cycle_ids)),
            self._metadata,
        )
        found = {p.cycle_id: p for p in reply.progress}
        return [found.get(i) for i in cycle_ids]

    async def _plan_items(self, cycle_ids: Sequence[str]) -> list[list[plan_pb2.PlanItem]]:
        reply = await self._backends.call(
            self._backends.plan.BatchGetPlanItems,
            plan_pb2.BatchGetPlanItemsRequest(cycle_ids=list(cycle_ids)),
            self._metadata,
        )
        found = {p.cycle_id: list(p.items) for p in reply.plans}
        return [found.get(i, []) for i in cycle_ids]

    async def _providers(self, ids: Sequence[str]) -> list[catalog_pb2.Provider | None]:
        reply = await self._backends.call(
            self._backends.catalog.BatchGetProviders,
            catalog_pb2.BatchGetProvidersRequest(ids=list(ids)),
            self._metadata,
        )
        found = {p.id: p for p in reply.providers}
        return [found.get(i) for i in ids]

    async def _program_cycles(self, ids: Sequence[str]) -> list[catalog_pb2.ProgramCycle | None]:
        reply = await self._backends.call(
            self._backends.catalog.BatchGetProgramCycles,
            catalog_pb2.BatchGetProgramCyclesRequest(ids=list(ids)),
            self._metadata,
        )
        found = {c.id: c for c in reply.cycles}
        return [found.get(i) for i in ids]

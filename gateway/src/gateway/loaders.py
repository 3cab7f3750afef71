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
        self.progress = DataLoader[str, plan_pb2.Progress | None](load_fn=self._progress)

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

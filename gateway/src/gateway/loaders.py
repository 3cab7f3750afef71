"""Per-request DataLoaders: one batched gRPC call per kind of thing a query asks for."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

from google.protobuf.message import Message
from strawberry.dataloader import DataLoader

from cpd.catalog.v1 import catalog_pb2
from cpd.plan.v1 import plan_pb2
from gateway.backends import Backends
from gateway.errors import GatewayError

V = TypeVar("V")


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
        # One key (""): the caller's cycles, read once per request.
        self.my_cycles = DataLoader[str, list[plan_pb2.Cycle]](load_fn=self._my_cycles)

    async def _by_key(
        self,
        method: Callable[..., Awaitable[Any]],
        request: Message,
        keys: Sequence[str],
        found: Callable[[Any], Iterable[tuple[str, V]]],
        missing: Callable[[], V],
    ) -> list[V]:
        """One batch call; the answers in the order of `keys` (`missing()` for unknown keys)."""
        reply = await self._backends.call(method, request, self._metadata)
        by_key = dict(found(reply))
        return [by_key[key] if key in by_key else missing() for key in keys]

    async def _specialties(self, codes: Sequence[str]) -> list[catalog_pb2.Specialty | None]:
        return await self._by_key(
            self._backends.catalog.BatchGetSpecialties,
            catalog_pb2.BatchGetSpecialtiesRequest(codes=list(codes)),
            codes,
            lambda reply: ((s.code, s) for s in reply.specialties),
            lambda: None,
        )

    async def _elements(self, ids: Sequence[str]) -> list[catalog_pb2.Element | None]:
        return await self._by_key(
            self._backends.catalog.BatchGetElements,
            catalog_pb2.BatchGetElementsRequest(ids=list(ids)),
            ids,
            lambda reply: ((e.id, e) for e in reply.elements),
            lambda: None,
        )

    async def _progress(self, cycle_ids: Sequence[str]) -> list[plan_pb2.Progress | None]:
        return await self._by_key(
            self._backends.plan.BatchGetProgress,
            plan_pb2.BatchGetProgressRequest(cycle_ids=list(cycle_ids)),
            cycle_ids,
            lambda reply: ((p.cycle_id, p) for p in reply.progress),
            lambda: None,
        )

    async def _plan_items(self, cycle_ids: Sequence[str]) -> list[list[plan_pb2.PlanItem]]:
        return await self._by_key(
            self._backends.plan.BatchGetPlanItems,
            plan_pb2.BatchGetPlanItemsRequest(cycle_ids=list(cycle_ids)),
            cycle_ids,
            lambda reply: ((p.cycle_id, list(p.items)) for p in reply.plans),
            list,
        )

    async def _providers(self, ids: Sequence[str]) -> list[catalog_pb2.Provider | None]:
        return await self._by_key(
            self._backends.catalog.BatchGetProviders,
            catalog_pb2.BatchGetProvidersRequest(ids=list(ids)),
            ids,
            lambda reply: ((p.id, p) for p in reply.providers),
            lambda: None,
        )

    async def _program_cycles(self, ids: Sequence[str]) -> list[catalog_pb2.ProgramCycle | None]:
        return await self._by_key(
            self._backends.catalog.BatchGetProgramCycles,
            catalog_pb2.BatchGetProgramCyclesRequest(ids=list(ids)),
            ids,
            lambda reply: ((c.id, c) for c in reply.cycles),
            lambda: None,
        )

    async def _my_cycles(self, keys: Sequence[str]) -> list[list[plan_pb2.Cycle]]:
        """The caller's cycles; none for a caller who is not a person, or while plan-svc does not
        answer (what uses them, like the catalog's "x2", is a hint, not worth failing a page)."""
        try:
            reply = await self._backends.call(
                self._backends.plan.ListMyCycles, plan_pb2.ListMyCyclesRequest(), self._metadata
            )
        except GatewayError:
            return [[] for _ in keys]
        return [list(reply.cycles) for _ in keys]

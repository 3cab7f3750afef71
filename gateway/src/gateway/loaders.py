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
        catalog, plan = backends.catalog, backends.plan
        self.specialty: DataLoader[str, catalog_pb2.Specialty | None] = self._batch(
            catalog.BatchGetSpecialties, catalog_pb2.BatchGetSpecialtiesRequest, "code"
        )
        self.element: DataLoader[str, catalog_pb2.Element | None] = self._batch(
            catalog.BatchGetElements, catalog_pb2.BatchGetElementsRequest, "id"
        )
        self.provider: DataLoader[str, catalog_pb2.Provider | None] = self._batch(
            catalog.BatchGetProviders, catalog_pb2.BatchGetProvidersRequest, "id"
        )
        self.program_cycle: DataLoader[str, catalog_pb2.ProgramCycle | None] = self._batch(
            catalog.BatchGetProgramCycles, catalog_pb2.BatchGetProgramCyclesRequest, "id"
        )
        self.progress: DataLoader[str, plan_pb2.Progress | None] = self._batch(
            plan.BatchGetProgress, plan_pb2.BatchGetProgressRequest, "cycle_id"
        )
        self.plan_items = DataLoader[str, list[plan_pb2.PlanItem]](load_fn=self._plan_items)
        # One key (""): the caller's cycles, read once per request.
        self.my_cycles = DataLoader[str, list[plan_pb2.Cycle]](load_fn=self._my_cycles)

    def _batch(
        self, method: Callable[..., Awaitable[Any]], request: Callable[..., Message], key: str
    ) -> DataLoader[str, Any]:
        """A loader of things by key through a `BatchGet…` call, as they are all shaped: the
        request's one field lists the keys, the reply's one field the things found, each naming
        its key in the field `key`. Keys not found load None."""

        async def load(keys: Sequence[str]) -> list[Any]:
            [keys_field] = request.DESCRIPTOR.fields  # type: ignore[attr-defined]
            return await self._by_key(
                method,
                request(**{keys_field.name: list(keys)}),
                keys,
                lambda reply: ((getattr(t, key), t) for t in getattr(reply, _only_field(reply))),
                lambda: None,
            )

        return DataLoader[str, Any](load_fn=load)

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

    async def _plan_items(self, cycle_ids: Sequence[str]) -> list[list[plan_pb2.PlanItem]]:
        return await self._by_key(
            self._backends.plan.BatchGetPlanItems,
            plan_pb2.BatchGetPlanItemsRequest(cycle_ids=list(cycle_ids)),
            cycle_ids,
            lambda reply: ((p.cycle_id, list(p.items)) for p in reply.plans),
            list,
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


def _only_field(reply: Message) -> str:
    [field] = reply.DESCRIPTOR.fields
    return str(field.name)

"""Clients of catalog-svc, identity-svc and plan-svc. Calls carry the caller's token, the
request id and a deadline (cpd_platform.interceptors.open_channel).

Posting looks up the same elements, cycles and persons batch after batch, so lookups are
cached for a short while: elements and cycles change rarely (a minute of staleness at most),
and a SNILS never moves to another person.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import date
from typing import Generic, TypeVar

import grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform.errors import PermissionDenied
from cpd_platform.service_identity import ServiceIdentity
from credits_svc.domain.code_records import PersonContact
from credits_svc.domain.records import Element, ElementKind, ProgramCycle

_KINDS = {
    catalog_pb2.ELEMENT_KIND_PROGRAM: ElementKind.PROGRAM,
    catalog_pb2.ELEMENT_KIND_EVENT: ElementKind.EVENT,
    catalog_pb2.ELEMENT_KIND_MODULE: ElementKind.MODULE,
}
IDS_PER_CALL = 1000

V = TypeVar("V")


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


class TtlCache(Generic[V]):
    """A bounded map whose entries expire; misses are fetched in one batch call."""

    def __init__(self, ttl: float, max_entries: int) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._entries: OrderedDict[str, tuple[float, V]] = OrderedDict()

    async def get_many(
        self, keys: Iterable[str], fetch: Callable[[list[str]], Awaitable[dict[str, V]]]
    ) -> dict[str, V]:
        now = time.monotonic()
        found: dict[str, V] = {}
        missing: list[str] = []
        for key in dict.fromkeys(keys):
            entry = self._entries.get(key)
            if entry is not None and entry[0] > now:
                found[key] = entry[1]
            else:
                missing.append(key)
        for start in range(0, len(missing), IDS_PER_CALL):
            fetched = await fetch(missing[start : start + IDS_PER_CALL])
            for key, value in fetched.items():
                self._entries[key] = (now + self._ttl, value)
                self._entries.move_to_end(key)
            found.update(fetched)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
        return found

    def clear(self) -> None:
        self._entries.clear()


def _element(e: catalog_pb2.Element) -> Element:
    return Element(
        id=e.id,
        provider_id=e.provider_id,
        kind=_KINDS[e.kind],
        zet=e.zet,
        main_specialty_code=e.main_specialty_code,
        additional_specialty_codes=tuple(e.additional_specialty_codes),
        starts_on=_date(e.starts_on),
        ends_on=_date(e.ends_on),
        title=e.title,
    )


def _cycle(c: catalog_pb2.ProgramCycle) -> ProgramCycle | None:
    starts_on, ends_on = _date(c.starts_on), _date(c.ends_on)
    if starts_on is None or ends_on is None:
        return None
    return ProgramCycle(c.id, c.element_id, starts_on, ends_on)


class CatalogClient:
    def __init__(self, channel: grpc.aio.Channel, cache_seconds: float = 60.0) -> None:
        self._stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        self._elements: TtlCache[Element] = TtlCache(cache_seconds, 100_000)
        self._cycles: TtlCache[ProgramCycle] = TtlCache(cache_seconds, 100_000)
        self._providers: TtlCache[str] = TtlCache(cache_seconds, 10_000)

    async def elements(self, ids: Sequence[str]) -> dict[str, Element]:
        return await self._elements.get_many(ids, self._fetch_elements)

    async def cycles(self, ids: Sequence[str]) -> dict[str, ProgramCycle]:
        return await self._cycles.get_many(ids, self._fetch_cycles)

    async def provider_for_client(self, client_id: str) -> str:
        found = await self._providers.get_many([client_id], self._fetch_provider)
        return found[client_id]

    async def _fetch_elements(self, ids: list[str]) -> dict[str, Element]:
        response = await self._stub.BatchGetElements(catalog_pb2.BatchGetElementsRequest(ids=ids))
        return {e.id: _element(e) for e in response.elements if e.kind in _KINDS}

    async def _fetch_cycles(self, ids: list[str]) -> dict[str, ProgramCycle]:
        response = await self._stub.BatchGetProgramCycles(
            catalog_pb2.BatchGetProgramCyclesRequest(ids=ids)
        )
        return {c.id: cycle for c in response.cycles if (cycle := _cycle(c)) is not None}

    async def _fetch_provider(self, client_ids: list[str]) -> dict[str, str]:
        try:
            response = await self._stub.GetProviderByClient(
                catalog_pb2.GetProviderByClientRequest(client_id=client_ids[0])
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED):
                raise PermissionDenied(
                    "not_a_provider", "Клиент не привязан ни к одной образовательной организации"
                ) from None
            raise
        return {client_ids[0]: str(response.provider.id)}


class IdentityClient:
    """`service`: credits-svc's own identity, sent with the SNILS lookups (identity-svc shows
    e-mail addresses to it, not to the provider whose token is forwarded)."""

    def __init__(
        self,
        channel: grpc.aio.Channel,
        service: ServiceIdentity | None = None,
        cache_seconds: float = 600.0,
    ) -> None:
        self._stub = identity_pb2_grpc.IdentityServiceStub(channel)
        self._service = service
        self._persons: TtlCache[str] = TtlCache(cache_seconds, 1_000_000)

    async def persons_by_snils(self, snils: Sequence[str]) -> dict[str, str]:
        """SNILS (11 digits) → person id, for those registered."""
        return await self._persons.get_many(snils, self._fetch)

    async def contacts_by_snils(self, snils: Sequence[str]) -> dict[str, PersonContact]:
        """Not cached: e-mail addresses change."""
        found: dict[str, PersonContact] = {}
        metadata = await self._service.metadata() if self._service else ()
        for start in range(0, len(snils), IDS_PER_CALL):
            response = await self._stub.BatchFindPersonsBySnils(
                identity_pb2.BatchFindPersonsBySnilsRequest(
                    snils=list(snils[start : start + IDS_PER_CALL])
                ),
                metadata=metadata,
            )
            for p in response.persons:
                name = " ".join(part for part in (p.first_name, p.patronymic) if part)
                found[p.snils] = PersonContact(p.id, p.snils, p.email, name)
        return found

    async def _fetch(self, snils: list[str]) -> dict[str, str]:
        # credits-svc's own identity too: the poster (a provider's system or its staff member,
        # authorised by credits-svc already) may not resolve SNILS itself, and the cache is
        # shared between callers anyway.
        metadata = await self._service.metadata() if self._service else ()
        response = await self._stub.BatchFindPersonsBySnils(
            identity_pb2.BatchFindPersonsBySnilsRequest(snils=snils), metadata=metadata
        )
        return {p.snils: p.id for p in response.persons}


class PlanClient:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = plan_pb2_grpc.PlanServiceStub(channel)

    async def is_planned(self, element_id: str) -> bool:
        """Whether the calling person (whose token is forwarded) has the element in a plan."""
        response = await self._stub.IsElementPlanned(
            plan_pb2.IsElementPlannedRequest(element_id=element_id)
        )
        return bool(response.planned)

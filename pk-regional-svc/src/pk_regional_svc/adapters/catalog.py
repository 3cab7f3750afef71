"""catalog-svc as pk-regional-svc needs it: the regional programme registry and its seats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.errors import FailedPrecondition
from cpd_platform.service_identity import ServiceIdentity

TEACHERS = "teachers"


@dataclass(frozen=True, slots=True)
class Course:
    id: str
    title: str
    hours: int
    region_code: str
    audience: str
    status: str


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    course_id: str
    starts_on: str
    ends_on: str


class Catalog(Protocol):
    async def courses(self, ids: Sequence[str]) -> dict[str, Course]: ...

    async def groups(self, ids: Sequence[str]) -> dict[str, Group]: ...

    async def reserve(self, group_ids: Sequence[str], holder: str, key: str) -> str: ...

    async def release(self, key: str) -> None: ...

    async def release_for_holder(self, key: str) -> None:
        """Releases a teacher's seats on behalf of the calling operator (their forwarded token)
        with pk-regional-svc's own service token, which catalog-svc requires for releasing
        someone else's seats; idempotent."""
        ...


class GrpcCatalog:
    def __init__(self, channel: grpc.aio.Channel, identity: ServiceIdentity) -> None:
        self._stub = catalog_pb2_grpc.CatalogServiceStub(channel)
        self._identity = identity

    async def courses(self, ids: Sequence[str]) -> dict[str, Course]:
        reply = await self._stub.BatchGetElements(catalog_pb2.BatchGetElementsRequest(ids=ids))
        return {
            e.id: Course(e.id, e.title, e.zet, e.region_code, e.audience, e.status)
            for e in reply.elements
            if e.kind == catalog_pb2.ELEMENT_KIND_PROGRAM
        }

    async def groups(self, ids: Sequence[str]) -> dict[str, Group]:
        reply = await self._stub.BatchGetProgramCycles(
            catalog_pb2.BatchGetProgramCyclesRequest(ids=ids)
        )
        return {c.id: Group(c.id, c.element_id, c.starts_on, c.ends_on) for c in reply.cycles}

    async def reserve(self, group_ids: Sequence[str], holder: str, key: str) -> str:
        claims = [
            catalog_pb2.SeatClaim(target_id=g, basis=catalog_pb2.FUNDING_BASIS_BUDGET)
            for g in group_ids
        ]
        try:
            reply = await self._stub.ReserveSeats(
                catalog_pb2.ReserveSeatsRequest(claims=claims, holder=holder, idempotency_key=key)
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.FAILED_PRECONDITION:
                raise FailedPrecondition(
                    "no_seats_left",
                    exc.details() or "В одной из выбранных групп не осталось свободных мест",
                ) from None
            raise
        return str(reply.reservation_id)

    async def release(self, key: str) -> None:
        await self._stub.ReleaseSeats(catalog_pb2.ReleaseSeatsRequest(idempotency_key=key))

    async def release_for_holder(self, key: str) -> None:
        if not self._identity.configured:
            raise FailedPrecondition(
                "service_identity_missing",
                "Служба не настроена для освобождения мест за педагога: обратитесь к администратору",
            )
        await self._stub.ReleaseSeats(
            catalog_pb2.ReleaseSeatsRequest(idempotency_key=key),
            metadata=await self._identity.metadata(),
        )

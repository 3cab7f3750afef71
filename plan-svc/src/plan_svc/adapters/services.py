"""Clients of the other services plan-svc calls (catalog-svc, identity-svc, credits-svc).

Channels come from `Infrastructure.channel` (open_channel): each call forwards the caller's
bearer token and request id, with the configured deadline.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import grpc

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.errors import (
    ERROR_CODE_METADATA_KEY,
    FailedPrecondition,
    NotFound,
    PermissionDenied,
)
from cpd_platform.snils import format_snils
from plan_svc.domain.applications import FundingBasis
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.plan import ElementFacts
from plan_svc.domain.portfolio import PortfolioPerson
from plan_svc.domain.rule_sets import EducationLevel
from plan_svc.domain.specialties import NomenclatureSpecialty
from plan_svc.domain.suggestions import Candidate

log = logging.getLogger("plan_svc.services")

KINDS = {
    catalog_pb2.ELEMENT_KIND_PROGRAM: CreditKind.PROGRAM,
    catalog_pb2.ELEMENT_KIND_EVENT: CreditKind.EVENT,
    catalog_pb2.ELEMENT_KIND_MODULE: CreditKind.MODULE,
}
PB_KINDS = {kind: pb for pb, kind in KINDS.items()}
BASES = {
    FundingBasis.BUDGET: catalog_pb2.FUNDING_BASIS_BUDGET,
    FundingBasis.CONTRACT: catalog_pb2.FUNDING_BASIS_CONTRACT,
    FundingBasis.OMS: catalog_pb2.FUNDING_BASIS_OMS,
}


def error_code(exc: grpc.aio.AioRpcError) -> str:
    for key, value in exc.trailing_metadata() or ():
        if key == ERROR_CODE_METADATA_KEY:
            return str(value)
    return ""


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class CatalogElement:
    facts: ElementFacts
    title: str
    status: str
    free: bool
    region_code: str
    distance: bool
    rating: float
    tickets_free: int
    provider_name: str = ""


@dataclass(frozen=True, slots=True)
class ProgramCycleFacts:
    id: str
    element_id: str
    starts_on: date | None
    ends_on: date | None
    free_by_basis: dict[int, int]


def element_from_pb(e: catalog_pb2.Element) -> CatalogElement | None:
    kind = KINDS.get(e.kind)
    if kind is None:
        return None
    return CatalogElement(
        facts=ElementFacts(
            element_id=e.id,
            kind=kind,
            provider_id=e.provider_id,
            main_specialty_code=e.main_specialty_code,
            additional_specialty_codes=tuple(e.additional_specialty_codes),
            starts_on=_date(e.starts_on),
            ends_on=_date(e.ends_on),
        ),
        title=e.title,
        status=e.status,
        free=e.free,
        region_code=e.region_code,
        distance=e.distance_learning or kind == CreditKind.MODULE or e.event_format == "online",
        rating=e.rating,
        tickets_free=e.tickets_free,
        provider_name=e.provider_name,
    )


def cycle_from_pb(c: catalog_pb2.ProgramCycle) -> ProgramCycleFacts:
    return ProgramCycleFacts(
        id=c.id,
        element_id=c.element_id,
        starts_on=_date(c.starts_on),
        ends_on=_date(c.ends_on),
        free_by_basis={s.basis: s.free for s in c.seats},
    )


class SeatsUnavailable(Exception):
    pass


LEVELS = {
    catalog_pb2.EDUCATION_LEVEL_HIGHER: EducationLevel.HIGHER,
    catalog_pb2.EDUCATION_LEVEL_SECONDARY: EducationLevel.SECONDARY,
}


class NomenclatureCache:
    """The nomenclature of specialties (`fetch`: catalog-svc's ListSpecialties, with the
    channel's deadline), kept for `ttl` seconds: reference data that changes with a ministry
    order, not per request. A failed refresh raises (the caller gets UNAVAILABLE) and the next
    call tries again; one refresh at a time."""

    def __init__(
        self,
        fetch: Callable[[], Awaitable[list[NomenclatureSpecialty]]],
        ttl: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._ttl = ttl
        self._clock = clock
        self._lock = asyncio.Lock()
        self._loaded_at: float | None = None
        self._by_code: dict[str, NomenclatureSpecialty] = {}

    def _fresh(self) -> bool:
        return self._loaded_at is not None and self._clock() - self._loaded_at < self._ttl

    async def specialty(self, code: str) -> NomenclatureSpecialty | None:
        if not self._fresh():
            async with self._lock:
                if not self._fresh():
                    self._by_code = {s.code: s for s in await self._fetch()}
                    self._loaded_at = self._clock()
        return self._by_code.get(code)


class CatalogClient:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = catalog_pb2_grpc.CatalogServiceStub(channel)

    async def specialties(self) -> list[NomenclatureSpecialty]:
        """The whole nomenclature of specialties with their education levels."""
        reply = await self._stub.ListSpecialties(catalog_pb2.ListSpecialtiesRequest())
        return [
            NomenclatureSpecialty(s.code, s.name, LEVELS.get(s.level)) for s in reply.specialties
        ]

    async def elements(self, ids: Iterable[str]) -> dict[str, CatalogElement]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        reply = await self._stub.BatchGetElements(catalog_pb2.BatchGetElementsRequest(ids=wanted))
        found = {}
        for e in reply.elements:
            element = element_from_pb(e)
            if element is not None:
                found[e.id] = element
        return found

    async def element(self, element_id: str) -> CatalogElement:
        found = (await self.elements([element_id])).get(element_id)
        if found is None or found.status == "draft":
            raise NotFound("element_not_found", "Элемент каталога не найден")
        return found

    async def provider_for_client(self, client_id: str) -> str:
        """The provider whose system authenticates as `client_id` (a client-credentials token)."""
        try:
            reply = await self._stub.GetProviderByClient(
                catalog_pb2.GetProviderByClientRequest(client_id=client_id)
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED):
                raise PermissionDenied(
                    "not_a_provider", "Клиент не привязан ни к одной образовательной организации"
                ) from None
            raise
        return str(reply.provider.id)

    async def program_cycle(self, program_cycle_id: str) -> ProgramCycleFacts:
        reply = await self._stub.BatchGetProgramCycles(
            catalog_pb2.BatchGetProgramCyclesRequest(ids=[program_cycle_id])
        )
        for c in reply.cycles:
            if c.id == program_cycle_id:
                return cycle_from_pb(c)
        raise NotFound("program_cycle_not_found", "Цикл программы не найден")

    async def reserve(self, target_id: str, basis: int, holder: str, key: str) -> str:
        """The reservation id; SeatsUnavailable when catalog-svc has no free seat left."""
        try:
            reply = await self._stub.ReserveSeats(
                catalog_pb2.ReserveSeatsRequest(
                    claims=[catalog_pb2.SeatClaim(target_id=target_id, basis=basis)],  # type: ignore[arg-type]
                    holder=holder,
                    idempotency_key=key,
                )
            )
        except grpc.aio.AioRpcError as exc:
            if error_code(exc) == "no_seats_left":
                raise SeatsUnavailable from exc
            if exc.code() in (grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.NOT_FOUND):
                raise FailedPrecondition(
                    error_code(exc) or "seat_not_reserved", exc.details() or "Место не занято"
                ) from exc
            raise
        return str(reply.reservation_id)

    async def release(self, key: str) -> None:
        await self._stub.ReleaseSeats(catalog_pb2.ReleaseSeatsRequest(idempotency_key=key))

    async def search(
        self,
        *,
        specialty_code: str,
        kind: CreditKind,
        starts_from: date | None,
        page_size: int,
    ) -> list[CatalogElement]:
        reply = await self._stub.SearchElements(
            catalog_pb2.SearchElementsRequest(
                kind=PB_KINDS[kind],
                specialty_code=specialty_code,
                starts_from=starts_from.isoformat() if starts_from else "",
                with_free_seats=True,
                audience="medical",
                page_size=page_size,
            )
        )
        return [e for e in map(element_from_pb, reply.elements) if e is not None]

    async def search_programs_with_cycles(
        self, specialty_code: str, starts_from: date, page_size: int
    ) -> list[tuple[CatalogElement, catalog_pb2.Element]]:
        reply = await self._stub.SearchElements(
            catalog_pb2.SearchElementsRequest(
                kind=catalog_pb2.ELEMENT_KIND_PROGRAM,
                specialty_code=specialty_code,
                starts_from=starts_from.isoformat(),
                with_free_seats=True,
                audience="medical",
                page_size=page_size,
            )
        )
        found = []
        for e in reply.elements:
            element = element_from_pb(e)
            if element is not None:
                found.append((element, e))
        return found


def candidates_from(
    elements: Sequence[tuple[CatalogElement, catalog_pb2.Element | None]], today: date
) -> list[Candidate]:
    """Programs: the earliest cycle not yet started with a free seat; others: the element."""
    result = []
    for element, pb in elements:
        starts_on = element.facts.starts_on
        free: int | None = None
        cycle_id = ""
        if element.facts.kind == CreditKind.PROGRAM and pb is not None:
            upcoming = sorted(
                (cycle_from_pb(c) for c in pb.cycles),
                key=lambda c: c.starts_on or date.max,
            )
            open_cycles = [
                c
                for c in upcoming
                if (c.starts_on is None or c.starts_on >= today)
                and sum(
                    n for b, n in c.free_by_basis.items() if b != catalog_pb2.FUNDING_BASIS_TICKET
                )
                > 0
            ]
            if open_cycles:
                first = open_cycles[0]
                starts_on, cycle_id = first.starts_on, first.id
                free = sum(first.free_by_basis.values())
            else:
                free = 0
        elif element.facts.kind == CreditKind.EVENT and element.free:
            free = element.tickets_free
        result.append(
            Candidate(
                element_id=element.facts.element_id,
                kind=element.facts.kind,
                provider_id=element.facts.provider_id,
                region_code=element.region_code,
                distance=element.distance,
                starts_on=starts_on,
                rating=element.rating or None,
                free_seats=free,
                program_cycle_id=cycle_id,
            )
        )
    return result


class IdentityClient:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = identity_pb2_grpc.IdentityServiceStub(channel)

    async def my_region(self) -> str | None:
        try:
            reply = await self._stub.GetMe(identity_pb2.GetMeRequest())
        except grpc.aio.AioRpcError as exc:
            log.warning("identity GetMe failed", extra={"code": exc.code().name})
            return None
        return reply.person.region_code or None


class PortfolioSources:
    """What the portfolio reads of identity-svc and credits-svc with the caller's forwarded
    token: the person's name and SNILS, and the completion document numbers of their credits."""

    def __init__(self, identity: grpc.aio.Channel, credits: grpc.aio.Channel) -> None:
        self._identity = identity_pb2_grpc.IdentityServiceStub(identity)
        self._credits = credits_pb2_grpc.CreditsServiceStub(credits)

    async def person(self) -> PortfolioPerson:
        reply = await self._identity.GetMe(identity_pb2.GetMeRequest())
        p = reply.person
        name = " ".join(part for part in (p.last_name, p.first_name, p.patronymic) if part)
        snils = format_snils(p.snils) if len(p.snils) == 11 and p.snils.isdigit() else p.snils
        return PortfolioPerson(full_name=name, snils=snils)

    async def document_numbers(self) -> dict[str, str]:
        """Credit id -> the completion document's number (credits without one left out)."""
        reply = await self._credits.ListMyCredits(credits_pb2.ListMyCreditsRequest())
        return {c.id: c.document_number for c in reply.credits if c.document_number}


class LedgerClient:
    """credits-svc's ledger, page by page (admin only)."""

    def __init__(self, channel: grpc.aio.Channel, metadata: Sequence[tuple[str, str]] = ()) -> None:
        self._stub = credits_pb2_grpc.CreditsServiceStub(channel)
        self._metadata = tuple(metadata)

    async def entries(
        self, after_sequence: int, page_size: int
    ) -> tuple[list[credits_pb2.LedgerEntry], int]:
        reply = await self._stub.ListLedgerEntries(
            credits_pb2.ListLedgerEntriesRequest(
                after_sequence=after_sequence, page_size=page_size
            ),
            metadata=self._metadata or None,
        )
        return list(reply.entries), reply.last_sequence

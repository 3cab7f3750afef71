"""In-memory twins of catalog-svc's seat and provider repositories, for use-case unit tests.

They implement the protocols of `catalog_svc.service_layer.ports` with the SQL repositories'
rules: a seat is taken only from a published element with a free seat, a reservation key is
unique.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from catalog_svc.domain.reference import FundingBasis, Provider
from catalog_svc.domain.seats import Reservation, SeatClaim
from cpd_platform.testing import InMemoryUnitOfWork


@dataclass(slots=True)
class SeatCounter:
    element_id: str
    total: int
    free: int


class MemorySeats:
    def __init__(self) -> None:
        self.counters: dict[tuple[str, FundingBasis], SeatCounter] = {}
        self.element_status: dict[str, str] = {}
        self.element_provider: dict[str, str] = {}
        self.reservations: dict[str, Reservation] = {}
        self.summaries_refreshed: list[str] = []

    def add_element(
        self,
        element_id: str,
        provider_id: str,
        seats: dict[tuple[str, FundingBasis], int],
        *,
        status: str = "published",
    ) -> None:
        self.element_status[element_id] = status
        self.element_provider[element_id] = provider_id
        for key, total in seats.items():
            self.counters[key] = SeatCounter(element_id, total, total)

    def free(self, target_id: str, basis: FundingBasis) -> int:
        return self.counters[(target_id, basis)].free

    async def providers_of(self, claims: Iterable[SeatClaim]) -> set[str]:
        return {
            self.element_provider[counter.element_id]
            for claim in claims
            if (counter := self.counters.get((claim.target_id, claim.basis))) is not None
        }

    async def take(self, claim: SeatClaim) -> str | None:
        counter = self.counters.get((claim.target_id, claim.basis))
        if counter is None or counter.free == 0:
            return None
        if self.element_status[counter.element_id] != "published":
            return None
        counter.free -= 1
        return counter.element_id if counter.free == 0 else ""

    async def why_not_taken(self, claim: SeatClaim) -> str:
        counter = self.counters.get((claim.target_id, claim.basis))
        if counter is None:
            return "seats_not_found"
        if self.element_status[counter.element_id] != "published":
            return "element_not_published"
        return "no_seats_left"

    async def give_back(self, claim: SeatClaim) -> str:
        counter = self.counters.get((claim.target_id, claim.basis))
        if counter is None or counter.free >= counter.total:
            return ""
        counter.free += 1
        return counter.element_id if counter.free == 1 else ""

    async def refresh_summary(self, element_ids: Iterable[str]) -> None:
        self.summaries_refreshed.extend(sorted(set(element_ids)))

    async def find_reservation(self, key: str, *, for_update: bool = False) -> Reservation | None:
        return self.reservations.get(key)

    async def add_reservation(
        self, reservation_id: str, key: str, holder: str, claims: list[SeatClaim]
    ) -> bool:
        if key in self.reservations:
            return False
        self.reservations[key] = Reservation(reservation_id, holder, tuple(claims), False)
        return True

    async def mark_released(self, key: str) -> None:
        self.reservations[key] = dataclasses.replace(self.reservations[key], released=True)


class MemoryProviders:
    def __init__(self) -> None:
        self.by_id: dict[str, Provider] = {}

    async def find_by_client(self, client_id: str) -> Provider | None:
        return next((p for p in self.by_id.values() if p.client_id == client_id), None)

    async def get_many(self, ids: Iterable[str]) -> list[Provider]:
        return [self.by_id[i] for i in sorted(set(ids)) if i in self.by_id]

    async def save(self, provider: Provider) -> None:
        self.by_id[provider.id] = provider

    async def add_if_absent(self, provider: Provider) -> None:
        self.by_id.setdefault(provider.id, provider)


class SeatsMemoryUnitOfWork(InMemoryUnitOfWork):
    """Satisfies `SeatsUnitOfWork`: the seats and the providers."""

    def __init__(self) -> None:
        super().__init__()
        self.seats = MemorySeats()
        self.providers = MemoryProviders()

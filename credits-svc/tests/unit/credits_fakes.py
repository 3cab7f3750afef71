"""Fakes of the services credits-svc calls (catalog-, identity-, plan-svc, the authority, the
attempt limiter) and the test data of the use-case unit tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal
from credits_svc.adapters.attempt_limiter import TooManyAttempts
from credits_svc.domain.code_records import PersonContact
from credits_svc.domain.codes import Limit
from credits_svc.domain.records import (
    CreditRecord,
    CreditStatus,
    Element,
    ElementKind,
    ProgramCycle,
)


class FakeCatalog:
    def __init__(self, provider_clients: dict[str, str] | None = None) -> None:
        self.elements_by_id: dict[str, Element] = {}
        self.cycles_by_id: dict[str, ProgramCycle] = {}
        self.provider_clients = provider_clients or {}

    def add(self, *elements: Element) -> None:
        self.elements_by_id.update({e.id: e for e in elements})

    async def elements(self, ids: Sequence[str]) -> dict[str, Element]:
        return {i: self.elements_by_id[i] for i in ids if i in self.elements_by_id}

    async def cycles(self, ids: Sequence[str]) -> dict[str, ProgramCycle]:
        return {i: self.cycles_by_id[i] for i in ids if i in self.cycles_by_id}

    async def provider_for_client(self, client_id: str) -> str:
        if client_id not in self.provider_clients:
            raise PermissionDenied("not_a_provider", "Клиент не привязан к организации")
        return self.provider_clients[client_id]


class FakeIdentity:
    """identity-svc's persons by SNILS, with their contacts."""

    def __init__(self) -> None:
        self.contacts: dict[str, PersonContact] = {}

    def register(self, person_id: str, snils: str, email: str = "", name: str = "") -> None:
        self.contacts[snils] = PersonContact(person_id, snils, email, name)

    async def persons_by_snils(self, snils: Sequence[str]) -> dict[str, str]:
        return {s: self.contacts[s].person_id for s in snils if s in self.contacts}

    async def contacts_by_snils(self, snils: Sequence[str]) -> dict[str, PersonContact]:
        return {s: self.contacts[s] for s in snils if s in self.contacts}


class FakePlans:
    def __init__(self, *planned: str) -> None:
        self.planned = set(planned)

    async def is_planned(self, element_id: str) -> bool:
        return element_id in self.planned


class FakeAuthority:
    """Admins act for every provider; anyone else for the providers listed for its subject."""

    def __init__(self, acts_for: dict[str, str] | None = None) -> None:
        self.acts_for = acts_for or {}

    async def require(self, principal: Principal, provider_id: str) -> None:
        if principal.has_role("admin"):
            return
        if self.acts_for.get(principal.subject) != provider_id:
            raise PermissionDenied("not_your_provider", "Чужая организация")

    async def own_provider(self, principal: Principal) -> str | None:
        if principal.has_role("admin"):
            return None
        if principal.subject not in self.acts_for:
            raise PermissionDenied("forbidden", "Недостаточно прав")
        return self.acts_for[principal.subject]


class FakeLimiter:
    """Counts reserved attempts per key as the Redis script does: a reservation is kept for a
    failed attempt and given back otherwise."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    async def acquire(self, limits: Sequence[Limit]) -> None:
        for limit in limits:
            if self.counts.get(limit.key, 0) >= limit.max_failures:
                raise TooManyAttempts(60)
        for limit in limits:
            self.counts[limit.key] = self.counts.get(limit.key, 0) + 1

    async def release(self, limits: Sequence[Limit]) -> None:
        for limit in limits:
            self.counts[limit.key] = max(0, self.counts.get(limit.key, 0) - 1)


# -- test data ----------------------------------------------------------------------------------

PROVIDER = "0190a0a0-0000-7000-8000-00000000a001"
OTHER_PROVIDER = "0190a0a0-0000-7000-8000-00000000a002"
PROVIDER_CLIENT = "provider-system"
PERSON = "0190a0a0-0000-7000-8000-00000000b001"
PERSON_SNILS = "11223344595"


def element(
    element_id: str,
    kind: ElementKind = ElementKind.MODULE,
    *,
    zet: int = 2,
    starts_on: date | None = None,
    ends_on: date | None = None,
    provider_id: str = PROVIDER,
) -> Element:
    return Element(
        id=element_id,
        provider_id=provider_id,
        kind=kind,
        zet=zet,
        main_specialty_code="31.08.36",
        additional_specialty_codes=("31.08.49",),
        starts_on=starts_on,
        ends_on=ends_on,
        title="Элемент",
    )


def principal(
    subject: str,
    *roles: str,
    person_id: str | None = None,
    snils: str | None = None,
    client_id: str = "web",
) -> Principal:
    return Principal(subject, client_id, frozenset(roles), person_id, snils, "token")


def provider_system() -> Principal:
    return principal("service-account", "provider_system", client_id=PROVIDER_CLIENT)


_A_RECORD = CreditRecord(
    id="r-1",
    provider_id="p-1",
    external_id="x-1",
    person_id="person-1",
    element_id="e-1",
    element_kind=ElementKind.MODULE,
    zet=2,
    completed_on=date(2025, 5, 1),
    status=CreditStatus.ACCEPTED,
    content_hash="h",
)


def credit_record(**changes: Any) -> CreditRecord:
    """An accepted 2-ZET module record of 1 May 2025, with the fields a test cares about."""
    return replace(_A_RECORD, **changes)

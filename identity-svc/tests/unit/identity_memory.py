"""In-memory twins of identity-svc's person and grant repositories, for use-case unit tests.
They keep the SQL repositories' rules: one person per SNILS or PESEL, a grant once per person, role and
scope, every grant and revoke audited."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from cpd_platform.principal import Grant
from cpd_platform.testing import InMemoryUnitOfWork
from identity_svc.domain.grants import GrantAudit, GrantRecord, PersonGrant
from identity_svc.domain.person import (
    NationalId,
    NationalIdKind,
    NationalIdTaken,
    Person,
    RegistrationState,
)


class MemoryPersons:
    def __init__(self) -> None:
        self.by_id: dict[str, Person] = {}
        self.fingerprints: dict[str, str | None] = {}
        self.verification_sent: dict[str, datetime] = {}
        self.links: dict[str, str] = {}

    async def get_many(self, ids: Iterable[str]) -> list[Person]:
        return [self.by_id[i] for i in ids if i in self.by_id]

    async def get(self, person_id: str) -> Person | None:
        return self.by_id.get(person_id)

    async def find_by_snils(self, snils: Iterable[str]) -> list[Person]:
        wanted = set(snils)
        return [p for p in self.by_id.values() if p.snils in wanted]

    async def find_by_pesel(self, pesels: Iterable[str]) -> list[Person]:
        wanted = set(pesels)
        return [p for p in self.by_id.values() if p.pesel in wanted]

    async def registration_state(self, national_id: NationalId) -> RegistrationState | None:
        find = (
            self.find_by_pesel if national_id.kind is NationalIdKind.PESEL else self.find_by_snils
        )
        found = await find([national_id.number])
        if not found:
            return None
        person = found[0]
        return RegistrationState(
            person, self.fingerprints.get(person.id), self.verification_sent.get(person.id)
        )

    async def add(self, person: Person, fingerprint: str | None = None) -> None:
        if await self.registration_state(person.national_id):
            raise NationalIdTaken(person.national_id.number)
        self.by_id[person.id] = person
        self.fingerprints[person.id] = fingerprint

    async def add_if_absent(self, person: Person) -> None:
        self.by_id.setdefault(person.id, person)

    async def update(self, person: Person) -> None:
        self.by_id[person.id] = dataclasses.replace(person, consents=self.by_id[person.id].consents)

    async def mark_verification_sent(self, person_id: str, at: datetime) -> None:
        self.verification_sent[person_id] = at

    async def person_of_subject(self, subject: str) -> Person | None:
        linked = self.links.get(subject)
        return next(
            (p for p in self.by_id.values() if p.subject == subject or p.id == linked), None
        )

    async def link(self, subject: str, identity_provider: str, person_id: str) -> None:
        self.links.setdefault(subject, person_id)


class MemoryGrants:
    def __init__(self) -> None:
        self.records: dict[PersonGrant, GrantRecord] = {}
        self.audits: list[GrantAudit] = []

    async def grants_of(self, person_id: str) -> list[GrantRecord]:
        found = [r for r in self.records.values() if r.person_id == person_id]
        return sorted(found, key=lambda r: (str(r.grant.role), str(r.grant.scope)))

    async def held_by(self, person_id: str) -> frozenset[Grant]:
        return frozenset(r.grant for r in await self.grants_of(person_id))

    async def get(self, target: PersonGrant) -> GrantRecord | None:
        return self.records.get(target)

    async def add(self, record: GrantRecord) -> GrantRecord:
        return self.records.setdefault(PersonGrant(record.person_id, record.grant), record)

    async def remove(self, target: PersonGrant) -> GrantRecord | None:
        return self.records.pop(target, None)

    async def audit(self, entry: GrantAudit) -> None:
        self.audits.append(entry)

    async def audit_trail(self, person_id: str) -> list[dict[str, Any]]:
        return [
            {"action": a.action.value, "role": str(a.target.grant.role), "at": a.at}
            for a in self.audits
            if a.target.person_id == person_id
        ]


class IdentityMemoryUnitOfWork(InMemoryUnitOfWork):
    """Satisfies `IdentityUnitOfWorkPort`."""

    def __init__(self) -> None:
        super().__init__()
        self.persons = MemoryPersons()
        self.grants = MemoryGrants()

    async def lock_national_id(self, national_id: NationalId) -> None:
        """One unit of work at a time runs in a unit test: nothing to wait for."""

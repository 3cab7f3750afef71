"""In-memory twins of the training-card and exam-application stores, catalog-svc's
SpecialisationService and the grant check, for the SMK use cases' unit tests; the same rules as
the SQL ones (one card per trainee and specialty, entries unique per card and key, one
application in force per card, each event claimed once)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from cpd_platform.principal import Grant, Principal, Role, Scope
from cpd_platform.testing import InMemoryUnitOfWork
from plan_svc.domain.credits import RecordedCredit
from plan_svc.domain.training_card.card import Card, Entry, EntryStatus, ModuleCompletion
from plan_svc.domain.training_card.exam import ExamApplication, ExamStatus
from plan_svc.domain.training_card.programme import ProgrammeSnapshot, UnitFacts


class MemoryCards:
    def __init__(self) -> None:
        self.cards: dict[str, Card] = {}
        self.entries_by_id: dict[str, Entry] = {}
        self.posted: dict[tuple[str, str], str] = {}  # (person, element) -> credit

    async def get(self, card_id: str, *, for_update: bool = False) -> Card | None:
        return self.cards.get(card_id)

    async def of_person(self, person_id: str, specialty: str | None = None) -> list[Card]:
        return [
            c
            for c in self.cards.values()
            if c.trainee_person_id == person_id and specialty in (None, c.specialty)
        ]

    async def of_unit(self, unit_id: str, *, pending_only: bool) -> list[Card]:
        pending = {
            e.card_id for e in self.entries_by_id.values() if e.status == EntryStatus.SUBMITTED
        }
        return [
            c
            for c in self.cards.values()
            if c.unit_id == unit_id and (not pending_only or c.id in pending)
        ]

    async def add(self, card: Card) -> bool:
        if await self.of_person(card.trainee_person_id, card.specialty):
            return False
        self.cards[card.id] = card
        return True

    async def add_completion(self, card_id: str, completion: ModuleCompletion) -> None:
        card = self.cards[card_id]
        self.cards[card_id] = dataclasses.replace(card, completions=(*card.completions, completion))

    async def entries(self, card_ids: Iterable[str]) -> dict[str, list[Entry]]:
        ids = list(card_ids)
        return {i: [e for e in self.entries_by_id.values() if e.card_id == i] for i in ids}

    async def entry(self, card_id: str, entry_id: str, *, for_update: bool = False) -> Entry | None:
        found = self.entries_by_id.get(entry_id)
        return found if found is not None and found.card_id == card_id else None

    async def entry_by_key(self, card_id: str, key: str) -> Entry | None:
        return next(
            (
                e
                for e in self.entries_by_id.values()
                if (e.card_id, e.idempotency_key) == (card_id, key)
            ),
            None,
        )

    async def add_entry(self, entry: Entry) -> bool:
        if await self.entry_by_key(entry.card_id, entry.idempotency_key):
            return False
        self.entries_by_id[entry.id] = entry
        return True

    async def update_entry(self, entry: Entry) -> None:
        self.entries_by_id[entry.id] = entry

    async def awaiting_posting(self, person_id: str, element_id: str) -> list[Entry]:
        mine = {c.id for c in self.cards.values() if c.trainee_person_id == person_id}
        return [
            e
            for e in self.entries_by_id.values()
            if e.card_id in mine
            and e.status == EntryStatus.SUBMITTED
            and e.draft.catalog_element_id == element_id
        ]

    async def lock_person(self, person_id: str) -> None:
        return None

    async def posted_credit(self, person_id: str, element_id: str) -> str | None:
        return self.posted.get((person_id, element_id))

    async def decided_by(self, decider: str) -> list[Entry]:
        return [e for e in self.entries_by_id.values() if e.decided_by == decider]


class MemoryExamApplications:
    def __init__(self) -> None:
        self.by_id: dict[str, ExamApplication] = {}

    async def get(self, application_id: str, *, for_update: bool = False) -> ExamApplication | None:
        return self.by_id.get(application_id)

    async def by_key(self, person_id: str, key: str) -> ExamApplication | None:
        return next(
            (
                a
                for a in self.by_id.values()
                if (a.trainee_person_id, a.idempotency_key) == (person_id, key)
            ),
            None,
        )

    async def active_for_card(self, card_id: str) -> list[ExamApplication]:
        return [a for a in self.by_id.values() if a.card_id == card_id and a.active]

    async def listed(
        self, session: str | None, status: ExamStatus | None, person_id: str | None
    ) -> list[ExamApplication]:
        return [
            a
            for a in self.by_id.values()
            if (session is None or str(a.session) == session)
            and (status is None or a.status == status)
            and (person_id is None or a.trainee_person_id == person_id)
        ]

    async def add(self, application: ExamApplication) -> bool:
        if await self.by_key(application.trainee_person_id, application.idempotency_key):
            return False
        self.by_id[application.id] = application
        return True

    async def update(self, application: ExamApplication) -> None:
        self.by_id[application.id] = application


class CardsUnitOfWork(InMemoryUnitOfWork):
    def __init__(self) -> None:
        super().__init__()
        self.training_cards = MemoryCards()
        self.exam_applications = MemoryExamApplications()
        self.claimed = MemoryClaims()

    async def claim_card_event(self, consumer: str, event_id: str) -> bool:
        return self.claimed.claim(consumer, event_id)

    async def project_credit(self, credit: RecordedCredit) -> None:
        self.training_cards.posted[(credit.person_id, credit.element_id)] = credit.credit_id


class MemoryClaims:
    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def claim(self, consumer: str, event_id: str) -> bool:
        if (consumer, event_id) in self.seen:
            return False
        self.seen.add((consumer, event_id))
        return True


class FakeSpecialisations:
    def __init__(self, programme: ProgrammeSnapshot, unit: UnitFacts) -> None:
        self.programmes = {programme.specialty: programme}
        self.units = {unit.id: unit}

    async def programme(self, specialty: str, version: int) -> ProgrammeSnapshot | None:
        return self.programmes.get(specialty)

    async def unit(self, unit_id: str) -> UnitFacts | None:
        return self.units.get(unit_id)


class FakeGrants:
    """Grants by person id, as identity-svc would list them."""

    def __init__(self) -> None:
        self.held: dict[str, list[Grant]] = {}

    def grant(self, person_id: str, role: Role, scope: Scope) -> None:
        self.held.setdefault(person_id, []).append(Grant(role, scope))

    async def allows(
        self, principal: Principal, roles: Iterable[Role], within: Sequence[Scope]
    ) -> bool:
        if principal.has_role(Role.ADMIN):
            return True
        wanted, chain = set(roles), set(within)
        return any(
            g.role in wanted and g.scope in chain
            for g in self.held.get(principal.person_id or "", [])
        )

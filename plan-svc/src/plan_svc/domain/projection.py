"""The person-level projection of credits-svc's ledger.

Each credit is kept with its facts (from `credits.recorded`) and a tombstone (from
`credits.voided`). Applying an event is idempotent and commutes with every other event: a
record fills the facts once, a void sets the tombstone for good (a correction is a void of the
old credit and a record of a new one). So at-least-once delivery in any order, a replay of the
whole ledger, or any mix of both, converge on the same projection. Attribution to cycles is
derived from it when progress is read, so a cycle added later is filled from the credits the
person already has, without asking credits-svc.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from plan_svc.domain.credits import RecordedCredit


@dataclass(frozen=True, slots=True)
class PersonCredit:
    credit_id: str
    person_id: str
    facts: RecordedCredit | None
    voided: bool = False


def apply_recorded(current: PersonCredit | None, credit: RecordedCredit) -> PersonCredit:
    if current is None:
        return PersonCredit(credit.credit_id, credit.person_id, credit)
    if current.facts is None:
        return replace(current, facts=credit)
    return current


def apply_voided(current: PersonCredit | None, credit_id: str, person_id: str) -> PersonCredit:
    if current is None:
        return PersonCredit(credit_id, person_id, None, voided=True)
    return replace(current, voided=True)


class CreditProjection:
    """The projection in memory: what the database tables hold, for rebuilds and tests."""

    def __init__(self) -> None:
        self.credits: dict[str, PersonCredit] = {}

    def record(self, credit: RecordedCredit) -> None:
        self.credits[credit.credit_id] = apply_recorded(self.credits.get(credit.credit_id), credit)

    def void(self, credit_id: str, person_id: str) -> None:
        self.credits[credit_id] = apply_voided(self.credits.get(credit_id), credit_id, person_id)

    def of_person(self, person_id: str) -> list[PersonCredit]:
        return sorted(
            (c for c in self.credits.values() if c.person_id == person_id),
            key=lambda c: c.credit_id,
        )

    def persons(self) -> set[str]:
        return {c.person_id for c in self.credits.values()}


def live_credits(credits: Iterable[PersonCredit]) -> list[RecordedCredit]:
    return [c.facts for c in credits if c.facts is not None and not c.voided]

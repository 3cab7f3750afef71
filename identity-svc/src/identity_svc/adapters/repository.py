"""Persons, their consents and linked identity provider accounts in PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from identity_svc.adapters.orm import AccountLinkRow, ConsentRow, PersonRow
from identity_svc.domain.person import (
    Consent,
    ConsentKind,
    NationalId,
    NationalIdKind,
    NationalIdTaken,
    Person,
    PersonKind,
    RegistrationState,
    Sex,
)

# The unique constraints that make a second person with the same number fail.
_NATIONAL_ID_KEYS = ("persons_snils_key", "uq_persons_pesel")


def _to_domain(row: PersonRow, consents: Sequence[ConsentRow] = ()) -> Person:
    return Person(
        id=str(row.id),
        subject=row.subject,
        snils=row.snils,
        pesel=row.pesel,
        pwz=row.pwz,
        last_name=row.last_name,
        first_name=row.first_name,
        patronymic=row.patronymic,
        birth_date=row.birth_date,
        region_code=row.region_code,
        email=row.email,
        kind=PersonKind(row.kind) if row.kind else None,
        sex=Sex(row.sex) if row.sex else None,
        phone=row.phone,
        citizenship=row.citizenship,
        email_verified=row.email_verified,
        phone_verified=row.phone_verified,
        consents=tuple(
            Consent(ConsentKind(c.kind), c.text_version, c.agreed_at)
            for c in sorted(consents, key=lambda c: c.kind)
        ),
    )


def _values(person: Person) -> dict[str, object]:
    return {
        "subject": person.subject,
        "snils": person.snils,
        "pesel": person.pesel,
        "pwz": person.pwz,
        "last_name": person.last_name,
        "first_name": person.first_name,
        "patronymic": person.patronymic,
        "birth_date": person.birth_date,
        "region_code": person.region_code,
        "email": person.email,
        "kind": person.kind.value if person.kind else None,
        "sex": person.sex.value if person.sex else None,
        "phone": person.phone,
        "citizenship": person.citizenship,
        "email_verified": person.email_verified,
        "phone_verified": person.phone_verified,
    }


class PersonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, ids: Iterable[str]) -> list[Person]:
        rows = list(
            await self._session.scalars(select(PersonRow).where(PersonRow.id.in_(valid_uuids(ids))))
        )
        return await self._with_consents(rows)

    async def get(self, person_id: str) -> Person | None:
        found = await self.get_many([person_id])
        return found[0] if found else None

    async def find_by_snils(self, snils: Iterable[str]) -> list[Person]:
        rows = list(
            await self._session.scalars(select(PersonRow).where(PersonRow.snils.in_(list(snils))))
        )
        return await self._with_consents(rows)

    async def find_by_pesel(self, pesels: Iterable[str]) -> list[Person]:
        rows = list(
            await self._session.scalars(select(PersonRow).where(PersonRow.pesel.in_(list(pesels))))
        )
        return await self._with_consents(rows)

    async def registration_state(self, national_id: NationalId) -> RegistrationState | None:
        column = PersonRow.pesel if national_id.kind is NationalIdKind.PESEL else PersonRow.snils
        row = await self._session.scalar(select(PersonRow).where(column == national_id.number))
        if row is None:
            return None
        [person] = await self._with_consents([row])
        return RegistrationState(person, row.registration_fingerprint, row.verification_sent_at)

    async def _with_consents(self, rows: list[PersonRow]) -> list[Person]:
        if not rows:
            return []
        consents = await self._session.scalars(
            select(ConsentRow).where(ConsentRow.person_id.in_([r.id for r in rows]))
        )
        by_person: dict[uuid.UUID, list[ConsentRow]] = {}
        for consent in consents:
            by_person.setdefault(consent.person_id, []).append(consent)
        return [_to_domain(row, by_person.get(row.id, [])) for row in rows]

    async def add(self, person: Person, fingerprint: str | None = None) -> None:
        """Inserts the person and their consents; a duplicate SNILS or PESEL raises
        NationalIdTaken."""
        self._session.add(
            PersonRow(
                id=uuid.UUID(person.id), registration_fingerprint=fingerprint, **_values(person)
            )
        )
        try:
            await self._session.flush()
        except IntegrityError as exc:
            if any(key in str(exc.orig) for key in _NATIONAL_ID_KEYS):
                raise NationalIdTaken(person.national_id.number) from exc
            raise
        for consent in person.consents:
            self._session.add(
                ConsentRow(
                    person_id=uuid.UUID(person.id),
                    kind=consent.kind.value,
                    text_version=consent.text_version,
                    agreed_at=consent.agreed_at,
                )
            )
        await self._session.flush()

    async def add_if_absent(self, person: Person) -> None:
        await self._session.execute(
            insert(PersonRow)
            .values(id=uuid.UUID(person.id), **_values(person))
            .on_conflict_do_nothing()
        )

    async def update(self, person: Person) -> None:
        await self._session.execute(
            update(PersonRow)
            .where(PersonRow.id == uuid.UUID(person.id))
            .values(updated_at=func.now(), **_values(person))
        )

    async def mark_verification_sent(self, person_id: str, at: datetime) -> None:
        await self._session.execute(
            update(PersonRow)
            .where(PersonRow.id == uuid.UUID(person_id))
            .values(verification_sent_at=at)
        )

    async def person_of_subject(self, subject: str) -> Person | None:
        """The person an identity provider account acts for: their own or a linked account."""
        linked = select(AccountLinkRow.person_id).where(AccountLinkRow.subject == subject)
        row = await self._session.scalar(
            select(PersonRow).where((PersonRow.subject == subject) | PersonRow.id.in_(linked))
        )
        if row is None:
            return None
        [person] = await self._with_consents([row])
        return person

    async def link(self, subject: str, identity_provider: str, person_id: str) -> None:
        await self._session.execute(
            insert(AccountLinkRow)
            .values(
                subject=subject, identity_provider=identity_provider, person_id=uuid.UUID(person_id)
            )
            .on_conflict_do_nothing()
        )

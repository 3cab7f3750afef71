"""Posting results: one batch in, one acknowledgement out, never applied twice.

Idempotency keys: (provider, batch_id) for batches and (provider, external_id) for records. A
resent batch gets its original acknowledgement; a resent record with the same content is a
duplicate (with the original record id), with other content it is rejected.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.exc import IntegrityError

from cpd_platform.auth import Principal, Role
from cpd_platform.db import UnitOfWork, UnitOfWorkFactory
from cpd_platform.errors import Conflict, InvalidArgument
from credits_svc.adapters.repository import LedgerRepository
from credits_svc.domain.posting import Outcome, Rejection, normalised_snils, rejection, validate
from credits_svc.domain.records import (
    MAX_BATCH_RECORDS,
    CreditRecord,
    CreditStatus,
    Element,
    PostedResult,
    content_hash,
    payload_hash,
)

CONCURRENT_WRITE_RETRIES = 3


class Catalog(Protocol):
    async def elements(self, ids: Sequence[str]) -> dict[str, Element]: ...

    async def provider_for_client(self, client_id: str) -> str: ...


class Identity(Protocol):
    async def persons_by_snils(self, snils: Sequence[str]) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class Batch:
    batch_id: str
    sequence: int
    payload_hash: str
    results: Sequence[PostedResult]


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    external_id: str
    outcome: Outcome
    record_id: str = ""
    reason_code: str = ""
    message: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "external_id": self.external_id,
            "outcome": self.outcome.value,
            "record_id": self.record_id,
            "reason_code": self.reason_code,
            "message": self.message,
        }

    @classmethod
    def from_dict(cls, value: dict[str, str]) -> RecordOutcome:
        return cls(
            external_id=value["external_id"],
            outcome=Outcome(value["outcome"]),
            record_id=value["record_id"],
            reason_code=value["reason_code"],
            message=value["message"],
        )


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    batch_id: str
    sequence: int
    last_committed_sequence: int
    outcomes: list[RecordOutcome]


@dataclass(frozen=True, slots=True)
class _Lookups:
    """What a batch's records are checked against, gathered before the transaction."""

    provider_id: str
    batch_id: str
    elements: dict[str, Element]
    persons: dict[str, str]
    existing: dict[str, CreditRecord]


def _rejected(external_id: str, reason: Rejection) -> RecordOutcome:
    return RecordOutcome(
        external_id, Outcome.REJECTED, reason_code=reason.code, message=reason.message
    )


def _check_batch(batch: Batch) -> None:
    if not batch.batch_id.strip():
        raise InvalidArgument("missing_batch_id", "Не указан идентификатор пакета")
    if len(batch.results) > MAX_BATCH_RECORDS:
        raise InvalidArgument("batch_too_large", f"В пакете больше {MAX_BATCH_RECORDS} записей")
    if batch.payload_hash != payload_hash(batch.results):
        raise InvalidArgument(
            "payload_hash_mismatch", "Контрольная сумма пакета не совпадает с его содержимым"
        )


class ResultPosting:
    """Posts batches for one provider (the caller of one stream)."""

    def __init__(self, uow: UnitOfWorkFactory, catalog: Catalog, identity: Identity) -> None:
        self._uow = uow
        self._catalog = catalog
        self._identity = identity

    async def provider_of(self, principal: Principal) -> str:
        principal.require_role(Role.PROVIDER_SYSTEM)
        return await self._catalog.provider_for_client(principal.client_id)

    async def post(self, provider_id: str, batch: Batch) -> Acknowledgement:
        _check_batch(batch)
        element_ids = sorted({r.element_id for r in batch.results})
        snils = sorted({s for r in batch.results if (s := normalised_snils(r)) is not None})
        elements = await self._catalog.elements(element_ids)
        persons = await self._identity.persons_by_snils(snils)
        for _ in range(CONCURRENT_WRITE_RETRIES - 1):
            try:
                return await self._commit(provider_id, batch, elements, persons)
            except IntegrityError:
                # Another stream committed the same batch or record first: recompute against it.
                continue
        return await self._commit(provider_id, batch, elements, persons)

    async def _commit(
        self, provider_id: str, batch: Batch, elements: dict[str, Element], persons: dict[str, str]
    ) -> Acknowledgement:
        async with self._uow() as uow:
            ledger = LedgerRepository(uow.session)
            stored = await ledger.find_batch(provider_id, batch.batch_id)
            if stored is not None:
                if stored.payload_hash != batch.payload_hash:
                    raise Conflict(
                        "batch_id_reused",
                        "Идентификатор пакета уже использован для другого содержимого",
                    )
                return Acknowledgement(
                    batch.batch_id,
                    stored.sequence,
                    await ledger.last_sequence(provider_id),
                    [RecordOutcome.from_dict(o) for o in stored.outcomes],
                )
            existing = await ledger.by_external_ids(
                provider_id, [r.external_id for r in batch.results]
            )
            lookups = _Lookups(provider_id, batch.batch_id, elements, persons, existing)
            seen: set[str] = set()
            outcomes = [
                await _apply(uow, ledger, lookups, result, seen) for result in batch.results
            ]
            ledger.add_batch(
                provider_id,
                batch.batch_id,
                batch.sequence,
                batch.payload_hash,
                [o.as_dict() for o in outcomes],
            )
            await uow.session.flush()
            last = await ledger.last_sequence(provider_id)
            await uow.commit()
        return Acknowledgement(batch.batch_id, batch.sequence, last, outcomes)


async def _apply(
    uow: UnitOfWork,
    ledger: LedgerRepository,
    lookups: _Lookups,
    result: PostedResult,
    seen: set[str],
) -> RecordOutcome:
    if result.external_id in seen:
        return _rejected(result.external_id, rejection("duplicate_in_batch"))
    seen.add(result.external_id)
    checked = validate(
        result,
        provider_id=lookups.provider_id,
        elements=lookups.elements,
        persons_by_snils=lookups.persons,
    )
    if isinstance(checked, Rejection):
        return _rejected(result.external_id, checked)
    digest = content_hash(checked.snils, checked.element.id, checked.zet, checked.completed_on)
    previous = lookups.existing.get(result.external_id)
    if previous is not None:
        if previous.content_hash == digest:
            return RecordOutcome(result.external_id, Outcome.DUPLICATE, record_id=previous.id)
        return _rejected(result.external_id, rejection("conflicting_replay"))
    record = CreditRecord(
        id=str(uuid.uuid4()),
        provider_id=lookups.provider_id,
        external_id=result.external_id,
        person_id=checked.person_id,
        element_id=checked.element.id,
        element_kind=checked.element.kind,
        zet=checked.zet,
        completed_on=checked.completed_on,
        status=CreditStatus.ACCEPTED,
        content_hash=digest,
    )
    ledger.add(record, checked.snils, lookups.batch_id)
    await uow.emit(
        "credits.recorded",
        {
            "credit_id": record.id,
            "person_id": record.person_id,
            "element_id": record.element_id,
            "element_kind": record.element_kind.value,
            "main_specialty_code": checked.element.main_specialty_code,
            "additional_specialty_codes": list(checked.element.additional_specialty_codes),
            "zet": record.zet,
            "completed_on": record.completed_on.isoformat(),
        },
    )
    return RecordOutcome(result.external_id, Outcome.ACCEPTED, record_id=record.id)

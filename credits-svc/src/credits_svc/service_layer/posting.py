"""Posting results: one batch in, one acknowledgement out, never applied twice.

Idempotency keys: (provider, batch_id) for batches and (provider, external_id) for records. A
resent batch gets its original acknowledgement; a resent record with the same content is a
duplicate (with the original record id), with other content it is rejected. Batches are
written with a few set-based statements (adapters/ingest.py), never record by record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy.exc import DBAPIError

from cpd_platform.clock import Clock
from cpd_platform.context import request_id_var
from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal, Role
from credits_svc.domain.ids import time_ordered_uuids
from credits_svc.domain.ledger import NewRecord
from credits_svc.domain.limits import looks_like_id, shown_safely
from credits_svc.domain.posting import (
    BATCH_REJECTIONS,
    REJECTIONS,
    Outcome,
    Rejection,
    ValidResult,
    batch_problem,
    normalised_snils,
    rejection,
    validate,
)
from credits_svc.domain.records import (
    PostedResult,
    content_hash,
    payload_hash_matches,
)
from credits_svc.service_layer.ports import (
    Authority,
    Catalog,
    CreditsUnitOfWorkPort,
    Persons,
    ProviderDirectory,
)

# A deadlock or serialization failure cannot happen by design (see ingest.py), but a retry is
# cheap insurance: the transaction is rolled back whole.
TRANSIENT_RETRIES = 3
TRANSIENT_SQLSTATES = {"40001", "40P01"}


class BatchStatus:
    APPLIED = "applied"
    REPLAYED = "replayed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Batch:
    batch_id: str
    sequence: int
    payload_hash: str
    results: Sequence[PostedResult]
    series_id: str = ""


class RecordOutcome(NamedTuple):
    """One record's outcome. A tuple: one is made per posted record, and the acknowledgement
    stores it as is, [external_id, outcome, record_id, reason_code, days_late] in JSON."""

    external_id: str
    outcome: Outcome
    record_id: str = ""
    reason_code: str = ""
    days_late: int = 0

    @property
    def message(self) -> str:
        return REJECTIONS.get(self.reason_code, "")

    @classmethod
    def from_stored(cls, value: list[Any]) -> RecordOutcome:
        return cls(value[0], Outcome(value[1]), value[2], value[3], int(value[4]))


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    batch_id: str
    sequence: int
    last_committed_sequence: int
    outcomes: list[RecordOutcome] = field(default_factory=list)
    status: str = BatchStatus.APPLIED
    reason_code: str = ""
    series_id: str = ""

    @property
    def message(self) -> str:
        return BATCH_REJECTIONS.get(self.reason_code, "")


@dataclass(frozen=True, slots=True)
class _Checked:
    """A batch's records after validation (before the transaction)."""

    outcomes: list[RecordOutcome | None]  # None: valid, decided by the insert
    valid: list[tuple[int, ValidResult, NewRecord]]


def _batch_problem(batch: Batch) -> str | None:
    problem = batch_problem(batch.batch_id, batch.series_id, len(batch.results))
    if problem is not None:
        return problem
    if not payload_hash_matches(batch.results, batch.payload_hash):
        return "payload_hash_mismatch"
    return None


def _is_transient(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in TRANSIENT_SQLSTATES


async def provider_of(
    principal: Principal, *, providers: ProviderDirectory, authority: Authority
) -> str:
    """The provider a stream posts for: a provider system's own (its client id mapped by
    catalog-svc), or the one provider a staff member works for (provider_staff/provider_admin
    on provider:<id>, e.g. a CSV uploaded in the portal). Anyone else, an admin included (who
    names no provider), is refused."""
    if principal.has_role(Role.PROVIDER_SYSTEM):
        return await providers.provider_for_client(principal.client_id)
    own = await authority.own_provider(principal)
    if own is None:
        raise PermissionDenied("forbidden", "Недостаточно прав для этого действия")
    return own


async def posting_state(
    uow: CreditsUnitOfWorkPort, provider_id: str, series_id: str
) -> tuple[int, int]:
    """(last committed sequence, committed batches) of a series, to resume after."""
    async with uow:
        return await uow.batches.series_state(provider_id, series_id)


async def post_batch(
    uow: CreditsUnitOfWorkPort,
    provider_id: str,
    batch: Batch,
    actor: str = "",
    *,
    catalog: Catalog,
    persons: Persons,
    clock: Clock,
) -> Acknowledgement:
    """Applies one batch of a provider (`actor`: its client id) and acknowledges it."""
    problem = _batch_problem(batch)
    if problem is not None:
        # A series id that is refused names no series (and must not reach a query).
        valid_series = problem != "invalid_series_id"
        last = (await posting_state(uow, provider_id, batch.series_id))[0] if valid_series else 0
        return Acknowledgement(
            batch.batch_id,
            batch.sequence,
            last,
            status=BatchStatus.REJECTED,
            reason_code=problem,
            series_id=batch.series_id,
        )
    replayed = await _replayed(uow, provider_id, batch)
    if replayed is not None:
        return replayed
    checked = await _check(provider_id, batch, catalog, persons, clock)
    for attempt in range(TRANSIENT_RETRIES):
        try:
            acknowledged = await _commit(uow, provider_id, batch, checked, actor)
        except DBAPIError as exc:
            if not _is_transient(exc) or attempt == TRANSIENT_RETRIES - 1:
                raise
            continue
        if acknowledged is not None:
            return acknowledged
        # Another stream applied this batch meanwhile: answer as a replay.
        replayed = await _replayed(uow, provider_id, batch)
        if replayed is None:  # pragma: no cover - the claimer committed, so it exists
            raise RuntimeError("claimed batch vanished")
        return replayed
    raise AssertionError("unreachable")


async def _replayed(
    uow: CreditsUnitOfWorkPort, provider_id: str, batch: Batch
) -> Acknowledgement | None:
    async with uow:
        stored = await uow.batches.stored_batch(provider_id, batch.batch_id)
        if stored is None:
            return None
        last, _ = await uow.batches.series_state(provider_id, stored.series_id)
    if stored.payload_hash != batch.payload_hash:
        return Acknowledgement(
            batch.batch_id,
            batch.sequence,
            last,
            status=BatchStatus.REJECTED,
            reason_code="batch_id_reused",
            series_id=batch.series_id,
        )
    return Acknowledgement(
        batch.batch_id,
        stored.sequence,
        last,
        [RecordOutcome.from_stored(o) for o in stored.outcomes],
        status=BatchStatus.REPLAYED,
        series_id=stored.series_id,
    )


async def _check(
    provider_id: str, batch: Batch, catalog: Catalog, persons: Persons, clock: Clock
) -> _Checked:
    results = batch.results
    numbers = [normalised_snils(r) for r in results]
    snils = sorted({s for s in numbers if s is not None})
    # Only well-formed ids are looked up: anything else is an unknown element or cycle.
    elements = await catalog.elements(
        sorted({r.element_id for r in results if looks_like_id(r.element_id)})
    )
    cycle_ids = sorted({r.program_cycle_id for r in results if looks_like_id(r.program_cycle_id)})
    cycles = await catalog.cycles(cycle_ids) if cycle_ids else {}
    found = await persons.persons_by_snils(snils)
    today = clock.today()
    outcomes: list[RecordOutcome | None] = []
    accepted: list[tuple[int, ValidResult]] = []
    seen: set[str] = set()
    for index, result in enumerate(results):
        if result.external_id in seen:
            outcomes.append(_rejected(result.external_id, rejection("duplicate_in_batch")))
            continue
        seen.add(result.external_id)
        checked = validate(
            result,
            provider_id=provider_id,
            elements=elements,
            persons_by_snils=found,
            cycles=cycles,
            today=today,
            snils=numbers[index],
        )
        if isinstance(checked, Rejection):
            outcomes.append(_rejected(result.external_id, checked))
            continue
        outcomes.append(None)
        accepted.append((index, checked))
    ids = time_ordered_uuids(len(accepted))
    valid = [
        (index, checked, _new_record(record_id, provider_id, results[index].external_id, checked))
        for record_id, (index, checked) in zip(ids, accepted, strict=True)
    ]
    return _Checked(outcomes, valid)


async def _commit(
    uow: CreditsUnitOfWorkPort, provider_id: str, batch: Batch, checked: _Checked, actor: str
) -> Acknowledgement | None:
    """The batch applied in one transaction; None when another stream claimed it first."""
    async with uow:
        batch_row = await uow.batches.claim_batch(
            provider_id=provider_id,
            series_id=batch.series_id,
            batch_id=batch.batch_id,
            sequence=batch.sequence,
            payload_hash=batch.payload_hash,
        )
        if batch_row is None:
            return None
        inserted = await uow.batches.insert_records(
            provider_id=provider_id,
            batch_id=batch.batch_id,
            actor=actor,
            request_id=request_id_var.get(),
            records=[new for _, _, new in checked.valid],
        )
        conflicting = [
            new.external_id for _, _, new in checked.valid if new.external_id not in inserted
        ]
        existing = await uow.batches.existing_records(provider_id, conflicting)
        outcomes = list(checked.outcomes)
        for index, valid, new in checked.valid:
            outcomes[index] = _outcome(new, valid, inserted, existing)
        final = [o for o in outcomes if o is not None]
        await uow.batches.finish_batch(batch_row, final)
        last, _ = await uow.batches.series_state(provider_id, batch.series_id)
        await uow.commit()
    return Acknowledgement(batch.batch_id, batch.sequence, last, final, series_id=batch.series_id)


def _rejected(external_id: str, reason: Rejection) -> RecordOutcome:
    if reason.code == "invalid_external_id":
        # Echoed without its control characters: the acknowledgement is stored in PostgreSQL.
        external_id = shown_safely(external_id)
    return RecordOutcome(external_id, Outcome.REJECTED, reason_code=reason.code)


def _new_record(
    record_id: str, provider_id: str, external_id: str, valid: ValidResult
) -> NewRecord:
    return NewRecord(
        id=record_id,
        external_id=external_id,
        person_id=valid.person_id,
        snils=valid.snils,
        element_id=valid.element.id,
        element_kind=valid.element.kind.value,
        main_specialty_code=valid.element.main_specialty_code,
        additional_specialty_codes=valid.element.additional_specialty_codes,
        zet=valid.zet,
        completed_on=valid.completed_on,
        document_number=valid.document_number,
        program_cycle_id=valid.program_cycle_id,
        deadline=valid.deadline,
        days_late=valid.days_late,
        content_hash=content_hash(
            valid.snils,
            valid.element.id,
            valid.zet,
            valid.completed_on,
            valid.document_number,
            valid.program_cycle_id,
        ),
    )


def _outcome(
    new: NewRecord,
    valid: ValidResult,
    inserted: dict[str, str],
    existing: dict[str, tuple[str, str]],
) -> RecordOutcome:
    record_id = inserted.get(new.external_id)
    if record_id is not None:
        return RecordOutcome(
            new.external_id, Outcome.ACCEPTED, record_id, days_late=valid.days_late
        )
    previous_id, previous_hash = existing[new.external_id]
    if previous_hash == new.content_hash:
        return RecordOutcome(new.external_id, Outcome.DUPLICATE, previous_id)
    return _rejected(new.external_id, rejection("conflicting_replay"))

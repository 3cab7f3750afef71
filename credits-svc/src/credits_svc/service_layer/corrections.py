"""Voids and corrections. Append-only: the old record is closed (voided or superseded, with the
reason), a correction is a new record referencing it, every step has an audit row (who, when,
why), and the events go to the outbox in the same transaction."""

from __future__ import annotations

from cpd_platform.clock import Clock
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.principal import Principal
from credits_svc.domain.corrections import (
    checked_reason,
    ensure_current,
    is_change,
    parse_correction,
)
from credits_svc.domain.events import (
    CREDITS_RECORDED,
    CREDITS_VOIDED,
    recorded_payload_of,
    voided_payload_of,
)
from credits_svc.domain.ids import time_ordered_uuid
from credits_svc.domain.records import (
    CreditRecord,
    CreditSource,
    CreditStatus,
    content_hash,
)
from credits_svc.service_layer.ports import Authority, CreditsUnitOfWorkPort, Elements

NOT_FOUND = "Запись не найдена"


async def _current(
    uow: CreditsUnitOfWorkPort, principal: Principal, credit_id: str, authority: Authority
) -> CreditRecord:
    record = await uow.ledger.get(credit_id, for_update=True)
    if record is None:
        raise NotFound("credit_not_found", NOT_FOUND)
    await authority.require(principal, record.provider_id)
    ensure_current(record)
    return record


async def void_credit(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    credit_id: str,
    reason: str,
    *,
    authority: Authority,
) -> CreditRecord:
    why = checked_reason(reason)
    async with uow:
        record = await _current(uow, principal, credit_id, authority)
        await _retire(uow, principal, record, CreditStatus.VOIDED, "voided", why)
        await uow.commit()
        updated = await uow.ledger.get(record.id)
    assert updated is not None
    return updated


async def correct_credit(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    credit_id: str,
    reason: str,
    *,
    zet: int,
    completed_on: str,
    document_number: str,
    authority: Authority,
    catalog: Elements,
    clock: Clock,
) -> tuple[CreditRecord, CreditRecord]:
    """The new record and the superseded one."""
    why = checked_reason(reason)
    async with uow:
        record = await _current(uow, principal, credit_id, authority)
        element = (await catalog.elements([record.element_id])).get(record.element_id)
        max_zet = element.zet if element is not None else record.zet
        correction = parse_correction(
            zet, completed_on, document_number, max_zet=max_zet, today=clock.today()
        )
        if not is_change(record, correction):
            raise FailedPrecondition("nothing_to_correct", "Исправление ничего не меняет")
        new = CreditRecord(
            id=time_ordered_uuid(),
            provider_id=record.provider_id,
            external_id=record.external_id,
            person_id=record.person_id,
            element_id=record.element_id,
            element_kind=record.element_kind,
            zet=correction.zet,
            completed_on=correction.completed_on,
            status=CreditStatus.ACCEPTED,
            content_hash=content_hash(
                record.snils,
                record.element_id,
                correction.zet,
                correction.completed_on,
                correction.document_number,
                record.program_cycle_id,
            ),
            snils=record.snils,
            main_specialty_code=record.main_specialty_code,
            additional_specialty_codes=record.additional_specialty_codes,
            document_number=correction.document_number,
            program_cycle_id=record.program_cycle_id,
            deadline=record.deadline,
            days_late=record.days_late,
            source=CreditSource.CORRECTION,
            corrects_id=record.id,
        )
        await uow.ledger.add(new, batch_id="", recorded_by=principal.subject)
        await _retire(
            uow, principal, record, CreditStatus.SUPERSEDED, "corrected", why, replaced_by=new.id
        )
        await uow.emit(CREDITS_RECORDED, recorded_payload_of(new))
        await uow.commit()
        stored_new = await uow.ledger.get(new.id)
        stored_old = await uow.ledger.get(record.id)
    assert stored_new is not None and stored_old is not None
    return stored_new, stored_old


async def _retire(
    uow: CreditsUnitOfWorkPort,
    principal: Principal,
    record: CreditRecord,
    status: CreditStatus,
    action: str,
    why: str,
    replaced_by: str = "",
) -> None:
    """Closes a current record (voided, or superseded by the correction `replaced_by`), with
    its audit row, and tells consumers it no longer counts."""
    await uow.ledger.close(record, status, why, corrected_by=replaced_by)
    await uow.ledger.add_audit(
        record,
        action=action,
        reason=why,
        actor=principal.subject,
        actor_client_id=principal.client_id,
        replaced_by=replaced_by,
    )
    await uow.emit(CREDITS_VOIDED, voided_payload_of(record, why, replaced_by=replaced_by))

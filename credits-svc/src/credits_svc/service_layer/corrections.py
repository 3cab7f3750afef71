"""Voids and corrections. Append-only: the old record is closed (voided or superseded, with the
reason), a correction is a new record referencing it, every step has an audit row (who, when,
why), and the events go to the outbox in the same transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from cpd_platform.db import UnitOfWork, UnitOfWorkFactory
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.principal import Principal
from credits_svc.adapters.repository import LedgerRepository
from credits_svc.domain.corrections import (
    checked_reason,
    ensure_current,
    is_change,
    parse_correction,
)
from credits_svc.domain.ids import time_ordered_uuid
from credits_svc.domain.records import (
    CreditRecord,
    CreditSource,
    CreditStatus,
    Element,
    content_hash,
    recorded_event,
    voided_event,
)
from credits_svc.service_layer.authority import ProviderAuthority


class Elements(Protocol):
    async def elements(self, ids: list[str]) -> dict[str, Element]: ...


NOT_FOUND = "Запись не найдена"


class Corrections:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        authority: ProviderAuthority,
        catalog: Elements,
        today: Callable[[], date],
    ) -> None:
        self._uow = uow
        self._authority = authority
        self._catalog = catalog
        self._today = today

    async def _current(self, uow: UnitOfWork, principal: Principal, credit_id: str) -> CreditRecord:
        record = await LedgerRepository(uow.session).get(credit_id, for_update=True)
        if record is None:
            raise NotFound("credit_not_found", NOT_FOUND)
        await self._authority.require(principal, record.provider_id)
        ensure_current(record)
        return record

    async def void(self, principal: Principal, credit_id: str, reason: str) -> CreditRecord:
        why = checked_reason(reason)
        async with self._uow() as uow:
            record = await self._current(uow, principal, credit_id)
            ledger = LedgerRepository(uow.session)
            await ledger.close(record, CreditStatus.VOIDED, why)
            await ledger.add_audit(
                record,
                action="voided",
                reason=why,
                actor=principal.subject,
                actor_client_id=principal.client_id,
            )
            await uow.emit("credits.voided", voided_event(record, why))
            await uow.commit()
            updated = await ledger.get(record.id)
        assert updated is not None
        return updated

    async def correct(
        self,
        principal: Principal,
        credit_id: str,
        reason: str,
        *,
        zet: int,
        completed_on: str,
        document_number: str,
    ) -> tuple[CreditRecord, CreditRecord]:
        why = checked_reason(reason)
        async with self._uow() as uow:
            record = await self._current(uow, principal, credit_id)
            element = (await self._catalog.elements([record.element_id])).get(record.element_id)
            max_zet = element.zet if element is not None else record.zet
            correction = parse_correction(
                zet, completed_on, document_number, max_zet=max_zet, today=self._today()
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
            ledger = LedgerRepository(uow.session)
            await ledger.add(new, batch_id="", recorded_by=principal.subject)
            await ledger.close(record, CreditStatus.SUPERSEDED, why, corrected_by=new.id)
            await ledger.add_audit(
                record,
                action="corrected",
                reason=why,
                actor=principal.subject,
                actor_client_id=principal.client_id,
                replaced_by=new.id,
            )
            await uow.emit("credits.voided", voided_event(record, why, replaced_by=new.id))
            await uow.emit("credits.recorded", recorded_event(new))
            await uow.commit()
            stored_new = await ledger.get(new.id)
            stored_old = await ledger.get(record.id)
        assert stored_new is not None and stored_old is not None
        return stored_new, stored_old

"""Reads of the ledger: a person's credits, the change log, a credit's history, lateness."""

from __future__ import annotations

from cpd_platform.errors import NotFound
from cpd_platform.principal import Principal, Role
from credits_svc.domain.audit import AuditEntry, history
from credits_svc.domain.ledger import LatenessRow, LedgerEntryRow
from credits_svc.domain.records import CreditRecord
from credits_svc.service_layer.ports import Authority, CreditsUnitOfWorkPort

MAX_LEDGER_PAGE = 5000
DEFAULT_LEDGER_PAGE = 1000


async def my_credits(uow: CreditsUnitOfWorkPort, principal: Principal) -> list[CreditRecord]:
    person_id = principal.require_person()
    async with uow:
        return await uow.ledger.for_person(person_id)


async def ledger_entries(
    uow: CreditsUnitOfWorkPort, principal: Principal, after_sequence: int, page_size: int
) -> tuple[list[LedgerEntryRow], int]:
    """Entries after `after_sequence` and the last sequence returned (or `after_sequence`)."""
    principal.require_role(Role.ADMIN)
    size = DEFAULT_LEDGER_PAGE if page_size <= 0 else min(page_size, MAX_LEDGER_PAGE)
    async with uow:
        entries = await uow.ledger.ledger_entries(after_sequence, size)
    return entries, entries[-1].sequence if entries else after_sequence


async def credit_history(
    uow: CreditsUnitOfWorkPort, principal: Principal, credit_id: str, *, authority: Authority
) -> tuple[list[CreditRecord], list[AuditEntry]]:
    """The correction chain, oldest first, and its audit trail, which starts with who posted
    the original record."""
    async with uow:
        chain = await uow.ledger.chain(credit_id)
        if not chain:
            raise NotFound("credit_not_found", "Запись не найдена")
        if principal.person_id is None or principal.person_id != chain[0].person_id:
            await authority.require(principal, chain[0].provider_id)
        changes = await uow.ledger.audit([r.id for r in chain])
    return chain, history(chain, changes)


async def provider_lateness(
    uow: CreditsUnitOfWorkPort, principal: Principal, provider_id: str, *, authority: Authority
) -> list[LatenessRow]:
    """Admins see every provider (or the one asked for); a provider sees itself."""
    if provider_id:
        await authority.require(principal, provider_id)
        wanted: str | None = provider_id
    else:
        wanted = await authority.own_provider(principal)
    async with uow:
        return await uow.ledger.lateness(wanted)

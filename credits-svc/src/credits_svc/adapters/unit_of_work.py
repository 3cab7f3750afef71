"""credits-svc's unit of work: its repositories bound to the session of the open block."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.db import UnitOfWork
from credits_svc.adapters.codes_repository import CodesRepository
from credits_svc.adapters.ingest import BatchRepository
from credits_svc.adapters.orm import outbox
from credits_svc.adapters.repository import LedgerRepository


class CreditsUnitOfWork(UnitOfWork):
    ledger: LedgerRepository
    batches: BatchRepository
    codes: CodesRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        super().__init__(sessions, outbox)

    def bind_repositories(self, session: AsyncSession) -> None:
        self.ledger = LedgerRepository(session)
        self.batches = BatchRepository(session)
        self.codes = CodesRepository(session)

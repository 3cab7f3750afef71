"""identity-svc's unit of work: its repositories bound to the session of the open block."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.db import UnitOfWork
from identity_svc.adapters.grants import GrantRepository
from identity_svc.adapters.orm import outbox
from identity_svc.adapters.repository import PersonRepository
from identity_svc.adapters.role_requests import RoleRequestRepository
from identity_svc.adapters.support import SupportRepository
from identity_svc.domain.person import NationalId


class IdentityUnitOfWork(UnitOfWork):
    persons: PersonRepository
    grants: GrantRepository
    role_requests: RoleRequestRepository
    support: SupportRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        super().__init__(sessions, outbox)

    def bind_repositories(self, session: AsyncSession) -> None:
        self.persons = PersonRepository(session)
        self.grants = GrantRepository(session)
        self.role_requests = RoleRequestRepository(session)
        self.support = SupportRepository(session)

    async def lock_national_id(self, national_id: NationalId) -> None:
        """Serialises work on one SNILS or PESEL until the block ends (registration, the first
        login brokered from ESIA or Profil Zaufany)."""
        await self.session.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
            {"key": f"identity:{national_id.kind}:{national_id.number}"},
        )

"""plan-svc's unit of work: its repositories bound to the session of the open block."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.db import UnitOfWork
from plan_svc.adapters.awaited_results_repository import AwaitedResultRepository
from plan_svc.adapters.cycle_repository import (
    CycleRepository,
    DocumentRepository,
    RegisterRepository,
)
from plan_svc.adapters.orm import outbox
from plan_svc.adapters.plan_repository import (
    ApplicationRepository,
    PlanItemRepository,
    RegistrationRepository,
)
from plan_svc.adapters.projection_repository import PersonCreditRepository
from plan_svc.adapters.training_card_repository import (
    ExamApplicationRepository,
    TrainingCardRepository,
)
from plan_svc.domain.credits import RecordedCredit


class PlanUnitOfWork(UnitOfWork):
    documents: DocumentRepository
    cycles: CycleRepository
    register: RegisterRepository
    plans: PlanItemRepository
    applications: ApplicationRepository
    registrations: RegistrationRepository
    projection: PersonCreditRepository
    awaited: AwaitedResultRepository
    training_cards: TrainingCardRepository
    exam_applications: ExamApplicationRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        super().__init__(sessions, outbox)

    def bind_repositories(self, session: AsyncSession) -> None:
        self.documents = DocumentRepository(session)
        self.cycles = CycleRepository(session)
        self.register = RegisterRepository(session)
        self.plans = PlanItemRepository(session)
        self.applications = ApplicationRepository(session)
        self.registrations = RegistrationRepository(session)
        self.projection = PersonCreditRepository(session)
        self.awaited = AwaitedResultRepository(session)
        self.training_cards = TrainingCardRepository(session)
        self.exam_applications = ExamApplicationRepository(session)

    async def claim_card_event(self, consumer: str, event_id: str) -> bool:
        return await self.projection.claim_event(consumer, event_id)

    async def project_credit(self, credit: RecordedCredit) -> None:
        """The ledger projection gets the credit now (idempotent with plan-svc's own handler of
        the same event), so that a course recorded after its posting finds it."""
        await self.projection.lock(exclusive=False)
        await self.projection.record(credit)

    async def lock_person(self, person_id: str) -> None:
        """Serialises the writes of one person's cycles and plans until the block ends."""
        await self.session.execute(
            select(func.pg_advisory_xact_lock(func.hashtextextended(f"plan:{person_id}", 0)))
        )

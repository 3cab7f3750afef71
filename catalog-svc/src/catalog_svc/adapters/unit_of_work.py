"""catalog-svc's unit of work: its repositories bound to the session of the open block."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from catalog_svc.adapters.element_repository import CycleRepository, ElementRepository
from catalog_svc.adapters.feedback_repository import ErrorReportRepository, RatingRepository
from catalog_svc.adapters.orm import outbox
from catalog_svc.adapters.reference_repository import (
    ProviderRepository,
    ReferenceRepository,
    SpecialtyRepository,
)
from catalog_svc.adapters.search_repository import SearchRepository
from catalog_svc.adapters.seat_repository import SeatRepository
from catalog_svc.adapters.specialisation_repository import (
    ProgrammeRepository,
    TrainingUnitRepository,
)
from cpd_platform.db import UnitOfWork


class CatalogUnitOfWork(UnitOfWork):
    specialties: SpecialtyRepository
    references: ReferenceRepository
    providers: ProviderRepository
    elements: ElementRepository
    cycles: CycleRepository
    seats: SeatRepository
    search: SearchRepository
    ratings: RatingRepository
    error_reports: ErrorReportRepository
    programmes: ProgrammeRepository
    training_units: TrainingUnitRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        super().__init__(sessions, outbox)

    def bind_repositories(self, session: AsyncSession) -> None:
        self.specialties = SpecialtyRepository(session)
        self.references = ReferenceRepository(session)
        self.providers = ProviderRepository(session)
        self.elements = ElementRepository(session)
        self.cycles = CycleRepository(session)
        self.seats = SeatRepository(session)
        self.search = SearchRepository(session)
        self.ratings = RatingRepository(session)
        self.error_reports = ErrorReportRepository(session)
        self.programmes = ProgrammeRepository(session)
        self.training_units = TrainingUnitRepository(session)

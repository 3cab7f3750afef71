"""pk-regional-svc's SQL unit of work: its repositories bound to the session of each block."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd_platform.db import UnitOfWork
from pk_regional_svc.adapters.application_repository import ApplicationRepository
from pk_regional_svc.adapters.audit_repository import AuditRepository
from pk_regional_svc.adapters.campaign_repository import CampaignRepository
from pk_regional_svc.adapters.candidate_repository import CandidateRepository
from pk_regional_svc.adapters.completion_repository import CompletionRepository
from pk_regional_svc.adapters.number_repository import NumberRepository
from pk_regional_svc.adapters.orm import outbox
from pk_regional_svc.adapters.qualification_repository import QualificationRepository
from pk_regional_svc.adapters.questionnaire_repository import QuestionnaireRepository
from pk_regional_svc.adapters.repository import MunicipalityRepository
from pk_regional_svc.adapters.structure_repository import StructureRepository, TeacherRepository


class PkRegionalUnitOfWork(UnitOfWork):
    campaigns: CampaignRepository
    municipalities: MunicipalityRepository
    structure: StructureRepository
    teachers: TeacherRepository
    numbers: NumberRepository
    applications: ApplicationRepository
    candidates: CandidateRepository
    questionnaires: QuestionnaireRepository
    completions: CompletionRepository
    audit: AuditRepository
    qualification: QualificationRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        super().__init__(sessions, outbox)

    def bind_repositories(self, session: AsyncSession) -> None:
        self.campaigns = CampaignRepository(session)
        self.municipalities = MunicipalityRepository(session)
        self.structure = StructureRepository(session)
        self.teachers = TeacherRepository(session)
        self.numbers = NumberRepository(session)
        self.applications = ApplicationRepository(session)
        self.candidates = CandidateRepository(session)
        self.questionnaires = QuestionnaireRepository(session)
        self.completions = CompletionRepository(session)
        self.audit = AuditRepository(session)
        self.qualification = QualificationRepository(session)

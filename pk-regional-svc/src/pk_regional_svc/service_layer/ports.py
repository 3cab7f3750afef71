"""What pk-regional-svc's use cases need of storage and of other services: one protocol per
repository, and the unit of work that carries them. The SQL repositories (`adapters/`) and the
in-memory ones of the unit tests (`tests/unit/pk_regional_fakes.py`) both implement them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from cpd_platform.db import UnitOfWorkPort
from cpd_platform.principal import Principal, Role
from pk_regional_svc.adapters.passport_cipher import Sealed
from pk_regional_svc.domain.allocation import AllocationCandidate, Decision, Outcome, Quotas
from pk_regional_svc.domain.application import Application
from pk_regional_svc.domain.campaign import Campaign, Quota
from pk_regional_svc.domain.candidate_list import CandidateView, OutcomeView
from pk_regional_svc.domain.completion import CompletionDocument, CompletionView
from pk_regional_svc.domain.municipality import Municipality
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberFilter,
    Recipient,
    RefusalCount,
    UniqueNumber,
)
from pk_regional_svc.domain.questionnaire import Answers, Question, ResponseRow
from pk_regional_svc.domain.scope import AuditEntry, AuditView, ListScope, Place, Visibility
from pk_regional_svc.domain.structure import School, Teacher, TeacherView


class MunicipalityStore(Protocol):
    async def in_region(self, region_code: str) -> list[Municipality]: ...

    async def add_if_absent(self, municipality: Municipality) -> bool:
        """True when it was added."""
        ...

    async def by_name(self, region_code: str, name: str) -> Municipality | None: ...

    async def by_ids(self, ids: Sequence[str]) -> list[Municipality]:
        """The municipalities among `ids` that exist (malformed ids are none)."""
        ...


class MunicipalityUnitOfWork(UnitOfWorkPort, Protocol):
    @property
    def municipalities(self) -> MunicipalityStore: ...


class CampaignStore(Protocol):
    async def get(self, campaign_id: str, *, lock: bool = False) -> Campaign:
        """NotFound `campaign_not_found` when there is none."""
        ...

    async def find(self, region_code: str, year: int) -> Campaign | None: ...

    async def in_region(self, region_code: str) -> list[Campaign]: ...

    async def add_if_absent(self, campaign: Campaign, secret: bytes) -> bool:
        """False (nothing written) when the region already has a campaign that year."""
        ...

    async def save(self, campaign: Campaign) -> None: ...

    async def secret(self, campaign_id: str) -> bytes: ...

    async def quotas(self, campaign_id: str) -> Quotas: ...

    async def set_quotas(self, campaign_id: str, quotas: Sequence[Quota]) -> None:
        """Sets the given quotas (others stay)."""
        ...

    async def add_school_quotas(self, campaign_id: str, shares: Mapping[str, int]) -> None:
        """Schools' shares of their municipality's quota; a school's own quota stays."""
        ...

    async def has_numbers(self, campaign_id: str) -> bool: ...

    async def quota_usage(self, campaign_id: str, scope: ListScope) -> list[tuple[Quota, int]]:
        """Quotas of the schools and municipalities in scope, with the numbers used."""
        ...

    async def remove(self, campaign_id: str) -> None:
        """The campaign with everything that belongs to it (questionnaire, quotas, decisions)."""
        ...


class StructureStore(Protocol):
    async def known_schools(self, region_code: str, ids: Sequence[str]) -> set[str]: ...

    async def known_municipalities(self, region_code: str, ids: Sequence[str]) -> set[str]: ...

    async def school_municipalities(self, school_ids: Sequence[str]) -> dict[str, str]: ...

    async def school_place(self, school_id: str) -> Place:
        """NotFound `school_not_found` when there is none."""
        ...

    async def municipality_place(self, municipality_id: str) -> Place:
        """NotFound `municipality_not_found` when there is none."""
        ...

    async def names(
        self, school_ids: Sequence[str], municipality_ids: Sequence[str]
    ) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        """Schools' (code, name) and municipalities' names by id."""
        ...

    async def schools_in_region(self, region_code: str) -> dict[str, School]:
        """The region's schools by code."""
        ...

    async def add_schools(self, new: Sequence[School]) -> None: ...

    async def save_school(self, school: School) -> None: ...

    async def schools_page(
        self, scope: ListScope, limit: int, offset: int
    ) -> tuple[list[School], int]: ...

    async def visible_schools(self, ids: Sequence[str], visibility: Visibility) -> list[School]: ...


class TeacherStore(Protocol):
    async def of_person(
        self, person_id: str | None, snils: str | None, *, lock: bool = False
    ) -> TeacherView:
        """The calling teacher: by person id, else by SNILS (and then linked to the person).
        NotFound `teacher_not_found` when they are in no school's list."""
        ...

    async def get(self, teacher_id: str, *, lock: bool = False) -> TeacherView:
        """NotFound `teacher_not_found` when there is none."""
        ...

    async def record_training(self, teacher_id: str, document: CompletionDocument) -> None:
        """The document becomes the teacher's last training."""
        ...

    async def by_snils(self, region_code: str, snils: Sequence[str]) -> dict[str, TeacherView]: ...

    async def add_many(self, new: Sequence[TeacherView]) -> None: ...

    async def save_imported(self, view: TeacherView) -> None:
        """Stores the teacher's school, names, profile and budget-number year."""
        ...

    async def save_profile(self, view: TeacherView) -> TeacherView:
        """Stores the profile (and who filled it); the teacher as stored."""
        ...

    async def page(
        self, scope: ListScope, incomplete_only: bool, limit: int, offset: int
    ) -> tuple[list[TeacherView], int]: ...

    async def visible(self, ids: Sequence[str], visibility: Visibility) -> list[TeacherView]: ...


class NumberStore(Protocol):
    async def refusals_by_reason(self, campaign_id: str, scope: ListScope) -> list[RefusalCount]:
        """The campaign's refused holdings in `scope` counted per reason, most frequent first."""
        ...

    async def holding(self, holding_id: str, *, lock: bool = False) -> Holding:
        """NotFound `holding_not_found` when there is none."""
        ...

    async def live_holding_of(
        self, campaign_id: str, teacher_id: str, *, lock: bool = False
    ) -> Holding | None: ...

    async def latest_holding_of(self, campaign_id: str, teacher_id: str) -> Holding | None:
        """The live holding, else the latest refused one."""
        ...

    async def save_holding(self, holding: Holding) -> None:
        """Stores the holding's status and refusal."""
        ...

    async def add_holding(self, holding: Holding) -> None: ...

    async def number(self, number_id: str, *, lock: bool = False) -> UniqueNumber:
        """NotFound `number_not_found` when there is none."""
        ...

    async def is_held(self, number_id: str) -> bool:
        """True while a holding that is not refused has the number."""
        ...

    async def free_in_pool(self, campaign_id: str, school_id: str) -> int: ...

    async def add_allocation(
        self, numbers: Sequence[UniqueNumber], holdings: Sequence[Holding]
    ) -> None: ...

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[Holding], int]: ...

    async def free_numbers(self, campaign_id: str, scope: ListScope) -> list[Holding]: ...


class ApplicationStore(Protocol):
    async def get(self, application_id: str, *, lock: bool = False) -> Application:
        """NotFound `application_not_found` when there is none."""
        ...

    async def of_holding(self, holding_id: str) -> Application | None: ...

    async def add(self, application: Application, passport: Sealed | None) -> None: ...

    async def save(self, application: Application, passport: Sealed | None = None) -> None:
        """Stores the application; its sealed passport only when one is given."""
        ...

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[Application], int]: ...


class CandidateStore(Protocol):
    async def views(self, campaign: Campaign, teacher_ids: Sequence[str]) -> list[CandidateView]:
        """The given teachers of the campaign's region as its candidates list shows them."""
        ...

    async def decide(
        self, campaign_id: str, teacher_id: str, decision: Decision, decided_by: str
    ) -> None: ...

    async def decision(self, campaign_id: str, teacher_id: str) -> Decision:
        """PENDING until an operator decided."""
        ...

    async def allocation_inputs(self, campaign: Campaign) -> list[AllocationCandidate]:
        """The campaign's candidates (under its stored rule set) with their decisions."""
        ...

    async def recipient(self, campaign: Campaign, teacher_id: str) -> Recipient | None: ...

    async def add_outcomes(
        self, campaign_id: str, outcomes: Sequence[Outcome], number_ids: Mapping[str, str]
    ) -> None:
        """The allocation's outcome per teacher; `number_ids` by teacher for those granted."""
        ...

    async def outcome_counts(self, campaign_id: str) -> tuple[int, int]:
        """(granted, all) outcomes of the campaign's allocation."""
        ...

    async def page(
        self,
        campaign: Campaign,
        scope: ListScope,
        decision: Decision | None,
        limit: int,
        offset: int,
    ) -> tuple[list[CandidateView], int]: ...

    async def outcomes_page(
        self,
        campaign: Campaign,
        scope: ListScope,
        not_granted_only: bool,
        limit: int,
        offset: int,
    ) -> tuple[list[OutcomeView], int]: ...


class CompletionStore(Protocol):
    async def add_if_absent(
        self,
        document_id: str,
        teacher: Teacher,
        document: CompletionDocument,
        *,
        campaign_id: str,
        holding_id: str,
        recorded_by: str,
    ) -> bool:
        """False (nothing written) when the teacher already has this document."""
        ...

    async def find(self, teacher_id: str, document: CompletionDocument) -> CompletionView: ...

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[CompletionView], int]: ...


class QuestionnaireStore(Protocol):
    async def questions(self, campaign_id: str) -> list[Question]: ...

    async def replace_questions(self, campaign_id: str, items: Sequence[Question]) -> None:
        """The given questions in order; a known id keeps its question (and its answers)."""
        ...

    async def answers_of(self, campaign_id: str, teacher_id: str) -> Answers | None: ...

    async def save_answers(self, campaign_id: str, teacher_id: str, answers: Answers) -> None: ...

    async def responses(
        self,
        campaign_id: str,
        scope: ListScope,
        not_answered_only: bool,
        limit: int,
        offset: int,
    ) -> tuple[list[ResponseRow], int, int]:
        """(page, teachers listed, teachers in scope who answered)."""
        ...


class AuditStore(Protocol):
    async def add(self, entry: AuditEntry) -> None: ...

    async def before_of(
        self, action: str, entity_type: str, entity_id: str
    ) -> dict[str, Any] | None: ...

    async def page(
        self, scope: ListScope, actor_person_id: str, action: str, limit: int, offset: int
    ) -> list[AuditView]: ...


class PkRegionalUnitOfWorkPort(MunicipalityUnitOfWork, Protocol):
    @property
    def campaigns(self) -> CampaignStore: ...

    @property
    def structure(self) -> StructureStore: ...

    @property
    def teachers(self) -> TeacherStore: ...

    @property
    def numbers(self) -> NumberStore: ...

    @property
    def applications(self) -> ApplicationStore: ...

    @property
    def candidates(self) -> CandidateStore: ...

    @property
    def questionnaires(self) -> QuestionnaireStore: ...

    @property
    def completions(self) -> CompletionStore: ...

    @property
    def audit(self) -> AuditStore: ...


class Authorizer(Protocol):
    """Who may do what where (service_layer.authz.Authz over identity-svc's grants)."""

    async def require(self, principal: Principal, roles: Sequence[Role], place: Place) -> None: ...

    async def visibility(self, principal: Principal, roles: Sequence[Role] = ...) -> Visibility: ...

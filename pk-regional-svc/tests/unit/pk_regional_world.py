"""A small region for use-case unit tests: two municipalities, three schools, teachers with
people behind them, operators with grants, a campaign whose application window is open."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from pk_regional_fake_services import (
    FakeCatalog,
    GrantsInMemory,
    authz_over,
    person,
    teacher_view,
)
from pk_regional_fakes import FakeUnitOfWork

from cpd_platform.principal import Principal, Role, Scope
from cpd_platform.testing import FixedClock
from pk_regional_svc.domain.campaign import Campaign, Quota, QuotaScope, Window, WindowKind
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind
from pk_regional_svc.domain.rules import CURRENT_RULES
from pk_regional_svc.domain.structure import School, SchoolKind
from pk_regional_svc.service_layer.authz import Authz

REGION = "16"
YEAR = 2025
# 10 December 2025, 12:00 Moscow time: inside the application window (7–25 December).
NOW = datetime(2025, 12, 10, 9, 0, tzinfo=UTC)


def _window(kind: WindowKind, opens: datetime, days: int) -> Window:
    return Window(kind, opens, opens + timedelta(days=days))


@dataclass
class World:
    uow: FakeUnitOfWork = field(default_factory=FakeUnitOfWork)
    catalog: FakeCatalog = field(default_factory=FakeCatalog)
    grants: GrantsInMemory = field(default_factory=GrantsInMemory)
    clock: FixedClock = field(default_factory=lambda: FixedClock(NOW))
    municipalities: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    _snils: int = 200_000_000

    def __post_init__(self) -> None:
        for name in ("Казань", "Елабуга"):
            municipality_id = str(uuid.uuid4())
            self.uow.tables.municipalities[municipality_id] = Municipality(
                municipality_id, REGION, name, MunicipalityKind.URBAN_OKRUG
            )
            self.municipalities.append(municipality_id)
        # Two schools in the first municipality, one in the second.
        for municipality_id in (self.municipalities[0], *self.municipalities):
            school_id = str(uuid.uuid4())
            self.uow.tables.schools[school_id] = School(
                school_id,
                municipality_id,
                REGION,
                f"s{len(self.schools)}",
                "Школа",
                SchoolKind.GENERAL,
            )
            self.schools.append(school_id)
        self.catalog.add_course("course-72", 36)
        self.catalog.add_group("g1", "course-72")
        self.catalog.add_group("g2", "course-72")

    @property
    def authz(self) -> Authz:
        return authz_over(self.grants)

    def municipality_of(self, school_id: str) -> str:
        return self.uow.tables.schools[school_id].municipality_id

    def campaign(
        self, *, year: int = YEAR, rules_version: str = CURRENT_RULES.version, hours: int = 72
    ) -> Campaign:
        campaign = Campaign(
            id=str(uuid.uuid4()),
            region_code=REGION,
            year=year,
            questionnaire=_window(WindowKind.QUESTIONNAIRE, datetime(year, 9, 7, tzinfo=UTC), 18),
            applications=_window(WindowKind.APPLICATIONS, datetime(year, 12, 7, tzinfo=UTC), 18),
            required_hours=hours,
            allocated_at=None,
            rules_version=rules_version,
        )
        self.uow.tables.campaigns[campaign.id] = campaign
        self.uow.tables.secrets[campaign.id] = b"s" * 32
        return campaign

    def quota(self, campaign: Campaign, scope: QuotaScope, scope_id: str, count: int) -> None:
        q = Quota(scope, scope_id, count)
        self.uow.tables.quotas[(campaign.id, q.scope, q.scope_id)] = q.count

    def school_quotas(
        self, campaign: Campaign, school_id: str, school: int, municipal: int
    ) -> None:
        """The school's quota and its municipality's."""
        self.quota(campaign, QuotaScope.SCHOOL, school_id, school)
        self.quota(campaign, QuotaScope.MUNICIPALITY, self.municipality_of(school_id), municipal)

    def teacher(
        self,
        school_id: str,
        *,
        last_training_year: int | None = None,
        last_budget_number_year: int | None = None,
        snils: str | None = None,
        family_name: str = "Иванова",
    ) -> tuple[str, Principal]:
        """A teacher of the school and the person signed in as them."""
        self._snils += 1
        teacher_id = str(uuid.uuid4())
        principal = person(snils=snils or str(self._snils))
        self.uow.tables.teachers[teacher_id] = teacher_view(
            teacher_id,
            school_id,
            self.municipality_of(school_id),
            snils=principal.snils or "",
            person_id=principal.person_id,
            last_training_year=last_training_year,
            last_budget_number_year=last_budget_number_year,
            family_name=family_name,
        )
        return teacher_id, principal

    def operator(self, role: Role, scope: Scope) -> Principal:
        operator = person()
        assert operator.person_id is not None
        self.grants.give(operator.person_id, role, scope)
        return operator

    def regional_operator(self) -> Principal:
        return self.operator(Role.REGIONAL_OPERATOR, Scope.region(REGION))

    def school_operator(self, school_id: str) -> Principal:
        return self.operator(Role.SCHOOL_OPERATOR, Scope.school(school_id))

    def municipal_operator(self, municipality_id: str) -> Principal:
        return self.operator(Role.MUNICIPAL_OPERATOR, Scope.municipality(municipality_id))

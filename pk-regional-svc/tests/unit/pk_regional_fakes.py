"""In-memory repositories and other services for pk-regional-svc's use-case unit tests.

All rows live in one `Tables` object shared by the repositories, so a block left without commit
restores them together (the unit of work snapshots only the tables). The repositories implement
the Protocols of `service_layer/ports.py`; `check_ports` below lets mypy hold them to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cpd_platform.errors import NotFound
from cpd_platform.testing import InMemoryUnitOfWork
from pk_regional_svc.adapters.passport_cipher import Sealed
from pk_regional_svc.domain.allocation import AllocationCandidate, Decision, Outcome, Quotas
from pk_regional_svc.domain.application import Application
from pk_regional_svc.domain.campaign import Campaign, Quota, QuotaScope
from pk_regional_svc.domain.candidate_list import (
    CandidateView,
    OutcomeView,
    number_status_shown,
)
from pk_regional_svc.domain.candidates import has_recent_budget_number, is_candidate
from pk_regional_svc.domain.municipality import Municipality
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberFilter,
    NumberStatus,
    Recipient,
    RefusalReason,
    UniqueNumber,
)
from pk_regional_svc.domain.questionnaire import Answers, Question, ResponseRow
from pk_regional_svc.domain.scope import AuditEntry, AuditView, ListScope, Place
from pk_regional_svc.domain.structure import Teacher, TeacherView
from pk_regional_svc.service_layer.ports import PkRegionalUnitOfWorkPort


@dataclass
class Tables:
    municipalities: dict[str, Municipality] = field(default_factory=dict)
    schools: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (region, muni)
    teachers: dict[str, TeacherView] = field(default_factory=dict)
    campaigns: dict[str, Campaign] = field(default_factory=dict)
    secrets: dict[str, bytes] = field(default_factory=dict)
    quotas: dict[tuple[str, QuotaScope, str], int] = field(default_factory=dict)
    decisions: dict[tuple[str, str], Decision] = field(default_factory=dict)
    outcomes: dict[tuple[str, str], tuple[Outcome, str]] = field(default_factory=dict)
    numbers: dict[str, UniqueNumber] = field(default_factory=dict)
    holdings: dict[str, Holding] = field(default_factory=dict)  # in the order they were made
    applications: dict[str, Application] = field(default_factory=dict)
    passports: dict[str, Sealed] = field(default_factory=dict)
    questions: dict[str, list[Question]] = field(default_factory=dict)
    answers: dict[tuple[str, str], Answers] = field(default_factory=dict)
    audit: list[AuditEntry] = field(default_factory=list)


class MemoryMunicipalities:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def in_region(self, region_code: str) -> list[Municipality]:
        return [m for m in self._t.municipalities.values() if m.region_code == region_code]

    async def add_if_absent(self, municipality: Municipality) -> bool:
        if municipality.id in self._t.municipalities:
            return False
        self._t.municipalities[municipality.id] = municipality
        return True


class MemoryCampaigns:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def get(self, campaign_id: str, *, lock: bool = False) -> Campaign:
        if campaign_id not in self._t.campaigns:
            raise NotFound("campaign_not_found", "Кампания не найдена")
        return self._t.campaigns[campaign_id]

    async def find(self, region_code: str, year: int) -> Campaign | None:
        return next(
            (
                c
                for c in self._t.campaigns.values()
                if (c.region_code, c.year) == (region_code, year)
            ),
            None,
        )

    async def in_region(self, region_code: str) -> list[Campaign]:
        found = [c for c in self._t.campaigns.values() if c.region_code == region_code]
        return sorted(found, key=lambda c: -c.year)

    async def add_if_absent(self, campaign: Campaign, secret: bytes) -> bool:
        if await self.find(campaign.region_code, campaign.year) is not None:
            return False
        self._t.campaigns[campaign.id] = campaign
        self._t.secrets[campaign.id] = secret
        return True

    async def save(self, campaign: Campaign) -> None:
        self._t.campaigns[campaign.id] = campaign

    async def secret(self, campaign_id: str) -> bytes:
        return self._t.secrets[campaign_id]

    async def quotas(self, campaign_id: str) -> Quotas:
        school = {
            i: n for (c, s, i), n in self._t.quotas.items() if c == campaign_id and s == "school"
        }
        municipality = {
            i: n for (c, s, i), n in self._t.quotas.items() if c == campaign_id and s != "school"
        }
        return Quotas(school, municipality)

    async def set_quotas(self, campaign_id: str, quotas: Sequence[Quota]) -> None:
        for q in quotas:
            self._t.quotas[(campaign_id, q.scope, q.scope_id)] = q.count

    async def add_school_quotas(self, campaign_id: str, shares: Mapping[str, int]) -> None:
        for school_id, count in shares.items():
            self._t.quotas.setdefault((campaign_id, QuotaScope.SCHOOL, school_id), count)

    async def quota_usage(self, campaign_id: str, scope: ListScope) -> list[tuple[Quota, int]]:
        used: dict[str, int] = {}
        for h in self._t.holdings.values():
            if h.campaign_id == campaign_id:
                for place_id in (h.school_id, h.municipality_id):
                    used[place_id] = used.get(place_id, 0) + 1
        return [
            (Quota(kind, scope_id, count), used.get(scope_id, 0))
            for (c, kind, scope_id), count in self._t.quotas.items()
            if c == campaign_id
        ]

    async def has_numbers(self, campaign_id: str) -> bool:
        return any(n.campaign_id == campaign_id for n in self._t.numbers.values())

    async def remove(self, campaign_id: str) -> None:
        del self._t.campaigns[campaign_id]
        self._t.quotas = {k: v for k, v in self._t.quotas.items() if k[0] != campaign_id}
        self._t.decisions = {k: v for k, v in self._t.decisions.items() if k[0] != campaign_id}
        self._t.outcomes = {k: v for k, v in self._t.outcomes.items() if k[0] != campaign_id}


class MemoryStructure:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def known_schools(self, region_code: str, ids: Sequence[str]) -> set[str]:
        return {i for i in ids if self._t.schools.get(i, ("", ""))[0] == region_code}

    async def known_municipalities(self, region_code: str, ids: Sequence[str]) -> set[str]:
        return {
            i
            for i in ids
            if i in self._t.municipalities and self._t.municipalities[i].region_code == region_code
        }

    async def names(
        self, school_ids: Sequence[str], municipality_ids: Sequence[str]
    ) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        known = self._t.municipalities
        return {}, {i: known[i].name for i in municipality_ids if i in known}

    async def school_municipalities(self, school_ids: Sequence[str]) -> dict[str, str]:
        return {i: self._t.schools[i][1] for i in school_ids if i in self._t.schools}

    async def school_place(self, school_id: str) -> Place:
        if school_id not in self._t.schools:
            raise NotFound("school_not_found", "Организация не найдена")
        region, municipality = self._t.schools[school_id]
        return Place(region, municipality, school_id)

    async def municipality_place(self, municipality_id: str) -> Place:
        if municipality_id not in self._t.municipalities:
            raise NotFound("municipality_not_found", "Муниципальное образование не найдено")
        return Place(self._t.municipalities[municipality_id].region_code, municipality_id)


class MemoryTeachers:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def of_person(
        self, person_id: str | None, snils: str | None, *, lock: bool = False
    ) -> TeacherView:
        for view in self._t.teachers.values():
            if person_id and view.teacher.person_id == person_id:
                return view
        for view in self._t.teachers.values():
            if snils and view.teacher.snils == snils:
                if view.teacher.person_id is None and person_id:
                    view.teacher.person_id = person_id
                return view
        raise NotFound("teacher_not_found", "Вы не найдены в списках педагогов")

    async def get(self, teacher_id: str, *, lock: bool = False) -> TeacherView:
        if teacher_id not in self._t.teachers:
            raise NotFound("teacher_not_found", "Педагог не найден")
        return self._t.teachers[teacher_id]


def in_scope(scope: ListScope, place: Place) -> bool:
    """The in-memory twin of adapters.visibility.scope_clause."""
    return (
        (not scope.school_id or place.school_id == scope.school_id)
        and (not scope.municipality_id or place.municipality_id == scope.municipality_id)
        and (not scope.region_code or place.region_code == scope.region_code)
        and scope.visibility.allows(place)
    )


def _place_of(teacher: Teacher) -> Place:
    return Place(teacher.region_code, teacher.municipality_id, teacher.school_id)


def _live(h: Holding) -> bool:
    return h.status is not NumberStatus.REFUSED


class MemoryNumbers:
    def __init__(self, t: Tables) -> None:
        self._t = t

    def _read(self, h: Holding) -> Holding:
        teacher = self._t.teachers[h.teacher_id].teacher
        application = next(
            (a.id for a in self._t.applications.values() if a.holding_id == h.holding_id), ""
        )
        return replace(
            h,
            teacher_name=teacher.full_name,
            holder_person_id=teacher.person_id or "",
            application_id=application,
            number_code=self._t.numbers[h.number_id].code,
        )

    async def holding(self, holding_id: str, *, lock: bool = False) -> Holding:
        if holding_id not in self._t.holdings:
            raise NotFound("holding_not_found", "Номер не найден")
        return self._read(self._t.holdings[holding_id])

    def _of(self, campaign_id: str, teacher_id: str) -> list[Holding]:
        return [
            h
            for h in self._t.holdings.values()
            if (h.campaign_id, h.teacher_id) == (campaign_id, teacher_id)
        ]

    async def live_holding_of(
        self, campaign_id: str, teacher_id: str, *, lock: bool = False
    ) -> Holding | None:
        live = [h for h in self._of(campaign_id, teacher_id) if _live(h)]
        return self._read(live[0]) if live else None

    async def latest_holding_of(self, campaign_id: str, teacher_id: str) -> Holding | None:
        held = self._of(campaign_id, teacher_id)
        held.sort(key=lambda h: (not _live(h), -list(self._t.holdings).index(h.holding_id)))
        return self._read(held[0]) if held else None

    async def save_holding(self, holding: Holding) -> None:
        stored = self._t.holdings[holding.holding_id]
        self._t.holdings[holding.holding_id] = replace(
            stored,
            status=holding.status,
            refusal_reason=holding.refusal_reason,
            refusal_note=holding.refusal_note,
            updated_at=holding.updated_at,
        )

    async def add_holding(self, holding: Holding) -> None:
        self._t.holdings[holding.holding_id] = holding

    async def number(self, number_id: str, *, lock: bool = False) -> UniqueNumber:
        if number_id not in self._t.numbers:
            raise NotFound("number_not_found", "Номер не найден")
        return self._t.numbers[number_id]

    async def is_held(self, number_id: str) -> bool:
        return any(h.number_id == number_id and _live(h) for h in self._t.holdings.values())

    async def free_in_pool(self, campaign_id: str, school_id: str) -> int:
        held = {h.number_id for h in self._t.holdings.values() if _live(h)}
        return sum(
            1
            for n in self._t.numbers.values()
            if (n.campaign_id, n.school_id) == (campaign_id, school_id) and n.id not in held
        )

    async def add_allocation(
        self, numbers: Sequence[UniqueNumber], holdings: Sequence[Holding]
    ) -> None:
        self._t.numbers.update({n.id: n for n in numbers})
        self._t.holdings.update({h.holding_id: h for h in holdings})

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[Holding], int]:
        found = [
            self._read(h)
            for h in self._t.holdings.values()
            if in_scope(scope, Place(h.region_code, h.municipality_id, h.school_id))
            and (not f.campaign_id or h.campaign_id == f.campaign_id)
            and (f.status is None or h.status is f.status)
        ]
        return found[offset : offset + limit], len(found)

    async def free_numbers(self, campaign_id: str, scope: ListScope) -> list[Holding]:
        held = {h.number_id for h in self._t.holdings.values() if _live(h)}
        return [
            Holding(
                "",
                n.id,
                n.code,
                n.campaign_id,
                0,
                n.region_code,
                n.school_id,
                n.municipality_id,
                "",
                "",
                NumberStatus.FREE,
            )
            for n in self._t.numbers.values()
            if n.campaign_id == campaign_id
            and n.id not in held
            and in_scope(scope, Place(n.region_code, n.municipality_id, n.school_id))
        ]


class MemoryApplications:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def get(self, application_id: str, *, lock: bool = False) -> Application:
        if application_id not in self._t.applications:
            raise NotFound("application_not_found", "Заявление не найдено")
        return self._t.applications[application_id]

    async def of_holding(self, holding_id: str) -> Application | None:
        return next((a for a in self._t.applications.values() if a.holding_id == holding_id), None)

    async def add(self, application: Application, passport: Sealed | None) -> None:
        await self.save(application, passport)

    async def save(self, application: Application, passport: Sealed | None = None) -> None:
        self._t.applications[application.id] = application
        if passport is not None:
            self._t.passports[application.id] = passport

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[Application], int]:
        found = [
            a
            for a in self._t.applications.values()
            if in_scope(scope, Place(a.region_code, a.municipality_id, a.school_id))
            and (not f.campaign_id or a.campaign_id == f.campaign_id)
        ]
        return found[offset : offset + limit], len(found)


class MemoryCandidates:
    def __init__(self, t: Tables) -> None:
        self._t = t

    def _budget_years(self, campaign: Campaign, teacher: Teacher) -> tuple[int, ...]:
        years = [
            h.year
            for h in self._t.holdings.values()
            if h.teacher_id == teacher.id and h.campaign_id != campaign.id and _live(h)
        ]
        if teacher.last_budget_number_year is not None:
            years.append(teacher.last_budget_number_year)
        return tuple(years)

    def _eligible(self, campaign: Campaign, teacher: Teacher) -> bool:
        return teacher.region_code == campaign.region_code and is_candidate(
            campaign.year, teacher.profile.last_training_year, campaign.rules
        )

    async def views(self, campaign: Campaign, teacher_ids: Sequence[str]) -> list[CandidateView]:
        found = []
        for teacher_id in teacher_ids:
            view = self._t.teachers.get(teacher_id)
            if view is None or view.teacher.region_code != campaign.region_code:
                continue
            teacher = view.teacher
            decision = await self.decision(campaign.id, teacher_id)
            held = [h for h in self._t.holdings.values() if h.campaign_id == campaign.id]
            mine = sorted(
                (h for h in held if h.teacher_id == teacher_id), key=lambda h: not _live(h)
            )
            year = teacher.profile.last_training_year
            found.append(
                CandidateView(
                    teacher=view,
                    decision=decision,
                    years_since_training=None if year is None else campaign.year - year,
                    recent_budget_number=has_recent_budget_number(
                        campaign.year, self._budget_years(campaign, teacher), campaign.rules
                    ),
                    decided_by="",
                    decided_at=None,
                    number_status=number_status_shown(
                        mine[0].status if mine else None, decision, campaign
                    ),
                )
            )
        return found

    async def decide(
        self, campaign_id: str, teacher_id: str, decision: Decision, decided_by: str
    ) -> None:
        self._t.decisions[(campaign_id, teacher_id)] = decision

    async def decision(self, campaign_id: str, teacher_id: str) -> Decision:
        return self._t.decisions.get((campaign_id, teacher_id), Decision.PENDING)

    async def allocation_inputs(self, campaign: Campaign) -> list[AllocationCandidate]:
        return [
            AllocationCandidate(
                teacher_id=t.id,
                school_id=t.school_id,
                municipality_id=t.municipality_id,
                snils=t.snils,
                decision=await self.decision(campaign.id, t.id),
                last_training_year=t.profile.last_training_year,
                last_training_on=t.profile.last_training_on,
                budget_years=self._budget_years(campaign, t),
            )
            for t in (v.teacher for v in self._t.teachers.values())
            if self._eligible(campaign, t)
        ]

    async def recipient(self, campaign: Campaign, teacher_id: str) -> Recipient | None:
        view = self._t.teachers.get(teacher_id)
        if view is None:
            return None
        teacher = view.teacher
        mine = [
            h
            for h in self._t.holdings.values()
            if (h.campaign_id, h.teacher_id) == (campaign.id, teacher_id)
        ]
        return Recipient(
            teacher_id=teacher.id,
            school_id=teacher.school_id,
            region_code=teacher.region_code,
            last_training_year=teacher.profile.last_training_year,
            confirmed=await self.decision(campaign.id, teacher_id) is Decision.CONFIRMED,
            budget_years=self._budget_years(campaign, teacher),
            chose_off_budget=any(h.refusal_reason is RefusalReason.OFF_BUDGET_CHOSEN for h in mine),
            holds_number=any(_live(h) for h in mine),
        )

    async def add_outcomes(
        self, campaign_id: str, outcomes: Sequence[Outcome], number_ids: Mapping[str, str]
    ) -> None:
        for o in outcomes:
            self._t.outcomes[(campaign_id, o.teacher_id)] = (o, number_ids.get(o.teacher_id, ""))

    async def page(
        self,
        campaign: Campaign,
        scope: ListScope,
        decision: Decision | None,
        limit: int,
        offset: int,
    ) -> tuple[list[CandidateView], int]:
        listed = [
            v
            for v in await self.views(campaign, list(self._t.teachers))
            if v.is_candidate_of(campaign)
            and in_scope(scope, _place_of(v.teacher.teacher))
            and (decision is None or v.decision is decision)
        ]
        return listed[offset : offset + limit], len(listed)

    async def outcomes_page(
        self,
        campaign: Campaign,
        scope: ListScope,
        not_granted_only: bool,
        limit: int,
        offset: int,
    ) -> tuple[list[OutcomeView], int]:
        found = [
            OutcomeView(
                o.teacher_id,
                self._t.teachers[o.teacher_id].teacher.full_name,
                o.school_id,
                o.municipality_id,
                o.reason,
                o.rank,
                number_id,
                self._t.numbers[number_id].code if number_id else "",
            )
            for (c, _), (o, number_id) in self._t.outcomes.items()
            if c == campaign.id
            and in_scope(scope, Place(campaign.region_code, o.municipality_id, o.school_id))
            and not (not_granted_only and o.granted)
        ]
        return found[offset : offset + limit], len(found)

    async def outcome_counts(self, campaign_id: str) -> tuple[int, int]:
        mine = [o for (c, _), (o, _) in self._t.outcomes.items() if c == campaign_id]
        return sum(1 for o in mine if o.granted), len(mine)


class MemoryQuestionnaires:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def questions(self, campaign_id: str) -> list[Question]:
        return list(self._t.questions.get(campaign_id, []))

    async def replace_questions(self, campaign_id: str, items: Sequence[Question]) -> None:
        self._t.questions[campaign_id] = [
            q if q.id else replace(q, id=str(uuid.uuid4())) for q in items
        ]

    async def answers_of(self, campaign_id: str, teacher_id: str) -> Answers | None:
        return self._t.answers.get((campaign_id, teacher_id))

    async def save_answers(self, campaign_id: str, teacher_id: str, answers: Answers) -> None:
        self._t.answers[(campaign_id, teacher_id)] = answers

    async def responses(
        self,
        campaign_id: str,
        scope: ListScope,
        not_answered_only: bool,
        limit: int,
        offset: int,
    ) -> tuple[list[ResponseRow], int, int]:
        rows = [
            ResponseRow(v, self._t.answers.get((campaign_id, v.teacher.id), Answers()))
            for v in self._t.teachers.values()
            if in_scope(scope, _place_of(v.teacher))
        ]
        answered = sum(1 for r in rows if r.answers.answered_at is not None)
        if not_answered_only:
            rows = [r for r in rows if r.answers.answered_at is None]
        return rows[offset : offset + limit], len(rows), answered


class MemoryAudit:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def add(self, entry: AuditEntry) -> None:
        self._t.audit.append(entry)

    async def before_of(
        self, action: str, entity_type: str, entity_id: str
    ) -> dict[str, Any] | None:
        return next(
            (
                e.before
                for e in self._t.audit
                if (e.action, e.entity_type, e.entity_id) == (action, entity_type, entity_id)
            ),
            None,
        )

    async def page(
        self, scope: ListScope, actor_person_id: str, action: str, limit: int, offset: int
    ) -> list[AuditView]:
        raise NotImplementedError("the audit trail is read in the integration tests")


class FakeUnitOfWork(InMemoryUnitOfWork):
    def __init__(self) -> None:
        super().__init__()
        self.tables = Tables()
        self.municipalities = MemoryMunicipalities(self.tables)
        self.campaigns = MemoryCampaigns(self.tables)
        self.structure = MemoryStructure(self.tables)
        self.teachers = MemoryTeachers(self.tables)
        self.numbers = MemoryNumbers(self.tables)
        self.applications = MemoryApplications(self.tables)
        self.candidates = MemoryCandidates(self.tables)
        self.questionnaires = MemoryQuestionnaires(self.tables)
        self.audit = MemoryAudit(self.tables)

    def _repositories(self) -> dict[str, Any]:
        # The repositories share the tables: snapshot and restore those, once.
        return {"tables": self.tables}

    def audited(self, action: str) -> list[AuditEntry]:
        return [e for e in self.tables.audit if e.action == action]


def check_ports(uow: FakeUnitOfWork) -> PkRegionalUnitOfWorkPort:
    """mypy checks here that the fakes implement the ports."""
    return uow

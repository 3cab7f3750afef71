"""In-memory repositories and other services for pk-regional-svc's use-case unit tests.

All rows live in one `Tables` object shared by the repositories, so a block left without commit
restores them together (the unit of work snapshots only the tables). The repositories implement
the Protocols of `service_layer/ports.py`; `check_ports` below lets mypy hold them to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from pk_regional_fake_records import (
    MemoryAudit,
    MemoryCandidates,
    MemoryCompletions,
    MemoryQuestionnaires,
)
from pk_regional_tables import Tables, in_scope, live, place_of

from cpd_platform.errors import NotFound
from cpd_platform.testing import InMemoryUnitOfWork
from pk_regional_svc.adapters.application_repository import APPLICATION_NOT_FOUND
from pk_regional_svc.adapters.campaign_repository import CAMPAIGN_NOT_FOUND
from pk_regional_svc.adapters.number_repository import HOLDING_NOT_FOUND, NUMBER_NOT_FOUND
from pk_regional_svc.adapters.passport_cipher import Sealed
from pk_regional_svc.adapters.structure_repository import MUNICIPALITY_NOT_FOUND, SCHOOL_NOT_FOUND
from pk_regional_svc.domain.allocation import Quotas
from pk_regional_svc.domain.application import Application
from pk_regional_svc.domain.campaign import Campaign, Quota, QuotaScope
from pk_regional_svc.domain.completion import CompletionDocument
from pk_regional_svc.domain.municipality import Municipality
from pk_regional_svc.domain.numbers import (
    Holding,
    NumberFilter,
    NumberStatus,
    RefusalCount,
    RefusalReason,
    UniqueNumber,
)
from pk_regional_svc.domain.scope import AuditEntry, ListScope, Place, Visibility
from pk_regional_svc.domain.structure import School, TeacherView
from pk_regional_svc.service_layer.ports import PkRegionalUnitOfWorkPort

T = TypeVar("T")


def _found(table: Mapping[str, T], key: str, not_found: tuple[str, str]) -> T:
    """The row under `key`, or NotFound with the code and message the repository gives."""
    if key not in table:
        raise NotFound(*not_found)
    return table[key]


class MemoryMunicipalities:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def in_region(self, region_code: str) -> list[Municipality]:
        return [m for m in self._t.municipalities.values() if m.region_code == region_code]

    async def add_if_absent(self, municipality: Municipality) -> bool:
        if municipality.id in self._t.municipalities or await self.by_name(
            municipality.region_code, municipality.name
        ):
            return False
        self._t.municipalities[municipality.id] = municipality
        return True

    async def by_name(self, region_code: str, name: str) -> Municipality | None:
        return next(
            (
                m
                for m in self._t.municipalities.values()
                if (m.region_code, m.name) == (region_code, name)
            ),
            None,
        )

    async def by_ids(self, ids: Sequence[str]) -> list[Municipality]:
        return [
            self._t.municipalities[i] for i in dict.fromkeys(ids) if i in self._t.municipalities
        ]


class MemoryCampaigns:
    def __init__(self, t: Tables) -> None:
        self._t = t

    async def get(self, campaign_id: str, *, lock: bool = False) -> Campaign:
        return _found(self._t.campaigns, campaign_id, CAMPAIGN_NOT_FOUND)

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
        return {
            i for i in ids if i in self._t.schools and self._t.schools[i].region_code == region_code
        }

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
        return {i: self._t.schools[i].municipality_id for i in school_ids if i in self._t.schools}

    async def schools_in_region(self, region_code: str) -> dict[str, School]:
        return {s.code: s for s in self._t.schools.values() if s.region_code == region_code}

    async def add_schools(self, new: Sequence[School]) -> None:
        self._t.schools.update({s.id: s for s in new})

    async def save_school(self, school: School) -> None:
        self._t.schools[school.id] = school

    async def schools_page(
        self, scope: ListScope, limit: int, offset: int
    ) -> tuple[list[School], int]:
        found = [
            s
            for s in self._t.schools.values()
            if in_scope(scope, Place(s.region_code, s.municipality_id, s.id))
        ]
        return found[offset : offset + limit], len(found)

    async def visible_schools(self, ids: Sequence[str], visibility: Visibility) -> list[School]:
        return [
            s
            for i in ids
            if (s := self._t.schools.get(i)) is not None
            and visibility.allows(Place(s.region_code, s.municipality_id, s.id))
        ]

    async def school_place(self, school_id: str) -> Place:
        school = _found(self._t.schools, school_id, SCHOOL_NOT_FOUND)
        return Place(school.region_code, school.municipality_id, school_id)

    async def municipality_place(self, municipality_id: str) -> Place:
        municipality = _found(self._t.municipalities, municipality_id, MUNICIPALITY_NOT_FOUND)
        return Place(municipality.region_code, municipality_id)


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
        return _found(self._t.teachers, teacher_id, ("teacher_not_found", "Педагог не найден"))

    async def by_snils(self, region_code: str, snils: Sequence[str]) -> dict[str, TeacherView]:
        return {
            v.teacher.snils: v
            for v in self._t.teachers.values()
            if v.teacher.region_code == region_code and v.teacher.snils in snils
        }

    async def add_many(self, new: Sequence[TeacherView]) -> None:
        self._t.teachers.update({v.teacher.id: v for v in new})

    async def save_imported(self, view: TeacherView) -> None:
        self._t.teachers[view.teacher.id] = view

    async def save_profile(self, view: TeacherView) -> TeacherView:
        self._t.teachers[view.teacher.id] = view
        return view

    async def page(
        self, scope: ListScope, incomplete_only: bool, limit: int, offset: int
    ) -> tuple[list[TeacherView], int]:
        found = [
            v
            for v in self._t.teachers.values()
            if in_scope(scope, place_of(v.teacher)) and (v.missing or not incomplete_only)
        ]
        return found[offset : offset + limit], len(found)

    async def visible(self, ids: Sequence[str], visibility: Visibility) -> list[TeacherView]:
        return [
            v
            for i in ids
            if (v := self._t.teachers.get(i)) is not None and visibility.allows(place_of(v.teacher))
        ]

    async def record_training(self, teacher_id: str, document: CompletionDocument) -> None:
        view = self._t.teachers[teacher_id]
        view.teacher.profile = replace(
            view.teacher.profile,
            last_training_on=document.issued_on,
            last_training_year=document.issued_on.year,
            last_training_topic=document.programme,
            last_training_organisation=document.organisation,
            never_trained=False,
        )


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
        return self._read(_found(self._t.holdings, holding_id, HOLDING_NOT_FOUND))

    def _of(self, campaign_id: str, teacher_id: str) -> list[Holding]:
        return [
            h
            for h in self._t.holdings.values()
            if (h.campaign_id, h.teacher_id) == (campaign_id, teacher_id)
        ]

    async def live_holding_of(
        self, campaign_id: str, teacher_id: str, *, lock: bool = False
    ) -> Holding | None:
        current = [h for h in self._of(campaign_id, teacher_id) if live(h)]
        return self._read(current[0]) if current else None

    async def latest_holding_of(self, campaign_id: str, teacher_id: str) -> Holding | None:
        held = self._of(campaign_id, teacher_id)
        held.sort(key=lambda h: (not live(h), -list(self._t.holdings).index(h.holding_id)))
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
        return _found(self._t.numbers, number_id, NUMBER_NOT_FOUND)

    async def is_held(self, number_id: str) -> bool:
        return any(h.number_id == number_id and live(h) for h in self._t.holdings.values())

    async def free_in_pool(self, campaign_id: str, school_id: str) -> int:
        held = {h.number_id for h in self._t.holdings.values() if live(h)}
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

    async def refusals_by_reason(self, campaign_id: str, scope: ListScope) -> list[RefusalCount]:
        refused, _ = await self.page(
            scope, NumberFilter(campaign_id, status=NumberStatus.REFUSED), 10**9, 0
        )
        counts = Counter(h.refusal_reason or RefusalReason.NOT_STATED for h in refused)
        return [RefusalCount(r, n) for r, n in counts.most_common()]

    async def free_numbers(self, campaign_id: str, scope: ListScope) -> list[Holding]:
        held = {h.number_id for h in self._t.holdings.values() if live(h)}
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
        return _found(self._t.applications, application_id, APPLICATION_NOT_FOUND)

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
        self.completions = MemoryCompletions(self.tables)
        self.audit = MemoryAudit(self.tables)

    def _repositories(self) -> dict[str, Any]:
        # The repositories share the tables: snapshot and restore those, once.
        return {"tables": self.tables}

    def audited(self, action: str) -> list[AuditEntry]:
        return [e for e in self.tables.audit if e.action == action]


def check_ports(uow: FakeUnitOfWork) -> PkRegionalUnitOfWorkPort:
    """mypy checks here that the fakes implement the ports."""
    return uow

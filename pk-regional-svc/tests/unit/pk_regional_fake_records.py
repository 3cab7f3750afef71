"""In-memory candidates, questionnaires, completions and audit trail (see pk_regional_fakes)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from pk_regional_tables import Tables, in_scope, live, place_of

from cpd_platform.mapping import same_named
from pk_regional_svc.domain.allocation import AllocationCandidate, Decision, Outcome
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidate_list import (
    CandidateView,
    OutcomeView,
    number_status_shown,
)
from pk_regional_svc.domain.candidates import has_recent_budget_number, is_candidate
from pk_regional_svc.domain.completion import DOCUMENT_FIELDS, CompletionDocument, CompletionView
from pk_regional_svc.domain.numbers import (
    NumberFilter,
    Recipient,
    RefusalReason,
)
from pk_regional_svc.domain.questionnaire import Answers, Question, ResponseRow
from pk_regional_svc.domain.scope import AuditEntry, AuditView, ListScope, Place
from pk_regional_svc.domain.structure import Teacher


class MemoryCandidates:
    def __init__(self, t: Tables) -> None:
        self._t = t

    def _budget_years(self, campaign: Campaign, teacher: Teacher) -> tuple[int, ...]:
        years = [
            h.year
            for h in self._t.holdings.values()
            if h.teacher_id == teacher.id and h.campaign_id != campaign.id and live(h)
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
                (h for h in held if h.teacher_id == teacher_id), key=lambda h: not live(h)
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
            holds_number=any(live(h) for h in mine),
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
            and in_scope(scope, place_of(v.teacher.teacher))
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
            if in_scope(scope, place_of(v.teacher))
        ]
        answered = sum(1 for r in rows if r.answers.answered_at is not None)
        if not_answered_only:
            rows = [r for r in rows if r.answers.answered_at is None]
        return rows[offset : offset + limit], len(rows), answered


class MemoryCompletions:
    def __init__(self, t: Tables) -> None:
        self._t = t

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
        key = (teacher.id, document.document_type, document.series, document.number)
        if key in self._t.completions:
            return False
        number = ""
        if holding_id:
            number = self._t.numbers[self._t.holdings[holding_id].number_id].code
        self._t.completions[key] = CompletionView(
            document_id,
            teacher.id,
            teacher.full_name,
            teacher.school_id,
            teacher.municipality_id,
            campaign_id,
            number,
            **same_named(document, DOCUMENT_FIELDS),
            recorded_by=recorded_by,
            recorded_at=datetime.now(UTC),
        )
        return True

    async def find(self, teacher_id: str, document: CompletionDocument) -> CompletionView:
        return self._t.completions[
            (teacher_id, document.document_type, document.series, document.number)
        ]

    async def page(
        self, scope: ListScope, f: NumberFilter, limit: int, offset: int
    ) -> tuple[list[CompletionView], int]:
        found = [
            c
            for c in self._t.completions.values()
            if in_scope(scope, Place("16", c.municipality_id, c.school_id))
        ]
        return found[offset : offset + limit], len(found)


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

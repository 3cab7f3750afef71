"""Candidates of a campaign, operators' decisions and the allocation's outcomes in PostgreSQL.

Who is a candidate is decided by the campaign's stored rule set (`campaign.rules`); the SQL
here is the twin of domain.candidates, unit-tested there."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from pk_regional_svc.adapters.bulk import copy_records
from pk_regional_svc.adapters.listing import counted_page
from pk_regional_svc.adapters.orm import (
    allocation_outcomes,
    candidate_decisions,
    holdings,
    teachers,
    unique_numbers,
)
from pk_regional_svc.adapters.rows import teacher_view_from_row
from pk_regional_svc.adapters.visibility import scope_clause
from pk_regional_svc.domain.allocation import AllocationCandidate, Decision, Outcome, Reason
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.candidate_list import (
    CandidateView,
    OutcomeView,
    number_status_shown,
)
from pk_regional_svc.domain.numbers import NumberStatus, Recipient, RefusalReason
from pk_regional_svc.domain.scope import ListScope

DECISION: ColumnElement[str] = func.coalesce(candidate_decisions.c.decision, Decision.PENDING.value)


def eligible(campaign: Campaign) -> ColumnElement[bool]:
    """SQL twin of domain.candidates.is_candidate."""
    return and_(
        teachers.c.region_code == campaign.region_code,
        or_(
            teachers.c.last_training_year.is_(None),
            literal(campaign.year) - teachers.c.last_training_year
            >= campaign.rules.training_interval_years,
        ),
    )


def listed(campaign: Campaign) -> ColumnElement[bool]:
    """Teachers of the campaign's candidates list: the eligible ones, and those holding (or having
    held) a number of this campaign, who stay listed with its status (e.g. a completion
    recorded this year makes them ineligible by date but they show «обучение завершено»)."""
    in_campaign = exists().where(
        holdings.c.teacher_id == teachers.c.id, holdings.c.campaign_id == campaign.id
    )
    return or_(
        eligible(campaign), and_(teachers.c.region_code == campaign.region_code, in_campaign)
    )


def recent_budget(campaign: Campaign) -> ColumnElement[bool]:
    """SQL twin of domain.candidates.has_recent_budget_number."""
    interval = campaign.rules.budget_interval_years
    used = exists().where(
        holdings.c.teacher_id == teachers.c.id,
        holdings.c.campaign_id != campaign.id,
        holdings.c.status != NumberStatus.REFUSED.value,
        holdings.c.year <= campaign.year,
        literal(campaign.year) - holdings.c.year < interval,
    )
    imported = and_(
        teachers.c.last_budget_number_year.is_not(None),
        teachers.c.last_budget_number_year <= campaign.year,
        literal(campaign.year) - teachers.c.last_budget_number_year < interval,
    )
    return or_(used, imported)


def with_decisions(campaign: Campaign) -> Any:
    return teachers.outerjoin(
        candidate_decisions,
        and_(
            candidate_decisions.c.teacher_id == teachers.c.id,
            candidate_decisions.c.campaign_id == campaign.id,
        ),
    )


def candidates_select(campaign: Campaign) -> Any:
    live = (
        select(holdings.c.status)
        .where(holdings.c.campaign_id == campaign.id, holdings.c.teacher_id == teachers.c.id)
        .order_by(
            (holdings.c.status == NumberStatus.REFUSED.value).asc(), holdings.c.created_at.desc()
        )
        .limit(1)
        .scalar_subquery()
    )
    return select(
        teachers,
        DECISION.label("decision"),
        candidate_decisions.c.decided_by,
        candidate_decisions.c.decided_at,
        recent_budget(campaign).label("recent_budget"),
        live.label("holding_status"),
    ).select_from(with_decisions(campaign))


def candidate_from_row(row: Any, campaign: Campaign) -> CandidateView:
    m = row._mapping
    decision = Decision(m["decision"])
    holding = NumberStatus(m["holding_status"]) if m["holding_status"] else None
    year = m["last_training_year"]
    return CandidateView(
        teacher=teacher_view_from_row(m),
        decision=decision,
        years_since_training=None if year is None else campaign.year - year,
        recent_budget_number=bool(m["recent_budget"]),
        decided_by=m["decided_by"] or "",
        decided_at=m["decided_at"],
        number_status=number_status_shown(holding, decision, campaign),
    )


class CandidateRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def views(self, campaign: Campaign, teacher_ids: Sequence[str]) -> list[CandidateView]:
        found = await self._session.execute(
            candidates_select(campaign).where(
                teachers.c.id.in_(list(teacher_ids)),
                teachers.c.region_code == campaign.region_code,
            )
        )
        return [candidate_from_row(r, campaign) for r in found]

    async def decide(
        self, campaign_id: str, teacher_id: str, decision: Decision, decided_by: str
    ) -> None:
        statement = insert(candidate_decisions).values(
            campaign_id=campaign_id,
            teacher_id=teacher_id,
            decision=decision.value,
            decided_by=decided_by,
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                constraint="pk_candidate_decisions",
                set_={
                    "decision": decision.value,
                    "decided_by": decided_by,
                    "decided_at": func.now(),
                },
            )
        )

    async def decision(self, campaign_id: str, teacher_id: str) -> Decision:
        found = await self._session.scalar(
            select(candidate_decisions.c.decision).where(
                candidate_decisions.c.campaign_id == campaign_id,
                candidate_decisions.c.teacher_id == teacher_id,
            )
        )
        return Decision(found) if found else Decision.PENDING

    async def _budget_years(self, campaign: Campaign) -> dict[str, list[int]]:
        """Years of budget numbers used in the region's other campaigns within the interval."""
        interval = campaign.rules.budget_interval_years
        years: dict[str, list[int]] = {}
        for teacher_id, year in await self._session.execute(
            select(holdings.c.teacher_id, holdings.c.year).where(
                holdings.c.region_code == campaign.region_code,
                holdings.c.campaign_id != campaign.id,
                holdings.c.status != NumberStatus.REFUSED.value,
                holdings.c.year > campaign.year - interval,
            )
        ):
            years.setdefault(str(teacher_id), []).append(year)
        return years

    async def allocation_inputs(self, campaign: Campaign) -> list[AllocationCandidate]:
        found = await self._session.execute(
            select(
                teachers.c.id,
                teachers.c.school_id,
                teachers.c.municipality_id,
                teachers.c.snils,
                teachers.c.last_training_year,
                teachers.c.last_training_on,
                teachers.c.last_budget_number_year,
                DECISION.label("decision"),
            )
            .select_from(with_decisions(campaign))
            .where(eligible(campaign))
        )
        budget_years = await self._budget_years(campaign)
        candidates = []
        for r in found:
            years = list(budget_years.get(str(r.id), ()))
            if r.last_budget_number_year is not None:
                years.append(r.last_budget_number_year)
            candidates.append(
                AllocationCandidate(
                    teacher_id=str(r.id),
                    school_id=str(r.school_id),
                    municipality_id=str(r.municipality_id),
                    snils=r.snils,
                    decision=Decision(r.decision),
                    last_training_year=r.last_training_year,
                    last_training_on=r.last_training_on,
                    budget_years=tuple(years),
                )
            )
        return candidates

    async def recipient(self, campaign: Campaign, teacher_id: str) -> Recipient | None:
        row = (
            await self._session.execute(
                select(
                    teachers.c.id,
                    teachers.c.school_id,
                    teachers.c.region_code,
                    teachers.c.last_training_year,
                    teachers.c.last_budget_number_year,
                    DECISION.label("decision"),
                )
                .select_from(with_decisions(campaign))
                .where(teachers.c.id == teacher_id)
            )
        ).one_or_none()
        if row is None:
            return None
        of_teacher = and_(
            holdings.c.campaign_id == campaign.id, holdings.c.teacher_id == teacher_id
        )
        refused = holdings.c.status == NumberStatus.REFUSED.value
        chose_off_budget = await self._session.scalar(
            select(
                exists().where(
                    of_teacher,
                    refused,
                    holdings.c.refusal_reason == RefusalReason.OFF_BUDGET_CHOSEN.value,
                )
            )
        )
        holds_number = await self._session.scalar(select(exists().where(of_teacher, ~refused)))
        years = [
            y
            for (y,) in await self._session.execute(
                select(holdings.c.year).where(
                    holdings.c.teacher_id == teacher_id,
                    holdings.c.campaign_id != campaign.id,
                    ~refused,
                )
            )
        ]
        if row.last_budget_number_year is not None:
            years.append(row.last_budget_number_year)
        return Recipient(
            teacher_id=str(row.id),
            school_id=str(row.school_id),
            region_code=row.region_code,
            last_training_year=row.last_training_year,
            confirmed=row.decision == Decision.CONFIRMED.value,
            budget_years=tuple(years),
            chose_off_budget=bool(chose_off_budget),
            holds_number=bool(holds_number),
        )

    async def add_outcomes(
        self, campaign_id: str, outcomes: Sequence[Outcome], number_ids: Mapping[str, str]
    ) -> None:
        # Ids go to COPY as text (encoded in C by asyncpg): a region's outcomes are ~100,000.
        campaign = uuid.UUID(campaign_id)
        connection = await self._session.connection()
        await copy_records(
            connection,
            allocation_outcomes,
            [
                "campaign_id",
                "teacher_id",
                "school_id",
                "municipality_id",
                "reason",
                "rank",
                "number_id",
            ],
            [
                (
                    campaign,
                    o.teacher_id,
                    o.school_id,
                    o.municipality_id,
                    o.reason.value,
                    o.rank,
                    number_ids.get(o.teacher_id),
                )
                for o in outcomes
            ],
        )

    async def outcome_counts(self, campaign_id: str) -> tuple[int, int]:
        o = allocation_outcomes
        row = (
            await self._session.execute(
                select(func.count().filter(o.c.reason == Reason.GRANTED.value), func.count()).where(
                    o.c.campaign_id == campaign_id
                )
            )
        ).one()
        return int(row[0] or 0), int(row[1] or 0)

    async def page(
        self,
        campaign: Campaign,
        scope: ListScope,
        decision: Decision | None,
        limit: int,
        offset: int,
    ) -> tuple[list[CandidateView], int]:
        """The campaign's candidates list (domain.candidates under the campaign's rule set)."""
        t = teachers
        where = and_(
            scope_clause(scope, t.c.region_code, t.c.municipality_id, t.c.school_id),
            listed(campaign),
        )
        if decision is not None:
            where = and_(where, DECISION.in_([decision.value]))
        found, total = await counted_page(
            self._session,
            candidates_select(campaign).where(where),
            (t.c.family_name, t.c.given_name, t.c.id),
            limit,
            offset,
        )
        return [candidate_from_row(r, campaign) for r in found], total

    async def outcomes_page(
        self,
        campaign: Campaign,
        scope: ListScope,
        not_granted_only: bool,
        limit: int,
        offset: int,
    ) -> tuple[list[OutcomeView], int]:
        """The allocation report: by municipality, ranked ones first in rank order."""
        o = allocation_outcomes
        where = and_(
            scope_clause(scope, literal(campaign.region_code), o.c.municipality_id, o.c.school_id),
            o.c.campaign_id == campaign.id,
        )
        if not_granted_only:
            where = and_(where, o.c.reason != Reason.GRANTED.value)
        joined = o.join(teachers, teachers.c.id == o.c.teacher_id).outerjoin(
            unique_numbers, unique_numbers.c.id == o.c.number_id
        )
        found, total = await counted_page(
            self._session,
            select(
                o,
                teachers.c.family_name,
                teachers.c.given_name,
                teachers.c.middle_name,
                unique_numbers.c.code,
            )
            .select_from(joined)
            .where(where),
            (
                o.c.municipality_id,
                case((o.c.rank == 0, 1), else_=0),
                o.c.rank,
                teachers.c.family_name,
                o.c.teacher_id,
            ),
            limit,
            offset,
        )
        items = [
            OutcomeView(
                teacher_id=str(r.teacher_id),
                teacher_name=" ".join(p for p in (r.family_name, r.given_name, r.middle_name) if p),
                school_id=str(r.school_id),
                municipality_id=str(r.municipality_id),
                reason=Reason(r.reason),
                rank=r.rank,
                number_id=str(r.number_id) if r.number_id else "",
                number_code=r.code or "",
            )
            for r in found
        ]
        return items, total

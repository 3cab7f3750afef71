"""Candidates (listed automatically), operators' decisions, and the allocation of numbers."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import InvalidArgument
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.orm import (
    allocation_outcomes,
    campaigns,
    candidate_decisions,
    holdings,
    quotas,
    schools,
    teachers,
    unique_numbers,
)
from pk_regional_svc.domain.allocation import (
    AllocationCandidate,
    Decision,
    Outcome,
    Quotas,
    Reason,
    allocate,
    number_code,
)
from pk_regional_svc.domain.numbers import NumberStatus
from pk_regional_svc.domain.quota_distribution import distribute_municipal_quotas
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import OPERATE, READ, REGIONAL, Place
from pk_regional_svc.service_layer.campaigns import Campaign, campaign_from_row, load_campaign
from pk_regional_svc.service_layer.deps import Deps
from pk_regional_svc.service_layer.paging import bounds, next_token
from pk_regional_svc.service_layer.structure import PageOf, TeacherView, scoped_filter, teacher_view


@dataclass(frozen=True, slots=True)
class CandidateView:
    teacher: TeacherView
    decision: Decision
    years_since_training: int | None
    recent_budget_number: bool
    decided_by: str
    decided_at: datetime | None
    number_status: NumberStatus | None


@dataclass(frozen=True, slots=True)
class OutcomeView:
    teacher_id: str
    teacher_name: str
    school_id: str
    municipality_id: str
    reason: Reason
    rank: int
    number_id: str
    number_code: str


@dataclass(frozen=True, slots=True)
class AllocationSummary:
    campaign_id: str
    granted: int
    not_granted: int
    allocated_at: datetime | None
    ran_now: bool


def eligible(campaign: Campaign) -> ColumnElement[bool]:
    """SQL twin of domain.candidates.is_candidate (unit-tested there)."""
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


def _candidate_select(campaign: Campaign) -> Any:
    live = (
        select(holdings.c.status)
        .where(
            holdings.c.campaign_id == campaign.id,
            holdings.c.teacher_id == teachers.c.id,
        )
        .order_by(
            (holdings.c.status == NumberStatus.REFUSED.value).asc(), holdings.c.created_at.desc()
        )
        .limit(1)
        .scalar_subquery()
    )
    joined = teachers.outerjoin(
        candidate_decisions,
        and_(
            candidate_decisions.c.teacher_id == teachers.c.id,
            candidate_decisions.c.campaign_id == campaign.id,
        ),
    )
    return (
        select(
            teachers,
            func.coalesce(candidate_decisions.c.decision, Decision.PENDING.value).label("decision"),
            candidate_decisions.c.decided_by,
            candidate_decisions.c.decided_at,
            recent_budget(campaign).label("recent_budget"),
            live.label("holding_status"),
        ).select_from(joined)
    ), joined


def _candidate_view(row: Any, campaign: Campaign) -> CandidateView:
    m = row._mapping
    decision = Decision(m["decision"])
    status: NumberStatus | None = None
    if m["holding_status"]:
        status = NumberStatus(m["holding_status"])
    elif decision is Decision.CONFIRMED and campaign.allocated_at is None:
        status = NumberStatus.EXPECTED
    year = m["last_training_year"]
    return CandidateView(
        teacher=teacher_view(m),
        decision=decision,
        years_since_training=None if year is None else campaign.year - year,
        recent_budget_number=bool(m["recent_budget"]),
        decided_by=m["decided_by"] or "",
        decided_at=m["decided_at"],
        number_status=status,
    )


async def list_candidates(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    decision: Decision | None,
    page_size: int,
    page_token: str,
) -> PageOf[CandidateView]:
    limit, offset = bounds(page_size, page_token)
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=teachers.c.region_code,
            municipality_col=teachers.c.municipality_id,
            school_col=teachers.c.school_id,
            region_code=campaign.region_code,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        where = and_(where, listed(campaign))
        if decision is not None:
            where = and_(
                where,
                func.coalesce(candidate_decisions.c.decision, Decision.PENDING.value)
                == decision.value,
            )
        query, joined = _candidate_select(campaign)
        total = await uow.session.scalar(select(func.count()).select_from(joined).where(where)) or 0
        found = await uow.session.execute(
            query.where(where)
            .order_by(teachers.c.family_name, teachers.c.given_name, teachers.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [_candidate_view(r, campaign) for r in found]
    return PageOf(items, next_token(limit, offset, total), total)


async def decide_candidates(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    teacher_ids: Sequence[str],
    decision: Decision,
) -> list[CandidateView]:
    ids = sorted({str(u) for u in valid_uuids(teacher_ids)})
    if not ids or len(ids) != len(set(teacher_ids)):
        raise InvalidArgument("invalid_teacher_ids", "Укажите педагогов из списка кандидатов")
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        query, _ = _candidate_select(campaign)
        found = {
            str(r.id): r
            for r in await uow.session.execute(
                query.where(teachers.c.id.in_(ids), eligible(campaign))
            )
        }
        if len(found) != len(ids):
            raise InvalidArgument(
                "not_a_candidate",
                "Среди выбранных есть педагоги, которые не являются кандидатами этой кампании",
            )
        for teacher_id in ids:
            row = found[teacher_id]
            place = Place(row.region_code, str(row.municipality_id), str(row.school_id))
            await deps.authz.require(principal, OPERATE, place)
        who = principal.person_id or principal.subject
        for teacher_id in ids:
            row = found[teacher_id]
            if row.decision == decision.value:
                continue
            statement = pg_insert(candidate_decisions).values(
                campaign_id=campaign_id,
                teacher_id=teacher_id,
                decision=decision.value,
                decided_by=who,
            )
            await uow.session.execute(
                statement.on_conflict_do_update(
                    constraint="pk_candidate_decisions",
                    set_={"decision": decision.value, "decided_by": who, "decided_at": func.now()},
                )
            )
            await audit.record(
                uow,
                principal,
                "decide_candidate",
                "teacher",
                teacher_id,
                Place(row.region_code, str(row.municipality_id), str(row.school_id)),
                {"decision": row.decision},
                {"decision": decision.value, "campaign_id": campaign_id},
            )
        result = [
            _candidate_view(r, campaign)
            for r in await uow.session.execute(query.where(teachers.c.id.in_(ids)))
        ]
        await uow.commit()
    return result


# Allocation -------------------------------------------------------------------------------------


async def load_allocation_inputs(
    uow: UnitOfWork, campaign: Campaign
) -> tuple[list[AllocationCandidate], Quotas]:
    interval = campaign.rules.budget_interval_years
    found = await uow.session.execute(
        select(
            teachers.c.id,
            teachers.c.school_id,
            teachers.c.municipality_id,
            teachers.c.snils,
            teachers.c.last_training_year,
            teachers.c.last_training_on,
            teachers.c.last_budget_number_year,
            func.coalesce(candidate_decisions.c.decision, Decision.PENDING.value).label("decision"),
        )
        .select_from(
            teachers.outerjoin(
                candidate_decisions,
                and_(
                    candidate_decisions.c.teacher_id == teachers.c.id,
                    candidate_decisions.c.campaign_id == campaign.id,
                ),
            )
        )
        .where(eligible(campaign))
    )
    budget_years: dict[str, list[int]] = {}
    for teacher_id, year in await uow.session.execute(
        select(holdings.c.teacher_id, holdings.c.year).where(
            holdings.c.region_code == campaign.region_code,
            holdings.c.campaign_id != campaign.id,
            holdings.c.status != NumberStatus.REFUSED.value,
            holdings.c.year > campaign.year - interval,
        )
    ):
        budget_years.setdefault(str(teacher_id), []).append(year)
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
    school_quota: dict[str, int] = {}
    municipality_quota: dict[str, int] = {}
    for kind, scope_id, count in await uow.session.execute(
        select(quotas.c.scope_kind, quotas.c.scope_id, quotas.c.count).where(
            quotas.c.campaign_id == campaign.id
        )
    ):
        (school_quota if kind == "school" else municipality_quota)[str(scope_id)] = count
    return candidates, Quotas(school_quota, municipality_quota)


@dataclass(frozen=True, slots=True)
class StoreTimings:
    compute_seconds: float
    store_seconds: float


async def _copy(
    connection: AsyncConnection, table: Any, columns: list[str], records: list[tuple[Any, ...]]
) -> None:
    """COPY into a table inside the current transaction (set-based, fast for large batches)."""
    if not records:
        return
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    await driver.copy_records_to_table(
        table.name, records=records, columns=columns, schema_name=table.schema
    )


async def store_allocation(
    uow: UnitOfWork, campaign: Campaign, secret: bytes, outcomes: Sequence[Outcome]
) -> None:
    number_rows: list[tuple[Any, ...]] = []
    holding_rows: list[tuple[Any, ...]] = []
    outcome_rows: list[tuple[Any, ...]] = []
    for o in outcomes:
        number_id = None
        if o.granted:
            number_id = uuid.uuid4()
            code = number_code(
                secret, campaign.region_code, campaign.year, o.school_id, o.school_sequence
            )
            number_rows.append(
                (
                    number_id,
                    uuid.UUID(campaign.id),
                    campaign.region_code,
                    uuid.UUID(o.municipality_id),
                    uuid.UUID(o.school_id),
                    o.school_sequence,
                    code,
                )
            )
            holding_rows.append(
                (
                    uuid.uuid4(),
                    number_id,
                    uuid.UUID(campaign.id),
                    campaign.year,
                    campaign.region_code,
                    uuid.UUID(o.municipality_id),
                    uuid.UUID(o.school_id),
                    uuid.UUID(o.teacher_id),
                    NumberStatus.ASSIGNED.value,
                )
            )
        outcome_rows.append(
            (
                uuid.UUID(campaign.id),
                uuid.UUID(o.teacher_id),
                uuid.UUID(o.school_id),
                uuid.UUID(o.municipality_id),
                o.reason.value,
                o.rank,
                number_id,
            )
        )
    connection = await uow.session.connection()
    await _copy(
        connection,
        unique_numbers,
        ["id", "campaign_id", "region_code", "municipality_id", "school_id", "sequence", "code"],
        number_rows,
    )
    await _copy(
        connection,
        holdings,
        [
            "id",
            "number_id",
            "campaign_id",
            "year",
            "region_code",
            "municipality_id",
            "school_id",
            "teacher_id",
            "status",
        ],
        holding_rows,
    )
    await _copy(
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
        outcome_rows,
    )


async def _summary(
    uow: UnitOfWork, campaign_id: str, allocated_at: datetime | None, ran_now: bool
) -> AllocationSummary:
    granted = (
        await uow.session.scalar(
            select(func.count())
            .select_from(allocation_outcomes)
            .where(
                allocation_outcomes.c.campaign_id == campaign_id,
                allocation_outcomes.c.reason == Reason.GRANTED.value,
            )
        )
        or 0
    )
    total = (
        await uow.session.scalar(
            select(func.count())
            .select_from(allocation_outcomes)
            .where(allocation_outcomes.c.campaign_id == campaign_id)
        )
        or 0
    )
    return AllocationSummary(campaign_id, granted, total - granted, allocated_at, ran_now)


async def _share_municipal_quotas(
    uow: UnitOfWork, campaign: Campaign, candidates: list[AllocationCandidate], quota: Quotas
) -> tuple[Quotas, dict[str, int]]:
    """Schools without a quota get a share of their municipality's (domain.quota_distribution);
    the shares are stored as the schools' quotas of the campaign."""
    explicit = [str(u) for u in valid_uuids(quota.school)]
    school_municipality = {
        str(r.id): str(r.municipality_id)
        for r in await uow.session.execute(
            select(schools.c.id, schools.c.municipality_id).where(schools.c.id.in_(explicit))
        )
    }
    shares = distribute_municipal_quotas(
        candidates, quota, campaign.year, school_municipality, campaign.rules
    )
    if shares:
        await uow.session.execute(
            pg_insert(quotas)
            .values(
                [
                    {"campaign_id": campaign.id, "scope_kind": "school", "scope_id": s, "count": n}
                    for s, n in sorted(shares.items())
                ]
            )
            .on_conflict_do_nothing()
        )
    return Quotas({**quota.school, **shares}, quota.municipality), shares


async def run_allocation(
    deps: Deps, principal: Principal, campaign_id: str
) -> tuple[AllocationSummary, StoreTimings]:
    """Runs once per campaign; running again returns the stored result (idempotent)."""
    async with deps.uow() as uow:
        row = await load_campaign(uow, campaign_id, lock=True)
        campaign = campaign_from_row(row)
        await deps.authz.require(principal, REGIONAL, Place(campaign.region_code))
        if campaign.allocated_at is not None:
            return await _summary(uow, campaign_id, campaign.allocated_at, False), StoreTimings(
                0, 0
            )
        started = time.perf_counter()
        candidates, quota = await load_allocation_inputs(uow, campaign)
        quota, shared = await _share_municipal_quotas(uow, campaign, candidates, quota)
        outcomes = allocate(candidates, quota, campaign.year, campaign.rules)
        computed = time.perf_counter()
        await store_allocation(uow, campaign, row["secret"], outcomes)
        allocated_at = (
            await uow.session.execute(
                update(campaigns)
                .where(campaigns.c.id == campaign_id)
                .values(allocated_at=func.now())
                .returning(campaigns.c.allocated_at)
            )
        ).scalar_one()
        summary = await _summary(uow, campaign_id, allocated_at, True)
        await audit.record(
            uow,
            principal,
            "run_allocation",
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            None,
            {
                "granted": summary.granted,
                "not_granted": summary.not_granted,
                "school_quotas_from_municipal": shared,
            },
        )
        await uow.commit()
        stored = time.perf_counter()
    return summary, StoreTimings(computed - started, stored - computed)


async def allocation_report(
    deps: Deps,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    not_granted_only: bool,
    page_size: int,
    page_token: str,
) -> tuple[PageOf[OutcomeView], AllocationSummary]:
    limit, offset = bounds(page_size, page_token)
    o = allocation_outcomes
    async with deps.uow() as uow:
        campaign = campaign_from_row(await load_campaign(uow, campaign_id))
        where = await scoped_filter(
            deps,
            uow,
            principal,
            region_col=literal(campaign.region_code),
            municipality_col=o.c.municipality_id,
            school_col=o.c.school_id,
            municipality_id=municipality_id,
            school_id=school_id,
            roles=READ,
        )
        where = and_(where, o.c.campaign_id == campaign_id)
        if not_granted_only:
            where = and_(where, o.c.reason != Reason.GRANTED.value)
        joined = o.join(teachers, teachers.c.id == o.c.teacher_id).outerjoin(
            unique_numbers, unique_numbers.c.id == o.c.number_id
        )
        total = await uow.session.scalar(select(func.count()).select_from(joined).where(where)) or 0
        found = await uow.session.execute(
            select(
                o,
                teachers.c.family_name,
                teachers.c.given_name,
                teachers.c.middle_name,
                unique_numbers.c.code,
            )
            .select_from(joined)
            .where(where)
            .order_by(
                o.c.municipality_id,
                case((o.c.rank == 0, 1), else_=0),
                o.c.rank,
                teachers.c.family_name,
                o.c.teacher_id,
            )
            .limit(limit)
            .offset(offset)
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
        summary = await _summary(uow, campaign_id, campaign.allocated_at, False)
    return PageOf(items, next_token(limit, offset, total), total), summary

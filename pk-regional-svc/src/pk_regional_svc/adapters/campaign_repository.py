"""Campaigns and their quotas in PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.errors import NotFound
from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters.orm import (
    allocation_outcomes,
    campaigns,
    candidate_decisions,
    holdings,
    questionnaire_answers,
    questions,
    quotas,
    schools,
    unique_numbers,
)
from pk_regional_svc.adapters.visibility import scope_clause
from pk_regional_svc.domain.allocation import Quotas
from pk_regional_svc.domain.campaign import Campaign, Quota, QuotaScope, Window, WindowKind
from pk_regional_svc.domain.scope import ListScope

CAMPAIGN_NOT_FOUND = ("campaign_not_found", "Кампания не найдена")


def campaign_from_row(row: Any) -> Campaign:
    return Campaign(
        id=str(row["id"]),
        region_code=row["region_code"],
        year=row["year"],
        questionnaire=Window(
            WindowKind.QUESTIONNAIRE, row["questionnaire_opens_at"], row["questionnaire_closes_at"]
        ),
        applications=Window(
            WindowKind.APPLICATIONS, row["applications_open_at"], row["applications_close_at"]
        ),
        required_hours=row["required_hours"],
        allocated_at=row["allocated_at"],
        rules_version=row["rules_version"],
    )


def _values(campaign: Campaign) -> dict[str, Any]:
    return {
        "questionnaire_opens_at": campaign.questionnaire.opens_at,
        "questionnaire_closes_at": campaign.questionnaire.closes_at,
        "applications_open_at": campaign.applications.opens_at,
        "applications_close_at": campaign.applications.closes_at,
        "required_hours": campaign.required_hours,
        "allocated_at": campaign.allocated_at,
    }


class CampaignRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, campaign_id: str, *, lock: bool = False) -> Campaign:
        if not valid_uuids([campaign_id]):
            raise NotFound(*CAMPAIGN_NOT_FOUND)
        query = select(campaigns).where(campaigns.c.id == campaign_id)
        if lock:
            query = query.with_for_update()
        row = (await self._session.execute(query)).one_or_none()
        if row is None:
            raise NotFound(*CAMPAIGN_NOT_FOUND)
        return campaign_from_row(row._mapping)

    async def find(self, region_code: str, year: int) -> Campaign | None:
        row = (
            await self._session.execute(
                select(campaigns).where(
                    campaigns.c.region_code == region_code, campaigns.c.year == year
                )
            )
        ).one_or_none()
        return campaign_from_row(row._mapping) if row is not None else None

    async def in_region(self, region_code: str) -> list[Campaign]:
        found = await self._session.execute(
            select(campaigns)
            .where(campaigns.c.region_code == region_code)
            .order_by(campaigns.c.year.desc())
        )
        return [campaign_from_row(r._mapping) for r in found]

    async def add_if_absent(self, campaign: Campaign, secret: bytes) -> bool:
        inserted = await self._session.scalar(
            insert(campaigns)
            .values(
                id=campaign.id,
                region_code=campaign.region_code,
                year=campaign.year,
                rules_version=campaign.rules_version,
                secret=secret,
                **_values(campaign),
            )
            .on_conflict_do_nothing()
            .returning(campaigns.c.id)
        )
        return inserted is not None

    async def save(self, campaign: Campaign) -> None:
        await self._session.execute(
            update(campaigns).where(campaigns.c.id == campaign.id).values(**_values(campaign))
        )

    async def secret(self, campaign_id: str) -> bytes:
        found = await self._session.scalar(
            select(campaigns.c.secret).where(campaigns.c.id == campaign_id)
        )
        if found is None:
            raise NotFound(*CAMPAIGN_NOT_FOUND)
        return bytes(found)

    async def quotas(self, campaign_id: str) -> Quotas:
        school: dict[str, int] = {}
        municipality: dict[str, int] = {}
        for kind, scope_id, count in await self._session.execute(
            select(quotas.c.scope_kind, quotas.c.scope_id, quotas.c.count).where(
                quotas.c.campaign_id == campaign_id
            )
        ):
            (school if kind == QuotaScope.SCHOOL.value else municipality)[str(scope_id)] = count
        return Quotas(school, municipality)

    async def set_quotas(self, campaign_id: str, items: Sequence[Quota]) -> None:
        if not items:
            return
        statement = insert(quotas).values(
            [
                {
                    "campaign_id": campaign_id,
                    "scope_kind": q.scope.value,
                    "scope_id": q.scope_id,
                    "count": q.count,
                }
                for q in items
            ]
        )
        await self._session.execute(
            statement.on_conflict_do_update(
                constraint="pk_quotas", set_={"count": statement.excluded["count"]}
            )
        )

    async def add_school_quotas(self, campaign_id: str, shares: Mapping[str, int]) -> None:
        if not shares:
            return
        await self._session.execute(
            insert(quotas)
            .values(
                [
                    {
                        "campaign_id": campaign_id,
                        "scope_kind": QuotaScope.SCHOOL.value,
                        "scope_id": school_id,
                        "count": count,
                    }
                    for school_id, count in sorted(shares.items())
                ]
            )
            .on_conflict_do_nothing()
        )

    async def has_numbers(self, campaign_id: str) -> bool:
        return bool(
            await self._session.scalar(
                select(exists().where(unique_numbers.c.campaign_id == campaign_id))
            )
        )

    async def remove(self, campaign_id: str) -> None:
        """The campaign with its quotas, questionnaire, answers, decisions and outcomes."""
        for table in (
            questionnaire_answers,
            questions,
            candidate_decisions,
            allocation_outcomes,
            quotas,
        ):
            await self._session.execute(delete(table).where(table.c.campaign_id == campaign_id))
        await self._session.execute(delete(campaigns).where(campaigns.c.id == campaign_id))

    async def quota_usage(self, campaign_id: str, scope: ListScope) -> list[tuple[Quota, int]]:
        """The quotas of the schools and municipalities in scope, each with the numbers used."""
        s = schools
        visible_schools = (
            select(s.c.id, s.c.municipality_id)
            .where(scope_clause(scope, s.c.region_code, s.c.municipality_id, s.c.id))
            .subquery()
        )
        used_by_school = {
            str(k): v
            for k, v in await self._session.execute(
                select(holdings.c.school_id, func.count(func.distinct(holdings.c.number_id)))
                .where(holdings.c.campaign_id == campaign_id)
                .group_by(holdings.c.school_id)
            )
        }
        found = await self._session.execute(
            select(quotas)
            .where(
                quotas.c.campaign_id == campaign_id,
                (quotas.c.scope_id.in_(select(visible_schools.c.id)))
                | (quotas.c.scope_id.in_(select(visible_schools.c.municipality_id))),
            )
            .order_by(quotas.c.scope_kind, quotas.c.scope_id)
        )
        school_municipality = {
            str(k): str(m) for k, m in await self._session.execute(select(visible_schools))
        }
        usage: list[tuple[Quota, int]] = []
        for q in found:
            quota = Quota(QuotaScope(q.scope_kind), str(q.scope_id), q._mapping["count"])
            if quota.scope is QuotaScope.SCHOOL:
                used = used_by_school.get(quota.scope_id, 0)
            else:
                used = sum(
                    n
                    for school_id, n in used_by_school.items()
                    if school_municipality.get(school_id) == quota.scope_id
                )
            usage.append((quota, used))
        return usage

"""Cancelling a campaign opened by mistake, while no number has been allocated.

The campaign goes with its quotas, questionnaire, answers and candidates' decisions, so that the
year can be opened again; the audit trail keeps what it was, who cancelled it and why. A retry
(the campaign already gone by an earlier cancellation) answers with the same campaign.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, select

from cpd_platform.db import UnitOfWork
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.adapters.campaign_repository import campaign_from_row
from pk_regional_svc.adapters.orm import (
    allocation_outcomes,
    audit_events,
    campaigns,
    candidate_decisions,
    questionnaire_answers,
    questions,
    quotas,
    unique_numbers,
)
from pk_regional_svc.domain.campaign import Campaign, Window, WindowKind
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.rules import EORT_2024
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import REGIONAL, Place
from pk_regional_svc.service_layer.deps import Deps

ACTION = "cancel_campaign"
NOT_FOUND = NotFound("campaign_not_found", "Кампания не найдена")


def _snapshot(c: Campaign) -> dict[str, Any]:
    return {
        "region_code": c.region_code,
        "year": c.year,
        "questionnaire": [
            c.questionnaire.opens_at.isoformat(),
            c.questionnaire.closes_at.isoformat(),
        ],
        "applications": [c.applications.opens_at.isoformat(), c.applications.closes_at.isoformat()],
        "required_hours": c.required_hours,
        "rules_version": c.rules_version,
    }


def _from_snapshot(campaign_id: str, s: dict[str, Any]) -> Campaign:
    def window(kind: WindowKind, pair: list[str]) -> Window:
        return Window(kind, datetime.fromisoformat(pair[0]), datetime.fromisoformat(pair[1]))

    return Campaign(
        id=campaign_id,
        region_code=s["region_code"],
        year=s["year"],
        questionnaire=window(WindowKind.QUESTIONNAIRE, s["questionnaire"]),
        applications=window(WindowKind.APPLICATIONS, s["applications"]),
        required_hours=s["required_hours"],
        allocated_at=None,
        # Snapshots taken before campaigns kept their version were all under the first rule set.
        rules_version=s.get("rules_version", EORT_2024.version),
    )


async def _cancelled_before(uow: UnitOfWork, campaign_id: str) -> Campaign | None:
    snapshot = await uow.session.scalar(
        select(audit_events.c.before)
        .where(
            audit_events.c.action == ACTION,
            audit_events.c.entity_type == "campaign",
            audit_events.c.entity_id == campaign_id,
        )
        .limit(1)
    )
    return _from_snapshot(campaign_id, snapshot) if snapshot else None


async def cancel_campaign(
    deps: Deps, principal: Principal, campaign_id: str, reason: str
) -> Campaign:
    reason = bounded(reason, "cancel_reason")
    if not valid_uuids([campaign_id]):
        raise NotFound(NOT_FOUND.code, NOT_FOUND.message)
    async with deps.uow() as uow:
        row = (
            await uow.session.execute(
                select(campaigns).where(campaigns.c.id == campaign_id).with_for_update()
            )
        ).one_or_none()
        if row is None:
            earlier = await _cancelled_before(uow, campaign_id)
            if earlier is None:
                raise NotFound(NOT_FOUND.code, NOT_FOUND.message)
            await deps.authz.require(principal, REGIONAL, Place(earlier.region_code))
            return earlier
        campaign = campaign_from_row(row._mapping)
        await deps.authz.require(principal, REGIONAL, Place(campaign.region_code))
        numbered = await uow.session.scalar(
            select(exists().where(unique_numbers.c.campaign_id == campaign_id))
        )
        if campaign.allocated_at is not None or numbered:
            raise FailedPrecondition(
                "campaign_already_allocated",
                "Кампанию нельзя отменить: уникальные номера уже распределены",
            )
        for table in (
            questionnaire_answers,
            questions,
            candidate_decisions,
            allocation_outcomes,
            quotas,
        ):
            await uow.session.execute(delete(table).where(table.c.campaign_id == campaign_id))
        await uow.session.execute(delete(campaigns).where(campaigns.c.id == campaign_id))
        await audit.record(
            uow,
            principal,
            ACTION,
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            _snapshot(campaign),
            {"reason": reason},
        )
        await uow.commit()
    return campaign

"""The allocation of unique numbers: once per campaign, deterministic, within the quotas, under
the rule set the campaign was opened under; and its report."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from cpd_platform.clock import Clock
from cpd_platform.ids import time_ordered_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.domain.allocation import Quotas, allocate
from pk_regional_svc.domain.candidate_list import OutcomeView
from pk_regional_svc.domain.numbers import RefusalCount, allocated_numbers
from pk_regional_svc.domain.quota_distribution import distribute_municipal_quotas
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import REGIONAL
from pk_regional_svc.service_layer.listing import list_scope, page_in_scope
from pk_regional_svc.service_layer.paging import PageOf
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


@dataclass(frozen=True, slots=True)
class AllocationSummary:
    campaign_id: str
    granted: int
    not_granted: int
    allocated_at: datetime | None
    ran_now: bool


@dataclass(frozen=True, slots=True)
class StoreTimings:
    compute_seconds: float
    store_seconds: float


async def _summary(
    uow: PkRegionalUnitOfWorkPort, campaign_id: str, allocated_at: datetime | None, ran_now: bool
) -> AllocationSummary:
    granted, total = await uow.candidates.outcome_counts(campaign_id)
    return AllocationSummary(campaign_id, granted, total - granted, allocated_at, ran_now)


async def run_allocation(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    *,
    authz: Authorizer,
    clock: Clock,
) -> tuple[AllocationSummary, StoreTimings]:
    """Runs once per campaign; running again returns the stored result (idempotent).

    Schools without a quota of their own get a share of their municipality's
    (domain.quota_distribution), stored as the schools' quotas of the campaign."""
    async with uow:
        campaign = await uow.campaigns.get(campaign_id, lock=True)
        await authz.require(principal, REGIONAL, Place(campaign.region_code))
        if campaign.allocated_at is not None:
            summary = await _summary(uow, campaign_id, campaign.allocated_at, False)
            return summary, StoreTimings(0, 0)
        started = time.perf_counter()
        candidates = await uow.candidates.allocation_inputs(campaign)
        quotas = await uow.campaigns.quotas(campaign_id)
        school_municipality = await uow.structure.school_municipalities(sorted(quotas.school))
        shares = distribute_municipal_quotas(
            candidates, quotas, campaign.year, school_municipality, campaign.rules
        )
        await uow.campaigns.add_school_quotas(campaign_id, shares)
        quotas = Quotas({**quotas.school, **shares}, quotas.municipality)
        outcomes = allocate(candidates, quotas, campaign.year, campaign.rules)
        computed = time.perf_counter()
        # Two ids per granted number (the number and its first holding), made in one go.
        ids = iter(time_ordered_uuids(2 * sum(1 for o in outcomes if o.granted)))
        numbers, holdings = allocated_numbers(
            campaign, await uow.campaigns.secret(campaign_id), outcomes, ids.__next__
        )
        await uow.numbers.add_allocation(numbers, holdings)
        await uow.candidates.add_outcomes(
            campaign_id, outcomes, {h.teacher_id: h.number_id for h in holdings}
        )
        allocated = campaign.allocated(clock.now())
        await uow.campaigns.save(allocated)
        summary = await _summary(uow, campaign_id, allocated.allocated_at, True)
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
                "school_quotas_from_municipal": shares,
            },
        )
        await uow.commit()
        stored = time.perf_counter()
    return summary, StoreTimings(computed - started, stored - computed)


async def allocation_report(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    not_granted_only: bool,
    page_size: int,
    page_token: str,
    *,
    authz: Authorizer,
) -> tuple[PageOf[OutcomeView], AllocationSummary]:
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        page = await page_in_scope(
            uow,
            authz,
            principal,
            page_size,
            page_token,
            lambda scope, limit, offset: uow.candidates.outcomes_page(
                campaign, scope, not_granted_only, limit, offset
            ),
            municipality_id=municipality_id,
            school_id=school_id,
        )
        summary = await _summary(uow, campaign_id, campaign.allocated_at, False)
    return page, summary


async def refusals_by_reason(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    school_id: str,
    *,
    authz: Authorizer,
) -> list[RefusalCount]:
    """The campaign's refused numbers per reason in the caller's scope (narrowed by the filters),
    counted in the database over all of them."""
    async with uow:
        await uow.campaigns.get(campaign_id)
        scope = await list_scope(
            uow, authz, principal, municipality_id=municipality_id, school_id=school_id
        )
        return await uow.numbers.refusals_by_reason(campaign_id, scope)

"""Campaigns of a year: windows, required hours, quotas."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from cpd_platform.errors import InvalidArgument, NotFound
from cpd_platform.principal import Principal
from pk_regional_svc.domain.campaign import (
    Campaign,
    Quota,
    QuotaScope,
    Window,
    WindowKind,
    check_quota,
    check_required_hours,
    check_year,
    parse_instant,
)
from pk_regional_svc.domain.municipality import parse_region_code
from pk_regional_svc.domain.rules import CURRENT_RULES
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import REGIONAL
from pk_regional_svc.service_layer.listing import list_scope
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort


@dataclass(frozen=True, slots=True)
class WindowsInput:
    questionnaire_opens_at: str
    questionnaire_closes_at: str
    applications_open_at: str
    applications_close_at: str

    def windows(self) -> tuple[Window, Window]:
        return (
            Window(
                WindowKind.QUESTIONNAIRE,
                parse_instant(self.questionnaire_opens_at, "questionnaire_opens_at"),
                parse_instant(self.questionnaire_closes_at, "questionnaire_closes_at"),
            ),
            Window(
                WindowKind.APPLICATIONS,
                parse_instant(self.applications_open_at, "applications_open_at"),
                parse_instant(self.applications_close_at, "applications_close_at"),
            ),
        )


@dataclass(frozen=True, slots=True)
class QuotaInput:
    municipality_id: str
    school_id: str
    count: int


@dataclass(frozen=True, slots=True)
class QuotaUsage:
    quota: QuotaInput
    used: int


async def _validate_quotas(
    uow: PkRegionalUnitOfWorkPort, region: str, items: Sequence[QuotaInput]
) -> list[Quota]:
    checked: list[Quota] = []
    for q in items:
        if bool(q.municipality_id) == bool(q.school_id):
            raise InvalidArgument(
                "invalid_quota", "Квота задаётся либо для муниципалитета, либо для организации"
            )
        check_quota(q.count)
        if q.school_id:
            checked.append(Quota(QuotaScope.SCHOOL, q.school_id, q.count))
        else:
            checked.append(Quota(QuotaScope.MUNICIPALITY, q.municipality_id, q.count))
    known = await uow.structure.known_schools(
        region, [q.scope_id for q in checked if q.scope is QuotaScope.SCHOOL]
    ) | await uow.structure.known_municipalities(
        region, [q.scope_id for q in checked if q.scope is QuotaScope.MUNICIPALITY]
    )
    if any(q.scope_id not in known for q in checked):
        raise InvalidArgument(
            "unknown_quota_scope",
            "Квота указана для организации или муниципалитета, которых нет в регионе",
        )
    return checked


async def open_campaign(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    region_code: str,
    year: int,
    windows: WindowsInput,
    required_hours: int,
    quota_items: Sequence[QuotaInput],
    *,
    authz: Authorizer,
) -> tuple[Campaign, bool]:
    """Idempotent on (region, year): an existing campaign is returned unchanged. A new campaign
    keeps the rule set in force (CURRENT_RULES) as its `rules_version` for good."""
    region = parse_region_code(region_code)
    await authz.require(principal, REGIONAL, Place(region))
    check_year(year)
    questionnaire, applications = windows.windows()
    hours = check_required_hours(required_hours or CURRENT_RULES.default_required_hours)
    async with uow:
        quota_values = await _validate_quotas(uow, region, quota_items)
        campaign = Campaign(
            id=str(uuid.uuid4()),
            region_code=region,
            year=year,
            questionnaire=questionnaire,
            applications=applications,
            required_hours=hours,
            allocated_at=None,
            rules_version=CURRENT_RULES.version,
        )
        created = await uow.campaigns.add_if_absent(campaign, secrets.token_bytes(32))
        if created:
            await uow.campaigns.set_quotas(campaign.id, quota_values)
            await audit.record(
                uow,
                principal,
                "open_campaign",
                "campaign",
                campaign.id,
                Place(region),
                None,
                {"year": year, "required_hours": hours, "quotas": len(quota_values)},
            )
        stored = await uow.campaigns.find(region, year)
        await uow.commit()
    assert stored is not None  # added now, or there before
    return stored, created


async def update_campaign(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    windows: WindowsInput | None,
    required_hours: int,
    *,
    authz: Authorizer,
) -> Campaign:
    async with uow:
        before = await uow.campaigns.get(campaign_id, lock=True)
        await authz.require(principal, REGIONAL, Place(before.region_code))
        after = before
        if windows is not None:
            after = after.with_windows(*windows.windows())
        if required_hours:
            after = after.with_required_hours(required_hours)
        if after != before:
            await uow.campaigns.save(after)
        await audit.record(
            uow,
            principal,
            "update_campaign",
            "campaign",
            campaign_id,
            Place(after.region_code),
            before.audit_snapshot(),
            after.audit_snapshot(),
        )
        await uow.commit()
    return after


async def set_quotas(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    items: Sequence[QuotaInput],
    *,
    authz: Authorizer,
) -> list[QuotaInput]:
    async with uow:
        campaign = await uow.campaigns.get(campaign_id, lock=True)
        await authz.require(principal, REGIONAL, Place(campaign.region_code))
        values = await _validate_quotas(uow, campaign.region_code, items)
        await uow.campaigns.set_quotas(campaign_id, values)
        await audit.record(
            uow,
            principal,
            "set_quotas",
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            None,
            {
                "quotas": [
                    {"scope_kind": q.scope.value, "scope_id": q.scope_id, "count": q.count}
                    for q in values
                ]
            },
        )
        await uow.commit()
    return list(items)


async def get_campaign(
    uow: PkRegionalUnitOfWorkPort, campaign_id: str, region_code: str, year: int
) -> Campaign:
    """Campaign dates are public to everyone signed in (teachers need the windows)."""
    async with uow:
        if campaign_id:
            return await uow.campaigns.get(campaign_id)
        found = await uow.campaigns.find(parse_region_code(region_code), year)
    if found is None:
        raise NotFound("campaign_not_found", "Кампания не найдена")
    return found


async def list_campaigns(uow: PkRegionalUnitOfWorkPort, region_code: str) -> list[Campaign]:
    region = parse_region_code(region_code)
    async with uow:
        return await uow.campaigns.in_region(region)


async def list_quotas(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    municipality_id: str,
    *,
    authz: Authorizer,
) -> list[QuotaUsage]:
    async with uow:
        campaign = await uow.campaigns.get(campaign_id)
        scope = await list_scope(
            uow,
            authz,
            principal,
            region_code=campaign.region_code,
            municipality_id=municipality_id,
        )
        usage = await uow.campaigns.quota_usage(campaign_id, scope)
    return [
        QuotaUsage(
            QuotaInput(q.scope_id, "", q.count)
            if q.scope is QuotaScope.MUNICIPALITY
            else QuotaInput("", q.scope_id, q.count),
            used,
        )
        for q, used in usage
    ]

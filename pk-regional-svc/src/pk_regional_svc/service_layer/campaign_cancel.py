"""Cancelling a campaign opened by mistake, while no number has been allocated.

The campaign goes with its quotas, questionnaire, answers and candidates' decisions, so that the
year can be opened again; the audit trail keeps what it was, who cancelled it and why. A retry
(the campaign already gone by an earlier cancellation) answers with the same campaign.
"""

from __future__ import annotations

from cpd_platform.errors import NotFound
from cpd_platform.ids import valid_uuids
from cpd_platform.principal import Principal
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.limits import bounded
from pk_regional_svc.domain.scope import Place
from pk_regional_svc.service_layer import audit
from pk_regional_svc.service_layer.authz import REGIONAL
from pk_regional_svc.service_layer.ports import Authorizer, PkRegionalUnitOfWorkPort

ACTION = "cancel_campaign"


def _not_found() -> NotFound:
    return NotFound("campaign_not_found", "Кампания не найдена")


async def cancel_campaign(
    uow: PkRegionalUnitOfWorkPort,
    principal: Principal,
    campaign_id: str,
    reason: str,
    *,
    authz: Authorizer,
) -> Campaign:
    reason = bounded(reason, "cancel_reason")
    if not valid_uuids([campaign_id]):
        raise _not_found()
    async with uow:
        try:
            campaign = await uow.campaigns.get(campaign_id, lock=True)
        except NotFound:
            snapshot = await uow.audit.before_of(ACTION, "campaign", campaign_id)
            if snapshot is None:
                raise _not_found() from None
            earlier = Campaign.from_cancellation_snapshot(campaign_id, snapshot)
            await authz.require(principal, REGIONAL, Place(earlier.region_code))
            return earlier
        await authz.require(principal, REGIONAL, Place(campaign.region_code))
        campaign.require_cancellable(await uow.campaigns.has_numbers(campaign_id))
        await uow.campaigns.remove(campaign_id)
        await audit.record(
            uow,
            principal,
            ACTION,
            "campaign",
            campaign_id,
            Place(campaign.region_code),
            campaign.cancellation_snapshot(),
            {"reason": reason},
        )
        await uow.commit()
    return campaign

"""Yearly campaigns of a region: windows, required hours and quotas of unique numbers."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type


@protobuf_type(name="RegionalCampaign")
class RegionalCampaign(MessageType[pb.Campaign]):
    pass


@protobuf_type(name="CampaignPayload")
class CampaignPayload(MessageType[pb.OpenCampaignResponse]):
    pass


@strawberry.type(
    description="A quota of unique numbers for one municipality or one school (exactly one of "
    "the ids is set) and how much of it was given."
)
class QuotaUsage:
    municipality_id: strawberry.ID = strawberry.field(
        description="The municipality of a municipal quota; empty for a school quota."
    )
    school_id: strawberry.ID = strawberry.field(
        description="The school of a school quota; empty for a municipal quota."
    )
    count: int = strawberry.field(description="Numbers in the quota, 0..1 000 000.")
    used: int = strawberry.field(
        description="Numbers given from the quota (including those later refused and returned "
        "to the pool); for a municipality, the sum over its schools in the caller's scope. "
        "0 in setRegionalQuotas' answer."
    )

    @classmethod
    def of(cls, quota: pb.Quota, used: int = 0) -> QuotaUsage:
        return cls(
            municipality_id=strawberry.ID(quota.municipality_id),
            school_id=strawberry.ID(quota.school_id),
            count=quota.count,
            used=used,
        )


@strawberry.type(description="The quotas of a campaign as stored by setRegionalQuotas.")
class QuotaList:
    quotas: list[QuotaUsage] = strawberry.field(description="The quotas given, stored.")

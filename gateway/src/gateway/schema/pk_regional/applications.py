"""Teachers' applications for budget-funded training and a teacher's state in a campaign."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.pk_regional.campaigns import RegionalCampaign
from gateway.schema.pk_regional.enums import CandidateDecision, RegionalApplicationStatus
from gateway.schema.pk_regional.numbers import NumberHolding
from gateway.schema.pk_regional.teachers import RegionalTeacher


@protobuf_type(name="RegionalApplication", exclude=("basis",))
class RegionalApplication(MessageType[pb.Application]):
    status: RegionalApplicationStatus
    total_hours: int = strawberry.field(
        description="Academic hours of the chosen groups (each group counts its programme's "
        "hours); must equal the campaign's requiredHours on submission."
    )


@protobuf_type(name="SaveApplicationPayload")
class SaveApplicationPayload(MessageType[pb.SaveApplicationResponse]):
    application: RegionalApplication | None = strawberry.field(
        description="The saved draft; null for the off-budget choice (the number is refused "
        "instead)."
    )
    holding: NumberHolding


def _decision(value: int) -> CandidateDecision:
    return CandidateDecision(value or pb.CANDIDATE_DECISION_PENDING)


@protobuf_type(name="MyCampaignStatus", convert={"decision": _decision})
class MyCampaignStatus(MessageType[pb.GetMyCampaignStatusResponse]):
    teacher: RegionalTeacher
    decision: CandidateDecision
    holding: NumberHolding | None = strawberry.field(
        description="Null when the teacher has no number this campaign; otherwise the live "
        "holding, else the latest refused one."
    )
    application: RegionalApplication | None = strawberry.field(
        description="The application on that holding; null when none was saved."
    )
    campaign: RegionalCampaign

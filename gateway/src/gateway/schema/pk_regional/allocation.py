"""Candidates for unique numbers, operators' decisions and the allocation's outcomes."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.pk_regional.enums import (
    AllocationReason,
    CandidateDecision,
    NumberStatus,
    RefusalReason,
)
from gateway.schema.pk_regional.teachers import RegionalTeacher


def _years_since(value: int) -> int | None:
    return None if value < 0 else value


@protobuf_type(convert={"years_since_training": _years_since})
class Candidate(MessageType[pb.Candidate]):
    teacher: RegionalTeacher
    decision: CandidateDecision
    years_since_training: int | None = strawberry.field(
        description="Whole years between the last training year and the campaign year; null "
        "when never trained."
    )
    decided_by: strawberry.ID
    number_status: NumberStatus | None = strawberry.field(
        description="The status shown for the candidate's number: the holding's (a live one, "
        "else the refused one); EXPECTED for a confirmed candidate before the allocation; null "
        "when there is none."
    )


@protobuf_type(name="CandidateList", sources={"items": "candidates"})
class CandidateList(MessageType[pb.DecideCandidatesResponse]):
    items: list[Candidate] = strawberry.field(
        description="The candidates after the decision, one per teacher id, in no particular order."
    )


@protobuf_type
class AllocationSummary(MessageType[pb.AllocationSummary]):
    pass


@protobuf_type(exclude=("number_id",))
class AllocationOutcome(MessageType[pb.AllocationOutcome]):
    reason: AllocationReason


@protobuf_type
class RefusalCount(MessageType[pb.RefusalCount]):
    reason: RefusalReason

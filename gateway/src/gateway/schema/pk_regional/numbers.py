"""Unique numbers: who holds each (or the school's pool), refusals and reassignment."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.pk_regional.enums import NumberStatus, RefusalReason


@protobuf_type
class NumberHolding(MessageType[pb.NumberHolding]):
    status: NumberStatus
    refusal_reason: RefusalReason | None = strawberry.field(
        description="Why the number was refused; null unless the status is REFUSED."
    )


@protobuf_type(name="NumberChange")
class NumberChange(MessageType[pb.RefuseNumberResponse]):
    """A holding after a refusal or a reassignment, and the free numbers left in the school's
    pool."""

    holding: NumberHolding


@protobuf_type(name="SchoolPool")
class SchoolPool(MessageType[pb.GetSchoolPoolResponse]):
    free_numbers: list[NumberHolding]

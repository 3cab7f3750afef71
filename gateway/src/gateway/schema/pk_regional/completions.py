"""Documents of completed training recorded by operators."""

from __future__ import annotations

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type
from gateway.schema.pk_regional.numbers import NumberHolding


@protobuf_type
class CompletionDocument(MessageType[pb.CompletionDocument]):
    recorded_by: strawberry.ID


@protobuf_type(name="RecordCompletionPayload", sources={"closed_number": "holding"})
class RecordCompletionPayload(MessageType[pb.RecordCompletionResponse]):
    document: CompletionDocument
    closed_number: NumberHolding | None = strawberry.field(
        description="The number the document closed (status COMPLETED); null when it closed none."
    )

"""Exports of the regional lists and the operators' audit trail."""

from __future__ import annotations

import base64
import json
from typing import Any

import strawberry

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from gateway.mapping import MessageType, protobuf_type


def _base64(content: bytes) -> str:
    return base64.b64encode(content).decode()


def _json(text: str) -> Any:
    return json.loads(text) if text else None


@protobuf_type(
    name="ReportExport",
    sources={"content_base64": "content"},
    convert={"content_base64": _base64},
)
class ReportExport(MessageType[pb.ExportReportResponse]):
    content_base64: str = strawberry.field(description="The whole file, base64-encoded.")


@protobuf_type(
    exclude=("actor_subject",),
    sources={"before": "before_json", "after": "after_json"},
    convert={"before": _json, "after": _json},
)
class AuditEvent(MessageType[pb.AuditEvent]):
    before: strawberry.scalars.JSON | None = strawberry.field(
        description="The state before the action (passport data never appears); null when "
        "there is none."
    )
    after: strawberry.scalars.JSON | None = strawberry.field(
        description="The state after the action, or what it did; null when none."
    )

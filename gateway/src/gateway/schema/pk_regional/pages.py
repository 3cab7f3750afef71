"""Paginated lists of the regional model whose connections carry more than the shared fields."""

from __future__ import annotations

import strawberry
from strawberry.relay import PageInfo

from gateway.mapping import Connection, Edge
from gateway.schema.pk_regional.allocation import (
    AllocationOutcome,
    AllocationSummary,
    RefusalCount,
)
from gateway.schema.pk_regional.questionnaire import QuestionnaireResponse
from gateway.schema.pk_regional.reports import AuditEvent


@strawberry.type(description="A page of teachers' questionnaire responses.")
class QuestionnaireResponseConnection(Connection[QuestionnaireResponse]):
    answered_total: int = strawberry.field(
        description="How many teachers in the filter's scope have answered (notAnsweredOnly aside)."
    )


@strawberry.type(description="A page of the allocation report.")
class AllocationOutcomeConnection(Connection[AllocationOutcome]):
    summary: AllocationSummary = strawberry.field(
        description="Campaign-wide counts, not limited by the filters (ranNow is false)."
    )
    refusals_by_reason: list[RefusalCount] = strawberry.field(
        description="The campaign's refused numbers in the caller's scope, narrowed by "
        "municipalityId and schoolId (not by notGrantedOnly or paging), counted per reason over "
        "all of them; most frequent first."
    )


@strawberry.type(
    description="A page of the audit trail (a Relay connection without a total: the trail only "
    "grows and is not counted)."
)
class AuditEventConnection:
    edges: list[Edge[AuditEvent]] = strawberry.field(
        description="The events of this page, newest first."
    )
    page_info: PageInfo = strawberry.field(description="Where this page is in the whole trail.")

"""The provider's office (credits-svc): a provider's staff member posts results (one batch of a
CSV per call), voids and corrects credit records, issues event codes, lists them and uploads
attendance lists. credits-svc decides who may (the provider's system, its staff, admins)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from enum import Enum
from typing import Annotated, Any

import strawberry

from cpd.credits.v1 import credits_pb2
from cpd_wire.posting_hash import payload_hash
from gateway.errors import GatewayError
from gateway.mapping import (
    MessageInput,
    MessageType,
    call_list,
    call_one_or_error,
    call_or_error,
    protobuf_enum,
    protobuf_type,
    result_union,
)
from gateway.schema.common import GatewayInfo, UserError
from gateway.schema.credits import Credit


@protobuf_enum(credits_pb2.Outcome, name="PostedRecordOutcome")
class PostedRecordOutcome(Enum):
    """What happened to one posted result."""


@protobuf_enum(credits_pb2.BatchStatus, name="PostedBatchStatus")
class PostedBatchStatus(Enum):
    """What happened to a whole batch of posted results."""


@protobuf_enum(credits_pb2.CodeStatus, name="EventCodeStatus")
class EventCodeStatus(Enum):
    """Where a confirmation code stands."""


@protobuf_type(name="PostedRecord")
class PostedRecord(MessageType[credits_pb2.RecordOutcome]):
    """The outcome of one posted result, in the order of the batch's records."""

    record_id: strawberry.ID | None = strawberry.field(
        description="The credit record written (ACCEPTED) or found (DUPLICATE); null when REJECTED."
    )


@protobuf_type(name="PostedBatch", exclude=("last_committed_sequence",))
class PostedBatch(MessageType[credits_pb2.PostResultsResponse]):
    """The acknowledgement of one batch of results: one outcome per record; a rejected batch
    applies nothing and says why."""


@protobuf_type(name="EventCode")
class EventCode(MessageType[credits_pb2.EventCode]):
    """One confirmation code of an event."""

    status: EventCodeStatus


@protobuf_type(name="IssuedCodes")
class IssuedCodes(MessageType[credits_pb2.IssueCodesResponse]):
    """The codes of one issue."""


@protobuf_type(name="AttendanceUpload")
class AttendanceUpload(MessageType[credits_pb2.UploadAttendanceResponse]):
    """The result of an attendance list upload."""


@strawberry.input(description="One result of a CSV line, as the provider CLI reads it.")
class ResultRecordInput(MessageInput[credits_pb2.ResultRecord]):
    external_id: str = strawberry.field(
        description="The provider's own id of the result (the idempotency key), 1 to 200"
        " characters."
    )
    snils: str = strawberry.field(description="The specialist's SNILS, separators allowed.")
    element_id: str = strawberry.field(
        description="The element's id (UUID); a malformed one is rejected as unknown_element."
    )
    zet: int = strawberry.field(description="Credits in ZET, 0 up to the element's.")
    completed_on: str = strawberry.field(
        description="The completion date as written, YYYY-MM-DD; a bad one is rejected with"
        " invalid_date (the other records go on)."
    )
    document_number: str = strawberry.field(
        default="", description="The completion document's number; may be empty."
    )
    program_cycle_id: str = strawberry.field(
        default="", description="The ДПП program cycle (UUID); may be empty."
    )


CreditIdArgument = Annotated[strawberry.ID, strawberry.argument(description="The record.")]
ReasonArgument = Annotated[
    str, strawberry.argument(description="Why, 1 to 1000 characters (audit trail).")
]
EventIdArgument = Annotated[strawberry.ID, strawberry.argument(description="The event.")]

PostResultsResult = Annotated[
    PostedBatch | UserError,
    result_union("PostResultsResult", "The batch's acknowledgement"),
]
CreditChangeResult = Annotated[
    Credit | UserError,
    result_union(
        "CreditChangeResult",
        "The record after the change (voided, or the correcting one)",
        "why not",
    ),
]
IssueCodesResult = Annotated[
    IssuedCodes | UserError,
    result_union("IssueCodesResult", "The codes issued", "why not"),
]
AttendanceUploadResult = Annotated[
    AttendanceUpload | UserError,
    result_union("AttendanceUploadResult", "The attendance list's size", "why not"),
]


def one_batch(stream: Callable[..., Any]) -> Callable[..., Any]:
    """PostResults (a bidirectional stream) as a unary call of one batch: its acknowledgement."""

    async def unary(
        request: credits_pb2.PostResultsRequest, **options: Any
    ) -> credits_pb2.PostResultsResponse:
        acks: AsyncIterator[credits_pb2.PostResultsResponse] = stream(iter([request]), **options)
        async for ack in acks:
            return ack
        raise GatewayError("service_unavailable", "Сервис баллов не ответил на пакет")

    return unary


@strawberry.type
class ProviderOfficeQuery:
    @strawberry.field(
        description="Every confirmation code of an event, in issue order (its provider's staff"
        " and admins)."
    )
    async def event_codes(
        self,
        info: GatewayInfo,
        event_id: EventIdArgument,
    ) -> list[EventCode]:
        return await call_list(
            info,
            info.context.backends.credits.ListEventCodes,
            credits_pb2.ListEventCodesRequest(event_id=str(event_id)),
            EventCode,
            "codes",
        )


@strawberry.type
class ProviderOfficeMutation:
    @strawberry.mutation(
        description="Post one batch of results for the provider one works for (a staff member of"
        " exactly one provider); idempotent by batch id and by each record's external id. Bad"
        " records are rejected one by one with their reasons, the rest credited; a batch that"
        " cannot be applied (over 1000 records, batch id reused) is REJECTED whole. Keep batches"
        " small enough for the request size limit (GATEWAY_MAX_BODY_BYTES), e.g. 100 records."
    )
    async def post_results(
        self,
        info: GatewayInfo,
        batch_id: Annotated[
            str,
            strawberry.argument(
                description="The batch's id, unique per provider: a resent batch gets its"
                " original acknowledgement."
            ),
        ],
        records: Annotated[
            list[ResultRecordInput], strawberry.argument(description="The results, in order.")
        ],
        series_id: Annotated[
            str, strawberry.argument(description="The series (e.g. one file); may be empty.")
        ] = "",
        sequence: Annotated[
            int, strawberry.argument(description="The batch's number within its series.")
        ] = 1,
    ) -> PostResultsResult:
        wire = [r.to_pb() for r in records]
        request = credits_pb2.PostResultsRequest(
            batch_id=batch_id,
            sequence=sequence,
            series_id=series_id,
            payload_hash=payload_hash(wire),
            records=wire,
        )
        return await call_or_error(
            info, one_batch(info.context.backends.credits.PostResults), request, PostedBatch.from_pb
        )

    @strawberry.mutation(description="Void a credit record of one's provider, with a reason.")
    async def void_credit(
        self,
        info: GatewayInfo,
        credit_id: CreditIdArgument,
        reason: ReasonArgument,
    ) -> CreditChangeResult:
        return await call_one_or_error(
            info,
            info.context.backends.credits.VoidCredit,
            credits_pb2.VoidCreditRequest(credit_id=str(credit_id), reason=reason),
            Credit,
            "credit",
        )

    @strawberry.mutation(
        description="Correct a credit record of one's provider with a reason: a new record"
        " replaces it (returned); the old one becomes SUPERSEDED."
    )
    async def correct_credit(
        self,
        info: GatewayInfo,
        credit_id: CreditIdArgument,
        reason: ReasonArgument,
        zet: Annotated[int, strawberry.argument(description="The corrected ZET.")],
        completed_on: Annotated[
            str, strawberry.argument(description="The corrected completion date, YYYY-MM-DD.")
        ],
        document_number: Annotated[
            str,
            strawberry.argument(description="The corrected document number; empty clears it."),
        ] = "",
    ) -> CreditChangeResult:
        return await call_one_or_error(
            info,
            info.context.backends.credits.CorrectCredit,
            credits_pb2.CorrectCreditRequest(
                credit_id=str(credit_id),
                reason=reason,
                zet=zet,
                completed_on=completed_on,
                document_number=document_number,
            ),
            Credit,
            "credit",
        )

    @strawberry.mutation(
        description="Issue confirmation codes for an event of one's provider (12 characters,"
        " single use); the same idempotency key returns the same codes."
    )
    async def issue_codes(
        self,
        info: GatewayInfo,
        event_id: EventIdArgument,
        count: Annotated[int, strawberry.argument(description="How many, 1 to 5000.")],
        idempotency_key: Annotated[
            str, strawberry.argument(description="The client's key for this issue, ≤ 200.")
        ],
        snils: Annotated[
            list[str] | None,
            strawberry.argument(description="Bind codes to these attendees (one each)."),
        ] = None,
        send_by_mail: Annotated[
            bool,
            strawberry.argument(
                description="Mail the bound codes to their attendees once the event is over."
            ),
        ] = False,
    ) -> IssueCodesResult:
        return await call_or_error(
            info,
            info.context.backends.credits.IssueCodes,
            credits_pb2.IssueCodesRequest(
                event_id=str(event_id),
                count=count,
                snils=list(snils or []),
                send_by_mail=send_by_mail,
                idempotency_key=idempotency_key,
            ),
            IssuedCodes.from_pb,
        )

    @strawberry.mutation(
        description="Add SNILS numbers of those present to an event's attendance list; the"
        " event's pending codes are decided against it at once."
    )
    async def upload_attendance(
        self,
        info: GatewayInfo,
        event_id: EventIdArgument,
        snils: Annotated[list[str], strawberry.argument(description="SNILS of those present.")],
    ) -> AttendanceUploadResult:
        return await call_or_error(
            info,
            info.context.backends.credits.UploadAttendance,
            credits_pb2.UploadAttendanceRequest(event_id=str(event_id), snils=snils),
            AttendanceUpload.from_pb,
        )

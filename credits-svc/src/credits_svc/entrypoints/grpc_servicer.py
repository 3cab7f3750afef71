"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

from grpc.aio import ServicerContext

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.context import trusted_client_address
from cpd_platform.mapping import EnumMapping, date_to_pb, same_named, timestamp_to_pb
from credits_svc.domain.audit import AuditEntry
from credits_svc.domain.code_records import CodeRow, RedemptionRow
from credits_svc.domain.codes import CodeStatus, RedemptionStatus
from credits_svc.domain.posting import Outcome
from credits_svc.domain.records import CreditRecord, CreditStatus, PostedResult
from credits_svc.service_layer import (
    code_issuing,
    code_redemption,
    corrections,
    posting,
    queries,
)
from credits_svc.service_layer.ports import CreditsPorts, CreditsUnitOfWorkPort
from credits_svc.service_layer.posting import Acknowledgement, Batch, BatchStatus

_OUTCOMES = EnumMapping(Outcome, credits_pb2.Outcome, invalid_code="invalid_outcome")
# BatchStatus is a class of string constants, not an Enum, so it keeps a table.
_BATCH_STATUSES = {
    BatchStatus.APPLIED: credits_pb2.BATCH_STATUS_APPLIED,
    BatchStatus.REPLAYED: credits_pb2.BATCH_STATUS_REPLAYED,
    BatchStatus.REJECTED: credits_pb2.BATCH_STATUS_REJECTED,
}
_STATUSES = EnumMapping(CreditStatus, credits_pb2.CreditStatus, invalid_code="invalid_status")
_CODE_STATUSES = EnumMapping(CodeStatus, credits_pb2.CodeStatus, invalid_code="invalid_code_status")
_REDEMPTION_STATUSES = EnumMapping(
    RedemptionStatus, credits_pb2.RedemptionStatus, invalid_code="invalid_redemption_status"
)


def _batch(request: credits_pb2.PostResultsRequest) -> Batch:
    return Batch(
        **same_named(request, "batch_id sequence payload_hash series_id"),
        results=[
            PostedResult(
                r.external_id,
                r.snils,
                r.element_id,
                r.zet,
                r.completed_on,
                r.document_number,
                r.program_cycle_id,
            )
            for r in request.records
        ],
    )


def _ack(ack: Acknowledgement) -> credits_pb2.PostResultsResponse:
    return credits_pb2.PostResultsResponse(
        **same_named(
            ack, "batch_id sequence last_committed_sequence reason_code message series_id"
        ),
        status=_BATCH_STATUSES[ack.status],
        # One message per posted record: plain keyword arguments, no per-record dict.
        outcomes=[
            credits_pb2.RecordOutcome(
                external_id=o.external_id,
                outcome=_OUTCOMES.to_pb(o.outcome),
                record_id=o.record_id,
                reason_code=o.reason_code,
                message=o.message,
                days_late=o.days_late,
            )
            for o in ack.outcomes
        ],
    )


_CREDIT_FIELDS = (
    "id person_id element_id provider_id zet external_id document_number program_cycle_id "
    "days_late corrects_id corrected_by status_reason"
)


def _credit(record: CreditRecord) -> credits_pb2.Credit:
    return credits_pb2.Credit(
        **same_named(record, _CREDIT_FIELDS),
        completed_on=date_to_pb(record.completed_on),
        status=_STATUSES.to_pb(record.status),
        element_kind=record.element_kind.value,
        deadline=date_to_pb(record.deadline),
        recorded_at=timestamp_to_pb(record.recorded_at),
        source=record.source.value,
    )


def _audit(row: AuditEntry) -> credits_pb2.AuditEntry:
    return credits_pb2.AuditEntry(
        **same_named(row, "credit_id action actor actor_client_id reason replaced_by batch_id"),
        at=timestamp_to_pb(row.at),
    )


def _code(row: CodeRow) -> credits_pb2.EventCode:
    return credits_pb2.EventCode(
        **same_named(row, "code event_id snils mail_status"),
        status=_CODE_STATUSES.to_pb(row.status),
        issued_at=timestamp_to_pb(row.issued_at),
    )


def _redemption(row: RedemptionRow) -> credits_pb2.Redemption:
    return credits_pb2.Redemption(
        **same_named(row, "id code event_id reason_code reason_message credit_id"),
        status=_REDEMPTION_STATUSES.to_pb(row.status),
        entered_at=timestamp_to_pb(row.entered_at),
        decided_at=timestamp_to_pb(row.decided_at),
    )


class CreditsServicer(credits_pb2_grpc.CreditsServiceServicer):
    def __init__(self, uow: Callable[[], CreditsUnitOfWorkPort], ports: CreditsPorts) -> None:
        self._uow = uow
        self._ports = ports

    async def PostResults(
        self,
        request_iterator: AsyncIterator[credits_pb2.PostResultsRequest],
        context: ServicerContext,
    ) -> AsyncIterator[credits_pb2.PostResultsResponse]:
        principal = current_principal()
        ports = self._ports
        provider_id = await posting.provider_of(
            principal, providers=ports.catalog, authority=ports.authority
        )
        async for request in request_iterator:
            ack = await posting.post_batch(
                self._uow(),
                provider_id,
                _batch(request),
                principal.client_id,
                catalog=ports.catalog,
                persons=ports.persons,
                clock=ports.clock,
            )
            yield _ack(ack)

    async def GetPostingState(
        self, request: credits_pb2.GetPostingStateRequest, context: ServicerContext
    ) -> credits_pb2.GetPostingStateResponse:
        provider_id = await posting.provider_of(
            current_principal(), providers=self._ports.catalog, authority=self._ports.authority
        )
        last, count = await posting.posting_state(self._uow(), provider_id, request.series_id)
        return credits_pb2.GetPostingStateResponse(
            last_committed_sequence=last, committed_batches=count
        )

    async def ListMyCredits(
        self, request: credits_pb2.ListMyCreditsRequest, context: ServicerContext
    ) -> credits_pb2.ListMyCreditsResponse:
        records = await queries.my_credits(self._uow(), current_principal())
        return credits_pb2.ListMyCreditsResponse(credits=[_credit(r) for r in records])

    async def ListLedgerEntries(
        self, request: credits_pb2.ListLedgerEntriesRequest, context: ServicerContext
    ) -> credits_pb2.ListLedgerEntriesResponse:
        entries, last = await queries.ledger_entries(
            self._uow(), current_principal(), request.after_sequence, request.page_size
        )
        return credits_pb2.ListLedgerEntriesResponse(
            entries=[
                credits_pb2.LedgerEntry(
                    sequence=e.sequence,
                    event_type=e.event_type,
                    payload_json=json.dumps(e.payload, ensure_ascii=False),
                )
                for e in entries
            ],
            last_sequence=last,
        )

    async def VoidCredit(
        self, request: credits_pb2.VoidCreditRequest, context: ServicerContext
    ) -> credits_pb2.VoidCreditResponse:
        record = await corrections.void_credit(
            self._uow(),
            current_principal(),
            request.credit_id,
            request.reason,
            authority=self._ports.authority,
        )
        return credits_pb2.VoidCreditResponse(credit=_credit(record))

    async def CorrectCredit(
        self, request: credits_pb2.CorrectCreditRequest, context: ServicerContext
    ) -> credits_pb2.CorrectCreditResponse:
        new, old = await corrections.correct_credit(
            self._uow(),
            current_principal(),
            request.credit_id,
            request.reason,
            zet=request.zet,
            completed_on=request.completed_on,
            document_number=request.document_number,
            authority=self._ports.authority,
            catalog=self._ports.catalog,
            clock=self._ports.clock,
        )
        return credits_pb2.CorrectCreditResponse(credit=_credit(new), corrected=_credit(old))

    async def GetCreditHistory(
        self, request: credits_pb2.GetCreditHistoryRequest, context: ServicerContext
    ) -> credits_pb2.GetCreditHistoryResponse:
        chain, audit = await queries.credit_history(
            self._uow(), current_principal(), request.credit_id, authority=self._ports.authority
        )
        return credits_pb2.GetCreditHistoryResponse(
            chain=[_credit(r) for r in chain], audit=[_audit(a) for a in audit]
        )

    async def ListProviderLateness(
        self, request: credits_pb2.ListProviderLatenessRequest, context: ServicerContext
    ) -> credits_pb2.ListProviderLatenessResponse:
        rows = await queries.provider_lateness(
            self._uow(), current_principal(), request.provider_id, authority=self._ports.authority
        )
        return credits_pb2.ListProviderLatenessResponse(
            providers=[
                credits_pb2.ProviderLateness(
                    **same_named(
                        r,
                        "provider_id results_with_deadline late_results total_days_late "
                        "max_days_late",
                    )
                )
                for r in rows
            ]
        )

    async def IssueCodes(
        self, request: credits_pb2.IssueCodesRequest, context: ServicerContext
    ) -> credits_pb2.IssueCodesResponse:
        ports = self._ports
        codes = await code_issuing.issue_codes(
            self._uow(),
            current_principal(),
            event_id=request.event_id,
            count=request.count,
            snils=list(request.snils),
            send_by_mail=request.send_by_mail,
            idempotency_key=request.idempotency_key,
            authority=ports.authority,
            catalog=ports.catalog,
            contacts=ports.contacts,
            clock=ports.clock,
        )
        return credits_pb2.IssueCodesResponse(codes=[_code(c) for c in codes])

    async def ListEventCodes(
        self, request: credits_pb2.ListEventCodesRequest, context: ServicerContext
    ) -> credits_pb2.ListEventCodesResponse:
        codes = await code_issuing.list_event_codes(
            self._uow(),
            current_principal(),
            request.event_id,
            authority=self._ports.authority,
            catalog=self._ports.catalog,
        )
        return credits_pb2.ListEventCodesResponse(codes=[_code(c) for c in codes])

    async def UploadAttendance(
        self, request: credits_pb2.UploadAttendanceRequest, context: ServicerContext
    ) -> credits_pb2.UploadAttendanceResponse:
        ports = self._ports
        size, invalid = await code_issuing.upload_attendance(
            self._uow(),
            current_principal(),
            request.event_id,
            list(request.snils),
            authority=ports.authority,
            catalog=ports.catalog,
            auto_accept_after=ports.auto_accept_after,
            clock=ports.clock,
        )
        return credits_pb2.UploadAttendanceResponse(attendees=size, invalid_snils=invalid)

    async def RedeemCode(
        self, request: credits_pb2.RedeemCodeRequest, context: ServicerContext
    ) -> credits_pb2.RedeemCodeResponse:
        ports = self._ports
        # The end user's address only as the gateway's verified service identity vouches for
        # it (anyone else could write any address); it feeds the per-address flood guard.
        redemption = await code_redemption.redeem_code(
            self._uow(),
            current_principal(),
            request.code,
            request.event_id,
            trusted_client_address() or "",
            catalog=ports.catalog,
            plans=ports.plans,
            limiter=ports.limiter,
            limits=ports.attempt_limits,
            clock=ports.clock,
        )
        return credits_pb2.RedeemCodeResponse(redemption=_redemption(redemption))

    async def ListMyRedemptions(
        self, request: credits_pb2.ListMyRedemptionsRequest, context: ServicerContext
    ) -> credits_pb2.ListMyRedemptionsResponse:
        rows = await code_redemption.my_redemptions(self._uow(), current_principal())
        return credits_pb2.ListMyRedemptionsResponse(redemptions=[_redemption(r) for r in rows])

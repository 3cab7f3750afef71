"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.db import UnitOfWorkFactory
from credits_svc.domain.posting import Outcome
from credits_svc.domain.records import CreditRecord, CreditStatus, PostedResult
from credits_svc.service_layer import queries
from credits_svc.service_layer.posting import Acknowledgement, Batch, ResultPosting

_OUTCOMES = {
    Outcome.ACCEPTED: credits_pb2.OUTCOME_ACCEPTED,
    Outcome.DUPLICATE: credits_pb2.OUTCOME_DUPLICATE,
    Outcome.REJECTED: credits_pb2.OUTCOME_REJECTED,
}
_STATUSES = {
    CreditStatus.ACCEPTED: credits_pb2.CREDIT_STATUS_ACCEPTED,
    CreditStatus.VOIDED: credits_pb2.CREDIT_STATUS_VOIDED,
}


def _batch(request: credits_pb2.PostResultsRequest) -> Batch:
    return Batch(
        batch_id=request.batch_id,
        sequence=request.sequence,
        payload_hash=request.payload_hash,
        results=[
            PostedResult(r.external_id, r.snils, r.element_id, r.zet, r.completed_on)
            for r in request.records
        ],
    )


def _ack(ack: Acknowledgement) -> credits_pb2.PostResultsResponse:
    return credits_pb2.PostResultsResponse(
        batch_id=ack.batch_id,
        sequence=ack.sequence,
        last_committed_sequence=ack.last_committed_sequence,
        outcomes=[
            credits_pb2.RecordOutcome(
                external_id=o.external_id,
                outcome=_OUTCOMES[o.outcome],
                record_id=o.record_id,
                reason_code=o.reason_code,
                message=o.message,
            )
            for o in ack.outcomes
        ],
    )


def _credit(record: CreditRecord) -> credits_pb2.Credit:
    return credits_pb2.Credit(
        id=record.id,
        person_id=record.person_id,
        element_id=record.element_id,
        provider_id=record.provider_id,
        zet=record.zet,
        completed_on=record.completed_on.isoformat(),
        status=_STATUSES[record.status],
    )


class CreditsServicer(credits_pb2_grpc.CreditsServiceServicer):
    def __init__(self, uow: UnitOfWorkFactory, posting: ResultPosting) -> None:
        self._uow = uow
        self._posting = posting

    async def PostResults(
        self, request_iterator: AsyncIterator[credits_pb2.PostResultsRequest], context: object
    ) -> AsyncIterator[credits_pb2.PostResultsResponse]:
        provider_id = await self._posting.provider_of(current_principal())
        async for request in request_iterator:
            yield _ack(await self._posting.post(provider_id, _batch(request)))

    async def ListMyCredits(
        self, request: credits_pb2.ListMyCreditsRequest, context: object
    ) -> credits_pb2.ListMyCreditsResponse:
        records = await queries.my_credits(self._uow(), current_principal())
        return credits_pb2.ListMyCreditsResponse(credits=[_credit(r) for r in records])

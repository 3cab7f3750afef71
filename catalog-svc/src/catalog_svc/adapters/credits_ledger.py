"""Whether the caller has a credit for an element: credits-svc's ListMyCredits, asked with the
caller's own token (the channel forwards it), so credits-svc authorises the person as it does
for the portal and catalog-svc needs no rights of its own there."""

from __future__ import annotations

import grpc

from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd_platform.errors import FailedPrecondition

CREDITS_UNAVAILABLE = FailedPrecondition(
    "credits_unavailable", "Не удалось проверить зачёты: попробуйте оценить позже"
)


class CreditsLedger:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = credits_pb2_grpc.CreditsServiceStub(channel)

    async def has_credit(self, element_id: str) -> bool:
        """An accepted record of the element among the caller's credits (a redeemed code is one
        once it is accepted); voided and superseded records do not count."""
        try:
            reply = await self._stub.ListMyCredits(credits_pb2.ListMyCreditsRequest())
        except grpc.aio.AioRpcError as exc:
            raise FailedPrecondition(CREDITS_UNAVAILABLE.code, CREDITS_UNAVAILABLE.message) from exc
        return any(
            c.element_id == element_id and c.status == credits_pb2.CREDIT_STATUS_ACCEPTED
            for c in reply.credits
        )

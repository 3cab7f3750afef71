"""The accreditation portfolio PDF of one of the caller's cycles (rendered by plan-svc)."""

from __future__ import annotations

import base64
from typing import Annotated

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import MessageType, call_one, protobuf_type
from gateway.schema.common import GatewayInfo


def _base64(content: bytes) -> str:
    return base64.b64encode(content).decode("ascii")


@protobuf_type(
    name="AccreditationPortfolio",
    sources={"content_base64": "content"},
    convert={"content_base64": _base64},
)
class AccreditationPortfolio(MessageType[plan_pb2.GetPortfolioResponse]):
    """The accreditation portfolio of a cycle for periodic accreditation (order 709н): a PDF."""

    content_base64: str = strawberry.field(
        description="The PDF document, base64-encoded (RFC 4648, with padding)."
    )


@strawberry.type
class PortfolioQuery:
    @strawberry.field(
        description="The accreditation portfolio of one of the caller's cycles: the person, "
        "specialty, document, cycle dates, the rule set with its source and numbers, every "
        "credited element (provider, dates, ZET, document number, status), totals per cycle "
        "year and per kind, and the document's ФРМР status."
    )
    async def accreditation_portfolio(
        self,
        info: GatewayInfo,
        cycle_id: Annotated[
            strawberry.ID, strawberry.argument(description="One of the caller's cycles.")
        ],
    ) -> AccreditationPortfolio:
        return await call_one(
            info,
            info.context.backends.plan.GetPortfolio,
            plan_pb2.GetPortfolioRequest(cycle_id=str(cycle_id)),
            AccreditationPortfolio,
        )

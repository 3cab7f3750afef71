"""Helpers of the code tests (imported by the test modules): persons with a plan, issuing and
redeeming codes over gRPC."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from credits_helpers import new_id, random_snils, upsert_element

from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd.credits.v1 import credits_pb2, credits_pb2_grpc
from cpd.plan.v1 import plan_pb2, plan_pb2_grpc
from cpd_platform import demo
from cpd_platform.testing import bearer
from local_idp.pytest_plugin import RunningIdp

EVENT = demo.EVENT_ID


@dataclass
class Person:
    person_id: str
    snils: str
    token: str

    @property
    def metadata(self) -> tuple[tuple[str, str], ...]:
        return bearer(self.token)


async def person(idp: RunningIdp, plan: plan_pb2_grpc.PlanServiceStub, *planned: str) -> Person:
    """A specialist with a cardiology cycle whose plan holds `planned` elements."""
    someone = Person(str(uuid.uuid4()), random_snils(), "")
    someone.token = await idp.person_token(person_id=someone.person_id, snils=someone.snils)
    if planned:
        added = await plan.AddDocument(
            plan_pb2.AddDocumentRequest(
                kind=plan_pb2.DOCUMENT_KIND_CERTIFICATE,
                specialty_code=demo.CARDIOLOGY,
                series="77",
                number=uuid.uuid4().hex[:10],
                issued_on="2024-01-15",
            ),
            metadata=someone.metadata,
        )
        for element_id in planned:
            await plan.AddPlanItem(
                plan_pb2.AddPlanItemRequest(cycle_id=added.cycle.id, element_id=element_id),
                metadata=someone.metadata,
            )
    return someone


async def issue(
    stub: credits_pb2_grpc.CreditsServiceStub,
    token: str,
    count: int,
    *snils: str,
    event: str = EVENT,
    mail: bool = False,
) -> list[credits_pb2.EventCode]:
    reply = await stub.IssueCodes(
        credits_pb2.IssueCodesRequest(
            event_id=event,
            count=count,
            snils=list(snils),
            send_by_mail=mail,
            idempotency_key=new_id("key"),
        ),
        metadata=bearer(token),
    )
    return list(reply.codes)


async def redeem(
    stub: credits_pb2_grpc.CreditsServiceStub,
    who: Person,
    code: str,
    event_id: str = "",
    address: str = "",
    gateway_token: str = "",
) -> credits_pb2.Redemption:
    """`address` as `x-client-ip`; trusted only with the gateway's service token."""
    metadata = who.metadata + ((("x-client-ip", address),) if address else ())
    if gateway_token:
        metadata += (("x-service-authorization", f"Bearer {gateway_token}"),)
    reply = await stub.RedeemCode(
        credits_pb2.RedeemCodeRequest(code=code, event_id=event_id), metadata=metadata
    )
    return reply.redemption


def status(redemption: credits_pb2.Redemption) -> tuple[str, str]:
    return credits_pb2.RedemptionStatus.Name(redemption.status), redemption.reason_code


def event_element(
    external_id: str, starts_on: date = date(2025, 3, 3), ends_on: date = date(2025, 3, 4)
) -> catalog_pb2.Element:
    """A free offline 4-ZET event of the calling provider, long over unless dates are given."""
    return catalog_pb2.Element(
        kind=catalog_pb2.ELEMENT_KIND_EVENT,
        title=f"Семинар {external_id}",
        zet=4,
        main_specialty_code=demo.CARDIOLOGY,
        audience="medical",
        starts_on=starts_on.isoformat(),
        ends_on=ends_on.isoformat(),
        event_format="offline",
        free=True,
        tickets_total=100,
        external_id=external_id,
    )


async def new_event(
    catalog: catalog_pb2_grpc.CatalogServiceStub,
    provider_token: str,
    starts_on: date = date(2025, 3, 3),
    ends_on: date = date(2025, 3, 4),
) -> catalog_pb2.Element:
    """A new published event of the calling provider (`event_element`)."""
    return await upsert_element(
        catalog, provider_token, event_element(new_id("event"), starts_on, ends_on)
    )

"""Applications to ДПП ПК program cycles and registrations for free events."""

from __future__ import annotations

from datetime import date

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import MessageInput, MessageType, protobuf_type
from gateway.schema.catalog import Element
from gateway.schema.common import GatewayInfo
from gateway.schema.plan.elements import load_element
from gateway.schema.plan.enums import (
    EmploymentKind,
    EventRegistrationStatus,
    FundingBasis,
)

APPLICATION_NOTE = (
    "Заявка — ещё не зачисление: место за вами придержано, решение о зачислении принимает "
    "образовательная организация. Следите за статусом заявки."
)


@protobuf_type
class Employment(MessageType[plan_pb2.Employment]):
    kind: EmploymentKind = strawberry.field(description="State, private or unemployed.")


@protobuf_type(exclude=("consent_to_share", "submitted_at", "decided_at", "reservation_id"))
class Application(MessageType[plan_pb2.Application]):
    element_id: strawberry.ID
    funding_basis: FundingBasis = strawberry.field(description="The basis the seat is held on.")
    starts_on: date | None = strawberry.field(
        description="The program cycle's first day at submission; null when unknown."
    )
    ends_on: date | None = strawberry.field(
        description="The program cycle's last day at submission; null when unknown."
    )

    @strawberry.field(
        description="Text for people (Russian): an application is not enrolment, what that means."
    )
    def note(self) -> str:
        return APPLICATION_NOTE

    @strawberry.field(description="The program; null when the catalog no longer has it.")
    async def element(self, info: GatewayInfo) -> Element | None:
        return await load_element(info, str(self.element_id))


@protobuf_type(exclude=("person_id", "reservation_id", "registered_at"))
class EventRegistration(MessageType[plan_pb2.EventRegistration]):
    status: EventRegistrationStatus = strawberry.field(description="Registered or cancelled.")


@strawberry.input(description="The applicant's employment.")
class EmploymentInput(MessageInput[plan_pb2.Employment]):
    kind: EmploymentKind = strawberry.field(description="State, private or unemployed.")
    organization: str = strawberry.field(
        default="",
        description="Employer, at most 300 characters; required unless unemployed "
        "(employer_required).",
    )
    position: str = strawberry.field(
        default="", description="Position held; optional, at most 200 characters."
    )


@strawberry.input(description="An application to a ДПП ПК program cycle.")
class ApplicationInput(MessageInput[plan_pb2.SubmitApplicationRequest]):
    program_cycle_id: strawberry.ID = strawberry.field(
        description="The program cycle; it must not have ended."
    )
    specialty_code: str = strawberry.field(
        description="One of the program's specialties for which the caller has an unfinished "
        "cycle (at most 16 characters)."
    )
    employment: EmploymentInput = strawberry.field(description="The caller's employment.")
    funding_basis: FundingBasis = strawberry.field(description="The basis to hold a seat on.")
    consent_to_share: bool = strawberry.field(
        description="Consent to share the application data with the provider; must be true "
        "(consent_required)."
    )

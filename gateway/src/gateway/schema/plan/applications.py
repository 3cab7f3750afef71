"""Applications to ДПП ПК program cycles and registrations for free events."""

from __future__ import annotations

from datetime import date

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.schema.catalog import Element
from gateway.schema.common import GatewayInfo, optional_date
from gateway.schema.plan.elements import load_element
from gateway.schema.plan.enums import (
    ApplicationStatus,
    EmploymentKind,
    EventRegistrationStatus,
    FundingBasis,
)

APPLICATION_NOTE = (
    "Заявка — ещё не зачисление: место за вами придержано, решение о зачислении принимает "
    "образовательная организация. Следите за статусом заявки."
)


@strawberry.type(description="The applicant's employment as stated in an application.")
class Employment:
    kind: EmploymentKind = strawberry.field(description="State, private or unemployed.")
    organization: str = strawberry.field(description="Employer; empty when unemployed.")
    position: str = strawberry.field(description="Position held; may be empty.")


@strawberry.type(
    description="An application of a person to a ДПП ПК program cycle. It is not a guarantee of "
    "enrolment: the provider accepts or rejects it."
)
class Application:
    id: strawberry.ID = strawberry.field(description="Application id.")
    person_id: strawberry.ID = strawberry.field(description="The applicant's person id.")
    program_cycle_id: strawberry.ID = strawberry.field(
        description="The program cycle (group) applied to."
    )
    element_id: strawberry.ID = strawberry.field(description="The program of that cycle.")
    provider_id: strawberry.ID = strawberry.field(description="The provider running the program.")
    specialty_code: str = strawberry.field(description="The specialty the person applied under.")
    employment: Employment = strawberry.field(description="Employment as stated.")
    funding_basis: FundingBasis = strawberry.field(description="The basis the seat is held on.")
    status: ApplicationStatus = strawberry.field(description="Current status.")
    decision_reason: str = strawberry.field(
        description="The provider's reason for a rejection (no_seats when withdrawn for lack of "
        "seats); empty otherwise."
    )
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

    @classmethod
    def from_pb(cls, a: plan_pb2.Application) -> Application:
        return cls(
            id=strawberry.ID(a.id),
            person_id=strawberry.ID(a.person_id),
            program_cycle_id=strawberry.ID(a.program_cycle_id),
            element_id=strawberry.ID(a.element_id),
            provider_id=strawberry.ID(a.provider_id),
            specialty_code=a.specialty_code,
            employment=Employment(
                kind=EmploymentKind(a.employment.kind),
                organization=a.employment.organization,
                position=a.employment.position,
            ),
            funding_basis=FundingBasis(a.funding_basis),
            status=ApplicationStatus(a.status),
            decision_reason=a.decision_reason,
            starts_on=optional_date(a.starts_on),
            ends_on=optional_date(a.ends_on),
        )


@strawberry.type(description="A person's registration for a free event, holding one ticket.")
class EventRegistration:
    id: strawberry.ID = strawberry.field(description="Registration id.")
    element_id: strawberry.ID = strawberry.field(description="The event (catalog element).")
    status: EventRegistrationStatus = strawberry.field(description="Registered or cancelled.")
    cycle_ids: list[strawberry.ID] = strawberry.field(
        description="Cycles whose plans now hold the event."
    )

    @classmethod
    def from_pb(cls, r: plan_pb2.EventRegistration) -> EventRegistration:
        return cls(
            id=strawberry.ID(r.id),
            element_id=strawberry.ID(r.element_id),
            status=EventRegistrationStatus(r.status),
            cycle_ids=[strawberry.ID(c) for c in r.cycle_ids],
        )


@strawberry.input(description="The applicant's employment.")
class EmploymentInput:
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
class ApplicationInput:
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

    def to_pb(self) -> plan_pb2.SubmitApplicationRequest:
        return plan_pb2.SubmitApplicationRequest(
            program_cycle_id=str(self.program_cycle_id),
            specialty_code=self.specialty_code,
            employment=plan_pb2.Employment(
                kind=self.employment.kind.value,
                organization=self.employment.organization,
                position=self.employment.position,
            ),
            funding_basis=self.funding_basis.value,
            consent_to_share=self.consent_to_share,
        )

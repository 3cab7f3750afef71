"""The plan schema's enums: plan-svc's protobuf enums and the fixed string sets its messages use."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar, cast

import strawberry

from cpd.plan.v1 import plan_pb2

V = TypeVar("V")


def described(value: V, description: str) -> V:
    """An enum member's value with its GraphQL description, typed as the value it carries
    (strawberry unwraps it when the enum is decorated)."""
    return cast(V, strawberry.enum_value(value, description=description))


@strawberry.enum(description="The kind of document that opens a five-year NMO cycle.")
class DocumentKind(Enum):
    CERTIFICATE = described(
        plan_pb2.DOCUMENT_KIND_CERTIFICATE,
        "Specialist certificate (issued until 2021-01-01); rule set nmo-250.",
    )
    ACCREDITATION_PRIMARY = described(
        plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY,
        "Primary accreditation; rule set nmo-250.",
    )
    ACCREDITATION_PRIMARY_SPECIALISED = described(
        plan_pb2.DOCUMENT_KIND_ACCREDITATION_PRIMARY_SPECIALISED,
        "Primary specialised accreditation (after residency or retraining); rule set nmo-250.",
    )
    ACCREDITATION_PERIODIC = described(
        plan_pb2.DOCUMENT_KIND_ACCREDITATION_PERIODIC,
        "Periodic accreditation; rule set nmo-709n-144 (order 709н) by default.",
    )


@strawberry.enum(
    description="Whether a document is confirmed in ФРМР (the federal register of medical "
    "workers), checked against the loaded register extract. Never blocks the plan."
)
class FrmrStatus(Enum):
    NOT_CHECKED = described(
        plan_pb2.FRMR_STATUS_NOT_CHECKED,
        "No register extract has been loaded yet (also for cycles without a document).",
    )
    CONFIRMED = described(
        plan_pb2.FRMR_STATUS_CONFIRMED,
        "A register record matches the document's series, number, specialty and issue date.",
    )
    NOT_CONFIRMED = described(
        plan_pb2.FRMR_STATUS_NOT_CONFIRMED,
        "No matching record: the person should ask the employer's HR department to "
        "send the document to ФРМР.",
    )


@strawberry.enum(
    description="Where a plan item stands, derived when read (precedence: credited, the "
    "enrolment's stage by dates, applied, cancelled, planned)."
)
class PlanItemStatus(Enum):
    PLANNED = described(
        plan_pb2.PLAN_ITEM_STATUS_PLANNED,
        "In the plan; no application, registration or credit yet.",
    )
    APPLIED = described(
        plan_pb2.PLAN_ITEM_STATUS_APPLIED,
        "An application to a cycle of the program waits for the provider.",
    )
    ENROLLED = described(
        plan_pb2.PLAN_ITEM_STATUS_ENROLLED,
        "Accepted (or registered for the event); training has not started yet or "
        "its dates are unknown.",
    )
    IN_PROGRESS = described(
        plan_pb2.PLAN_ITEM_STATUS_IN_PROGRESS,
        "Accepted or registered, and today is within the training's dates.",
    )
    COMPLETED = described(
        plan_pb2.PLAN_ITEM_STATUS_COMPLETED,
        "The training's dates are over and no credit counts in this cycle yet "
        "(waiting for the provider's result), or the credit does not count in this cycle.",
    )
    CREDITED = described(
        plan_pb2.PLAN_ITEM_STATUS_CREDITED,
        "A live credit for the element counts in this cycle.",
    )
    CANCELLED = described(
        plan_pb2.PLAN_ITEM_STATUS_CANCELLED,
        "Every application was withdrawn or rejected, or the event registration was cancelled.",
    )


@strawberry.enum(description="Status of an application to a ДПП ПК program cycle.")
class ApplicationStatus(Enum):
    SUBMITTED = described(
        plan_pb2.APPLICATION_STATUS_SUBMITTED,
        "Submitted, a seat is held; waiting for the provider's decision.",
    )
    ACCEPTED = described(
        plan_pb2.APPLICATION_STATUS_ACCEPTED,
        "Accepted by the provider (enrolled); the seat stays held.",
    )
    REJECTED = described(
        plan_pb2.APPLICATION_STATUS_REJECTED,
        "Rejected by the provider with a reason; the seat was released.",
    )
    WITHDRAWN = described(
        plan_pb2.APPLICATION_STATUS_WITHDRAWN,
        "Withdrawn by the person (or with reason no_seats when no seat was left); "
        "the seat was released.",
    )


@strawberry.enum(description="The basis a ДПП ПК seat is held on (who pays for the training).")
class FundingBasis(Enum):
    BUDGET = described("budget", "Budget-funded seat.")
    CONTRACT = described("contract", "Paid under a contract.")
    OMS = described("oms", "Funded by ФФОМС/ТФОМС (health insurance).")


@strawberry.enum(description="The applicant's employment kind, as stated in an application.")
class EmploymentKind(Enum):
    STATE = described("state", "Employed in a state organisation.")
    PRIVATE = described("private", "Employed in a private organisation.")
    UNEMPLOYED = described("unemployed", "Not employed.")


@strawberry.enum(description="How a credit counts toward a cycle's target under its rule set.")
class CreditCountStatus(Enum):
    COUNTED = described("counted", "Counts in full.")
    PARTLY_COUNTED = described(
        "partly_counted", "Crosses a rule-set cap: only part of its ZET counts."
    )
    NOT_COUNTED = described(
        "not_counted",
        "The cap was already reached (caps are applied in completion order).",
    )
    VOIDED = described("voided", "Cancelled in the credit ledger.")


@strawberry.enum(description="A group of element kinds the rule sets recommend and cap apart.")
class KindGroup(Enum):
    PROGRAM = described("program", "ДПП ПК programs.")
    EVENT_AND_MODULE = described(
        "event_and_module", "Events (ОМ) and interactive modules (ИОМ) together."
    )


@strawberry.enum(description="Where a cycle year lies relative to today.")
class YearState(Enum):
    PAST = described("past", "The year is over.")
    CURRENT = described("current", "Today is within the year.")
    FUTURE = described("future", "The year has not started.")


@strawberry.enum(description="Where a five-year cycle lies relative to today.")
class CycleState(Enum):
    ACTIVE = described("active", "Today is within the cycle's dates.")
    UPCOMING = described("upcoming", "The cycle starts later.")
    FINISHED = described("finished", "The cycle's last day has passed.")


@strawberry.enum(description="State of a registration for a free event.")
class EventRegistrationStatus(Enum):
    REGISTERED = described("registered", "A ticket is held for the person.")
    CANCELLED = described("cancelled", "The registration was cancelled; the ticket was released.")

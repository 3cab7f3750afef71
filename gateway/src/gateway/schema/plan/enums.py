"""The plan schema's enums: plan-svc's protobuf enums (described by the proto comments) and the
fixed string sets its messages use."""

from __future__ import annotations

from enum import Enum
from typing import cast

import strawberry

from cpd.plan.v1 import plan_pb2
from gateway.mapping import protobuf_enum


def described(value: str, description: str) -> str:
    """An enum member's value with its GraphQL description, typed as the value it carries
    (strawberry unwraps it when the enum is decorated)."""
    return cast(str, strawberry.enum_value(value, description=description))


@protobuf_enum(plan_pb2.DocumentKind)
class DocumentKind(Enum):
    pass


@protobuf_enum(plan_pb2.FrmrStatus)
class FrmrStatus(Enum):
    pass


@protobuf_enum(plan_pb2.PlanItemStatus)
class PlanItemStatus(Enum):
    pass


@protobuf_enum(plan_pb2.ApplicationStatus)
class ApplicationStatus(Enum):
    pass


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

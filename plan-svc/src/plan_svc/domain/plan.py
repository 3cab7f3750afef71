"""Plan items: elements of the catalog a person plans to take within a cycle."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from cpd_platform.errors import FailedPrecondition
from plan_svc.domain.applications import (
    Application,
    ApplicationStatus,
    EventRegistration,
    RegistrationStatus,
)
from plan_svc.domain.credits import CreditKind, is_eligible_for_specialty
from plan_svc.domain.cycle import Cycle, CycleState


class PlanItemStatus(StrEnum):
    PLANNED = "planned"
    APPLIED = "applied"
    ENROLLED = "enrolled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CREDITED = "credited"
    CANCELLED = "cancelled"


STATUS_LABELS: dict[PlanItemStatus, str] = {
    PlanItemStatus.PLANNED: "В плане",
    PlanItemStatus.APPLIED: "Подана заявка",
    PlanItemStatus.ENROLLED: "Зачислен",
    PlanItemStatus.IN_PROGRESS: "Идёт обучение",
    PlanItemStatus.COMPLETED: "Завершено, ждём результат",
    PlanItemStatus.CREDITED: "Зачтено",
    PlanItemStatus.CANCELLED: "Отменено",
}


@dataclass(frozen=True, slots=True)
class ElementFacts:
    """What plan-svc keeps of a catalog element when it is planned."""

    element_id: str
    kind: CreditKind
    provider_id: str
    main_specialty_code: str
    additional_specialty_codes: tuple[str, ...]
    starts_on: date | None
    ends_on: date | None

    def eligible_for(self, specialty_code: str) -> bool:
        return is_eligible_for_specialty(
            specialty_code, self.main_specialty_code, self.additional_specialty_codes
        )


@dataclass(frozen=True, slots=True)
class PlanItem:
    id: str
    cycle_id: str
    person_id: str
    element: ElementFacts
    added_at: datetime


def check_can_plan(cycle: Cycle, element: ElementFacts, today: date) -> None:
    if not element.eligible_for(cycle.specialty_code):
        raise FailedPrecondition(
            "element_not_eligible",
            "Элемент не относится к специальности этого цикла и не будет в нём зачтён",
        )
    if cycle.state(today) == CycleState.FINISHED:
        raise FailedPrecondition("cycle_finished", "Цикл завершён: планировать в нём нельзя")


def eligible_cycles(cycles: Iterable[Cycle], element: ElementFacts, today: date) -> list[Cycle]:
    """The person's cycles (not finished) the element is eligible for: two or more is "x2"."""
    return [
        c
        for c in cycles
        if element.eligible_for(c.specialty_code) and c.state(today) != CycleState.FINISHED
    ]


def _window_status(starts_on: date | None, ends_on: date | None, today: date) -> PlanItemStatus:
    if starts_on is not None and today < starts_on:
        return PlanItemStatus.ENROLLED
    if ends_on is not None and today > ends_on:
        return PlanItemStatus.COMPLETED
    if starts_on is None and ends_on is None:
        return PlanItemStatus.ENROLLED
    return PlanItemStatus.IN_PROGRESS


def plan_item_status(
    item: PlanItem,
    *,
    credited_in_cycle: bool,
    has_credit_elsewhere: bool,
    applications: Sequence[Application],
    registration: EventRegistration | None,
    today: date,
) -> PlanItemStatus:
    """credited > the enrolment's stage by dates > applied > cancelled > planned.

    `applications` are the person's applications to cycles of this element.
    """
    if credited_in_cycle:
        return PlanItemStatus.CREDITED
    if has_credit_elsewhere:
        return PlanItemStatus.COMPLETED
    accepted = [a for a in applications if a.status == ApplicationStatus.ACCEPTED]
    if accepted:
        latest = max(accepted, key=lambda a: a.submitted_at)
        return _window_status(latest.starts_on, latest.ends_on, today)
    if any(
        a.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.PENDING_SEAT)
        for a in applications
    ):
        return PlanItemStatus.APPLIED
    if registration is not None and registration.status == RegistrationStatus.REGISTERED:
        return _window_status(item.element.starts_on, item.element.ends_on, today)
    if applications or (
        registration is not None and registration.status == RegistrationStatus.CANCELLED
    ):
        return PlanItemStatus.CANCELLED
    return PlanItemStatus.PLANNED

"""Waiting for a provider's result (DESIGN.md, NMO: results are posted within one month of the
end). A completed ДПП or event without a credit shows its provider, end date and posting
deadline; once the deadline is past the person gets a ready-made support request to the
provider, and the provider's staff see the result among their overdue ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cpd_platform.posting_deadline import days_late, posting_deadline
from plan_svc.domain.applications import Application, ApplicationStatus, EventRegistration
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.plan import PlanItem, PlanItemStatus

# The support request topic S's support requests file a missing result under.
SUPPORT_TOPIC_CREDITS_NOT_POSTED = "credits_not_posted"

KIND_NAMES = {
    CreditKind.PROGRAM: "программе ДПП ПК",
    CreditKind.EVENT: "мероприятию",
    CreditKind.MODULE: "интерактивному модулю",
}


@dataclass(frozen=True, slots=True)
class ResultWait:
    """A result the person waits for: due by `deadline`, `days_overdue` past it (0 on time)."""

    provider_id: str
    element_id: str
    kind: CreditKind
    ends_on: date
    deadline: date
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def waiting_for(
    provider_id: str, element_id: str, kind: CreditKind, ends_on: date, today: date
) -> ResultWait:
    deadline = posting_deadline(ends_on)
    return ResultWait(provider_id, element_id, kind, ends_on, deadline, days_late(deadline, today))


def plan_item_wait(
    item: PlanItem,
    status: PlanItemStatus,
    *,
    credited_anywhere: bool,
    applications: Sequence[Application],
    today: date,
) -> ResultWait | None:
    """The wait of a completed item no credit has come for yet; None otherwise. The end is the
    accepted application's program cycle's (the latest one), else the element's own."""
    if status != PlanItemStatus.COMPLETED or credited_anywhere:
        return None
    accepted = [a for a in applications if a.status == ApplicationStatus.ACCEPTED]
    ends_on = (
        max(accepted, key=lambda a: a.submitted_at).ends_on if accepted else item.element.ends_on
    )
    if ends_on is None:
        return None
    element = item.element
    return waiting_for(element.provider_id, element.element_id, element.kind, ends_on, today)


@dataclass(frozen=True, slots=True)
class AwaitedEvent:
    """A registration for an event that is over, with the provider and end it was planned with."""

    registration: EventRegistration
    provider_id: str
    ends_on: date


@dataclass(frozen=True, slots=True)
class OverdueResult:
    """A result a provider owes past its deadline: of an accepted application or of an event
    registration."""

    person_id: str
    wait: ResultWait
    application: Application | None = None
    registration: EventRegistration | None = None


# A month has at least 28 days: every overdue training ended at least that long ago, so a
# store may preselect trainings that ended by `today - 28 days` and leave the exact rule here.
SHORTEST_MONTH_DAYS = 28


def overdue_candidates_ended_by(today: date) -> date:
    return today - timedelta(days=SHORTEST_MONTH_DAYS)


def overdue_results(
    programs: Sequence[Application], events: Sequence[AwaitedEvent], today: date
) -> list[OverdueResult]:
    """The overdue ones among trainings without a credit (accepted applications and active
    event registrations), oldest end first."""
    found = []
    for application in programs:
        if application.status != ApplicationStatus.ACCEPTED or application.ends_on is None:
            continue
        wait = waiting_for(
            application.provider_id,
            application.element_id,
            CreditKind.PROGRAM,
            application.ends_on,
            today,
        )
        if wait.overdue:
            found.append(OverdueResult(application.person_id, wait, application=application))
    for event in events:
        registration = event.registration
        wait = waiting_for(
            event.provider_id, registration.element_id, CreditKind.EVENT, event.ends_on, today
        )
        if wait.overdue:
            found.append(OverdueResult(registration.person_id, wait, registration=registration))
    return sorted(found, key=lambda r: (r.wait.ends_on, r.wait.element_id, r.person_id))


@dataclass(frozen=True, slots=True)
class SupportRequestDraft:
    """A support request ready to send: the client submits it as it is (or edited)."""

    topic: str
    subject: str
    text: str
    context_reference: str


def support_request_draft(
    wait: ResultWait, *, element_title: str, provider_name: str, context_reference: str
) -> SupportRequestDraft:
    title = element_title or wait.element_id
    provider = provider_name or wait.provider_id
    text = (
        f"Обучение по {KIND_NAMES[wait.kind]} «{title}» ({provider}) завершилось "
        f"{wait.ends_on:%d.%m.%Y}. Результат должен быть передан в течение месяца, "
        f"до {wait.deadline:%d.%m.%Y}, но баллы до сих пор не начислены "
        f"(просрочка {wait.days_overdue} дн.). Прошу передать результат."
    )
    return SupportRequestDraft(
        topic=SUPPORT_TOPIC_CREDITS_NOT_POSTED,
        subject=f"Не начислены баллы: «{title}»",
        text=text,
        context_reference=context_reference,
    )

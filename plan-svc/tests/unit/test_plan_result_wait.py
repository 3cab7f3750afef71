"""Waiting for a provider's result: the deadline, overdue days, the support request draft and
the provider's overdue list (pure rules)."""

from dataclasses import replace
from datetime import date

from test_plan_items import NOW, application, item

from plan_svc.domain.applications import ApplicationStatus, EventRegistration, RegistrationStatus
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.plan import PlanItemStatus
from plan_svc.domain.result_wait import (
    AwaitedEvent,
    ResultWait,
    overdue_candidates_ended_by,
    overdue_results,
    plan_item_wait,
    support_request_draft,
)

ENDED = date(2025, 3, 20)  # the accepted application's program cycle ends then


def accepted_program_wait(today: date) -> ResultWait | None:
    """The wait of a completed program whose application was accepted, with no credit yet."""
    return plan_item_wait(
        item(),
        PlanItemStatus.COMPLETED,
        credited_anywhere=False,
        applications=[application(ApplicationStatus.ACCEPTED)],
        today=today,
    )


def test_a_completed_item_waits_until_a_month_after_its_end_then_is_overdue() -> None:
    on_time = accepted_program_wait(date(2025, 4, 20))
    assert on_time is not None
    assert (on_time.ends_on, on_time.deadline, on_time.days_overdue) == (
        ENDED,
        date(2025, 4, 20),
        0,
    )
    assert not on_time.overdue
    late = accepted_program_wait(date(2025, 4, 25))
    assert late is not None and late.overdue and late.days_overdue == 5
    assert late.provider_id == "prov"


def test_no_wait_before_completion_or_once_a_credit_came() -> None:
    accepted = [application(ApplicationStatus.ACCEPTED)]
    for status, credited in ((PlanItemStatus.IN_PROGRESS, False), (PlanItemStatus.COMPLETED, True)):
        wait = plan_item_wait(
            item(),
            status,
            credited_anywhere=credited,
            applications=accepted,
            today=date(2025, 6, 1),
        )
        assert wait is None


def test_an_event_waits_from_its_own_end_and_the_month_end_is_clamped() -> None:
    event = replace(
        item(CreditKind.EVENT), element=replace(item().element, ends_on=date(2025, 1, 31))
    )
    wait = plan_item_wait(
        event, PlanItemStatus.COMPLETED, credited_anywhere=False, applications=[], today=NOW.date()
    )
    assert wait is not None and wait.deadline == date(2025, 2, 28)


def test_the_draft_names_the_element_the_provider_the_end_and_the_deadline() -> None:
    wait = accepted_program_wait(date(2025, 5, 1))
    assert wait is not None
    draft = support_request_draft(
        wait,
        element_title="Кардиология",
        provider_name="Академия",
        context_reference="plan_item:i1",
    )
    assert draft.topic == "credits_not_posted"
    assert draft.context_reference == "plan_item:i1"
    for part in ("«Кардиология»", "Академия", "20.03.2025", "20.04.2025", "11 дн."):
        assert part in draft.text
    assert "Кардиология" in draft.subject


def test_the_provider_owes_accepted_programs_and_event_registrations_past_the_deadline() -> None:
    overdue = application(ApplicationStatus.ACCEPTED)
    submitted = replace(overdue, id="a3", status=ApplicationStatus.SUBMITTED)
    registration = EventRegistration("r1", "p2", "ev", RegistrationStatus.REGISTERED, "res", NOW)
    event = AwaitedEvent(registration, "prov", date(2025, 3, 1))
    found = overdue_results([overdue, submitted], [event], today=date(2025, 4, 22))
    assert [(r.person_id, r.wait.kind, r.wait.days_overdue) for r in found] == [
        ("p2", CreditKind.EVENT, 21),
        (overdue.person_id, CreditKind.PROGRAM, 2),
    ]
    assert found[0].registration == registration and found[1].application == overdue
    assert overdue_results([overdue], [], today=date(2025, 4, 20)) == []
    # A store may preselect what ended 28 days before: nothing overdue ends later than that.
    assert overdue_candidates_ended_by(date(2025, 3, 29)) == date(2025, 3, 1)

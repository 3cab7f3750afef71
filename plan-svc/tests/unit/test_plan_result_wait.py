"""Waiting for a provider's result: the deadline, overdue days, the support request draft and
the provider's overdue list (pure rules)."""

from dataclasses import replace
from datetime import date

from test_plan_items import NOW, application, item

from plan_svc.domain.applications import ApplicationStatus
from plan_svc.domain.credits import CreditKind, RecordedCredit
from plan_svc.domain.plan import PlanItemStatus
from plan_svc.domain.result_wait import (
    overdue_applications,
    plan_item_wait,
    support_request_draft,
)

ENDED = date(2025, 3, 20)  # the accepted application's program cycle ends then


def test_a_completed_item_waits_until_a_month_after_its_end_then_is_overdue() -> None:
    accepted = [application(ApplicationStatus.ACCEPTED)]
    on_time = plan_item_wait(
        item(),
        PlanItemStatus.COMPLETED,
        credited_anywhere=False,
        applications=accepted,
        today=date(2025, 4, 20),
    )
    assert on_time is not None
    assert (on_time.ends_on, on_time.deadline, on_time.days_overdue) == (
        ENDED,
        date(2025, 4, 20),
        0,
    )
    assert not on_time.overdue
    late = plan_item_wait(
        item(),
        PlanItemStatus.COMPLETED,
        credited_anywhere=False,
        applications=accepted,
        today=date(2025, 4, 25),
    )
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
    wait = plan_item_wait(
        item(),
        PlanItemStatus.COMPLETED,
        credited_anywhere=False,
        applications=[application(ApplicationStatus.ACCEPTED)],
        today=date(2025, 5, 1),
    )
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


def test_the_provider_sees_accepted_applications_past_the_deadline_without_a_credit() -> None:
    overdue = application(ApplicationStatus.ACCEPTED)
    credited = replace(overdue, id="a2", person_id="p2")
    submitted = replace(overdue, id="a3", status=ApplicationStatus.SUBMITTED)
    credit = RecordedCredit("c1", "p2", "el", CreditKind.PROGRAM, "31.08.36", (), 36, ENDED)
    found = overdue_applications(
        [overdue, credited, submitted], {"p2": [credit]}, today=date(2025, 4, 22)
    )
    assert [(a.id, w.days_overdue) for a, w in found] == [("a1", 2)]
    assert overdue_applications([overdue], {}, today=date(2025, 4, 20)) == []

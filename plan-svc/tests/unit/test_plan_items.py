from datetime import UTC, date, datetime

import pytest
from plan_builders import CARDIOLOGY, PERSON, THERAPY, new_cycle

from cpd_platform.errors import FailedPrecondition, InvalidArgument
from plan_svc.domain.applications import (
    Application,
    ApplicationStatus,
    Employment,
    EmploymentKind,
    EventRegistration,
    FundingBasis,
    RegistrationStatus,
    decide,
    parse_form,
    withdraw,
)
from plan_svc.domain.credits import CreditKind
from plan_svc.domain.plan import (
    ElementFacts,
    PlanItem,
    PlanItemStatus,
    check_can_plan,
    eligible_cycles,
    plan_item_status,
)

NOW = datetime(2025, 1, 10, tzinfo=UTC)
PEDIATRICS = "31.08.19"


def element(
    kind: CreditKind = CreditKind.PROGRAM, additional: tuple[str, ...] = ()
) -> ElementFacts:
    return ElementFacts(
        "el", kind, "prov", CARDIOLOGY, additional, date(2025, 3, 1), date(2025, 3, 20)
    )


def item(kind: CreditKind = CreditKind.PROGRAM) -> PlanItem:
    return PlanItem("i1", "c1", PERSON, element(kind), NOW)


def application(status: ApplicationStatus, submitted: datetime = NOW) -> Application:
    return Application(
        id="a1",
        person_id=PERSON,
        program_cycle_id="pc1",
        element_id="el",
        provider_id="prov",
        specialty_code=CARDIOLOGY,
        employment=Employment(EmploymentKind.STATE, "ГКБ №1", "врач"),
        funding_basis=FundingBasis.BUDGET,
        consent_to_share=True,
        status=status,
        decision_reason="",
        submitted_at=submitted,
        decided_at=None,
        starts_on=date(2025, 3, 1),
        ends_on=date(2025, 3, 20),
        reservation_id="r1",
    )


def status(today: date = date(2025, 1, 10), **kwargs) -> PlanItemStatus:  # type: ignore[no-untyped-def]
    the_item = kwargs.pop("the_item", item())
    args = {
        "credited_in_cycle": False,
        "has_credit_elsewhere": False,
        "applications": [],
        "registration": None,
        "today": today,
        **kwargs,
    }
    return plan_item_status(the_item, **args)


def test_an_element_is_plannable_only_for_an_eligible_cycle() -> None:
    check_can_plan(new_cycle("c1", CARDIOLOGY), element(), date(2025, 1, 1))
    check_can_plan(new_cycle("c2", THERAPY), element(additional=(THERAPY,)), date(2025, 1, 1))
    with pytest.raises(FailedPrecondition) as caught:
        check_can_plan(
            new_cycle("c3", PEDIATRICS), element(additional=(THERAPY,)), date(2025, 1, 1)
        )
    assert caught.value.code == "element_not_eligible"


def test_a_finished_cycle_takes_no_new_plan_items() -> None:
    with pytest.raises(FailedPrecondition) as caught:
        check_can_plan(new_cycle("c1", CARDIOLOGY, date(2019, 1, 1)), element(), date(2025, 1, 1))
    assert caught.value.code == "cycle_finished"


def test_x2_an_element_of_two_specialties_is_eligible_for_both_cycles() -> None:
    cycles = [new_cycle("c1", CARDIOLOGY), new_cycle("c2", THERAPY), new_cycle("c3", PEDIATRICS)]
    found = eligible_cycles(cycles, element(additional=(THERAPY,)), date(2025, 1, 1))
    assert [c.id for c in found] == ["c1", "c2"]


def test_plan_item_statuses_follow_applications_dates_and_credits() -> None:
    assert status() == PlanItemStatus.PLANNED
    assert status(applications=[application(ApplicationStatus.SUBMITTED)]) == PlanItemStatus.APPLIED
    accepted = [application(ApplicationStatus.ACCEPTED)]
    assert status(applications=accepted) == PlanItemStatus.ENROLLED
    assert status(applications=accepted, today=date(2025, 3, 1)) == PlanItemStatus.IN_PROGRESS
    assert status(applications=accepted, today=date(2025, 3, 20)) == PlanItemStatus.IN_PROGRESS
    assert status(applications=accepted, today=date(2025, 3, 21)) == PlanItemStatus.COMPLETED
    assert status(applications=accepted, credited_in_cycle=True) == PlanItemStatus.CREDITED
    assert (
        status(applications=[application(ApplicationStatus.REJECTED)]) == PlanItemStatus.CANCELLED
    )
    assert (
        status(applications=[application(ApplicationStatus.WITHDRAWN)]) == PlanItemStatus.CANCELLED
    )
    # A new application after a withdrawn one.
    assert (
        status(
            applications=[
                application(ApplicationStatus.WITHDRAWN),
                application(ApplicationStatus.SUBMITTED, datetime(2025, 1, 11, tzinfo=UTC)),
            ]
        )
        == PlanItemStatus.APPLIED
    )


def test_a_registered_free_event_is_enrolled_then_in_progress() -> None:
    event = item(CreditKind.EVENT)
    registered = EventRegistration("r", PERSON, "el", RegistrationStatus.REGISTERED, "res", NOW)
    assert status(the_item=event, registration=registered) == PlanItemStatus.ENROLLED
    assert (
        status(the_item=event, registration=registered, today=date(2025, 3, 2))
        == PlanItemStatus.IN_PROGRESS
    )
    cancelled = EventRegistration("r", PERSON, "el", RegistrationStatus.CANCELLED, "res", NOW)
    assert status(the_item=event, registration=cancelled) == PlanItemStatus.CANCELLED


def test_a_credit_outside_this_cycle_shows_completed() -> None:
    assert status(has_credit_elsewhere=True) == PlanItemStatus.COMPLETED


def test_an_application_needs_consent_a_known_basis_and_an_employer() -> None:
    good = {
        "program_cycle_id": "pc",
        "specialty_code": CARDIOLOGY,
        "employment_kind": "state",
        "organization": "ГКБ №1",
        "position": "врач",
        "funding_basis": "budget",
        "consent_to_share": True,
    }
    assert parse_form(**good).funding_basis == FundingBasis.BUDGET  # type: ignore[arg-type]
    for change, code in [
        ({"consent_to_share": False}, "consent_required"),
        ({"funding_basis": "free"}, "invalid_funding_basis"),
        ({"organization": " "}, "employer_required"),
        ({"employment_kind": "x"}, "invalid_employment"),
    ]:
        with pytest.raises(InvalidArgument) as caught:
            parse_form(**{**good, **change})  # type: ignore[arg-type]
        assert caught.value.code == code
    # Issue 11: over-long text is refused, never cut.
    for field, limit in (("organization", 300), ("position", 200), ("specialty_code", 16)):
        with pytest.raises(InvalidArgument) as caught:
            parse_form(**{**good, field: "Б" * (limit + 1)})  # type: ignore[arg-type]
        assert caught.value.code == "text_too_long"
    assert (
        parse_form(**{**good, "employment_kind": "unemployed", "organization": ""}).employment.kind
        == EmploymentKind.UNEMPLOYED
    )  # type: ignore[arg-type]


def test_a_refusal_reason_over_its_limit_is_refused_not_cut() -> None:
    submitted = application(ApplicationStatus.SUBMITTED)
    with pytest.raises(InvalidArgument) as caught:
        decide(submitted, False, "п" * 10_000, NOW)
    assert caught.value.code == "text_too_long"
    assert decide(submitted, False, "п" * 1000, NOW).decision_reason == "п" * 1000


def test_the_provider_decides_once_and_repeating_the_decision_is_harmless() -> None:
    submitted = application(ApplicationStatus.SUBMITTED)
    accepted = decide(submitted, True, "", NOW)
    assert accepted.status == ApplicationStatus.ACCEPTED
    assert decide(accepted, True, "", NOW) is accepted
    with pytest.raises(FailedPrecondition):
        decide(accepted, False, "нет мест", NOW)
    with pytest.raises(InvalidArgument):
        decide(submitted, False, " ", NOW)
    assert (
        decide(submitted, False, "не та специальность", NOW).decision_reason
        == "не та специальность"
    )


def test_withdrawing_is_idempotent_and_a_rejected_application_cannot_be_withdrawn() -> None:
    withdrawn = withdraw(application(ApplicationStatus.ACCEPTED), NOW)
    assert withdrawn.status == ApplicationStatus.WITHDRAWN
    assert withdraw(withdrawn, NOW) is withdrawn
    with pytest.raises(FailedPrecondition):
        withdraw(application(ApplicationStatus.REJECTED), NOW)

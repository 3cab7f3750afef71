"""The SMK training-card use cases on in-memory storage, role by role: who opens a card, who
records, who confirms (the supervisor of the card's unit only), who reads, who decides exam
applications; posted courses counting and a void undoing it, each event once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from smk_cards import PROGRAMME
from smk_memory import CardsUnitOfWork, FakeGrants, FakeSpecialisations

from cpd_platform.consumer import Event
from cpd_platform.errors import DomainError
from cpd_platform.principal import Principal, Role, Scope
from cpd_platform.testing import FixedClock
from plan_svc.domain.training_card.card import EntryDraft, EntryKind, EntryStatus, ModuleCompletion
from plan_svc.domain.training_card.programme import UnitAccreditation, UnitFacts
from plan_svc.service_layer import exam_applications, training_cards
from plan_svc.service_layer.training_card_credits import CardCreditHandler

UNIT = UnitFacts(
    "unit-1",
    "Szpital",
    "14",
    (UnitAccreditation("kardiologia", {"residency": 2}, date(2020, 1, 1), date(2030, 12, 31)),),
)
STARTED = date(2026, 10, 1)
CLOCK = FixedClock(datetime(2026, 12, 1, 9, tzinfo=UTC))  # within the 2027 spring window
TRAINEE, SUPERVISOR, OTHER_SUPERVISOR, STAFF = "p-trainee", "p-sup", "p-other", "p-staff"


def who(person_id: str | None, *roles: str) -> Principal:
    return Principal(f"sub-{person_id}", "web", frozenset(roles), person_id, None, "t")


trainee = who(TRAINEE, Role.SMK_TRAINEE)
supervisor = who(SUPERVISOR, Role.SPECIALIST)
other_supervisor = who(OTHER_SUPERVISOR)
unit_staff = who(STAFF)
exam_centre = who("p-cem", Role.SMK_EXAM_CENTRE)
admin = who(None, Role.ADMIN)
stranger = who("p-stranger", Role.SMK_TRAINEE)


@pytest.fixture
def grants() -> FakeGrants:
    grants = FakeGrants()
    grants.grant(SUPERVISOR, Role.SMK_SUPERVISOR, Scope.training_unit("unit-1"))
    grants.grant(OTHER_SUPERVISOR, Role.SMK_SUPERVISOR, Scope.training_unit("unit-2"))
    grants.grant(STAFF, Role.SMK_UNIT_STAFF, Scope.training_unit("unit-1"))
    return grants


async def code_of(call: object) -> str:
    with pytest.raises(DomainError) as caught:
        await call  # type: ignore[misc]
    return caught.value.code


async def opened(
    uow: CardsUnitOfWork, principal: Principal = trainee, mode: str = "residency"
) -> str:
    card = await training_cards.open_card(
        uow,
        principal,
        "unit-1",
        "kardiologia",
        0,
        mode,
        STARTED,
        catalog=FakeSpecialisations(PROGRAMME, UNIT),
        clock=CLOCK,
    )
    return card.id


def duty(hours: int = 40, module: str = "podstawowy") -> EntryDraft:
    return EntryDraft(module, EntryKind.DUTY, "", hours, date(2026, 11, 2))


async def test_only_a_trainee_opens_their_card_once_at_an_accrediting_unit() -> None:
    uow = CardsUnitOfWork()
    card_id = await opened(uow)
    assert await opened(uow) == card_id  # opening again returns the card
    for principal in (supervisor, exam_centre, admin):
        assert await code_of(opened(uow, principal)) in ("smk_trainee_only", "not_a_person")
    assert (
        await code_of(opened(CardsUnitOfWork(), mode="non_residency")) == "smk_unit_not_accredited"
    )
    assert await code_of(opened(CardsUnitOfWork(), mode="zaoczny")) == "smk_invalid_mode"


async def test_only_the_cards_trainee_records_and_a_key_retried_is_the_same_entry() -> None:
    uow = CardsUnitOfWork()
    card_id = await opened(uow)
    entry, view = await training_cards.add_entry(uow, trainee, card_id, duty(), "k1", clock=CLOCK)
    again, _ = await training_cards.add_entry(uow, trainee, card_id, duty(), "k1", clock=CLOCK)
    assert again.id == entry.id and len(view.entries) == 1
    assert await code_of(
        training_cards.add_entry(uow, trainee, card_id, duty(20), "k1", clock=CLOCK)
    ) == ("smk_idempotency_key_reused")
    assert await code_of(
        training_cards.add_entry(uow, stranger, card_id, duty(), "k2", clock=CLOCK)
    ) == ("smk_card_not_found")
    assert await code_of(
        training_cards.add_entry(uow, supervisor, card_id, duty(), "k3", clock=CLOCK)
    ) == ("smk_trainee_only")


async def test_the_units_supervisor_decides_others_may_not(grants: FakeGrants) -> None:
    uow = CardsUnitOfWork()
    card_id = await opened(uow)
    entry, _ = await training_cards.add_entry(uow, trainee, card_id, duty(), "k1", clock=CLOCK)
    for principal in (other_supervisor, unit_staff, trainee, exam_centre):
        assert (
            await code_of(
                training_cards.review_entry(
                    uow, principal, card_id, entry.id, True, "", grants=grants, clock=CLOCK
                )
            )
            == "smk_entry_not_in_scope"
        )
    decided, view = await training_cards.review_entry(
        uow, supervisor, card_id, entry.id, True, "", grants=grants, clock=CLOCK
    )
    assert (decided.status, decided.decided_by) == (EntryStatus.CONFIRMED, SUPERVISOR)
    assert view.entries[0].status == EntryStatus.CONFIRMED
    # An admin may decide too (and deciding the same way again changes nothing).
    same, _ = await training_cards.review_entry(
        uow, admin, card_id, entry.id, True, "", grants=grants, clock=CLOCK
    )
    assert same == decided


async def test_who_reads_a_card_and_a_units_list(grants: FakeGrants) -> None:
    uow = CardsUnitOfWork()
    card_id = await opened(uow)
    for principal in (trainee, supervisor, unit_staff, exam_centre, admin):
        assert (
            await training_cards.get_card(uow, principal, card_id, grants=grants)
        ).card.id == card_id
    for principal in (other_supervisor, stranger):
        assert await code_of(training_cards.get_card(uow, principal, card_id, grants=grants)) == (
            "smk_card_not_found"
        )
    listed = await training_cards.list_unit_cards(uow, unit_staff, "unit-1", False, grants=grants)
    assert [v.card.id for v in listed] == [card_id]
    assert (
        await training_cards.list_unit_cards(uow, supervisor, "unit-1", True, grants=grants) == []
    )
    assert (
        await code_of(
            training_cards.list_unit_cards(uow, other_supervisor, "unit-1", False, grants=grants)
        )
        == "smk_entry_not_in_scope"
    )


def event(event_id: str, kind: str, payload: dict[str, object]) -> Event:
    return Event(event_id=event_id, event_type=kind, payload=payload, occurred_at="", request_id="")


def credit_event(
    event_id: str, credit_id: str, element: str, kind: str = "credits.recorded"
) -> Event:
    payload = {
        "credit_id": credit_id,
        "person_id": "00000000-0000-0000-0000-000000000001",
        "element_id": element,
        "element_kind": "module",
        "main_specialty_code": "31.08.36",
        "zet": 2,
        "completed_on": "2026-11-20",
    }
    return event(event_id, kind, payload)


async def test_a_posted_course_counts_once_and_a_void_undoes_it() -> None:
    person = "00000000-0000-0000-0000-000000000001"
    credit = "00000000-0000-0000-0000-0000000000c1"
    uow = CardsUnitOfWork()
    me = who(person, Role.SMK_TRAINEE)
    card_id = await opened(uow, me)
    course = EntryDraft(
        "podstawowy",
        EntryKind.COURSE,
        "K-WPROWADZENIE",
        1,
        date(2026, 11, 20),
        catalog_element_id="el-1",
    )
    entry, _ = await training_cards.add_entry(uow, me, card_id, course, "k1", clock=CLOCK)
    assert entry.status == EntryStatus.SUBMITTED
    handler = CardCreditHandler(lambda: uow, CLOCK)
    await handler(credit_event("ev-0", credit, "el-other"))
    assert uow.training_cards.entries_by_id[entry.id].status == EntryStatus.SUBMITTED
    await handler(credit_event("ev-1", credit, "el-1"))
    posted = uow.training_cards.entries_by_id[entry.id]
    assert (posted.status, posted.decided_by) == (EntryStatus.CONFIRMED, f"posting:{credit}")
    commits = uow.commits
    await handler(credit_event("ev-1", credit, "el-1"))  # redelivered: claimed already
    assert uow.commits == commits
    await handler(event("ev-2", "credits.voided", {"credit_id": credit, "person_id": person}))
    assert uow.training_cards.entries_by_id[entry.id].status == EntryStatus.SUBMITTED

    # A course the provider posted before it was recorded counts at once: the card's consumer
    # put the credit into the projection.
    await handler(credit_event("ev-3", "00000000-0000-0000-0000-0000000000c2", "el-2"))
    early, _ = await training_cards.add_entry(
        uow,
        me,
        card_id,
        EntryDraft(
            "podstawowy",
            EntryKind.COURSE,
            "K-WPROWADZENIE",
            1,
            date(2026, 11, 20),
            catalog_element_id="el-2",
        ),
        "k2",
        clock=CLOCK,
    )
    assert early.status == EntryStatus.CONFIRMED


async def test_only_the_exam_centre_decides_applications_and_a_trainee_sees_their_own(
    grants: FakeGrants,
) -> None:
    uow = CardsUnitOfWork()
    card_id = await opened(uow)
    assert (
        await code_of(
            exam_applications.apply_for_exam(
                uow, trainee, card_id, "2027-spring", "a1", clock=CLOCK
            )
        )
        == "smk_card_incomplete"
    )
    # Complete both modules by hand (the rules are pinned in test_smk_training_card_rules).
    card = uow.training_cards.cards[card_id]
    for module in PROGRAMME.modules:
        await uow.training_cards.add_completion(
            card.id, ModuleCompletion(module.code, SUPERVISOR, CLOCK.now())
        )
    application = await exam_applications.apply_for_exam(
        uow, trainee, card_id, "2027-spring", "a1", clock=CLOCK
    )
    assert (
        await exam_applications.apply_for_exam(
            uow, trainee, card_id, "2027-spring", "a1", clock=CLOCK
        )
        == application
    )
    assert (
        await code_of(
            exam_applications.apply_for_exam(
                uow, trainee, card_id, "2027-autumn", "a2", clock=CLOCK
            )
        )
        == "smk_exam_window_closed"
    )
    for principal in (trainee, supervisor, unit_staff):
        assert (
            await code_of(
                exam_applications.decide_application(
                    uow, principal, application.id, True, "", clock=CLOCK
                )
            )
            == "smk_exam_centre_only"
        )
    assert [a.id for a in await exam_applications.list_applications(uow, trainee, "", None)] == [
        application.id
    ]
    assert await exam_applications.list_applications(uow, stranger, "", None) == []
    assert (
        await code_of(exam_applications.list_applications(uow, exam_centre, "", None))
        == "smk_invalid_session"
    )
    listed = await exam_applications.list_applications(uow, exam_centre, "2027-spring", None)
    assert [a.id for a in listed] == [application.id]
    accepted = await exam_applications.decide_application(
        uow, exam_centre, application.id, True, "", clock=CLOCK
    )
    assert accepted.decided_by == "p-cem"

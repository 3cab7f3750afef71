"""Application use cases without PostgreSQL: save, submit, cancel, refusals (teacher, operator,
off-budget) and their repeats, against in-memory repositories and a fake catalog."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from pk_regional_steps import CIPHER, COMPLETE, PASSPORT, numbered_teacher, save, submit
from pk_regional_world import World

from cpd_platform.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from cpd_platform.principal import Principal
from pk_regional_svc.domain.allocation import Decision
from pk_regional_svc.domain.application import ApplicationStatus
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.numbers import Holding, NumberStatus, RefusalReason
from pk_regional_svc.service_layer import applications, numbers


@pytest.fixture
def world() -> World:
    return World()


async def refuse(world: World, who: Principal, holding_id: str) -> tuple[Holding, int]:
    return await numbers.refuse_number(
        world.uow,
        who,
        holding_id,
        RefusalReason.ILLNESS,
        "  болезнь  ",
        authz=world.authz,
        catalog=world.catalog,
        clock=world.clock,
    )


async def submitted(world: World) -> tuple[Campaign, str, Principal, Holding, str]:
    campaign, teacher_id, teacher, holding = numbered_teacher(world)
    draft, _ = await save(world, teacher, campaign)
    assert draft is not None
    await submit(world, teacher, draft.id)
    return campaign, teacher_id, teacher, holding, draft.id


async def test_a_saved_draft_reserves_nothing_and_keeps_the_passport_sealed(world: World) -> None:
    campaign, _, teacher, holding = numbered_teacher(world)

    draft, after = await save(world, teacher, campaign)

    assert draft is not None and draft.status is ApplicationStatus.DRAFT
    assert (draft.total_hours, draft.phone, draft.passport_masked) == (
        72,
        "+79001234567",
        "92 ** ****56",
    )
    assert after.status is NumberStatus.APPLICATION_DRAFT and after.application_id == draft.id
    assert world.catalog.reservations == {} and world.catalog.seats == {"g1": 10, "g2": 10}
    sealed = world.uow.tables.passports[draft.id]
    assert b"123456" not in sealed.blob and CIPHER.open(sealed, draft.id) == PASSPORT
    assert world.uow.commits == 1 and holding.holding_id == after.holding_id


async def test_submitting_reserves_each_group_once_and_a_retry_takes_no_more_seats(
    world: World,
) -> None:
    _, _, teacher, holding, application_id = await submitted(world)

    assert world.catalog.seats == {"g1": 9, "g2": 9}
    again = await submit(world, teacher, application_id)
    assert again.status is ApplicationStatus.SUBMITTED and again.reservation_id == "r-1"
    assert world.catalog.seats == {"g1": 9, "g2": 9} and len(world.catalog.reservations) == 1
    stored = await world.uow.numbers.holding(holding.holding_id)
    assert stored.status is NumberStatus.APPLICATION_SUBMITTED
    assert [e.after for e in world.uow.audited("submit_application")] == [
        {"status": "submitted", "groups": ["g1", "g2"]}
    ]


async def test_an_incomplete_application_or_wrong_hours_are_refused_before_any_seat(
    world: World,
) -> None:
    campaign, _, teacher, _ = numbered_teacher(world)
    no_phone = replace(COMPLETE, phone="")
    draft, _ = await save(world, teacher, campaign, no_phone)
    assert draft is not None
    with pytest.raises(InvalidArgument) as caught:
        await submit(world, teacher, draft.id)
    assert caught.value.code == "application_incomplete" and "телефон" in caught.value.message

    one_group = replace(COMPLETE, group_ids=("g1",))
    await save(world, teacher, campaign, one_group)
    with pytest.raises(InvalidArgument) as caught:
        await submit(world, teacher, draft.id)
    assert caught.value.code == "hours_mismatch"
    assert world.catalog.reservations == {}


async def test_cancelling_releases_the_seats_and_the_next_submission_gets_a_new_key(
    world: World,
) -> None:
    _, _, teacher, _, application_id = await submitted(world)
    first_key = next(iter(world.catalog.reservations))

    cancelled = await applications.cancel_application(
        world.uow, teacher, application_id, catalog=world.catalog, clock=world.clock
    )
    assert cancelled.status is ApplicationStatus.DRAFT and cancelled.reservation_id == ""
    assert world.catalog.released == [(first_key, "holder")]
    assert world.catalog.seats == {"g1": 10, "g2": 10}
    again = await applications.cancel_application(
        world.uow, teacher, application_id, catalog=world.catalog, clock=world.clock
    )
    assert again == cancelled and len(world.catalog.released) == 1  # a retry releases nothing

    resubmitted = await submit(world, teacher, application_id)
    assert resubmitted.status is ApplicationStatus.SUBMITTED
    assert list(world.catalog.reservations) == [cancelled.seats_key] != [first_key]


async def test_the_teacher_refusing_after_submission_releases_their_own_seats(
    world: World,
) -> None:
    _, _, teacher, holding, application_id = await submitted(world)

    refused, free = await refuse(world, teacher, holding.holding_id)

    assert refused.status is NumberStatus.REFUSED and refused.refusal_note == "болезнь"
    assert refused.refusal_reason is RefusalReason.ILLNESS and free == 1
    assert [who for _, who in world.catalog.released] == ["holder"]
    assert world.catalog.seats == {"g1": 10, "g2": 10}
    closed = world.uow.tables.applications[application_id]
    assert closed.status is ApplicationStatus.CLOSED and closed.reservation_id == ""


async def test_an_operator_refuses_a_submitted_number_with_the_service_identity_in_scope_only(
    world: World,
) -> None:
    _, _, _, holding, _ = await submitted(world)
    elsewhere = world.school_operator(world.schools[2])
    with pytest.raises(PermissionDenied):
        await refuse(world, elsewhere, holding.holding_id)
    assert world.catalog.released == [] and world.uow.audited("refuse_number") == []

    operator = world.school_operator(world.schools[0])
    refused, free = await refuse(world, operator, holding.holding_id)
    assert refused.status is NumberStatus.REFUSED and free == 1
    assert [who for _, who in world.catalog.released] == ["operator"]
    [entry] = world.uow.audited("refuse_number")
    assert entry.actor_person_id == operator.person_id
    assert entry.before is not None and entry.before["status"] == "application_submitted"

    with pytest.raises(FailedPrecondition) as caught:  # a repeated refusal
        await refuse(world, operator, holding.holding_id)
    assert caught.value.code == "number_not_refusable"
    assert len(world.catalog.released) == 1 and len(world.uow.audited("refuse_number")) == 1


async def test_choosing_off_budget_refuses_the_number_and_bars_a_freed_one(world: World) -> None:
    campaign, teacher_id, teacher, holding = numbered_teacher(world)
    world.uow.tables.decisions[(campaign.id, teacher_id)] = Decision.CONFIRMED

    view, refused = await save(world, teacher, campaign, off_budget=True)
    assert view is None and refused.refusal_reason is RefusalReason.OFF_BUDGET_CHOSEN
    assert refused.refusal_note == "выбор педагога в заявлении"

    with pytest.raises(FailedPrecondition) as caught:
        await numbers.reassign_number(
            world.uow,
            world.school_operator(holding.school_id),
            holding.number_id,
            teacher_id,
            authz=world.authz,
        )
    assert caught.value.code == "off_budget_chosen"
    with pytest.raises(FailedPrecondition) as no_number:
        await save(world, teacher, campaign)
    assert no_number.value.code == "no_number"


async def test_applications_outside_the_window_are_refused_and_nothing_changes(
    world: World,
) -> None:
    campaign, _, teacher, _ = numbered_teacher(world)
    world.clock.advance(timedelta(days=30))

    with pytest.raises(FailedPrecondition) as caught:
        await save(world, teacher, campaign)
    assert caught.value.code == "applications_window_closed"
    assert world.uow.tables.applications == {} and world.uow.commits == 0


async def test_a_teacher_sees_only_their_own_application(world: World) -> None:
    _, _, teacher, _, application_id = await submitted(world)
    _, other = world.teacher(world.schools[0])

    mine = await applications.get_application(world.uow, teacher, application_id, authz=world.authz)
    assert mine.id == application_id
    with pytest.raises(PermissionDenied):
        await applications.get_application(world.uow, other, application_id, authz=world.authz)
    with pytest.raises(NotFound):
        await applications.submit_application(
            world.uow, other, application_id, catalog=world.catalog, clock=world.clock
        )

"""Allocation decisions without PostgreSQL: operators' decisions, who gets a number within which
quota, ties, the municipal quota shared out, a repeated run, a cancelled campaign, reassignment
of a freed number, and the campaign's stored rule set winning over the current one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from pk_regional_world import World

from cpd_platform.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from cpd_platform.principal import Principal
from pk_regional_svc.domain import rules
from pk_regional_svc.domain.allocation import Decision, Reason
from pk_regional_svc.domain.campaign import Campaign, QuotaScope
from pk_regional_svc.domain.candidate_list import CandidateView
from pk_regional_svc.domain.numbers import Holding, NumberStatus
from pk_regional_svc.service_layer import allocation, campaign_cancel, candidates, numbers


@pytest.fixture
def world() -> World:
    return World()


async def decide(
    world: World, who: Principal, campaign: Campaign, teacher_ids: list[str], decision: Decision
) -> list[CandidateView]:
    return await candidates.decide_candidates(
        world.uow, who, campaign.id, teacher_ids, decision, authz=world.authz
    )


async def run(world: World, campaign: Campaign) -> allocation.AllocationSummary:
    summary, _ = await allocation.run_allocation(
        world.uow, world.regional_operator(), campaign.id, authz=world.authz, clock=world.clock
    )
    return summary


def outcomes(world: World, campaign: Campaign) -> dict[str, Reason]:
    return {t: o.reason for (c, t), (o, _) in world.uow.tables.outcomes.items() if c == campaign.id}


async def test_operators_confirm_candidates_of_their_school_only_and_a_repeat_changes_nothing(
    world: World,
) -> None:
    campaign = world.campaign()
    mine, _ = world.teacher(world.schools[0], last_training_year=2020)
    theirs, _ = world.teacher(world.schools[2], last_training_year=2020)
    recent, _ = world.teacher(world.schools[0], last_training_year=2024)
    operator = world.school_operator(world.schools[0])

    with pytest.raises(PermissionDenied):
        await decide(world, operator, campaign, [mine, theirs], Decision.CONFIRMED)
    with pytest.raises(InvalidArgument) as caught:
        await decide(world, operator, campaign, [recent], Decision.CONFIRMED)
    assert caught.value.code == "not_a_candidate"
    assert world.uow.tables.decisions == {}

    [view] = await decide(world, operator, campaign, [mine], Decision.CONFIRMED)
    assert view.decision is Decision.CONFIRMED and view.number_status is NumberStatus.EXPECTED
    await decide(world, operator, campaign, [mine], Decision.CONFIRMED)
    assert len(world.uow.audited("decide_candidate")) == 1


async def test_confirmed_candidates_get_numbers_in_priority_order_within_the_school_quota(
    world: World,
) -> None:
    campaign = world.campaign()
    school = world.schools[0]
    never, _ = world.teacher(school)
    oldest, _ = world.teacher(school, last_training_year=2015)
    tie_low, _ = world.teacher(school, last_training_year=2020, snils="300000001")
    tie_high, _ = world.teacher(school, last_training_year=2020, snils="300000002")
    unconfirmed, _ = world.teacher(school, last_training_year=2010)
    removed, _ = world.teacher(school, last_training_year=2010)
    budget, _ = world.teacher(school, last_training_year=2010, last_budget_number_year=2023)
    operator = world.school_operator(school)
    await decide(
        world, operator, campaign, [never, oldest, tie_low, tie_high, budget], Decision.CONFIRMED
    )
    await decide(world, operator, campaign, [removed], Decision.REMOVED)
    world.school_quotas(campaign, school, 3, 10)

    summary = await run(world, campaign)

    assert (summary.granted, summary.not_granted, summary.ran_now) == (3, 4, True)
    assert outcomes(world, campaign) == {
        never: Reason.GRANTED,
        oldest: Reason.GRANTED,
        tie_low: Reason.GRANTED,  # the same year: the smaller SNILS first
        tie_high: Reason.SCHOOL_QUOTA_EXHAUSTED,
        budget: Reason.BUDGET_NUMBER_WITHIN_THREE_YEARS,
        unconfirmed: Reason.NOT_CONFIRMED,
        removed: Reason.REMOVED,
    }
    held = {h.teacher_id: h for h in world.uow.tables.holdings.values()}
    assert set(held) == {never, oldest, tie_low}
    assert all(h.status is NumberStatus.ASSIGNED for h in held.values())
    codes = [world.uow.tables.numbers[h.number_id].code for h in held.values()]
    assert len(set(codes)) == 3 and all(c.startswith("16-25-") for c in codes)
    assert world.uow.tables.campaigns[campaign.id].allocated_at == world.clock.now()


async def test_the_municipal_quota_is_shared_out_to_schools_without_their_own(
    world: World,
) -> None:
    campaign = world.campaign()
    big, small = world.schools[0], world.schools[1]  # both in the first municipality
    operator = world.municipal_operator(world.municipality_of(big))
    big_ones = [world.teacher(big, last_training_year=2018)[0] for _ in range(4)]
    small_ones = [world.teacher(small, last_training_year=2018)[0] for _ in range(2)]
    await decide(world, operator, campaign, big_ones + small_ones, Decision.CONFIRMED)
    world.quota(campaign, QuotaScope.MUNICIPALITY, world.municipality_of(big), 3)

    summary = await run(world, campaign)

    # 3 numbers for 6 candidates: 4/6·3 = 2 for the big school, 2/6·3 = 1 for the small one.
    quotas = world.uow.tables.quotas
    assert quotas[(campaign.id, QuotaScope.SCHOOL, big)] == 2
    assert quotas[(campaign.id, QuotaScope.SCHOOL, small)] == 1
    assert summary.granted == 3
    granted = [t for t, r in outcomes(world, campaign).items() if r is Reason.GRANTED]
    assert len(set(granted) & set(big_ones)) == 2 and len(set(granted) & set(small_ones)) == 1
    assert world.uow.audited("run_allocation")[0].after == {
        "granted": 3,
        "not_granted": 3,
        "school_quotas_from_municipal": {big: 2, small: 1},
    }


async def test_a_second_run_returns_the_stored_result_and_allocates_nothing_more(
    world: World,
) -> None:
    campaign = world.campaign()
    school = world.schools[0]
    teacher, _ = world.teacher(school)
    await decide(world, world.school_operator(school), campaign, [teacher], Decision.CONFIRMED)
    world.school_quotas(campaign, school, 1, 1)
    first = await run(world, campaign)
    world.clock.advance(timedelta(hours=1))

    again = await run(world, campaign)

    assert (again.granted, again.not_granted, again.ran_now) == (1, 0, False)
    assert again.allocated_at == first.allocated_at
    assert len(world.uow.tables.numbers) == 1 and len(world.uow.audited("run_allocation")) == 1


async def test_a_campaign_is_cancelled_before_the_allocation_only(world: World) -> None:
    campaign = world.campaign()
    school = world.schools[0]
    teacher, _ = world.teacher(school)
    await decide(world, world.school_operator(school), campaign, [teacher], Decision.CONFIRMED)
    regional = world.regional_operator()

    cancelled = await campaign_cancel.cancel_campaign(
        world.uow, regional, campaign.id, "открыта по ошибке", authz=world.authz
    )
    assert cancelled == campaign and world.uow.tables.campaigns == {}
    assert world.uow.tables.decisions == {}
    retried = await campaign_cancel.cancel_campaign(
        world.uow, regional, campaign.id, "открыта по ошибке", authz=world.authz
    )
    assert retried == campaign and len(world.uow.audited("cancel_campaign")) == 1
    with pytest.raises(NotFound):
        await allocation.run_allocation(
            world.uow, regional, campaign.id, authz=world.authz, clock=world.clock
        )

    allocated = world.campaign(year=2026)
    await run(world, allocated)
    with pytest.raises(FailedPrecondition) as caught:
        await campaign_cancel.cancel_campaign(
            world.uow, regional, allocated.id, "поздно", authz=world.authz
        )
    assert caught.value.code == "campaign_already_allocated"
    assert allocated.id in world.uow.tables.campaigns


async def test_a_freed_number_goes_to_a_confirmed_candidate_of_the_same_school_only(
    world: World,
) -> None:
    campaign = world.campaign()
    school = world.schools[0]
    holder, holder_person = world.teacher(school, last_training_year=2015)
    waiting, _ = world.teacher(school, last_training_year=2020)
    unconfirmed, _ = world.teacher(school, last_training_year=2020)
    other_school, _ = world.teacher(world.schools[1], last_training_year=2020)
    operator = world.municipal_operator(world.municipality_of(school))
    await decide(world, operator, campaign, [holder, waiting, other_school], Decision.CONFIRMED)
    world.school_quotas(campaign, school, 1, 5)
    world.quota(campaign, QuotaScope.SCHOOL, world.schools[1], 0)
    await run(world, campaign)
    [holding] = [h for h in world.uow.tables.holdings.values() if h.teacher_id == holder]
    await numbers.refuse_number(
        world.uow,
        holder_person,
        holding.holding_id,
        None,
        "",
        authz=world.authz,
        catalog=world.catalog,
        clock=world.clock,
    )

    async def reassign(teacher_id: str) -> tuple[Holding, int]:
        return await numbers.reassign_number(
            world.uow, operator, holding.number_id, teacher_id, authz=world.authz
        )

    for teacher_id, code in [
        (other_school, "teacher_not_in_school"),
        (unconfirmed, "not_a_confirmed_candidate"),
    ]:
        with pytest.raises((InvalidArgument, FailedPrecondition)) as caught:
            await reassign(teacher_id)
        assert caught.value.code == code
    given, free = await reassign(waiting)
    assert (given.teacher_id, given.status, free) == (waiting, NumberStatus.ASSIGNED, 0)
    with pytest.raises(FailedPrecondition) as taken:
        await reassign(waiting)
    assert taken.value.code == "number_not_free"


async def test_candidates_follow_the_rule_set_the_campaign_was_opened_under(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    five_years = replace(rules.EORT_2024, version="test-five-years", training_interval_years=5)
    monkeypatch.setitem(rules.RULE_SETS, five_years.version, five_years)
    old_rules = world.campaign(year=2025, rules_version=five_years.version)
    current = world.campaign(year=2026)
    school = world.schools[0]
    # Trained in 2021: four years before 2025 (a candidate under EORT-2024, not under five years)
    # and five before 2026.
    teacher, _ = world.teacher(school, last_training_year=2021)
    operator = world.school_operator(school)

    with pytest.raises(InvalidArgument) as caught:
        await decide(world, operator, old_rules, [teacher], Decision.CONFIRMED)
    assert caught.value.code == "not_a_candidate"
    world.school_quotas(old_rules, school, 5, 5)
    assert (await run(world, old_rules)).granted == 0
    assert outcomes(world, old_rules) == {}  # not even listed as a candidate
    [confirmed] = await decide(world, operator, current, [teacher], Decision.CONFIRMED)
    assert confirmed.years_since_training == 5
    assert rules.CURRENT_RULES is rules.EORT_2024  # the stored version won, not the current one

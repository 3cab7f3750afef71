"""Refusals over gRPC: an operator refusing a submitted application (seats released in catalog-svc),
and choosing off-budget training."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from pk_regional_journeys import (
    Stub,
    World,
    allocated_school,
    budget_application,
    refused,
    seats_free,
)

from cpd.pk_regional.v1 import pk_regional_pb2 as pb
from cpd_platform.runner import RunningService
from cpd_platform.testing import bearer, grpc_error_code

pytestmark = pytest.mark.integration


async def test_an_operator_refuses_a_submitted_application_releasing_its_seats(
    pk: Stub, world: World, roles: Any, catalog: RunningService
) -> None:
    a = await allocated_school(pk, world, roles, 2027)
    campaign, operator, snils = a.campaign, a.operator, a.snils
    first = await roles.teacher(snils[0])
    draft = (
        await pk.SaveApplication(
            budget_application(campaign.id),
            metadata=bearer(first),
        )
    ).application
    free_before = await seats_free(catalog.port, world.regional)
    await pk.SubmitApplication(
        pb.SubmitApplicationRequest(application_id=draft.id), metadata=bearer(first)
    )
    assert await seats_free(catalog.port, world.regional) == free_before - 2
    status = await pk.GetMyCampaignStatus(
        pb.GetMyCampaignStatusRequest(campaign_id=campaign.id), metadata=bearer(first)
    )
    assert status.holding.status == pb.NUMBER_STATUS_APPLICATION_SUBMITTED
    # The school's operator refuses the number during the year: seats back, application closed.
    refusal = await pk.RefuseNumber(
        pb.RefuseNumberRequest(
            holding_id=status.holding.holding_id,
            reason=pb.REFUSAL_REASON_ILLNESS,
            note="длительная болезнь",
        ),
        metadata=bearer(operator),
    )
    assert refusal.holding.status == pb.NUMBER_STATUS_REFUSED
    assert refusal.holding.refusal_note == "длительная болезнь"
    assert refusal.free_in_school_pool == 1
    assert await seats_free(catalog.port, world.regional) == free_before
    closed = await pk.GetApplication(
        pb.GetApplicationRequest(application_id=draft.id), metadata=bearer(first)
    )
    assert closed.application.status == pb.APPLICATION_STATUS_CLOSED


async def test_off_budget_choice_bars_a_budget_number_for_the_campaign_year(
    pk: Stub, world: World, roles: Any
) -> None:
    a = await allocated_school(pk, world, roles, 2032)
    campaign, school, operator, snils, by_snils = (
        a.campaign,
        a.school,
        a.operator,
        a.snils,
        a.teacher_ids,
    )
    second = await roles.teacher(snils[1])
    # The second teacher chooses off-budget: the number returns to the pool, and no budget
    # number may be handed to them this year.
    saved = await pk.SaveApplication(
        pb.SaveApplicationRequest(campaign_id=campaign.id, basis=pb.FUNDING_CHOICE_OFF_BUDGET),
        metadata=bearer(second),
    )
    assert saved.holding.status == pb.NUMBER_STATUS_REFUSED
    assert saved.holding.refusal_reason == pb.REFUSAL_REASON_OFF_BUDGET_CHOSEN
    pool = await pk.GetSchoolPool(
        pb.GetSchoolPoolRequest(campaign_id=campaign.id, school_id=school.id),
        metadata=bearer(operator),
    )
    assert pool.free_count == 1
    error = await refused(
        pk.ReassignNumber(
            pb.ReassignNumberRequest(
                number_id=pool.free_numbers[0].number_id, teacher_id=by_snils[snils[1]]
            ),
            metadata=bearer(operator),
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert grpc_error_code(error) == "off_budget_chosen"
    given = await pk.ReassignNumber(
        pb.ReassignNumberRequest(
            number_id=pool.free_numbers[0].number_id, teacher_id=by_snils[snils[2]]
        ),
        metadata=bearer(operator),
    )
    assert given.holding.status == pb.NUMBER_STATUS_ASSIGNED

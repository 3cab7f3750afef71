"""Recording a completion document without PostgreSQL: the submitted number is completed, the
teacher's last training moves, a repeat changes nothing, an operator out of scope is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pk_regional_steps import COMPLETE, numbered_teacher, save, submit
from pk_regional_world import World

from cpd_platform.errors import InvalidArgument, PermissionDenied
from pk_regional_svc.domain.application import ApplicationStatus
from pk_regional_svc.domain.completion import CompletionInput
from pk_regional_svc.domain.numbers import NumberStatus
from pk_regional_svc.service_layer import completions

DOCUMENT = CompletionInput(
    document_type="удостоверение о повышении квалификации",
    series="16",
    number="000123",
    issued_on="2025-12-01",
    hours=72,
    organisation="ИРО РТ",
    programme="Цифровая школа",
)


async def test_a_completion_completes_the_submitted_number_once() -> None:
    world = World()
    campaign, teacher_id, teacher, holding = numbered_teacher(world, last_training_year=2019)
    draft, _ = await save(world, teacher, campaign, COMPLETE)
    assert draft is not None
    await submit(world, teacher, draft.id)
    operator = world.school_operator(holding.school_id)

    with pytest.raises(PermissionDenied):
        await completions.record_completion(
            world.uow,
            world.school_operator(world.schools[2]),
            teacher_id,
            campaign.id,
            DOCUMENT,
            authz=world.authz,
            clock=world.clock,
        )
    doc, created, closed = await completions.record_completion(
        world.uow, operator, teacher_id, campaign.id, DOCUMENT, authz=world.authz, clock=world.clock
    )
    assert created and doc.number_code == holding.number_code
    assert closed is not None and closed.status is NumberStatus.COMPLETED
    application = world.uow.tables.applications[draft.id]
    assert application.status is ApplicationStatus.CLOSED and application.reservation_id
    profile = world.uow.tables.teachers[teacher_id].teacher.profile
    assert (profile.last_training_on, profile.last_training_topic) == (
        date(2025, 12, 1),
        "Цифровая школа",
    )

    again, created_again, closed_again = await completions.record_completion(
        world.uow, operator, teacher_id, campaign.id, DOCUMENT, authz=world.authz, clock=world.clock
    )
    assert (again.id, created_again, closed_again) == (doc.id, False, None)
    assert len(world.uow.audited("record_completion")) == 1


async def test_a_document_dated_tomorrow_is_refused() -> None:
    world = World()
    teacher_id, _ = world.teacher(world.schools[0])
    with pytest.raises(InvalidArgument) as caught:
        await completions.record_completion(
            world.uow,
            world.school_operator(world.schools[0]),
            teacher_id,
            "",
            replace(DOCUMENT, issued_on="2025-12-11"),
            authz=world.authz,
            clock=world.clock,
        )
    assert caught.value.code == "invalid_issue_date"

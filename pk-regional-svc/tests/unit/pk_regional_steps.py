"""Steps the use-case unit tests share: a teacher holding a number, saving and submitting an
application."""

from __future__ import annotations

import uuid
from datetime import date

from pk_regional_world import World

from cpd_platform.principal import Principal
from pk_regional_svc.adapters.passport_cipher import PassportCipher
from pk_regional_svc.domain.application import Application, Passport
from pk_regional_svc.domain.campaign import Campaign
from pk_regional_svc.domain.numbers import Holding, NumberStatus, UniqueNumber
from pk_regional_svc.service_layer import applications
from pk_regional_svc.service_layer.applications import ApplicationInput

CIPHER = PassportCipher.from_settings(key="", key_id="k1", old_keys="", environment="dev")
PASSPORT = Passport("9205", "123456", "МВД по Республике Татарстан", date(2015, 4, 1))
COMPLETE = ApplicationInput(
    passport=PASSPORT,
    phone="+7 900 123-45-67",
    position="учитель",
    subject="математика",
    qualification_category="высшая",
    course_id="course-72",
    group_ids=("g1", "g2"),
)


def holding_for(world: World, campaign: Campaign, teacher_id: str, school_id: str) -> Holding:
    """A number of the campaign assigned to the teacher, as the allocation leaves it."""
    number = UniqueNumber(
        str(uuid.uuid4()), campaign.id, "16", world.municipality_of(school_id), school_id, "16-25-X"
    )
    holding = Holding(
        holding_id=str(uuid.uuid4()),
        number_id=number.id,
        number_code=number.code,
        campaign_id=campaign.id,
        year=campaign.year,
        region_code="16",
        school_id=school_id,
        municipality_id=number.municipality_id,
        teacher_id=teacher_id,
        teacher_name="",
        status=NumberStatus.ASSIGNED,
    )
    world.uow.tables.numbers[number.id] = number
    world.uow.tables.holdings[holding.holding_id] = holding
    return holding


def numbered_teacher(
    world: World, *, last_training_year: int | None = None
) -> tuple[Campaign, str, Principal, Holding]:
    """A new campaign and a teacher of the first school holding a number of it."""
    campaign = world.campaign()
    school = world.schools[0]
    teacher_id, teacher = world.teacher(school, last_training_year=last_training_year)
    return campaign, teacher_id, teacher, holding_for(world, campaign, teacher_id, school)


async def save(
    world: World,
    who: Principal,
    campaign: Campaign,
    data: ApplicationInput = COMPLETE,
    *,
    off_budget: bool = False,
) -> tuple[Application | None, Holding]:
    return await applications.save_application(
        world.uow,
        who,
        campaign.id,
        off_budget,
        data,
        catalog=world.catalog,
        cipher=CIPHER,
        clock=world.clock,
    )


async def submit(world: World, who: Principal, application_id: str) -> Application:
    return await applications.submit_application(
        world.uow, who, application_id, catalog=world.catalog, clock=world.clock
    )

"""Demo data for the local run: real municipalities of the Republic of Tatarstan (region 16),
and a demo school in Kazan with the two demo teachers (`cpd_platform.demo.ACCOUNTS`): one trained
two years ago, one four years ago (a candidate for a unique number)."""

from __future__ import annotations

from datetime import date

from cpd_platform import demo
from cpd_platform.clock import Clock, SystemClock
from pk_regional_svc.domain.events import MUNICIPALITY_REGISTERED, municipality_registered
from pk_regional_svc.domain.municipality import Municipality, MunicipalityKind
from pk_regional_svc.domain.structure import (
    School,
    SchoolKind,
    Teacher,
    TeacherProfile,
    TeacherView,
    missing_profile_fields,
)
from pk_regional_svc.service_layer.ports import PkRegionalUnitOfWorkPort

TATARSTAN = "16"

_URBAN_OKRUGS = (
    "городской округ «город Казань»",
    "городской округ «город Набережные Челны»",
)
_MUNICIPAL_DISTRICTS = (
    "Альметьевский муниципальный район",
    "Нижнекамский муниципальный район",
    "Елабужский муниципальный район",
    "Зеленодольский муниципальный район",
)


def _municipality(name: str, kind: MunicipalityKind) -> Municipality:
    return Municipality(
        id=demo.demo_id(f"municipality:{name}"), region_code=TATARSTAN, name=name, kind=kind
    )


MUNICIPALITIES = (
    *(_municipality(name, MunicipalityKind.URBAN_OKRUG) for name in _URBAN_OKRUGS),
    *(_municipality(name, MunicipalityKind.MUNICIPAL_DISTRICT) for name in _MUNICIPAL_DISTRICTS),
)


SCHOOL = School(
    id=demo.SCHOOL_ID,
    municipality_id=demo.MUNICIPALITY_ID,
    region_code=TATARSTAN,
    code=demo.SCHOOL_CODE,
    name="МБОУ «Демонстрационная гимназия № 1» г. Казани",
    kind=SchoolKind.GENERAL,
)
# Years since the last training of each demo teacher.
_YEARS_SINCE_TRAINING = {"teacher": 2, "teacher_candidate": 4}


def _teacher(account: demo.DemoAccount, today: date) -> TeacherView:
    trained_on = date(today.year - _YEARS_SINCE_TRAINING[account.key], 3, 20)
    profile = TeacherProfile(
        birth_year=1980,
        position="учитель",
        subjects=("математика",),
        qualification_category="первая",
        last_training_on=trained_on,
        last_training_topic="Функциональная грамотность школьников",
        last_training_organisation="ГАОУ ДПО «Демонстрационный институт развития образования»",
        no_retraining=True,
        teaching_since_year=2005,
    )
    teacher = Teacher(
        id=demo.demo_id(f"teacher:{account.key}"),
        school_id=SCHOOL.id,
        municipality_id=SCHOOL.municipality_id,
        region_code=TATARSTAN,
        snils=account.required_snils(),
        family_name=account.last_name,
        given_name=account.first_name,
        middle_name=account.patronymic,
        person_id=account.person_id,
        profile=profile,
    )
    return TeacherView(teacher, missing_profile_fields(profile, today.year))


async def seed_demo(uow: PkRegionalUnitOfWorkPort, clock: Clock | None = None) -> None:
    today = (clock or SystemClock()).today()
    async with uow:
        for municipality in MUNICIPALITIES:
            if await uow.municipalities.add_if_absent(municipality):
                await uow.emit(MUNICIPALITY_REGISTERED, municipality_registered(municipality))
        if SCHOOL.code not in await uow.structure.schools_in_region(TATARSTAN):
            await uow.structure.add_schools([SCHOOL])
        teachers = [_teacher(a, today) for a in demo.ACCOUNTS if a.teacher]
        known = await uow.teachers.by_snils(TATARSTAN, [t.teacher.snils for t in teachers])
        await uow.teachers.add_many([t for t in teachers if t.teacher.snils not in known])
        await uow.commit()

"""Demo data for the local run: the demo providers and their elements (specialties and other
reference data come with the migrations)."""

from __future__ import annotations

from datetime import date

from catalog_svc.domain.element import (
    Element,
    ElementKind,
    ElementStatus,
    ProgramCycle,
    SeatCount,
)
from catalog_svc.domain.reference import (
    Audience,
    EventFormat,
    FormOfStudy,
    FundingBasis,
    ModuleKind,
    Provider,
)
from catalog_svc.service_layer.demo_dated import dated_elements
from catalog_svc.service_layer.ports import CatalogUnitOfWorkPort
from cpd_platform import demo
from cpd_platform.clock import Clock, SystemClock

PROVIDER = Provider(
    id=demo.PROVIDER_ID,
    name="ФГБОУ ВО «Демонстрационный медицинский университет»",
    region_code="16",
    client_id=demo.PROVIDER_CLIENT_ID,
    email="dpo@demo-med.example",
    phone="+7 843 000-00-00",
    website="https://demo-med.example",
    address="420012, г. Казань, ул. Демонстрационная, д. 1",
    license_number="Л035-00115-16/00000000",
    license_date=date(2021, 6, 1),
    accreditation="Программы ДПП ПК включены в перечень портала НМО",
)

REGIONAL_PROVIDER = Provider(
    id=demo.REGIONAL_PROVIDER_ID,
    name="ГАОУ ДПО «Демонстрационный институт развития образования»",
    region_code="16",
    client_id=None,
    email="kpk@demo-iro.example",
    address="420015, г. Казань, ул. Учительская, д. 2",
)

ELEMENTS = (
    Element(
        id=demo.PROGRAM_ID,
        kind=ElementKind.PROGRAM,
        title="Кардиология: актуальные вопросы диагностики и лечения",
        annotation=(
            "Программа повышения квалификации врачей-кардиологов: диагностика и лечение"
            " ишемической болезни сердца, артериальной гипертензии и нарушений ритма"
            " по действующим клиническим рекомендациям."
        ),
        provider_id=demo.PROVIDER_ID,
        zet=36,
        main_specialty_code=demo.CARDIOLOGY,
        additional_specialty_codes=(demo.THERAPY, demo.GENERAL_PRACTICE),
        starts_on=date(2025, 2, 3),
        ends_on=date(2025, 2, 28),
        status=ElementStatus.PUBLISHED,
        form_of_study=FormOfStudy.PART_TIME,
        distance_learning=True,
        cycles=(
            ProgramCycle(
                id=demo.PROGRAM_CYCLE_ID,
                element_id=demo.PROGRAM_ID,
                starts_on=date(2025, 2, 3),
                ends_on=date(2025, 2, 28),
                seats=(
                    SeatCount(FundingBasis.BUDGET, 24, 24),
                    SeatCount(FundingBasis.CONTRACT, 10, 10, 1_500_000),
                    SeatCount(FundingBasis.OMS, 6, 6),
                ),
                place="г. Казань, ул. Демонстрационная, д. 1, ауд. 301",
                curator="Иванова Мария Петровна",
                department="Кафедра кардиологии",
            ),
        ),
    ),
    Element(
        id=demo.EVENT_ID,
        kind=ElementKind.EVENT,
        title="Конференция «Неотложная кардиология»",
        annotation="Ежегодная конференция по неотложным состояниям в кардиологии.",
        provider_id=demo.PROVIDER_ID,
        zet=6,
        main_specialty_code=demo.CARDIOLOGY,
        additional_specialty_codes=(),
        starts_on=date(2025, 4, 10),
        ends_on=date(2025, 4, 11),
        status=ElementStatus.PUBLISHED,
        event_format=EventFormat.OFFLINE,
        free=True,
        attendance_control="Регистрация на входе и отметка присутствия в начале и в конце дня",
        confirmation_requirements="Присутствие не менее 6 академических часов и ответ на анкету",
        tickets=SeatCount(FundingBasis.TICKET, 200, 200),
    ),
    Element(
        id=demo.MODULE_ID,
        kind=ElementKind.MODULE,
        title="Интерпретация ЭКГ",
        annotation="Интерактивный модуль: разбор электрокардиограмм с типичными нарушениями.",
        provider_id=demo.PROVIDER_ID,
        zet=2,
        main_specialty_code=demo.CARDIOLOGY,
        additional_specialty_codes=(demo.THERAPY,),
        starts_on=None,
        ends_on=None,
        status=ElementStatus.PUBLISHED,
        module_kind=ModuleKind.CLINICAL_CASE,
        free=True,
    ),
    Element(
        id=demo.REGIONAL_PROGRAM_ID,
        kind=ElementKind.PROGRAM,
        title="Формирование функциональной грамотности обучающихся",
        annotation="Курс повышения квалификации учителей: задания на функциональную грамотность.",
        provider_id=demo.REGIONAL_PROVIDER_ID,
        zet=36,
        main_specialty_code=None,
        additional_specialty_codes=(),
        starts_on=date(2026, 2, 2),
        ends_on=date(2026, 3, 27),
        status=ElementStatus.PUBLISHED,
        audience=Audience.TEACHERS,
        subject_codes=("primary", "russian", "math"),
        form_of_study=FormOfStudy.PART_TIME,
        cycles=tuple(
            ProgramCycle(
                id=group_id,
                element_id=demo.REGIONAL_PROGRAM_ID,
                starts_on=starts_on,
                ends_on=ends_on,
                seats=(SeatCount(FundingBasis.BUDGET, 25, 25),),
                place="г. Казань, ул. Учительская, д. 2",
                curator="Сафина Гульнара Рашидовна",
            )
            for group_id, (starts_on, ends_on) in zip(
                demo.REGIONAL_GROUP_IDS,
                ((date(2026, 2, 2), date(2026, 2, 13)), (date(2026, 3, 16), date(2026, 3, 27))),
                strict=True,
            )
        ),
    ),
)


async def seed_demo(uow: CatalogUnitOfWorkPort, clock: Clock | None = None) -> None:
    today = (clock or SystemClock()).today()
    async with uow:
        await uow.providers.add_if_absent(PROVIDER)
        await uow.providers.add_if_absent(REGIONAL_PROVIDER)
        for element in (*ELEMENTS, *dated_elements(today)):
            await uow.elements.add_if_absent(element)
        await uow.commit()

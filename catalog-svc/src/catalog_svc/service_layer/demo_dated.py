"""Demo elements whose dates follow the day `make up` first seeds them, so every journey can be
tried at once: a cardiology program whose next cycle opens for applications in three weeks, one
whose cycle ended ten days ago (its results are due from the provider within a month), and an
event next month (codes can be issued, then redeemed once it is in a plan)."""

from __future__ import annotations

from datetime import date, timedelta

from catalog_svc.domain.element import Element, ElementKind, ElementStatus, ProgramCycle, SeatCount
from catalog_svc.domain.reference import EventFormat, FormOfStudy, FundingBasis
from cpd_platform import demo

UPCOMING_PROGRAM_ID = demo.demo_id("element:program:cardiology-upcoming")
FINISHED_PROGRAM_ID = demo.demo_id("element:program:cardiology-finished")
UPCOMING_EVENT_ID = demo.demo_id("element:event:cardiology-next-month")


def _program(element_id: str, title: str, starts_on: date, ends_on: date, place: str) -> Element:
    return Element(
        id=element_id,
        kind=ElementKind.PROGRAM,
        title=title,
        annotation="Программа повышения квалификации врачей-кардиологов (демонстрационная).",
        provider_id=demo.PROVIDER_ID,
        zet=36,
        main_specialty_code=demo.CARDIOLOGY,
        additional_specialty_codes=(demo.THERAPY,),
        starts_on=starts_on,
        ends_on=ends_on,
        status=ElementStatus.PUBLISHED,
        form_of_study=FormOfStudy.PART_TIME,
        distance_learning=True,
        cycles=(
            ProgramCycle(
                id=demo.demo_id(f"cycle:{element_id}"),
                element_id=element_id,
                starts_on=starts_on,
                ends_on=ends_on,
                seats=(
                    SeatCount(FundingBasis.BUDGET, 20, 20),
                    SeatCount(FundingBasis.CONTRACT, 10, 10, 1_200_000),
                ),
                place=place,
                curator="Иванова Мария Петровна",
                department="Кафедра кардиологии",
            ),
        ),
    )


def dated_elements(today: date) -> tuple[Element, ...]:
    upcoming_start = today + timedelta(days=21)
    finished_end = today - timedelta(days=10)
    event_day = today + timedelta(days=30)
    return (
        _program(
            UPCOMING_PROGRAM_ID,
            "Кардиология: нарушения ритма сердца (набор открыт)",
            upcoming_start,
            upcoming_start + timedelta(days=25),
            "г. Казань, ул. Демонстрационная, д. 1, ауд. 305",
        ),
        _program(
            FINISHED_PROGRAM_ID,
            "Кардиология: сердечная недостаточность (обучение завершено)",
            finished_end - timedelta(days=25),
            finished_end,
            "г. Казань, ул. Демонстрационная, д. 1, ауд. 210",
        ),
        Element(
            id=UPCOMING_EVENT_ID,
            kind=ElementKind.EVENT,
            title="Вебинар «Антикоагулянтная терапия в кардиологии»",
            annotation="Вебинар с разбором клинических случаев (демонстрационный).",
            provider_id=demo.PROVIDER_ID,
            zet=2,
            main_specialty_code=demo.CARDIOLOGY,
            additional_specialty_codes=(),
            starts_on=event_day,
            ends_on=event_day,
            status=ElementStatus.PUBLISHED,
            event_format=EventFormat.ONLINE,
            free=True,
            attendance_control="Отметка присутствия в начале и в конце вебинара",
            confirmation_requirements="Присутствие не менее 2 академических часов",
            tickets=SeatCount(FundingBasis.TICKET, 500, 500),
        ),
    )

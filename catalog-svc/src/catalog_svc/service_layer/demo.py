"""Demo data for the local run: specialties, the demo provider and its elements.

Specialty codes are slugs until the official nomenclature is loaded.
"""

from __future__ import annotations

from datetime import date

from catalog_svc.adapters.repository import (
    ElementRepository,
    ProviderRepository,
    SpecialtyRepository,
)
from catalog_svc.domain.element import Element, ElementKind, ElementStatus
from catalog_svc.domain.reference import EducationLevel, Provider, Specialty
from cpd_platform import demo
from cpd_platform.db import UnitOfWork

SPECIALTIES = (
    Specialty("cardiology", "Кардиология", EducationLevel.HIGHER),
    Specialty("therapy", "Терапия", EducationLevel.HIGHER),
    Specialty(
        "general-practice", "Общая врачебная практика (семейная медицина)", EducationLevel.HIGHER
    ),
    Specialty("pediatrics", "Педиатрия", EducationLevel.HIGHER),
    Specialty("nursing", "Сестринское дело", EducationLevel.SECONDARY),
    Specialty("nursing-pediatrics", "Сестринское дело в педиатрии", EducationLevel.SECONDARY),
)

PROVIDER = Provider(
    id=demo.PROVIDER_ID,
    name="ФГБОУ ВО «Демонстрационный медицинский университет»",
    region_code="16",
    client_id=demo.PROVIDER_CLIENT_ID,
)

ELEMENTS = (
    Element(
        id=demo.PROGRAM_ID,
        kind=ElementKind.PROGRAM,
        title="Кардиология: актуальные вопросы диагностики и лечения",
        provider_id=demo.PROVIDER_ID,
        zet=36,
        main_specialty_code="cardiology",
        additional_specialty_codes=("therapy", "general-practice"),
        starts_on=date(2025, 2, 3),
        ends_on=date(2025, 2, 28),
        status=ElementStatus.PUBLISHED,
    ),
    Element(
        id=demo.EVENT_ID,
        kind=ElementKind.EVENT,
        title="Конференция «Неотложная кардиология»",
        provider_id=demo.PROVIDER_ID,
        zet=6,
        main_specialty_code="cardiology",
        additional_specialty_codes=(),
        starts_on=date(2025, 4, 10),
        ends_on=date(2025, 4, 11),
        status=ElementStatus.PUBLISHED,
    ),
    Element(
        id=demo.MODULE_ID,
        kind=ElementKind.MODULE,
        title="Интерпретация ЭКГ",
        provider_id=demo.PROVIDER_ID,
        zet=2,
        main_specialty_code="cardiology",
        additional_specialty_codes=("therapy",),
        starts_on=None,
        ends_on=None,
        status=ElementStatus.PUBLISHED,
    ),
)


async def seed_demo(uow: UnitOfWork) -> None:
    async with uow:
        specialties = SpecialtyRepository(uow.session)
        for specialty in SPECIALTIES:
            await specialties.add_if_absent(specialty)
        await ProviderRepository(uow.session).add_if_absent(PROVIDER)
        elements = ElementRepository(uow.session)
        for element in ELEMENTS:
            await elements.add_if_absent(element)
        await uow.commit()

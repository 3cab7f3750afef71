"""A demo SMK programme (cardiology, deliberately small counts) for the local run's seed and the
tests of catalog-svc and plan-svc."""

from __future__ import annotations

from catalog_svc.domain.specialisation import (
    SMK_2023_PROGRAMME,
    Accreditation,
    Course,
    Internship,
    Module,
    ModuleKind,
    Procedure,
    ProcedureType,
    Programme,
    ProgrammeDraft,
    TrainingMode,
    TrainingUnit,
)
from catalog_svc.service_layer.specialisation_ports import SpecialisationUnitOfWork
from cpd_platform import demo
from cpd_platform.clock import Clock

DEMO_SPECIALTY = demo.SMK_SPECIALTY

BASIC = Module(
    code="podstawowy-choroby-wewnetrzne",
    title="Moduł podstawowy w zakresie chorób wewnętrznych",
    kind=ModuleKind.BASIC,
    courses=(Course("K-WPROWADZENIE", "Wprowadzenie do specjalizacji", 24),),
    internships=(Internship("S-INTERNA", "Staż kierunkowy w chorobach wewnętrznych", 4),),
    procedures=(Procedure("P-EKG", "Wykonanie i interpretacja EKG", ProcedureType.A, 3),),
    duty_hours=40,
    self_study_days=2,
)

SPECIALISED = Module(
    code="specjalistyczny-kardiologia",
    title="Moduł specjalistyczny w zakresie kardiologii",
    kind=ModuleKind.SPECIALISED,
    courses=(Course("K-KARDIOLOGIA", "Kurs specjalizacyjny: kardiologia inwazyjna", 40),),
    internships=(
        Internship("S-HEMODYNAMIKA", "Staż w pracowni hemodynamiki", 2, "pracownia hemodynamiki"),
    ),
    procedures=(
        Procedure("P-ECHO", "Echokardiografia przezklatkowa", ProcedureType.A, 2),
        Procedure("P-KORONAROGRAFIA", "Koronarografia", ProcedureType.B, 2),
    ),
    duty_hours=40,
    self_study_days=3,
)

DEMO_PROGRAMME = ProgrammeDraft(
    specialty=DEMO_SPECIALTY,
    specialty_name="Kardiologia",
    title="Program specjalizacji w dziedzinie kardiologii (wersja demonstracyjna)",
    duration_years=5,
    modules=(BASIC, SPECIALISED),
)


# A demo training unit in Warsaw accredited for the demo programme (for the local run).
DEMO_UNIT = TrainingUnit(
    id=demo.SMK_UNIT_ID,
    registry_number="000000000001-DEMO",
    name="Demonstracyjny Szpital Kliniczny",
    voivodeship=demo.SMK_UNIT_VOIVODESHIP,
    city="Warszawa",
    accreditations=(
        Accreditation(
            DEMO_SPECIALTY,
            {TrainingMode(mode): places for mode, places in demo.SMK_UNIT_PLACES},
            *demo.SMK_UNIT_ACCREDITED,
        ),
    ),
)


async def seed_smk_demo(uow: SpecialisationUnitOfWork, clock: Clock) -> None:
    """The demo programme (version 1) and the demo unit, once."""
    async with uow:
        if await uow.programmes.get(DEMO_SPECIALTY, 0) is None:
            await uow.programmes.add(
                Programme(DEMO_PROGRAMME, 1, SMK_2023_PROGRAMME.rule_set, clock.now(), "demo")
            )
        if await uow.training_units.by_registry_number(DEMO_UNIT.registry_number) is None:
            await uow.training_units.save(DEMO_UNIT)
        await uow.commit()

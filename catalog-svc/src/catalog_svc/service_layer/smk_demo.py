"""A demo SMK programme (cardiology, deliberately small counts) for the local run's seed and the
tests of catalog-svc and plan-svc."""

from __future__ import annotations

from catalog_svc.domain.specialisation import (
    Course,
    Internship,
    Module,
    ModuleKind,
    Procedure,
    ProcedureType,
    ProgrammeDraft,
)

DEMO_SPECIALTY = "kardiologia"

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

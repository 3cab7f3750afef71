"""Protobuf ↔ domain for SMK programmes and training units."""

from __future__ import annotations

from catalog_svc.domain.specialisation import (
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
    places_by_mode,
)
from cpd.catalog.v1 import specialisation_pb2 as pb
from cpd_platform.mapping import EnumMapping, date_to_pb, required_date_from_pb, timestamp_to_pb

MODULE_KINDS = EnumMapping(
    ModuleKind,
    pb.ProgrammeModuleKind,
    invalid_code="smk_invalid_programme",
    message="Nie podano rodzaju modułu (podstawowy lub specjalistyczny)",
)
PROCEDURE_TYPES = EnumMapping(
    ProcedureType,
    pb.ProcedureType,
    invalid_code="smk_invalid_programme",
    message="Nie podano typu procedury (A lub B)",
)
MODES = EnumMapping(
    TrainingMode,
    pb.TrainingMode,
    invalid_code="smk_invalid_accreditation",
    message="Nie podano trybu szkolenia (rezydentura lub poza rezydenturą)",
)


def module_from_pb(module: pb.ProgrammeModule) -> Module:
    return Module(
        code=module.code,
        title=module.title,
        kind=MODULE_KINDS.from_pb(module.kind),
        courses=tuple(Course(c.code, c.title, c.hours) for c in module.courses),
        internships=tuple(
            Internship(i.code, i.title, i.weeks, i.where) for i in module.internships
        ),
        procedures=tuple(
            Procedure(p.code, p.title, PROCEDURE_TYPES.from_pb(p.type), p.required_count)
            for p in module.procedures
        ),
        duty_hours=module.duty_hours,
        self_study_days=module.self_study_days,
    )


def draft_from_pb(programme: pb.Programme) -> ProgrammeDraft:
    return ProgrammeDraft(
        specialty=programme.specialty,
        specialty_name=programme.specialty_name,
        title=programme.title,
        duration_years=programme.duration_years,
        modules=tuple(module_from_pb(m) for m in programme.modules),
    )


def module_to_pb(module: Module) -> pb.ProgrammeModule:
    return pb.ProgrammeModule(
        code=module.code,
        title=module.title,
        kind=MODULE_KINDS.to_pb(module.kind),
        courses=[
            pb.ProgrammeCourse(code=c.code, title=c.title, hours=c.hours) for c in module.courses
        ],
        internships=[
            pb.ProgrammeInternship(code=i.code, title=i.title, weeks=i.weeks, where=i.where)
            for i in module.internships
        ],
        procedures=[
            pb.ProgrammeProcedure(
                code=p.code,
                title=p.title,
                type=PROCEDURE_TYPES.to_pb(p.type),
                required_count=p.required_count,
            )
            for p in module.procedures
        ],
        duty_hours=module.duty_hours,
        self_study_days=module.self_study_days,
    )


def draft_to_pb(draft: ProgrammeDraft) -> pb.Programme:
    """The programme as PublishProgramme takes it (no version yet)."""
    return pb.Programme(
        specialty=draft.specialty,
        specialty_name=draft.specialty_name,
        title=draft.title,
        duration_years=draft.duration_years,
        modules=[module_to_pb(m) for m in draft.modules],
    )


def programme_to_pb(programme: Programme) -> pb.Programme:
    message = draft_to_pb(programme.draft)
    message.version = programme.version
    message.rule_set = programme.rule_set
    message.published_at = timestamp_to_pb(programme.published_at)
    message.published_by = programme.published_by
    return message


def accreditation_from_pb(accreditation: pb.Accreditation) -> Accreditation:
    return Accreditation(
        specialty=accreditation.specialty,
        places=places_by_mode([(MODES.from_pb(p.mode), p.places) for p in accreditation.places]),
        valid_from=required_date_from_pb(accreditation.valid_from, "valid_from"),
        valid_until=required_date_from_pb(accreditation.valid_until, "valid_until"),
    )


def accreditation_to_pb(accreditation: Accreditation) -> pb.Accreditation:
    return pb.Accreditation(
        specialty=accreditation.specialty,
        places=[
            pb.ModePlaces(mode=MODES.to_pb(mode), places=accreditation.places_of(mode))
            for mode in TrainingMode
        ],
        valid_from=date_to_pb(accreditation.valid_from),
        valid_until=date_to_pb(accreditation.valid_until),
    )


def unit_to_pb(unit: TrainingUnit) -> pb.TrainingUnit:
    return pb.TrainingUnit(
        id=unit.id,
        registry_number=unit.registry_number,
        name=unit.name,
        voivodeship=unit.voivodeship,
        city=unit.city,
        accreditations=[accreditation_to_pb(a) for a in unit.accreditations],
    )

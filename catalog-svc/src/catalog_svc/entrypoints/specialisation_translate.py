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
from cpd_platform.mapping import (
    EnumMapping,
    date_to_pb,
    required_date_from_pb,
    same_named,
    timestamp_to_pb,
)

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

# Fields that the domain values and the messages carry as they are, both ways.
_MODULE_FIELDS = "code title duty_hours self_study_days"
_DRAFT_FIELDS = "specialty specialty_name title duration_years"


def module_from_pb(module: pb.ProgrammeModule) -> Module:
    return Module(
        **same_named(module, _MODULE_FIELDS),
        kind=MODULE_KINDS.from_pb(module.kind),
        courses=tuple(Course(c.code, c.title, c.hours) for c in module.courses),
        internships=tuple(
            Internship(i.code, i.title, i.weeks, i.where) for i in module.internships
        ),
        procedures=tuple(
            Procedure(p.code, p.title, PROCEDURE_TYPES.from_pb(p.type), p.required_count)
            for p in module.procedures
        ),
    )


def draft_from_pb(programme: pb.Programme) -> ProgrammeDraft:
    return ProgrammeDraft(
        **same_named(programme, _DRAFT_FIELDS),
        modules=tuple(module_from_pb(m) for m in programme.modules),
    )


def module_to_pb(module: Module) -> pb.ProgrammeModule:
    return pb.ProgrammeModule(
        **same_named(module, _MODULE_FIELDS),
        kind=MODULE_KINDS.to_pb(module.kind),
        courses=[pb.ProgrammeCourse(**same_named(c, "code title hours")) for c in module.courses],
        internships=[
            pb.ProgrammeInternship(**same_named(i, "code title weeks where"))
            for i in module.internships
        ],
        procedures=[
            pb.ProgrammeProcedure(
                **same_named(p, "code title required_count"), type=PROCEDURE_TYPES.to_pb(p.type)
            )
            for p in module.procedures
        ],
    )


def draft_to_pb(draft: ProgrammeDraft) -> pb.Programme:
    """The programme as PublishProgramme takes it (no version yet)."""
    return pb.Programme(
        **same_named(draft, _DRAFT_FIELDS),
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
        **same_named(unit, "id registry_number name voivodeship city"),
        accreditations=[accreditation_to_pb(a) for a in unit.accreditations],
    )

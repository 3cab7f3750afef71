"""catalog-svc's SpecialisationService as the training cards need it: a programme version as
the card keeps it, and a training unit's accreditations."""

from __future__ import annotations

from datetime import date

import grpc

from cpd.catalog.v1 import specialisation_pb2 as pb
from cpd.catalog.v1 import specialisation_pb2_grpc
from plan_svc.domain.training_card.programme import (
    ModuleSpec,
    ProgrammeSnapshot,
    Requirement,
    RequirementKind,
    UnitAccreditation,
    UnitFacts,
)

_MODULE_KINDS = {
    pb.PROGRAMME_MODULE_KIND_BASIC: "basic",
    pb.PROGRAMME_MODULE_KIND_SPECIALISED: "specialised",
}
_PROCEDURES = {
    pb.PROCEDURE_TYPE_A: RequirementKind.PROCEDURE_A,
    pb.PROCEDURE_TYPE_B: RequirementKind.PROCEDURE_B,
}
_MODES = {pb.TRAINING_MODE_RESIDENCY: "residency", pb.TRAINING_MODE_NON_RESIDENCY: "non_residency"}


def module_from_pb(module: pb.ProgrammeModule) -> ModuleSpec:
    K = RequirementKind
    requirements = [
        *(Requirement(K.COURSE, c.code, c.title, 1) for c in module.courses),
        *(Requirement(K.INTERNSHIP, i.code, i.title, i.weeks) for i in module.internships),
        *(
            Requirement(_PROCEDURES[p.type], p.code, p.title, p.required_count)
            for p in module.procedures
        ),
    ]
    if module.duty_hours:
        requirements.append(Requirement(K.DUTY, "", "", module.duty_hours))
    if module.self_study_days:
        requirements.append(Requirement(K.SELF_STUDY, "", "", module.self_study_days))
    return ModuleSpec(module.code, module.title, _MODULE_KINDS[module.kind], tuple(requirements))


def programme_from_pb(programme: pb.Programme) -> ProgrammeSnapshot:
    return ProgrammeSnapshot(
        specialty=programme.specialty,
        version=programme.version,
        title=programme.title,
        modules=tuple(module_from_pb(m) for m in programme.modules),
    )


def unit_from_pb(unit: pb.TrainingUnit) -> UnitFacts:
    return UnitFacts(
        id=unit.id,
        name=unit.name,
        voivodeship=unit.voivodeship,
        accreditations=tuple(
            UnitAccreditation(
                a.specialty,
                {_MODES[p.mode]: p.places for p in a.places if p.mode in _MODES},
                date.fromisoformat(a.valid_from),
                date.fromisoformat(a.valid_until),
            )
            for a in unit.accreditations
        ),
    )


class SpecialisationClient:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = specialisation_pb2_grpc.SpecialisationServiceStub(channel)

    async def programme(self, specialty: str, version: int) -> ProgrammeSnapshot | None:
        try:
            reply = await self._stub.GetProgramme(
                pb.GetProgrammeRequest(specialty=specialty, version=version)
            )
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.NOT_FOUND:
                return None
            raise
        return programme_from_pb(reply.programme)

    async def unit(self, unit_id: str) -> UnitFacts | None:
        reply = await self._stub.BatchGetTrainingUnits(
            pb.BatchGetTrainingUnitsRequest(ids=[unit_id])
        )
        return unit_from_pb(reply.units[0]) if reply.units else None

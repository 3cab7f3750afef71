"""gRPC entrypoint of SMK programmes and training units: translation only."""

from __future__ import annotations

from collections.abc import Callable

from catalog_svc.domain.specialisation import UnitFilter
from catalog_svc.entrypoints.specialisation_translate import (
    MODES,
    accreditation_from_pb,
    draft_from_pb,
    programme_to_pb,
    unit_to_pb,
)
from catalog_svc.service_layer import specialisation
from catalog_svc.service_layer.specialisation_ports import SpecialisationUnitOfWork
from cpd.catalog.v1 import specialisation_pb2 as pb
from cpd.catalog.v1 import specialisation_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.clock import Clock
from cpd_platform.mapping import date_from_pb


class SpecialisationServicer(specialisation_pb2_grpc.SpecialisationServiceServicer):
    def __init__(self, uow: Callable[[], SpecialisationUnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    async def PublishProgramme(
        self, request: pb.PublishProgrammeRequest, context: object
    ) -> pb.PublishProgrammeResponse:
        published = await specialisation.publish_programme(
            self._uow(), current_principal(), draft_from_pb(request.programme), clock=self._clock
        )
        return pb.PublishProgrammeResponse(
            programme=programme_to_pb(published.programme), created=published.created
        )

    async def GetProgramme(
        self, request: pb.GetProgrammeRequest, context: object
    ) -> pb.GetProgrammeResponse:
        programme = await specialisation.get_programme(
            self._uow(), request.specialty, request.version
        )
        return pb.GetProgrammeResponse(programme=programme_to_pb(programme))

    async def ListProgrammes(
        self, request: pb.ListProgrammesRequest, context: object
    ) -> pb.ListProgrammesResponse:
        programmes = await specialisation.list_programmes(self._uow())
        return pb.ListProgrammesResponse(programmes=[programme_to_pb(p) for p in programmes])

    async def AccreditUnit(
        self, request: pb.AccreditUnitRequest, context: object
    ) -> pb.AccreditUnitResponse:
        unit = await specialisation.accredit_unit(
            self._uow(),
            current_principal(),
            specialisation.UnitDetails(
                request.registry_number, request.name, request.voivodeship, request.city
            ),
            accreditation_from_pb(request.accreditation),
        )
        return pb.AccreditUnitResponse(unit=unit_to_pb(unit))

    async def ListTrainingUnits(
        self, request: pb.ListTrainingUnitsRequest, context: object
    ) -> pb.ListTrainingUnitsResponse:
        wanted = UnitFilter(
            specialty=request.specialty,
            voivodeship=request.voivodeship,
            mode=MODES.optional_from_pb(request.mode),
            valid_on=date_from_pb(request.valid_on, "valid_on"),
        )
        units = await specialisation.list_units(self._uow(), wanted)
        return pb.ListTrainingUnitsResponse(units=[unit_to_pb(u) for u in units])

    async def BatchGetTrainingUnits(
        self, request: pb.BatchGetTrainingUnitsRequest, context: object
    ) -> pb.BatchGetTrainingUnitsResponse:
        units = await specialisation.batch_get_units(self._uow(), list(request.ids))
        return pb.BatchGetTrainingUnitsResponse(units=[unit_to_pb(u) for u in units])

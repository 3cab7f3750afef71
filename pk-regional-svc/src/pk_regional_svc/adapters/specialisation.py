"""catalog-svc's SpecialisationService as the qualification proceedings need it: the places of
the training units accredited for a specialty in a voivodeship, per mode, on a day."""

from __future__ import annotations

from datetime import date

import grpc

from cpd.catalog.v1 import specialisation_pb2 as spb
from cpd.catalog.v1 import specialisation_pb2_grpc
from cpd_platform.mapping import EnumMapping
from pk_regional_svc.domain.qualification.matching import PlaceKey
from pk_regional_svc.domain.qualification.proceedings import Mode

MODE = EnumMapping(
    Mode,
    spb.TrainingMode,
    invalid_code="invalid_variant",
    message="Wskaż tryb szkolenia: rezydentura lub poza rezydenturą",
)


class GrpcAccreditedPlaces:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self._stub = specialisation_pb2_grpc.SpecialisationServiceStub(channel)

    async def accredited(self, key: PlaceKey, on: date) -> tuple[int, tuple[str, ...]]:
        mode = MODE.to_pb(Mode(key.mode))
        reply = await self._stub.ListTrainingUnits(
            spb.ListTrainingUnitsRequest(
                specialty=key.specialty,
                voivodeship=key.voivodeship,
                mode=mode,
                valid_on=on.isoformat(),
            )
        )
        total, units = 0, []
        for unit in reply.units:
            places = sum(
                p.places
                for a in unit.accreditations
                if a.specialty == key.specialty
                and date.fromisoformat(a.valid_from) <= on <= date.fromisoformat(a.valid_until)
                for p in a.places
                if p.mode == mode
            )
            if places > 0:
                total += places
                units.append(unit.id)
        return total, tuple(units)

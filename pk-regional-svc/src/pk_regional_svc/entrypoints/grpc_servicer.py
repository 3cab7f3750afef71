"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from cpd.pk_regional.v1 import pk_regional_pb2, pk_regional_pb2_grpc
from cpd_platform.db import UnitOfWorkFactory
from pk_regional_svc.domain.municipality import Municipality
from pk_regional_svc.service_layer import queries


def _municipality(municipality: Municipality) -> pk_regional_pb2.Municipality:
    return pk_regional_pb2.Municipality(
        id=municipality.id, region_code=municipality.region_code, name=municipality.name
    )


class PkRegionalServicer(pk_regional_pb2_grpc.PkRegionalServiceServicer):
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def ListMunicipalities(
        self, request: pk_regional_pb2.ListMunicipalitiesRequest, context: object
    ) -> pk_regional_pb2.ListMunicipalitiesResponse:
        municipalities = await queries.list_municipalities(self._uow(), request.region_code)
        return pk_regional_pb2.ListMunicipalitiesResponse(
            municipalities=[_municipality(m) for m in municipalities]
        )

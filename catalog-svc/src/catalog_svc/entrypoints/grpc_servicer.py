"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from catalog_svc.domain.element import Element, ElementKind
from catalog_svc.domain.reference import EducationLevel, Provider, Specialty
from catalog_svc.service_layer import queries
from cpd.catalog.v1 import catalog_pb2, catalog_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.db import UnitOfWorkFactory

_LEVEL_TO_PB = {
    EducationLevel.HIGHER: catalog_pb2.EDUCATION_LEVEL_HIGHER,
    EducationLevel.SECONDARY: catalog_pb2.EDUCATION_LEVEL_SECONDARY,
}
_LEVEL_FROM_PB = {pb: level for level, pb in _LEVEL_TO_PB.items()}
_KIND_TO_PB = {
    ElementKind.PROGRAM: catalog_pb2.ELEMENT_KIND_PROGRAM,
    ElementKind.EVENT: catalog_pb2.ELEMENT_KIND_EVENT,
    ElementKind.MODULE: catalog_pb2.ELEMENT_KIND_MODULE,
}


def _specialty(specialty: Specialty) -> catalog_pb2.Specialty:
    return catalog_pb2.Specialty(
        code=specialty.code, name=specialty.name, level=_LEVEL_TO_PB[specialty.level]
    )


def _element(element: Element) -> catalog_pb2.Element:
    return catalog_pb2.Element(
        id=element.id,
        kind=_KIND_TO_PB[element.kind],
        title=element.title,
        provider_id=element.provider_id,
        zet=element.zet,
        main_specialty_code=element.main_specialty_code,
        additional_specialty_codes=list(element.additional_specialty_codes),
        starts_on=element.starts_on.isoformat() if element.starts_on else "",
        ends_on=element.ends_on.isoformat() if element.ends_on else "",
    )


def _provider(provider: Provider) -> catalog_pb2.Provider:
    return catalog_pb2.Provider(
        id=provider.id, name=provider.name, region_code=provider.region_code
    )


class CatalogServicer(catalog_pb2_grpc.CatalogServiceServicer):
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def ListSpecialties(
        self, request: catalog_pb2.ListSpecialtiesRequest, context: object
    ) -> catalog_pb2.ListSpecialtiesResponse:
        # EDUCATION_LEVEL_UNSPECIFIED (or an unknown value) means "every level".
        level = _LEVEL_FROM_PB.get(request.level)
        specialties = await queries.list_specialties(self._uow(), level)
        return catalog_pb2.ListSpecialtiesResponse(specialties=[_specialty(s) for s in specialties])

    async def BatchGetSpecialties(
        self, request: catalog_pb2.BatchGetSpecialtiesRequest, context: object
    ) -> catalog_pb2.BatchGetSpecialtiesResponse:
        specialties = await queries.batch_get_specialties(self._uow(), list(request.codes))
        return catalog_pb2.BatchGetSpecialtiesResponse(
            specialties=[_specialty(s) for s in specialties]
        )

    async def BatchGetElements(
        self, request: catalog_pb2.BatchGetElementsRequest, context: object
    ) -> catalog_pb2.BatchGetElementsResponse:
        elements = await queries.batch_get_elements(self._uow(), list(request.ids))
        return catalog_pb2.BatchGetElementsResponse(elements=[_element(e) for e in elements])

    async def GetProviderByClient(
        self, request: catalog_pb2.GetProviderByClientRequest, context: object
    ) -> catalog_pb2.GetProviderByClientResponse:
        provider = await queries.get_provider_by_client(
            self._uow(), current_principal(), request.client_id
        )
        return catalog_pb2.GetProviderByClientResponse(provider=_provider(provider))

"""gRPC entrypoint: translation between protobuf and the service layer, nothing else."""

from __future__ import annotations

from cpd.identity.v1 import identity_pb2, identity_pb2_grpc
from cpd_platform.auth import current_principal
from cpd_platform.db import UnitOfWorkFactory
from identity_svc.domain.person import Person
from identity_svc.service_layer import queries


def _person(person: Person) -> identity_pb2.Person:
    return identity_pb2.Person(
        id=person.id,
        snils=person.snils,
        last_name=person.last_name,
        first_name=person.first_name,
        patronymic=person.patronymic or "",
        birth_date=person.birth_date.isoformat(),
        region_code=person.region_code,
        email=person.email,
    )


class IdentityServicer(identity_pb2_grpc.IdentityServiceServicer):
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def GetMe(
        self, request: identity_pb2.GetMeRequest, context: object
    ) -> identity_pb2.GetMeResponse:
        person = await queries.get_me(self._uow(), current_principal())
        return identity_pb2.GetMeResponse(person=_person(person))

    async def BatchGetPersons(
        self, request: identity_pb2.BatchGetPersonsRequest, context: object
    ) -> identity_pb2.BatchGetPersonsResponse:
        persons = await queries.batch_get_persons(
            self._uow(), current_principal(), list(request.ids)
        )
        return identity_pb2.BatchGetPersonsResponse(persons=[_person(p) for p in persons])

    async def BatchFindPersonsBySnils(
        self, request: identity_pb2.BatchFindPersonsBySnilsRequest, context: object
    ) -> identity_pb2.BatchFindPersonsBySnilsResponse:
        persons = await queries.find_persons_by_snils(
            self._uow(), current_principal(), list(request.snils)
        )
        return identity_pb2.BatchFindPersonsBySnilsResponse(persons=[_person(p) for p in persons])

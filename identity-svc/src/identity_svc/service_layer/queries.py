"""Use cases that read persons. Authorisation is decided here, by the service that owns the data."""

from __future__ import annotations

from cpd_platform.errors import PermissionDenied
from cpd_platform.principal import Principal, Role
from cpd_platform.snils import parse_snils
from identity_svc.domain.person import (
    Person,
    RecordView,
    SnilsCaller,
    may_read_person,
    may_resolve_snils,
    record_view,
)
from identity_svc.service_layer.ports import IdentityUnitOfWorkPort

MAX_BATCH = 1000


async def batch_get_persons(
    uow: IdentityUnitOfWorkPort, principal: Principal, ids: list[str]
) -> list[Person]:
    if any(not may_read_person(principal, person_id) for person_id in ids):
        raise PermissionDenied("forbidden", "Можно просматривать только свой профиль")
    async with uow:
        return await uow.persons.get_many(ids[:MAX_BATCH])


async def find_persons_by_snils(
    uow: IdentityUnitOfWorkPort,
    principal: Principal,
    snils: list[str],
    *,
    service: str | None = None,
    full_record_clients: frozenset[str] = frozenset(),
) -> list[tuple[Person, RecordView]]:
    """The registered persons among `snils`, each with what the caller may see of them
    (`identity_svc.domain.person.record_view`). `service`: the calling service's verified
    identity (`cpd_platform.context.calling_service()`)."""
    async with uow:
        regions: frozenset[str] = frozenset()
        if principal.person_id is not None and principal.has_role(Role.REGIONAL_OPERATOR):
            held = await uow.grants.held_by(principal.person_id)
            regions = frozenset(g.scope.id for g in held if g.role == Role.REGIONAL_OPERATOR)
        caller = SnilsCaller(principal, service, full_record_clients, regions)
        if not may_resolve_snils(caller):
            raise PermissionDenied(
                "forbidden", "Поиск по СНИЛС доступен только системам организаций"
            )
        normalised = [parse_snils(value) for value in snils[:MAX_BATCH]]
        persons = await uow.persons.find_by_snils(normalised)
    return [(person, record_view(caller, person)) for person in persons]

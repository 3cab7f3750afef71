"""SMK use cases: CMKP publishes programme versions and accredits training units; anyone signed
in reads them (plan-svc snapshots a programme when it opens a training card)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from catalog_svc.domain.access import capped_batch
from catalog_svc.domain.specialisation import (
    SMK_2023_PROGRAMME,
    Accreditation,
    Programme,
    ProgrammeDraft,
    TrainingUnit,
    UnitFilter,
    check_accreditation,
    check_programme,
    next_version,
    require_cmkp,
    with_accreditation,
)
from catalog_svc.service_layer.specialisation_ports import SpecialisationUnitOfWork
from cpd_platform.clock import Clock
from cpd_platform.errors import NotFound
from cpd_platform.principal import Principal
from cpd_platform.voivodeships import check_voivodeship

PROGRAMME_NOT_FOUND = ("smk_programme_not_found", "Nie znaleziono programu specjalizacji")


@dataclass(frozen=True, slots=True)
class Published:
    programme: Programme
    created: bool


def _publisher(principal: Principal) -> str:
    return principal.person_id or principal.client_id or principal.subject


async def publish_programme(
    uow: SpecialisationUnitOfWork, principal: Principal, draft: ProgrammeDraft, *, clock: Clock
) -> Published:
    require_cmkp(principal)
    check_programme(draft)
    async with uow:
        await uow.programmes.lock_specialty(draft.specialty)
        latest = await uow.programmes.get(draft.specialty, 0)
        version = next_version(latest, draft)
        if version is None:
            assert latest is not None
            return Published(latest, created=False)
        programme = Programme(
            draft, version, SMK_2023_PROGRAMME.rule_set, clock.now(), _publisher(principal)
        )
        await uow.programmes.add(programme)
        await uow.commit()
    return Published(programme, created=True)


async def get_programme(uow: SpecialisationUnitOfWork, specialty: str, version: int) -> Programme:
    async with uow:
        programme = await uow.programmes.get(specialty, max(version, 0))
    if programme is None:
        raise NotFound(*PROGRAMME_NOT_FOUND)
    return programme


async def list_programmes(uow: SpecialisationUnitOfWork) -> list[Programme]:
    async with uow:
        return await uow.programmes.latest_of_each()


@dataclass(frozen=True, slots=True)
class UnitDetails:
    registry_number: str
    name: str
    voivodeship: str
    city: str


async def accredit_unit(
    uow: SpecialisationUnitOfWork,
    principal: Principal,
    details: UnitDetails,
    accreditation: Accreditation,
) -> TrainingUnit:
    require_cmkp(principal)
    check_voivodeship(details.voivodeship)
    check_accreditation(details.registry_number, details.name, details.city, accreditation)
    async with uow:
        if await uow.programmes.get(accreditation.specialty, 0) is None:
            raise NotFound(*PROGRAMME_NOT_FOUND)
        stored = await uow.training_units.by_registry_number(details.registry_number)
        unit = TrainingUnit(
            id=stored.id if stored else str(uuid.uuid4()),
            registry_number=details.registry_number,
            name=details.name.strip(),
            voivodeship=details.voivodeship,
            city=details.city.strip(),
            accreditations=stored.accreditations if stored else (),
        )
        unit = with_accreditation(unit, accreditation)
        unit_id = await uow.training_units.save(unit)
        await uow.commit()
    # A concurrent first accreditation of the same unit may have made it under its own id.
    return replace(unit, id=unit_id)


async def list_units(uow: SpecialisationUnitOfWork, wanted: UnitFilter) -> list[TrainingUnit]:
    if wanted.voivodeship:
        check_voivodeship(wanted.voivodeship)
    async with uow:
        units = await uow.training_units.candidates(wanted.voivodeship, wanted.specialty)
    return sorted((u for u in units if wanted.admits(u)), key=lambda u: (u.voivodeship, u.name))


async def batch_get_units(uow: SpecialisationUnitOfWork, ids: list[str]) -> list[TrainingUnit]:
    async with uow:
        return await uow.training_units.get_many(capped_batch(ids))

"""SMK programme and unit use cases on in-memory storage: versions count up per specialty and a
retry publishes nothing, who may publish and accredit, a unit found by its registry number keeps
its id and other specialties when re-accredited, and the list's filters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import UTC, date, datetime

import pytest

from catalog_svc.domain.specialisation import (
    Accreditation,
    Programme,
    TrainingMode,
    TrainingUnit,
    UnitFilter,
)
from catalog_svc.service_layer import specialisation
from catalog_svc.service_layer.smk_demo import DEMO_PROGRAMME
from cpd_platform.errors import DomainError
from cpd_platform.principal import Principal, Role
from cpd_platform.testing import FixedClock, InMemoryUnitOfWork

CLOCK = FixedClock(datetime(2026, 12, 1, 9, tzinfo=UTC))


class MemoryProgrammes:
    def __init__(self) -> None:
        self.stored: list[Programme] = []

    async def get(self, specialty: str, version: int) -> Programme | None:
        found = [p for p in self.stored if p.specialty == specialty and version in (0, p.version)]
        return max(found, key=lambda p: p.version, default=None)

    async def latest_of_each(self) -> list[Programme]:
        specialties = sorted({p.specialty for p in self.stored})
        return [p for s in specialties if (p := await self.get(s, 0)) is not None]

    async def lock_specialty(self, specialty: str) -> None:
        return None

    async def add(self, programme: Programme) -> None:
        self.stored.append(programme)


class MemoryUnits:
    def __init__(self) -> None:
        self.by_id: dict[str, TrainingUnit] = {}

    async def get_many(self, ids: Iterable[str]) -> list[TrainingUnit]:
        return [self.by_id[i] for i in sorted(set(ids)) if i in self.by_id]

    async def by_registry_number(self, registry_number: str) -> TrainingUnit | None:
        return next((u for u in self.by_id.values() if u.registry_number == registry_number), None)

    async def candidates(self, voivodeship: str, specialty: str) -> list[TrainingUnit]:
        return [u for u in self.by_id.values() if voivodeship in ("", u.voivodeship)]

    async def save(self, unit: TrainingUnit) -> str:
        self.by_id[unit.id] = unit
        return unit.id


class SpecialisationMemory(InMemoryUnitOfWork):
    def __init__(self) -> None:
        super().__init__()
        self.programmes = MemoryProgrammes()
        self.training_units = MemoryUnits()


def who(*roles: str) -> Principal:
    return Principal("sub", "web", frozenset(roles), "p-1", None, "t")


cmkp = who(Role.SMK_CMKP)


async def test_versions_count_up_per_specialty_and_a_retry_publishes_nothing() -> None:
    uow = SpecialisationMemory()
    first = await specialisation.publish_programme(uow, cmkp, DEMO_PROGRAMME, clock=CLOCK)
    retry = await specialisation.publish_programme(uow, cmkp, DEMO_PROGRAMME, clock=CLOCK)
    assert (first.created, first.programme.version, retry.created) == (True, 1, False)
    assert retry.programme == first.programme and uow.commits == 1
    longer = dataclasses.replace(DEMO_PROGRAMME, duration_years=6)
    second = await specialisation.publish_programme(uow, cmkp, longer, clock=CLOCK)
    other = dataclasses.replace(DEMO_PROGRAMME, specialty="pediatria")
    assert (
        await specialisation.publish_programme(uow, cmkp, other, clock=CLOCK)
    ).programme.version == 1
    assert second.programme.version == 2 and second.programme.published_by == "p-1"
    assert (await specialisation.get_programme(uow, "kardiologia", 1)).draft == DEMO_PROGRAMME
    assert [(p.specialty, p.version) for p in await specialisation.list_programmes(uow)] == [
        ("kardiologia", 2),
        ("pediatria", 1),
    ]


@pytest.mark.parametrize("role", [Role.SMK_TRAINEE, Role.SMK_SUPERVISOR, Role.SMK_EXAM_CENTRE])
async def test_only_cmkp_or_an_admin_publishes_and_accredits(role: Role) -> None:
    uow = SpecialisationMemory()
    with pytest.raises(DomainError) as refused:
        await specialisation.publish_programme(uow, who(role), DEMO_PROGRAMME, clock=CLOCK)
    assert refused.value.code == "smk_cmkp_only"
    await specialisation.publish_programme(uow, who(Role.ADMIN), DEMO_PROGRAMME, clock=CLOCK)
    with pytest.raises(DomainError) as refused:
        await specialisation.accredit_unit(uow, who(role), DETAILS, accreditation("kardiologia"))
    assert refused.value.code == "smk_cmkp_only"


DETAILS = specialisation.UnitDetails("000000012345", "Szpital", "14", "Warszawa")


def accreditation(specialty: str, residency: int = 2) -> Accreditation:
    return Accreditation(
        specialty, {TrainingMode.RESIDENCY: residency}, date(2026, 1, 1), date(2030, 12, 31)
    )


async def test_a_unit_keeps_its_id_and_other_specialties_when_reaccredited() -> None:
    uow = SpecialisationMemory()
    with pytest.raises(DomainError) as refused:
        await specialisation.accredit_unit(uow, cmkp, DETAILS, accreditation("kardiologia"))
    assert refused.value.code == "smk_programme_not_found"
    for specialty in ("kardiologia", "pediatria"):
        draft = dataclasses.replace(DEMO_PROGRAMME, specialty=specialty)
        await specialisation.publish_programme(uow, cmkp, draft, clock=CLOCK)
    unit = await specialisation.accredit_unit(uow, cmkp, DETAILS, accreditation("kardiologia"))
    both = await specialisation.accredit_unit(uow, cmkp, DETAILS, accreditation("pediatria"))
    again = await specialisation.accredit_unit(uow, cmkp, DETAILS, accreditation("kardiologia", 5))
    assert unit.id == both.id == again.id
    assert [(a.specialty, a.places_of(TrainingMode.RESIDENCY)) for a in again.accreditations] == [
        ("kardiologia", 5),
        ("pediatria", 2),
    ]
    with pytest.raises(DomainError) as refused:
        bad = dataclasses.replace(DETAILS, voivodeship="15")
        await specialisation.accredit_unit(uow, cmkp, bad, accreditation("kardiologia"))
    assert refused.value.code == "invalid_voivodeship"
    listed = await specialisation.list_units(
        uow, UnitFilter(specialty="pediatria", voivodeship="14")
    )
    assert [u.id for u in listed] == [unit.id]
    assert await specialisation.list_units(uow, UnitFilter(voivodeship="12")) == []

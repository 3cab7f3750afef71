"""What the SMK programme and training-unit use cases need of storage."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from catalog_svc.domain.specialisation import Programme, TrainingUnit
from cpd_platform.db import UnitOfWorkPort


class ProgrammeStore(Protocol):
    async def get(self, specialty: str, version: int) -> Programme | None:
        """Version 0: the latest."""
        ...

    async def latest_of_each(self) -> list[Programme]: ...

    async def lock_specialty(self, specialty: str) -> None: ...

    async def add(self, programme: Programme) -> None: ...


class TrainingUnitStore(Protocol):
    async def get_many(self, ids: Iterable[str]) -> list[TrainingUnit]: ...

    async def by_registry_number(self, registry_number: str) -> TrainingUnit | None: ...

    async def candidates(self, voivodeship: str, specialty: str) -> list[TrainingUnit]: ...

    async def save(self, unit: TrainingUnit) -> str: ...


class SpecialisationUnitOfWork(UnitOfWorkPort, Protocol):
    @property
    def programmes(self) -> ProgrammeStore: ...

    @property
    def training_units(self) -> TrainingUnitStore: ...

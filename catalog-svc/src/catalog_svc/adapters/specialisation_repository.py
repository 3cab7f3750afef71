"""SMK programmes, training units and accreditations (SQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.dialects.postgresql import distinct_on, insert
from sqlalchemy.ext.asyncio import AsyncSession

from catalog_svc.adapters.specialisation_orm import (
    smk_accreditations,
    smk_programmes,
    smk_training_units,
)
from catalog_svc.domain.specialisation import (
    Accreditation,
    Course,
    Internship,
    Module,
    ModuleKind,
    Procedure,
    ProcedureType,
    Programme,
    ProgrammeDraft,
    TrainingMode,
    TrainingUnit,
)
from cpd_platform.ids import valid_uuids
from cpd_platform.mapping import same_named

# The columns of a programme's row that hold its draft's fields as they are.
_DRAFT_COLUMNS = "specialty specialty_name title duration_years"


def _module(data: dict[str, Any]) -> Module:
    return Module(
        code=data["code"],
        title=data["title"],
        kind=ModuleKind(data["kind"]),
        courses=tuple(Course(**c) for c in data["courses"]),
        internships=tuple(Internship(**i) for i in data["internships"]),
        procedures=tuple(
            Procedure(p["code"], p["title"], ProcedureType(p["type"]), p["required_count"])
            for p in data["procedures"]
        ),
        duty_hours=data["duty_hours"],
        self_study_days=data["self_study_days"],
    )


def _programme(row: Any) -> Programme:
    draft = ProgrammeDraft(
        **same_named(row, _DRAFT_COLUMNS),
        modules=tuple(_module(m) for m in row.modules),
    )
    return Programme(draft, row.version, row.rule_set, row.published_at, row.published_by)


class ProgrammeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, specialty: str, version: int) -> Programme | None:
        """Version 0: the latest."""
        query = select(smk_programmes).where(smk_programmes.c.specialty == specialty)
        if version:
            query = query.where(smk_programmes.c.version == version)
        query = query.order_by(smk_programmes.c.version.desc()).limit(1)
        row = (await self._session.execute(query)).first()
        return None if row is None else _programme(row)

    async def latest_of_each(self) -> list[Programme]:
        query = (
            select(smk_programmes)
            .ext(distinct_on(smk_programmes.c.specialty))
            .order_by(smk_programmes.c.specialty, smk_programmes.c.version.desc())
        )
        return [_programme(row) for row in await self._session.execute(query)]

    async def lock_specialty(self, specialty: str) -> None:
        """Serialises publications of one specialty until the transaction ends."""
        await self._session.execute(
            select(func.pg_advisory_xact_lock(func.hashtext(f"smk_programme:{specialty}")))
        )

    async def add(self, programme: Programme) -> None:
        draft = programme.draft
        await self._session.execute(
            insert(smk_programmes).values(
                **same_named(draft, _DRAFT_COLUMNS),
                version=programme.version,
                modules=[asdict(m) for m in draft.modules],
                content_hash=draft.content_hash(),
                rule_set=programme.rule_set,
                published_at=programme.published_at,
                published_by=programme.published_by,
            )
        )


class TrainingUnitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _load(self, condition: Any) -> list[TrainingUnit]:
        units = (await self._session.execute(select(smk_training_units).where(condition))).all()
        if not units:
            return []
        ids = [u.id for u in units]
        rows = await self._session.execute(
            select(smk_accreditations)
            .where(smk_accreditations.c.unit_id.in_(ids))
            .order_by(smk_accreditations.c.specialty)
        )
        by_unit: dict[uuid.UUID, list[Accreditation]] = {}
        for row in rows:
            by_unit.setdefault(row.unit_id, []).append(
                Accreditation(
                    row.specialty,
                    {
                        TrainingMode.RESIDENCY: row.residency_places,
                        TrainingMode.NON_RESIDENCY: row.non_residency_places,
                    },
                    row.valid_from,
                    row.valid_until,
                )
            )
        return [
            TrainingUnit(
                str(u.id),
                u.registry_number,
                u.name,
                u.voivodeship,
                u.city,
                tuple(by_unit.get(u.id, [])),
            )
            for u in units
        ]

    async def get_many(self, ids: Iterable[str]) -> list[TrainingUnit]:
        uuids = valid_uuids(ids)
        if not uuids:
            return []
        units = await self._load(smk_training_units.c.id.in_(uuids))
        return sorted(units, key=lambda u: u.id)

    async def by_registry_number(self, registry_number: str) -> TrainingUnit | None:
        units = await self._load(smk_training_units.c.registry_number == registry_number)
        return units[0] if units else None

    async def candidates(self, voivodeship: str, specialty: str) -> list[TrainingUnit]:
        """The units of the voivodeship accredited for the specialty (either empty: any), with
        all their accreditations; the caller filters further by mode and date."""
        condition: Any = smk_training_units.c.id.isnot(None)
        if voivodeship:
            condition = condition & (smk_training_units.c.voivodeship == voivodeship)
        if specialty:
            condition = condition & exists().where(
                (smk_accreditations.c.unit_id == smk_training_units.c.id)
                & (smk_accreditations.c.specialty == specialty)
            )
        return await self._load(condition)

    async def save(self, unit: TrainingUnit) -> str:
        """Stores the unit's fields (found by registry number, made when absent) and its
        accreditations as given; returns the stored unit's id."""
        values = {
            "name": unit.name,
            "voivodeship": unit.voivodeship,
            "city": unit.city,
        }
        statement = (
            insert(smk_training_units)
            .values(id=uuid.UUID(unit.id), registry_number=unit.registry_number, **values)
            .on_conflict_do_update(index_elements=["registry_number"], set_=values)
            .returning(smk_training_units.c.id)
        )
        unit_id = (await self._session.execute(statement)).scalar_one()
        for accreditation in unit.accreditations:
            places = {
                "residency_places": accreditation.places_of(TrainingMode.RESIDENCY),
                "non_residency_places": accreditation.places_of(TrainingMode.NON_RESIDENCY),
                "valid_from": accreditation.valid_from,
                "valid_until": accreditation.valid_until,
            }
            await self._session.execute(
                insert(smk_accreditations)
                .values(unit_id=unit_id, specialty=accreditation.specialty, **places)
                .on_conflict_do_update(index_elements=["unit_id", "specialty"], set_=places)
            )
        return str(unit_id)

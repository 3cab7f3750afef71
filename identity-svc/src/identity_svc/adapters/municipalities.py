"""Which municipalities lie in a region: identity-svc's own copy, kept from pk-regional-svc's
`pk_regional.municipality_registered` events, so deciding on a grant never calls
pk-regional-svc (which calls identity-svc for grants: no request-time cycle)."""

from __future__ import annotations

import uuid
from typing import Protocol

from google.protobuf import json_format
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cpd.pk_regional.v1 import events_pb2
from cpd_platform.consumer import Event
from identity_svc.adapters.orm import MunicipalityRegionRow

MUNICIPALITY_REGISTERED = "pk_regional.municipality_registered"
CONSUMER_GROUP = "identity-municipalities"


class MunicipalityDirectory(Protocol):
    async def municipality_ids(self, region_code: str) -> frozenset[str]: ...


class KnownMunicipalities:
    """The municipalities identity-svc has heard of, by region."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def municipality_ids(self, region_code: str) -> frozenset[str]:
        async with self._sessions() as session:
            found = await session.scalars(
                select(MunicipalityRegionRow.municipality_id).where(
                    MunicipalityRegionRow.region_code == region_code
                )
            )
            return frozenset(str(i) for i in found)


class MunicipalityRegistrations:
    """Handles `pk_regional.municipality_registered`; applying an event again changes nothing."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def __call__(self, event: Event) -> None:
        registered = json_format.ParseDict(
            event.payload, events_pb2.MunicipalityRegistered(), ignore_unknown_fields=True
        )
        statement = insert(MunicipalityRegionRow).values(
            municipality_id=uuid.UUID(registered.municipality_id),
            region_code=registered.region_code,
            name=registered.name,
        )
        async with self._sessions() as session, session.begin():
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[MunicipalityRegionRow.municipality_id],
                    set_={
                        "region_code": statement.excluded.region_code,
                        "name": statement.excluded.name,
                    },
                )
            )

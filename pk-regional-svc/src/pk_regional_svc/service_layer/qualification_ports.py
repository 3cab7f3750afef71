"""What the qualification use cases need of storage and of catalog-svc: implemented by
`adapters/qualification_repository.py` and `adapters/specialisation.py` (and by fakes in tests)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from cpd_platform.db import UnitOfWorkPort
from pk_regional_svc.domain.qualification.matching import PlaceKey
from pk_regional_svc.domain.qualification.proceedings import (
    Places,
    QualificationApplication,
    QualificationSession,
    RankedResult,
)


class QualificationStore(Protocol):
    async def add_session_if_absent(
        self, session: QualificationSession
    ) -> QualificationSession: ...

    async def get_session(self, session_id: str, *, lock: bool = False) -> QualificationSession: ...

    async def sessions(self) -> list[QualificationSession]: ...

    async def set_round(self, session_id: str, round_number: int) -> None: ...

    async def put_places(self, session_id: str, places: Places) -> None: ...

    async def places(self, session_id: str, voivodeship: str = "") -> list[Places]: ...

    async def add_application(self, application: QualificationApplication) -> bool: ...

    async def application_by_request(
        self, person_id: str, request_id: str
    ) -> QualificationApplication | None: ...

    async def get_application(
        self, application_id: str, *, lock: bool = False
    ) -> QualificationApplication: ...

    async def latest_application_of(
        self, session_id: str, person_id: str
    ) -> QualificationApplication | None: ...

    async def applications(
        self, session_id: str, ids: Sequence[str] | None = None
    ) -> list[QualificationApplication]: ...

    async def withdraw(self, application_id: str, at: datetime) -> None: ...

    async def replace_results(
        self, session_id: str, round_number: int, results: Sequence[RankedResult]
    ) -> None: ...

    async def results(self, session_id: str, round_number: int) -> list[RankedResult]: ...

    async def results_of(self, application_id: str) -> dict[int, RankedResult]: ...

    async def publish(
        self, session_id: str, round_number: int, voivodeship: str, by: str
    ) -> datetime: ...

    async def publications(self, session_id: str) -> dict[tuple[int, str], datetime]: ...


class QualificationUnitOfWork(UnitOfWorkPort, Protocol):
    @property
    def qualification(self) -> QualificationStore: ...


class AccreditedPlaces(Protocol):
    """catalog-svc's accredited training units: the places of a specialty, voivodeship and mode
    on a day, and the units they are at."""

    async def accredited(self, key: PlaceKey, on: date) -> tuple[int, tuple[str, ...]]: ...

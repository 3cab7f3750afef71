"""The voivodeship offices' side of the SMK qualification proceedings: sessions, places, the
lists computed round by round and published per voivodeship, and reading a list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from cpd_platform.access import Access
from cpd_platform.errors import FailedPrecondition, NotFound
from cpd_platform.principal import Principal
from cpd_platform.voivodeships import check_voivodeship
from pk_regional_svc.domain.qualification.matching import PlaceKey
from pk_regional_svc.domain.qualification.proceedings import (
    Places,
    QualificationSession,
    RankedResult,
    checked_places,
    compute_round,
    new_session,
)
from pk_regional_svc.domain.qualification.rules import SMK_2023, Session
from pk_regional_svc.service_layer.qualification_access import is_office, require_office
from pk_regional_svc.service_layer.qualification_ports import (
    AccreditedPlaces,
    QualificationUnitOfWork,
)

CURRENT_RULES = SMK_2023


async def open_session(
    uow: QualificationUnitOfWork,
    principal: Principal,
    year: int,
    term: Session,
    window: tuple[date, date] | None,
    *,
    access: Access,
) -> QualificationSession:
    """The session of the year and term, opened now under the current rule set or before."""
    await require_office(access, principal, None)
    session = new_session(str(uuid.uuid4()), year, term, CURRENT_RULES, window)
    async with uow:
        stored = await uow.qualification.add_session_if_absent(session)
        await uow.commit()
    return stored


async def list_sessions(uow: QualificationUnitOfWork) -> list[QualificationSession]:
    async with uow:
        return await uow.qualification.sessions()


async def set_places(
    uow: QualificationUnitOfWork,
    principal: Principal,
    session_id: str,
    key: PlaceKey,
    count: int,
    *,
    from_catalog: bool,
    access: Access,
    catalog: AccreditedPlaces,
) -> Places:
    """The office's places of one specialty and mode: a number, or the accredited units' places
    on the window's first day."""
    await require_office(access, principal, key.voivodeship)
    async with uow:
        session = await uow.qualification.get_session(session_id)
    units: tuple[str, ...] = ()
    if from_catalog:
        count, units = await catalog.accredited(key, session.opens_on)
    places = checked_places(key, count, units)
    async with uow:
        await uow.qualification.put_places(session_id, places)
        await uow.commit()
    return places


async def list_places(
    uow: QualificationUnitOfWork, session_id: str, voivodeship: str
) -> list[Places]:
    async with uow:
        await uow.qualification.get_session(session_id)
        return await uow.qualification.places(session_id, voivodeship)


async def compute_lists(
    uow: QualificationUnitOfWork, principal: Principal, session_id: str, *, access: Access
) -> tuple[QualificationSession, list[RankedResult]]:
    """The ranking and assignments over every application not withdrawn: the current round
    again while none of its lists is published, else the next round."""
    await require_office(access, principal, None)
    async with uow:
        store = uow.qualification
        session = await store.get_session(session_id, lock=True)
        published = await store.publications(session_id)
        round_number = session.round_to_compute(r for r, _ in published)
        places = {p.key: p for p in await store.places(session_id)}
        results = compute_round(round_number, await store.applications(session_id), places)
        await store.replace_results(session_id, round_number, results)
        await store.set_round(session_id, round_number)
        await uow.commit()
    return replace(session, round=round_number), results


async def publish_list(
    uow: QualificationUnitOfWork,
    principal: Principal,
    session_id: str,
    voivodeship: str,
    *,
    access: Access,
) -> tuple[int, datetime]:
    """(the round published, when): the office's list of the current round."""
    check_voivodeship(voivodeship)
    await require_office(access, principal, voivodeship)
    async with uow:
        session = await uow.qualification.get_session(session_id, lock=True)
        if session.round == 0:
            raise FailedPrecondition(
                "qualification_lists_not_computed",
                "Listy rankingowe tego postępowania nie zostały jeszcze wyliczone",
            )
        at = await uow.qualification.publish(
            session_id, session.round, voivodeship, principal.person_id or principal.subject
        )
        await uow.commit()
    return session.round, at


@dataclass(frozen=True, slots=True)
class VoivodeshipList:
    round: int
    published_at: datetime | None
    results: list[RankedResult]


async def voivodeship_list(
    uow: QualificationUnitOfWork,
    principal: Principal,
    session_id: str,
    voivodeship: str,
    *,
    access: Access,
) -> VoivodeshipList:
    """The applicants naming the voivodeship in a variant, in ranking order: the current round
    for its office, the latest published round for anyone else."""
    check_voivodeship(voivodeship)
    office = await is_office(access, principal, voivodeship)
    async with uow:
        store = uow.qualification
        session = await store.get_session(session_id)
        published = await store.publications(session_id)
        rounds = [r for r, v in published if v == voivodeship]
        if office:
            round_number = session.round
        elif rounds:
            round_number = max(rounds)
        else:
            raise NotFound(
                "qualification_list_not_published",
                "Lista tego województwa nie została jeszcze opublikowana",
            )
        results = await store.results(session_id, round_number)
        applications = await store.applications(session_id, [r.application_id for r in results])
    naming = {a.id for a in applications if voivodeship in a.voivodeships}
    return VoivodeshipList(
        round_number,
        published.get((round_number, voivodeship)),
        [r for r in results if r.application_id in naming],
    )

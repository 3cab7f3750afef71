"""SMK qualification proceedings in PostgreSQL: sessions, places, applications (variants as
JSONB, in order), results per round and publications per voivodeship."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from cpd_platform.ids import valid_uuids
from pk_regional_svc.adapters.orm import (
    qualification_applications,
    qualification_places,
    qualification_publications,
    qualification_results,
    qualification_sessions,
)
from pk_regional_svc.domain.qualification.matching import Outcome, PlaceKey, Variant
from pk_regional_svc.domain.qualification.proceedings import (
    Places,
    QualificationApplication,
    QualificationSession,
    RankedResult,
    application_not_found,
    session_not_found,
)
from pk_regional_svc.domain.qualification.rules import Session


def _session(m: Any) -> QualificationSession:
    return QualificationSession(
        str(m["id"]),
        m["year"],
        Session(m["term"]),
        m["rules_version"],
        m["opens_on"],
        m["closes_on"],
        m["round"],
    )


def _place_key(m: Any) -> PlaceKey:
    return PlaceKey(m["specialty"], m["voivodeship"], m["mode"])


def _variants_json(variants: Sequence[Variant]) -> list[dict[str, Any]]:
    return [
        {
            "specialty": v.place.specialty,
            "voivodeship": v.place.voivodeship,
            "mode": v.place.mode,
            "unit_ids": list(v.units),
        }
        for v in variants
    ]


def _variant(v: dict[str, Any], known: dict[tuple[str, ...], Variant]) -> Variant:
    """The variant of a stored one; equal variants are built once (a national session's
    applications name the same places again and again)."""
    units = v["unit_ids"]
    key = (v["specialty"], v["voivodeship"], v["mode"], *units)
    found = known.get(key)
    if found is None:
        found = known[key] = Variant(_place_key(v), tuple(units))
    return found


def _application(
    m: Any, known: dict[tuple[str, ...], Variant] | None = None
) -> QualificationApplication:
    known = {} if known is None else known
    return QualificationApplication(
        id=str(m["id"]),
        session_id=str(m["session_id"]),
        person_id=m["person_id"],
        request_id=m["request_id"],
        exam_percent=m["exam_percent"],
        additional_points=m["additional_points"],
        score=m["score"],
        variants=tuple(_variant(v, known) for v in m["variants"]),
        submitted_at=m["submitted_at"],
        withdrawn_at=m["withdrawn_at"],
    )


def _result(m: Any) -> RankedResult:
    return RankedResult(
        str(m["application_id"]),
        m["round"],
        m["rank"],
        m["score"],
        Outcome(m["outcome"]),
        m["variant_index"],
        _place_key(m) if m["specialty"] is not None else None,
    )


class QualificationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    # sessions

    async def add_session_if_absent(self, session: QualificationSession) -> QualificationSession:
        """The session of the year and term: this one, or the one opened before."""
        s = qualification_sessions
        await self._s.execute(
            pg_insert(s)
            .values(
                id=session.id,
                year=session.year,
                term=session.term.value,
                rules_version=session.rules_version,
                opens_on=session.opens_on,
                closes_on=session.closes_on,
            )
            .on_conflict_do_nothing(constraint="uq_qualification_sessions_year_term")
        )
        row = (
            await self._s.execute(
                select(s).where(s.c.year == session.year, s.c.term == session.term.value)
            )
        ).one()
        return _session(row._mapping)

    async def get_session(self, session_id: str, *, lock: bool = False) -> QualificationSession:
        if not valid_uuids([session_id]):
            raise session_not_found()
        query = select(qualification_sessions).where(qualification_sessions.c.id == session_id)
        row = (await self._s.execute(query.with_for_update() if lock else query)).first()
        if row is None:
            raise session_not_found()
        return _session(row._mapping)

    async def sessions(self) -> list[QualificationSession]:
        s = qualification_sessions
        rows = await self._s.execute(select(s).order_by(s.c.year.desc(), s.c.term))
        return [_session(r._mapping) for r in rows]

    async def set_round(self, session_id: str, round_number: int) -> None:
        s = qualification_sessions
        await self._s.execute(update(s).where(s.c.id == session_id).values(round=round_number))

    # places

    async def put_places(self, session_id: str, places: Places) -> None:
        p = qualification_places
        key = places.key
        values = {"places": places.count, "unit_ids": list(places.unit_ids)}
        await self._s.execute(
            pg_insert(p)
            .values(
                session_id=session_id,
                specialty=key.specialty,
                voivodeship=key.voivodeship,
                mode=key.mode,
                **values,
            )
            .on_conflict_do_update(constraint="pk_qualification_places", set_=values)
        )

    async def places(self, session_id: str, voivodeship: str = "") -> list[Places]:
        p = qualification_places
        query = select(p).where(p.c.session_id == session_id)
        if voivodeship:
            query = query.where(p.c.voivodeship == voivodeship)
        rows = await self._s.execute(query.order_by(p.c.specialty, p.c.voivodeship, p.c.mode))
        return [Places(_place_key(r._mapping), r.places, tuple(r.unit_ids)) for r in rows]

    # applications

    async def add_application(self, application: QualificationApplication) -> bool:
        """False when the person already has an application with this request id, or a standing
        one in the session (nothing is written then)."""
        a = qualification_applications
        added = await self._s.execute(
            pg_insert(a)
            .values(
                id=application.id,
                session_id=application.session_id,
                person_id=application.person_id,
                request_id=application.request_id,
                exam_percent=application.exam_percent,
                additional_points=application.additional_points,
                score=application.score,
                variants=_variants_json(application.variants),
                submitted_at=application.submitted_at,
            )
            .on_conflict_do_nothing()
            .returning(a.c.id)
        )
        return added.first() is not None

    async def application_by_request(
        self, person_id: str, request_id: str
    ) -> QualificationApplication | None:
        a = qualification_applications
        row = (
            await self._s.execute(
                select(a).where(a.c.person_id == person_id, a.c.request_id == request_id)
            )
        ).first()
        return _application(row._mapping) if row else None

    async def get_application(
        self, application_id: str, *, lock: bool = False
    ) -> QualificationApplication:
        if not valid_uuids([application_id]):
            raise application_not_found()
        a = qualification_applications
        query = select(a).where(a.c.id == application_id)
        row = (await self._s.execute(query.with_for_update() if lock else query)).first()
        if row is None:
            raise application_not_found()
        return _application(row._mapping)

    async def latest_application_of(
        self, session_id: str, person_id: str
    ) -> QualificationApplication | None:
        a = qualification_applications
        row = (
            await self._s.execute(
                select(a)
                .where(a.c.session_id == session_id, a.c.person_id == person_id)
                .order_by(a.c.withdrawn_at.desc().nulls_first(), a.c.submitted_at.desc())
                .limit(1)
            )
        ).first()
        return _application(row._mapping) if row else None

    async def applications(
        self, session_id: str, ids: Sequence[str] | None = None
    ) -> list[QualificationApplication]:
        a = qualification_applications
        query = select(a).where(a.c.session_id == session_id)
        if ids is not None:
            query = query.where(a.c.id.in_(ids))
        known: dict[tuple[str, ...], Variant] = {}
        return [_application(r._mapping, known) for r in await self._s.execute(query)]

    async def withdraw(self, application_id: str, at: datetime) -> None:
        a = qualification_applications
        await self._s.execute(
            update(a)
            .where(a.c.id == application_id, a.c.withdrawn_at.is_(None))
            .values(withdrawn_at=at)
        )

    # results and publications

    async def replace_results(
        self, session_id: str, round_number: int, results: Sequence[RankedResult]
    ) -> None:
        r = qualification_results
        await self._s.execute(
            delete(r).where(r.c.session_id == session_id, r.c.round == round_number)
        )
        if results:
            await self._s.execute(
                insert(r),
                [
                    {
                        "session_id": session_id,
                        "round": x.round,
                        "application_id": x.application_id,
                        "rank": x.rank,
                        "score": x.score,
                        "outcome": x.outcome.value,
                        "variant_index": x.variant_index,
                        "specialty": x.place.specialty if x.place else None,
                        "voivodeship": x.place.voivodeship if x.place else None,
                        "mode": x.place.mode if x.place else None,
                    }
                    for x in results
                ],
            )

    async def results(self, session_id: str, round_number: int) -> list[RankedResult]:
        r = qualification_results
        rows = await self._s.execute(
            select(r)
            .where(r.c.session_id == session_id, r.c.round == round_number)
            .order_by(r.c.rank)
        )
        return [_result(x._mapping) for x in rows]

    async def results_of(self, application_id: str) -> dict[int, RankedResult]:
        r = qualification_results
        rows = await self._s.execute(select(r).where(r.c.application_id == application_id))
        return {x.round: _result(x._mapping) for x in rows}

    async def publish(
        self, session_id: str, round_number: int, voivodeship: str, by: str
    ) -> datetime:
        """When the list was published (the first time, when it was before)."""
        p = qualification_publications
        await self._s.execute(
            pg_insert(p)
            .values(
                session_id=session_id, round=round_number, voivodeship=voivodeship, published_by=by
            )
            .on_conflict_do_nothing()
        )
        published: datetime = (
            await self._s.execute(
                select(p.c.published_at).where(
                    p.c.session_id == session_id,
                    p.c.round == round_number,
                    p.c.voivodeship == voivodeship,
                )
            )
        ).scalar_one()
        return published

    async def publications(self, session_id: str) -> dict[tuple[int, str], datetime]:
        p = qualification_publications
        rows = await self._s.execute(select(p).where(p.c.session_id == session_id))
        return {(x.round, x.voivodeship): x.published_at for x in rows}

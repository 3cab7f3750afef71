"""SMK qualification proceedings: protobuf ↔ domain, apart from the servicer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from cpd.pk_regional.v1 import qualification_pb2 as pb
from cpd_platform.errors import InvalidArgument
from cpd_platform.mapping import EnumMapping, date_from_pb, date_to_pb, timestamp_to_pb
from pk_regional_svc.adapters.specialisation import MODE
from pk_regional_svc.domain.qualification.matching import Outcome, PlaceKey, Variant
from pk_regional_svc.domain.qualification.proceedings import (
    Mode,
    Places,
    QualificationApplication,
    QualificationSession,
    RankedResult,
    place_key,
)
from pk_regional_svc.domain.qualification.rules import Session

TERM = EnumMapping(
    Session,
    pb.QualificationTerm,
    invalid_code="invalid_qualification_session",
    message="Wskaż sesję postępowania: wiosenną lub jesienną",
)
OUTCOME = EnumMapping(Outcome, pb.QualificationOutcome, invalid_code="invalid_outcome")


def decimal_in(value: str, code: str, message: str) -> Decimal:
    try:
        parsed = Decimal(value.strip() or "0")
    except InvalidOperation:
        raise InvalidArgument(code, message) from None
    if not parsed.is_finite():
        raise InvalidArgument(code, message)
    return parsed


def window_in(opens_on: str, closes_on: str) -> tuple[date, date] | None:
    opens, closes = (
        date_from_pb(opens_on, "applications_open_on"),
        date_from_pb(closes_on, "applications_close_on"),
    )
    if opens is None and closes is None:
        return None
    if opens is None or closes is None:
        raise InvalidArgument(
            "invalid_qualification_session",
            "Termin nadzwyczajny podaje się z datą początku i końca",
        )
    return opens, closes


def key_in(specialty: str, voivodeship: str, mode: int) -> PlaceKey:
    return place_key(specialty, voivodeship, MODE.from_pb(mode).value)


def variants_in(variants: Sequence[pb.QualificationVariant]) -> list[Variant]:
    return [
        Variant(key_in(v.specialty, v.voivodeship, v.mode), tuple(v.unit_ids)) for v in variants
    ]


def session(s: QualificationSession) -> pb.QualificationSession:
    rules = s.rules
    return pb.QualificationSession(
        id=s.id,
        year=s.year,
        term=TERM.to_pb(s.term),
        rules_version=s.rules_version,
        rules_source=rules.source,
        applications_open_on=date_to_pb(s.opens_on),
        applications_close_on=date_to_pb(s.closes_on),
        round=s.round,
        max_variants=rules.max_variants,
        max_units_per_variant=rules.max_units_per_variant,
    )


def _key_fields(key: PlaceKey) -> dict[str, Any]:
    """A place's specialty, voivodeship and mode, as a place and a variant carry them."""
    return {
        "specialty": key.specialty,
        "voivodeship": key.voivodeship,
        "mode": MODE.to_pb(Mode(key.mode)),
    }


def place(key: PlaceKey, count: int = 0, unit_ids: Sequence[str] = ()) -> pb.QualificationPlace:
    return pb.QualificationPlace(**_key_fields(key), places=count, unit_ids=unit_ids)


def places(p: Places) -> pb.QualificationPlace:
    return place(p.key, p.count, p.unit_ids)


def application(a: QualificationApplication) -> pb.QualificationApplication:
    return pb.QualificationApplication(
        id=a.id,
        session_id=a.session_id,
        person_id=a.person_id,
        exam_percent=str(a.exam_percent),
        additional_points=str(a.additional_points),
        score=str(a.score),
        variants=[
            pb.QualificationVariant(**_key_fields(v.place), unit_ids=v.units) for v in a.variants
        ],
        submitted_at=timestamp_to_pb(a.submitted_at),
        withdrawn_at=timestamp_to_pb(a.withdrawn_at),
    )


def result(r: RankedResult) -> pb.QualificationResult:
    reply = pb.QualificationResult(
        application_id=r.application_id,
        round=r.round,
        rank=r.rank,
        score=str(r.score),
        outcome=OUTCOME.to_pb(r.outcome),
        variant_number=r.variant_index + 1 if r.variant_index is not None else 0,
        explanation=r.explanation,
    )
    if r.place is not None:
        reply.place.CopyFrom(place(r.place))
    return reply

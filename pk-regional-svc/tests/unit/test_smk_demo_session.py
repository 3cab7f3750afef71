"""The SMK demo qualification session `make up` seeds: the session of smk-2023 whose window is
open today or opens next (the demo never moves a window), with the demo unit's accredited places
while its accreditation is valid on the window's first day."""

from __future__ import annotations

from datetime import date

import pytest

from cpd_platform import demo
from pk_regional_svc.domain.qualification.matching import PlaceKey
from pk_regional_svc.domain.qualification.rules import SMK_2023, Session
from pk_regional_svc.service_layer.smk_demo import current_or_next_session, demo_unit_places


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2027, 1, 15), (2027, Session.SPRING)),
        (date(2027, 2, 1), (2027, Session.SPRING)),
        (date(2027, 2, 28), (2027, Session.SPRING)),
        (date(2027, 3, 1), (2027, Session.AUTUMN)),
        (date(2027, 9, 30), (2027, Session.AUTUMN)),
        (date(2027, 10, 1), (2028, Session.SPRING)),
        (date(2026, 12, 4), (2027, Session.SPRING)),
    ],
)
def test_the_demo_session_is_the_one_open_today_or_the_next_to_open(
    today: date, expected: tuple[int, Session]
) -> None:
    assert current_or_next_session(SMK_2023, today) == expected


def test_the_demo_places_are_the_demo_units_accreditation_per_mode() -> None:
    places = {p.key: (p.count, p.unit_ids) for p in demo_unit_places(date(2027, 2, 1))}
    assert places == {
        PlaceKey("kardiologia", "14", "residency"): (4, (demo.SMK_UNIT_ID,)),
        PlaceKey("kardiologia", "14", "non_residency"): (2, (demo.SMK_UNIT_ID,)),
    }


def test_no_demo_places_once_the_accreditation_has_expired() -> None:
    _, valid_until = demo.SMK_UNIT_ACCREDITED
    assert demo_unit_places(date(valid_until.year + 1, 2, 1)) == []

from datetime import date

import pytest

from cpd_platform.auth import Principal
from plan_svc.domain.cycle import Cycle, DocumentKind, cycle_period, may_read_cycle, open_cycle
from plan_svc.domain.rule_sets import NMO_250, NMO_709N_144

PERSON = "00000000-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    ("document_date", "ends_on"),
    [
        (date(2024, 3, 15), date(2029, 3, 14)),
        (date(2024, 1, 1), date(2028, 12, 31)),
        (date(2024, 2, 29), date(2029, 2, 28)),
        (date(2023, 3, 1), date(2028, 2, 29)),
        (date(2020, 2, 29), date(2025, 2, 28)),
        (date(2023, 2, 28), date(2028, 2, 27)),
    ],
)
def test_a_cycle_ends_the_day_before_the_fifth_anniversary(
    document_date: date, ends_on: date
) -> None:
    assert cycle_period(document_date, 5) == (document_date, ends_on)


def test_opening_a_cycle_pins_the_rule_set_and_derives_the_dates() -> None:
    cycle = open_cycle(
        cycle_id="c1",
        person_id=PERSON,
        specialty_code="cardiology",
        document_kind=DocumentKind.ACCREDITATION,
        document_date=date(2024, 3, 15),
        rule_set=NMO_709N_144,
    )
    assert cycle.rule_set == "nmo-709n-144"
    assert (cycle.starts_on, cycle.ends_on) == (date(2024, 3, 15), date(2029, 3, 14))
    assert cycle.document_date == date(2024, 3, 15)


def _cycle() -> Cycle:
    return open_cycle(
        cycle_id="c1",
        person_id=PERSON,
        specialty_code="cardiology",
        document_kind=DocumentKind.CERTIFICATE,
        document_date=date(2024, 3, 15),
        rule_set=NMO_250,
    )


def _principal(person_id: str | None, *roles: str) -> Principal:
    return Principal(
        subject="s",
        client_id="web",
        roles=frozenset(roles),
        person_id=person_id,
        snils=None,
        token="t",
    )


def test_a_person_reads_only_their_own_cycle_and_an_admin_reads_any() -> None:
    cycle = _cycle()
    assert may_read_cycle(_principal(PERSON, "specialist"), cycle)
    assert not may_read_cycle(_principal("00000000-0000-4000-8000-000000000002"), cycle)
    assert not may_read_cycle(_principal(None, "provider_system"), cycle)
    assert may_read_cycle(_principal(None, "admin"), cycle)

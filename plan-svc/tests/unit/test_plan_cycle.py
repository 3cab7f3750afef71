from datetime import date

import pytest
from plan_builders import PERSON, new_cycle

from cpd_platform.errors import AlreadyExists
from cpd_platform.principal import Principal
from plan_svc.domain.cycle import (
    CycleState,
    DocumentKind,
    check_no_overlap,
    cycle_period,
    may_read_cycle,
    normalise_document_number,
    open_cycle,
)
from plan_svc.domain.rule_sets import NMO_709N_144


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
        specialty_code="31.08.36",
        document_kind=DocumentKind.ACCREDITATION_PRIMARY,
        document_date=date(2024, 3, 15),
        rule_set=NMO_709N_144,
    )
    assert cycle.rule_set == "nmo-709n-144"
    assert (cycle.starts_on, cycle.ends_on) == (date(2024, 3, 15), date(2029, 3, 14))
    assert cycle.document_date == date(2024, 3, 15)


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
    cycle = new_cycle()
    assert may_read_cycle(_principal(PERSON, "specialist"), cycle)
    assert not may_read_cycle(_principal("00000000-0000-4000-8000-000000000002"), cycle)
    assert not may_read_cycle(_principal(None, "provider_system"), cycle)
    assert may_read_cycle(_principal(None, "admin"), cycle)


@pytest.mark.parametrize(
    ("existing_starts", "new_starts", "code"),
    [
        pytest.param(
            date(2024, 3, 15), date(2025, 1, 10), "active_cycle_exists", id="a second active cycle"
        ),
        pytest.param(
            date(2019, 3, 15), date(2024, 1, 10), "cycles_overlap", id="over a finished cycle"
        ),
    ],
)
def test_an_overlap_with_a_cycle_of_the_same_specialty_is_refused_with_its_code(
    existing_starts: date, new_starts: date, code: str
) -> None:
    existing = new_cycle("c1", "31.08.36", existing_starts)
    new = new_cycle("c2", "31.08.36", new_starts)
    with pytest.raises(AlreadyExists) as caught:
        check_no_overlap(new, [existing], today=date(2025, 6, 1))
    assert caught.value.code == code


def test_cycles_of_other_specialties_or_back_to_back_dates_are_fine() -> None:
    existing = new_cycle("c1", "31.08.36", date(2019, 3, 15))
    check_no_overlap(new_cycle("c2", "31.08.36", date(2024, 3, 15)), [existing], date(2025, 1, 1))
    check_no_overlap(new_cycle("c3", "31.08.49", date(2020, 1, 1)), [existing], date(2025, 1, 1))


def test_cycle_state_by_today() -> None:
    c = new_cycle("c1", "31.08.36", date(2024, 3, 15))
    assert c.state(date(2024, 3, 14)) == CycleState.UPCOMING
    assert c.state(date(2024, 3, 15)) == CycleState.ACTIVE
    assert c.state(date(2029, 3, 14)) == CycleState.ACTIVE
    assert c.state(date(2029, 3, 15)) == CycleState.FINISHED


def test_document_numbers_compare_without_spaces_dashes_or_case() -> None:
    assert normalise_document_number("7722 03-1234567") == "7722031234567"
    assert normalise_document_number("аб 12") == normalise_document_number("АБ12")

from datetime import date

import pytest

from plan_svc.domain.credits import (
    CreditKind,
    RecordedCredit,
    cycles_for_credit,
    is_attributable,
    is_eligible,
)
from plan_svc.domain.cycle import Cycle, DocumentKind, open_cycle
from plan_svc.domain.rule_sets import NMO_250

PERSON = "00000000-0000-4000-8000-000000000001"
OTHER_PERSON = "00000000-0000-4000-8000-000000000002"


def cycle(specialty: str = "31.08.36", *, person_id: str = PERSON, cycle_id: str = "c1") -> Cycle:
    return open_cycle(
        cycle_id=cycle_id,
        person_id=person_id,
        specialty_code=specialty,
        document_kind=DocumentKind.ACCREDITATION_PRIMARY,
        document_date=date(2024, 3, 15),
        rule_set=NMO_250,
    )


def credit(
    main: str = "31.08.36",
    additional: tuple[str, ...] = (),
    completed_on: date = date(2025, 6, 1),
    person_id: str = PERSON,
) -> RecordedCredit:
    return RecordedCredit(
        credit_id="k1",
        person_id=person_id,
        element_id="e1",
        kind=CreditKind.PROGRAM,
        main_specialty_code=main,
        additional_specialty_codes=additional,
        zet=36,
        completed_on=completed_on,
    )


def test_an_element_of_the_cycles_main_specialty_is_eligible() -> None:
    assert is_eligible(cycle("31.08.36"), credit(main="31.08.36"))


def test_an_element_listing_the_cycles_specialty_as_additional_is_eligible() -> None:
    assert is_eligible(cycle("31.08.49"), credit(main="31.08.36", additional=("31.08.49",)))


def test_an_element_of_other_specialties_is_not_eligible() -> None:
    assert not is_eligible(cycle("31.08.67"), credit(main="31.08.36", additional=("31.08.49",)))


@pytest.mark.parametrize(
    ("completed_on", "counts"),
    [
        (date(2024, 3, 14), False),
        (date(2024, 3, 15), True),
        (date(2029, 3, 14), True),
        (date(2029, 3, 15), False),
    ],
)
def test_a_credit_counts_from_the_first_to_the_last_day_of_the_cycle(
    completed_on: date, counts: bool
) -> None:
    assert is_attributable(cycle(), credit(completed_on=completed_on)) is counts


def test_another_persons_credit_is_never_attributed() -> None:
    assert not is_attributable(cycle(), credit(person_id=OTHER_PERSON))


def test_a_credit_eligible_for_two_cycles_of_the_person_counts_in_both() -> None:
    cardiology = cycle("31.08.36", cycle_id="c-card")
    therapy = cycle("31.08.49", cycle_id="c-ther")
    surgery = cycle("31.08.67", cycle_id="c-surg")
    found = cycles_for_credit(
        [cardiology, therapy, surgery], credit(main="31.08.36", additional=("31.08.49",))
    )
    assert [c.id for c in found] == ["c-card", "c-ther"]
